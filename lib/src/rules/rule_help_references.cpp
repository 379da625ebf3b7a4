// The reference rules explained, with examples (see rule_help.hpp). The
// examples are checked against the built-in library: its functional map,
// its NOS catalogue and the national Level 3 Peer Support Worker profile.

#include "rules/rule_help.hpp"

namespace rolekit::detail {

namespace {

constexpr RuleHelpEntry kHelp[] = {
    {rules::unknown_area,
     {R"(A competence group's `area` must be the key of an area in the Health Functional
Map: `"1"` to `"6"` or `"A"` to `"H"`, not the area's name.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: Personal and People Development
    function: Reflect on your own practice
    nos:
      - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
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

    {rules::function_not_in_area,
     {R"(A group's reference function should be worded as in the functional map, and
filed under the area the group names. In the templates NOS are listed by
reference function, and the Health Functional Map is how NOS are categorised
and found, so a function the map does not have under that area makes the NOS
harder to find. Areas that list no `functions` are not checked. A warning: the
NOS themselves may still be right.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "3"
    function: Reflect on your own practice
    nos:
      - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
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

    {rules::nos_unknown,
     {R"(A NOS entry's code, or for a title-only entry its title, is in none of the
loaded catalogues. All competences in a role profile are National Occupational
Standards, so a title the catalogue does not know is usually a NOS reworded by
hand, or a NOS from a catalogue you have not loaded. The hint lists up to three
catalogue entries with similar titles.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Support the development of the knowledge and practice of individuals
    nos:
      - Provide supervision to others
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Support the development of the knowledge and practice of individuals
    nos:
      - Provide supervision to other individuals
)"}}},

    {rules::nos_title_mismatch,
     {R"(A NOS entry gives a code and a title, and the title is not the catalogue's
title for that code, word for word. NOS are approved through the UK NOS
governance process; as the Skills for Health role profile templates say, "they
cannot be changed in terms of content or wording". A title that differs even by
a space is a different text from the standard.)",
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
      - {code: SCDHSC0033, title: Develop your practice through reflection}
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

    {rules::nos_uncoded,
     {R"(An info: a NOS entry is given by title only, and the catalogue knows its code.
The entry is correct; adding the code makes it unambiguous and lets readers
find the standard by code.)",
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
      - Develop your practice through reflection and learning
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

    {rules::nos_withdrawn,
     {R"(The catalogue marks the NOS `status: withdrawn`. A withdrawn standard should
not be used in a new or revised profile; list its replacement instead. The hint
names the replacement when the catalogue gives `replaced_by`. A warning: the
profile is still readable as it stands.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate --catalog nos.yaml overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Reflect on your own practice
    nos:
      - {code: EX001, title: Maintain paper-based case records}
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
)",
       .context_file = "nos.yaml",
       .context = R"(kind: NosCatalog
format: 1
id: local-nos
title: Local NOS
standards:
  - code: EX001
    title: Maintain paper-based case records
    status: withdrawn
    replaced_by: SCDHSC0033
  - code: SCDHSC0033
    title: Develop your practice through reflection and learning
)"}}},

    {rules::overlay_base_missing,
     {R"(An overlay's `base` must name a RoleProfile among the loaded documents, by id,
or by a path relative to the overlay's file (a value containing `/` or ending
in `.yaml` or `.yml`). Without its base an overlay cannot be merged: there is
nothing to add the locality competences to. `rolekit merge OVERLAY` and
`rolekit render OVERLAY`, which look the base up themselves (an id on the
search path, a path from the overlay's folder), report it at the overlay's
`base` and exit with code 2. A base id that is near a RoleProfile's id (a
typo) gets "did you mean" with that id in the hint.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)"}}},
};

}  // namespace

std::span<const RuleHelpEntry> reference_rule_help() {
    return kHelp;
}

}  // namespace rolekit::detail
