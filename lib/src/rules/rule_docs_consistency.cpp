// The consistency rules in docs/rules.md: each rule's worked examples, with the exact output
// rolekit prints (rule_help.hpp). tests/docs_examples.py runs them there.

#include "rules/rule_help.hpp"

namespace rolekit::detail {

namespace {

constexpr RuleDocEntry kDocs[] = {
    {rules::nos_duplicate,
     R"(**Bad**: `profile.yaml`, the example profile with its `competences` (line 12 on) replaced:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Lived experience of the criminal justice system.
scope: Encourage individuals with complex needs to engage with the service.
competences:
  core: []
  role_specific:
    - area: "1"
      function: Communicate effectively
      nos:
        - Communicate effectively in a health care environment
    - area: "2"
      function: Reflect on your own practice
      nos:
        - Monitor your own work practices
        - Communicate effectively in a health care environment
```

```
$ rolekit validate --no-builtin profile.yaml
profile.yaml:23:11: warning[nos-duplicate]: NOS 'Communicate effectively in a health care environment' is listed more than once (first at line 18, role-specific section)
          - Communicate effectively in a health care environment
            ^
  hint: list each NOS once per profile
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: keep it under one function only:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Lived experience of the criminal justice system.
scope: Encourage individuals with complex needs to engage with the service.
competences:
  core: []
  role_specific:
    - area: "1"
      function: Communicate effectively
      nos:
        - Communicate effectively in a health care environment
    - area: "2"
      function: Reflect on your own practice
      nos:
        - Monitor your own work practices
```

```
$ rolekit validate --no-builtin profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::nos_in_core_and_role,
     R"(**Bad**: `profile.yaml`, the example profile with its `competences` (line 12 on) replaced (the
role-specific entry gives only the code):

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Lived experience of the criminal justice system.
scope: Encourage individuals with complex needs to engage with the service.
competences:
  core:
    - area: "1"
      function: Communicate effectively
      nos:
        - {code: SFHGEN97, title: Communicate effectively in a health care environment}
  role_specific:
    - area: "1"
      function: Communicate effectively
      nos:
        - {code: SFHGEN97}
    - area: B
      function: Support individuals who are distressed
      nos:
        - Support individuals who are distressed
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
profile.yaml:22:11: warning[nos-duplicate]: NOS 'SFHGEN97' is listed more than once (first at line 17, core section)
          - {code: SFHGEN97}
            ^
  hint: list each NOS once per profile
profile.yaml:22:11: warning[nos-in-core-and-role]: NOS 'SFHGEN97' is in both the core (line 17) and the role-specific section
          - {code: SFHGEN97}
            ^
  hint: a core competence applies to every role at the level; remove it from the role-specific section
1 file checked: 0 errors, 2 warnings, 0 infos
```

**Fixed**: remove it from the role-specific section:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Lived experience of the criminal justice system.
scope: Encourage individuals with complex needs to engage with the service.
competences:
  core:
    - area: "1"
      function: Communicate effectively
      nos:
        - {code: SFHGEN97, title: Communicate effectively in a health care environment}
  role_specific:
    - area: B
      function: Support individuals who are distressed
      nos:
        - Support individuals who are distressed
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::core_level_mismatch,
     R"(**Bad**: `profile.yaml`, the example profile with a line `core_level: 2` added after line 12:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Lived experience of the criminal justice system.
scope: Encourage individuals with complex needs to engage with the service.
competences:
  core_level: 2
  core: []
  role_specific:
    - area: B
      function: Support individuals who are distressed
      nos:
        - Support individuals who are distressed
```

```
$ rolekit validate --no-builtin profile.yaml
profile.yaml:13:15: warning[core-level-mismatch]: the core set is stated for Level 2, but this is a Level 3 profile
    core_level: 2
                ^
  hint: use the common/core competences for all Level 3 roles
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: remove `core_level` (it defaults to `level`), as in the example profile, or set it to
the profile's level, and give that level's core set:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Lived experience of the criminal justice system.
scope: Encourage individuals with complex needs to engage with the service.
competences:
  core: []
  role_specific:
    - area: B
      function: Support individuals who are distressed
      nos:
        - Support individuals who are distressed
```

```
$ rolekit validate --no-builtin profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::core_set_mismatch,
     R"(**Bad**: `profile.yaml`, the example profile with its `competences` (line 12 on) replaced:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Lived experience of the criminal justice system.
scope: Encourage individuals with complex needs to engage with the service.
competences:
  core:
    - area: "1"
      function: Communicate effectively
      nos:
        - {code: SFHGEN97, title: Communicate effectively in a health care environment}
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
  role_specific: []
```

```
$ rolekit validate --no-builtin --path context/career.yaml --path context/nos.yaml profile.yaml
profile.yaml:14:7: warning[core-set-mismatch]: the core differs from the career framework's Level 3 core set: 1 missing, 1 extra
      - area: "1"
        ^
  hint: missing 'Support the safeguarding of individuals'; not in the framework's set 'Monitor your own work practices'
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: the core set of `context/career.yaml` for Level 3, and the extra NOS moved to the
role-specific section:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Lived experience of the criminal justice system.
scope: Encourage individuals with complex needs to engage with the service.
competences:
  core:
    - area: "1"
      function: Communicate effectively
      nos:
        - {code: SFHGEN97, title: Communicate effectively in a health care environment}
    - area: "3"
      function: Protect individuals from abuse
      nos:
        - Support the safeguarding of individuals
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
```

```
$ rolekit validate --no-builtin --path context/career.yaml --path context/nos.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::ksb_numbering,
     R"(**Bad**: `standard.yaml`, where `K2` is used twice:

<!-- file: standard.yaml -->
```yaml
kind: OccupationalStandard
format: 1
id: peer-worker-l3
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
```

```
$ rolekit validate --no-builtin standard.yaml
standard.yaml:15:10: warning[ksb-numbering]: id K2 is used twice (first at line 14)
    - {id: K2, text: the importance of adhering to boundaries}
           ^
  hint: give every item its own number
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: number the third item `K3`, and map it to its duty (lines 9 and 15):

<!-- file: standard.yaml -->
```yaml
kind: OccupationalStandard
format: 1
id: peer-worker-l3
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
```

```
$ rolekit validate --no-builtin standard.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

A gap is reported as `id K4 is out of sequence: expected K3`, with the hint
`number the items K1, K2, ... in order`.
)"},

    {rules::ksb_unknown_ref,
     R"(**Bad**: `standard.yaml`, the fixed file of [`ksb-numbering`](#ksb-numbering) with line 10
changed to `skills: [S1, S2]`:

<!-- file: standard.yaml -->
```yaml
kind: OccupationalStandard
format: 1
id: peer-worker-l3
title: Peer worker
level: 3
duties:
  - id: D1
    text: Establish safe, supportive and respectful relationships with individuals
    knowledge: [K1, K2, K3]
    skills: [S1, S2]
    behaviours: [B1]
knowledge:
  - {id: K1, text: the core values and principles of peer support}
  - {id: K2, text: the boundaries of the Peer Worker role}
  - {id: K3, text: the importance of adhering to boundaries}
skills:
  - {id: S1, text: develops and maintains a mutual and reciprocal peer relationship}
behaviours:
  - {id: B1, name: Committed}
```

```
$ rolekit validate --no-builtin standard.yaml
standard.yaml:10:18: error[ksb-unknown-ref]: duty D1 names S2, which is not in the skills list
      skills: [S1, S2]
                   ^
  hint: add S2 to 'skills', or correct the reference
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: add `S2` to `skills`, or correct the reference. Here the duty needs only `S1`:

<!-- file: standard.yaml -->
```yaml
kind: OccupationalStandard
format: 1
id: peer-worker-l3
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
```

```
$ rolekit validate --no-builtin standard.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::ksb_unreferenced,
     R"(**Bad**: `standard.yaml`, the fixed file of [`ksb-numbering`](#ksb-numbering) with line 9
changed to `knowledge: [K1, K2]`, so that no duty uses `K3`:

<!-- file: standard.yaml -->
```yaml
kind: OccupationalStandard
format: 1
id: peer-worker-l3
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
  - {id: K3, text: the importance of adhering to boundaries}
skills:
  - {id: S1, text: develops and maintains a mutual and reciprocal peer relationship}
behaviours:
  - {id: B1, name: Committed}
```

```
$ rolekit validate --no-builtin standard.yaml
standard.yaml:15:10: warning[ksb-unreferenced]: knowledge item K3 is used by no duty
    - {id: K3, text: the importance of adhering to boundaries}
           ^
  hint: map it to the duty it supports, or remove it
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: map it to its duty (or remove the item), as in the fixed file of
[`ksb-numbering`](#ksb-numbering):

<!-- file: standard.yaml -->
```yaml
kind: OccupationalStandard
format: 1
id: peer-worker-l3
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
```

```
$ rolekit validate --no-builtin standard.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::unit_unknown_domain,
     R"(**Bad**: `competence-map.yaml`, where unit 1.1 names `values-and-principle`:

<!-- file: competence-map.yaml -->
```yaml
kind: CompetenceMap
format: 1
id: psw-mental-health
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
        domains: [values-and-principle]
      - id: "1.2"
        name: Looking after yourself
        domains: [self-care-and-support]
```

```
$ rolekit validate --no-builtin competence-map.yaml
competence-map.yaml:6:9: warning[domain-without-unit]: no curriculum unit covers domain 'values-and-principles'
    - id: values-and-principles
          ^
  hint: map a unit to it, or explain the gap in the curriculum
competence-map.yaml:16:19: error[unit-unknown-domain]: unit 1.1 is mapped to domain 'values-and-principle', which the map does not have
          domains: [values-and-principle]
                    ^
  hint: the domains are: 'values-and-principles', 'self-care-and-support'
1 file checked: 1 error, 1 warning, 0 infos
[1]
```

**Fixed**: the domain's id, on line 16:

<!-- file: competence-map.yaml -->
```yaml
kind: CompetenceMap
format: 1
id: psw-mental-health
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
```

```
$ rolekit validate --no-builtin competence-map.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::domain_without_unit,
     R"(**Bad**: `competence-map.yaml`, whose only unit covers the first domain:

<!-- file: competence-map.yaml -->
```yaml
kind: CompetenceMap
format: 1
id: psw-mental-health
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
```

```
$ rolekit validate --no-builtin competence-map.yaml
competence-map.yaml:8:9: warning[domain-without-unit]: no curriculum unit covers domain 'self-care-and-support'
    - id: self-care-and-support
          ^
  hint: map a unit to it, or explain the gap in the curriculum
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: add a unit for the domain (lines 17 to 19), as in the fixed file of
[`unit-unknown-domain`](#unit-unknown-domain):

<!-- file: competence-map.yaml -->
```yaml
kind: CompetenceMap
format: 1
id: psw-mental-health
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
```

```
$ rolekit validate --no-builtin competence-map.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::overlay_touches_national,
     R"(**Bad**: `overlay.yaml`, for the example profile in `profiles/peer-support-worker.yaml` (as in
[`overlay-base-missing`](#overlay-base-missing)):

<!-- file: overlay.yaml -->
```yaml
kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
level: 4
competences:
  role_specific:
    - area: "2"
      function: Reflect on your own practice
      nos:
        - Monitor your own work practices
```

```
$ rolekit validate --no-builtin --path profiles overlay.yaml
overlay.yaml:6:1: error[overlay-touches-national]: an overlay cannot change 'level' of the national profile
  level: 4
  ^
  hint: national sections are fixed; add locality competences under 'competences' instead
overlay.yaml:8:3: error[overlay-touches-national]: an overlay cannot change 'role_specific' of the national profile
    role_specific:
    ^
  hint: national sections are fixed; add locality competences under 'competences' instead
1 file checked: 2 errors, 0 warnings, 0 infos
[1]
```

**Fixed**: drop `level`, and give the groups as the overlay's `competences` list; they are added
to the profile's locality section:

<!-- file: overlay.yaml -->
```yaml
kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Reflect on your own practice
    nos:
      - Monitor your own work practices
```

```
$ rolekit validate --no-builtin --path profiles overlay.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::overlay_nos_in_base,
     R"(**Bad**: `overlay.yaml` adds SFHGEN23 to the national Peer Support Worker template of the
built-in library, whose core section already lists it:

<!-- file: overlay.yaml -->
```yaml
kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Reflect on your own practice
    nos:
      - {code: SFHGEN23, title: Monitor your own work practices}
```

```
$ rolekit validate overlay.yaml
overlay.yaml:10:9: warning[overlay-nos-in-base]: NOS 'Monitor your own work practices' is already in the base profile (core section); merge will not add it again
        - {code: SFHGEN23, title: Monitor your own work practices}
          ^
  hint: remove it from the overlay, or add another NOS the locality needs
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: add a NOS the base profile does not have:

<!-- file: overlay.yaml -->
```yaml
kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Reflect on your own practice
    nos:
      - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
```

```
$ rolekit validate overlay.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::local_competence_twice,
     R"(**Bad**: `overlay.yaml` states one local competence twice, with different punctuation:

<!-- file: overlay.yaml -->
```yaml
kind: LocalityOverlay
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
```

```
$ rolekit validate overlay.yaml
overlay.yaml:12:16: warning[local-competence-twice]: this local competence is already stated at line 9
      statement: See the more complex, higher-risk cases.
                 ^
  hint: state each local competence once
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: state it once:

<!-- file: overlay.yaml -->
```yaml
kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
local_competences:
  - area: H
    function: Manage demands for services
    statement: See the more complex, higher risk cases
```

```
$ rolekit validate overlay.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::local_competence_is_nos,
     R"(**Bad**: `overlay.yaml` gives the catalogue NOS "Lead your team" as a local competence:

<!-- file: overlay.yaml -->
```yaml
kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
local_competences:
  - area: H
    function: Provide leadership
    statement: Lead your team
```

```
$ rolekit validate overlay.yaml
overlay.yaml:9:16: warning[local-competence-is-nos]: local competence is the NOS 'Lead your team'
      statement: Lead your team
                 ^
  hint: list the NOS under 'competences' (area H, function 'Provide leadership') instead of a local competence
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: list the NOS under `competences`:

<!-- file: overlay.yaml -->
```yaml
kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: H
    function: Provide leadership
    nos:
      - Lead your team
```

```
$ rolekit validate overlay.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

};

}  // namespace

std::span<const RuleDocEntry> consistency_rule_docs() {
    return kDocs;
}

}  // namespace rolekit::detail
