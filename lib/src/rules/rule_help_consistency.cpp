// The consistency rules explained, with examples (see rule_help.hpp).

#include "rules/rule_help.hpp"

namespace rolekit::detail {

namespace {

constexpr RuleHelpEntry kHelp[] = {
    {rules::nos_duplicate,
     {R"(The same NOS is listed more than once in a profile, in any of its sections
(core, role-specific, facets, locality). The message names the first place it
is listed. Each NOS should appear once in a role; a repeat usually means a
group was copied or a NOS was filed under two functions. Entries are compared
by code when they have one; a title-only entry has the code a loaded catalogue
gives its title.)",
      {.file = "profile.yaml",
       .command = "rolekit validate profile.yaml",
       .bad = R"(kind: RoleProfile
format: 1
id: local-support-worker-l5
title: Support Worker
service: Liaison and Diversion Service
level: 5
basic_info:
  named_role: Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Experience of supporting people in crisis.
scope: Support individuals with complex needs to engage with the service.
competences:
  core: []
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
        - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
        - {code: SFHGEN23, title: Monitor your own work practices}
)",
       .fixed = R"(kind: RoleProfile
format: 1
id: local-support-worker-l5
title: Support Worker
service: Liaison and Diversion Service
level: 5
basic_info:
  named_role: Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Experience of supporting people in crisis.
scope: Support individuals with complex needs to engage with the service.
competences:
  core: []
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
        - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
)"}}},

    {rules::nos_in_core_and_role,
     {R"(A NOS in the core section is listed again in the role-specific section. The
core set is common to every role at the level ("the core is intended to be
relevant to any role in the health sector"), so the role-specific section
should add only what the core does not have. The same entry is also reported by
[`nos-duplicate`](#nos-duplicate); give `--disable nos-duplicate` if you want
only this one.)",
      {.file = "profile.yaml",
       .command = "rolekit validate profile.yaml",
       .bad = R"(kind: RoleProfile
format: 1
id: local-support-worker-l5
title: Support Worker
service: Liaison and Diversion Service
level: 5
basic_info:
  named_role: Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Experience of supporting people in crisis.
scope: Support individuals with complex needs to engage with the service.
competences:
  core:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
        - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
)",
       .fixed = R"(kind: RoleProfile
format: 1
id: local-support-worker-l5
title: Support Worker
service: Liaison and Diversion Service
level: 5
basic_info:
  named_role: Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Experience of supporting people in crisis.
scope: Support individuals with complex needs to engage with the service.
competences:
  core:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
)"}}},

    {rules::core_level_mismatch,
     {R"(`competences.core_level` says the core set is that of another level than the
profile's `level`. Each template should state the common/core competences of
its own level. Some national templates do state another level's core set (the
built-in Level 8 Strategic Manager template states the Level 7 one), so this is
a warning: it reminds you that the core was not taken from the profile's level.)",
      {.file = "profile.yaml",
       .command = "rolekit validate profile.yaml",
       .bad = R"(kind: RoleProfile
format: 1
id: local-support-worker-l5
title: Support Worker
service: Liaison and Diversion Service
level: 5
basic_info:
  named_role: Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Experience of supporting people in crisis.
scope: Support individuals with complex needs to engage with the service.
competences:
  core_level: 4
  core: []
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
)",
       .fixed = R"(kind: RoleProfile
format: 1
id: local-support-worker-l5
title: Support Worker
service: Liaison and Diversion Service
level: 5
basic_info:
  named_role: Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Experience of supporting people in crisis.
scope: Support individuals with complex needs to engage with the service.
competences:
  core: []
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
)"}}},

    {rules::core_set_mismatch,
     {R"(The framework must state a `core` set for the profile's core level
(`core_level`, or else `level`). The profile's core section should hold exactly
the career framework's core set for that level: it is common to all roles at
the level. The hint lists what is missing and what is extra. The finding is
placed at the first core group. The NOS are compared, not the areas or
functions they are filed under.)",
      {.file = "profile.yaml",
       .command = "rolekit validate --path career.yaml profile.yaml",
       .bad = R"(kind: RoleProfile
format: 1
id: local-support-worker-l5
title: Support Worker
service: Liaison and Diversion Service
level: 5
basic_info:
  named_role: Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Experience of supporting people in crisis.
scope: Support individuals with complex needs to engage with the service.
competences:
  core:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
  role_specific: []
)",
       .fixed = R"(kind: RoleProfile
format: 1
id: local-support-worker-l5
title: Support Worker
service: Liaison and Diversion Service
level: 5
basic_info:
  named_role: Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Experience of supporting people in crisis.
scope: Support individuals with complex needs to engage with the service.
competences:
  core:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
)",
       .context_file = "career.yaml",
       .context = R"(kind: CareerFramework
format: 1
id: local-career-framework
levels:
  - level: 5
    core:
      - area: "2"
        function: Reflect on your own practice
        nos:
          - {code: SFHGEN23, title: Monitor your own work practices}
)"}}},

    {rules::ksb_numbering,
     {R"(In an OccupationalStandard, the duties, knowledge, skills and behaviours are
numbered `D1, D2, ...`, `K1, K2, ...`, `S1, ...` and `B1, ...` in order,
without gaps or repeats, because duties refer to them by these ids. Every
repeated id is reported; after the first id out of sequence the rest of that
list is not checked, since it would all be off by one.)",
      {.file = "standard.yaml",
       .command = "rolekit validate standard.yaml",
       .bad = R"(kind: OccupationalStandard
format: 1
id: local-peer-worker-l3
title: Peer worker
level: 3
duties:
  - id: D1
    text: Establish safe, supportive and respectful relationships with individuals
    knowledge: [K1, K2]
    skills: [S1]
    behaviours: [B1]
knowledge:
  - {id: K1, text: the core values and principles of peer support}
  - {id: K2, text: the boundaries of the Peer Worker role}
  - {id: K2, text: the importance of adhering to boundaries}
skills:
  - {id: S1, text: develops and maintains a mutual and reciprocal peer relationship}
behaviours:
  - {id: B1, name: Committed}
)",
       .fixed = R"(kind: OccupationalStandard
format: 1
id: local-peer-worker-l3
title: Peer worker
level: 3
duties:
  - id: D1
    text: Establish safe, supportive and respectful relationships with individuals
    knowledge: [K1, K2, K3]
    skills: [S1]
    behaviours: [B1]
knowledge:
  - {id: K1, text: the core values and principles of peer support}
  - {id: K2, text: the boundaries of the Peer Worker role}
  - {id: K3, text: the importance of adhering to boundaries}
skills:
  - {id: S1, text: develops and maintains a mutual and reciprocal peer relationship}
behaviours:
  - {id: B1, name: Committed}
)"}}},

    {rules::ksb_unknown_ref,
     {R"(In an OccupationalStandard, a duty's `knowledge`, `skills` or `behaviours`
names an id that is not in that list. A duty is described through the
knowledge, skills and behaviours it needs, so every reference must lead to one.)",
      {.file = "standard.yaml",
       .command = "rolekit validate standard.yaml",
       .bad = R"(kind: OccupationalStandard
format: 1
id: local-peer-worker-l3
title: Peer worker
level: 3
duties:
  - id: D1
    text: Establish safe, supportive and respectful relationships with individuals
    knowledge: [K1]
    skills: [S1, S2]
    behaviours: [B1]
knowledge:
  - {id: K1, text: the core values and principles of peer support}
skills:
  - {id: S1, text: develops and maintains a mutual and reciprocal peer relationship}
behaviours:
  - {id: B1, name: Committed}
)",
       .fixed = R"(kind: OccupationalStandard
format: 1
id: local-peer-worker-l3
title: Peer worker
level: 3
duties:
  - id: D1
    text: Establish safe, supportive and respectful relationships with individuals
    knowledge: [K1]
    skills: [S1]
    behaviours: [B1]
knowledge:
  - {id: K1, text: the core values and principles of peer support}
skills:
  - {id: S1, text: develops and maintains a mutual and reciprocal peer relationship}
behaviours:
  - {id: B1, name: Committed}
)"}}},

    {rules::ksb_unreferenced,
     {R"(In an OccupationalStandard, a knowledge or skill item is used by no duty. Each
item should support some duty; an unmapped one is either missing from a duty or
not needed. Behaviours are not checked.)",
      {.file = "standard.yaml",
       .command = "rolekit validate standard.yaml",
       .bad = R"(kind: OccupationalStandard
format: 1
id: local-peer-worker-l3
title: Peer worker
level: 3
duties:
  - id: D1
    text: Establish safe, supportive and respectful relationships with individuals
    knowledge: [K1]
    skills: [S1]
    behaviours: [B1]
knowledge:
  - {id: K1, text: the core values and principles of peer support}
  - {id: K2, text: the boundaries of the Peer Worker role}
skills:
  - {id: S1, text: develops and maintains a mutual and reciprocal peer relationship}
behaviours:
  - {id: B1, name: Committed}
)",
       .fixed = R"(kind: OccupationalStandard
format: 1
id: local-peer-worker-l3
title: Peer worker
level: 3
duties:
  - id: D1
    text: Establish safe, supportive and respectful relationships with individuals
    knowledge: [K1, K2]
    skills: [S1]
    behaviours: [B1]
knowledge:
  - {id: K1, text: the core values and principles of peer support}
  - {id: K2, text: the boundaries of the Peer Worker role}
skills:
  - {id: S1, text: develops and maintains a mutual and reciprocal peer relationship}
behaviours:
  - {id: B1, name: Committed}
)"}}},

    {rules::unit_unknown_domain,
     {R"(In a CompetenceMap, a curriculum unit's `domains` names a domain id the map
does not have. The hint lists the map's domain ids (up to 12). A misspelt
domain usually also leaves the real domain uncovered, so
[`domain-without-unit`](#domain-without-unit) is reported with it.)",
      {.file = "competence-map.yaml",
       .command = "rolekit validate competence-map.yaml",
       .bad = R"(kind: CompetenceMap
format: 1
id: local-psw-mental-health
title: Peer Support Worker Competence Framework for Mental Health
domains:
  - id: values-and-principles
    name: Values and principles
curriculum:
  - section: 1
    name: Underpinning understanding and knowledge
    units:
      - id: "1.1"
        name: Understanding the values of peer support
        domains: [values-and-principle]
)",
       .fixed = R"(kind: CompetenceMap
format: 1
id: local-psw-mental-health
title: Peer Support Worker Competence Framework for Mental Health
domains:
  - id: values-and-principles
    name: Values and principles
curriculum:
  - section: 1
    name: Underpinning understanding and knowledge
    units:
      - id: "1.1"
        name: Understanding the values of peer support
        domains: [values-and-principles]
)"}}},

    {rules::domain_without_unit,
     {R"(In a CompetenceMap that has a `curriculum`, no unit is mapped to a domain: the
curriculum does not teach it. A map without a curriculum is not checked.)",
      {.file = "competence-map.yaml",
       .command = "rolekit validate competence-map.yaml",
       .bad = R"(kind: CompetenceMap
format: 1
id: local-psw-mental-health
title: Peer Support Worker Competence Framework for Mental Health
domains:
  - id: values-and-principles
    name: Values and principles
  - id: self-care-and-support
    name: Self-care and support
curriculum:
  - section: 1
    name: Underpinning understanding and knowledge
    units:
      - id: "1.1"
        name: Understanding the values of peer support
        domains: [values-and-principles]
)",
       .fixed = R"(kind: CompetenceMap
format: 1
id: local-psw-mental-health
title: Peer Support Worker Competence Framework for Mental Health
domains:
  - id: values-and-principles
    name: Values and principles
  - id: self-care-and-support
    name: Self-care and support
curriculum:
  - section: 1
    name: Underpinning understanding and knowledge
    units:
      - id: "1.1"
        name: Understanding the values of peer support
        domains: [values-and-principles]
      - id: "1.2"
        name: Looking after yourself
        domains: [self-care-and-support]
)"}}},

    {rules::overlay_touches_national,
     {R"(A LocalityOverlay sets a key of the national part of the profile: `core`,
`role_specific`, `facets`, `level`, `title`, `service`, `scope` or
`core_level`, at the top level or inside a mapping-shaped `competences`. The
national template is used as a whole and its NOS cannot be changed; for the
locality section the templates say "Additional NOS may be added here". Those go
in the overlay's `competences` list. Each national key is reported, and the
groups under it are not used.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
level: 4
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)"}}},

    {rules::overlay_nos_in_base,
     {R"(When it is not loaded, [`overlay-base-missing`](#overlay-base-missing) is
reported instead. An overlay adds a NOS that its base profile already lists, in
any section. merge leaves it out (and says so, with the same warning), so the
overlay's entry changes nothing: remove it, or add the NOS the locality really
needs. A warning: the overlay can still be merged.
[merge.md](merge.md#4-check-it) shows it in a real overlay.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Reflect on your own practice
    nos:
      - {code: SFHGEN23, title: Monitor your own work practices}
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Reflect on your own practice
    nos:
      - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
)"}}},
    {rules::local_competence_twice,
     {R"(A profile or an overlay states the same local competence twice: the same
words in the same order, whatever their case, spacing or punctuation. merge
does not add a local competence the profile already states (and says so, with
the same warning). A warning: the overlay can still be merged.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
local_competences:
  - area: H
    function: Manage demands for services
    statement: See the more complex, higher risk cases
  - area: H
    function: Provide leadership
    statement: See the more complex, higher-risk cases.
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
local_competences:
  - area: H
    function: Manage demands for services
    statement: See the more complex, higher risk cases
)"}}},

    {rules::local_competence_is_nos,
     {R"(A local competence (`local_competences`) is worded as a National
Occupational Standard of a loaded catalogue: the same words in the same order.
A national standard belongs under `competences`, by its catalogue title or
code, where rolekit checks it against the catalogue and shows its code; a
local competence is what no NOS covers, in the service's own words.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
local_competences:
  - area: H
    function: Provide leadership
    statement: Lead your team
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: H
    function: Provide leadership
    nos:
      - Lead your team
)"}}},
};

}  // namespace

std::span<const RuleHelpEntry> consistency_rule_help() {
    return kHelp;
}

}  // namespace rolekit::detail
