// The loading rules explained, with examples (see rule_help.hpp).

#include "rules/rule_help.hpp"

namespace rolekit::detail {

namespace {

constexpr RuleHelpEntry kHelp[] = {
    {rules::io_error,
     {R"(The file cannot be read: it does not exist, it is larger than the size limit
(16 MiB, set with `--max-file-size`), or it cannot be opened. A `--path` or
`--catalog` that does not exist is reported the same way. A file that cannot be
read cannot be checked at all.)",
      {.bad = R"(rolekit show wiltshire-ld-psw > wiltshire.yaml
rolekit validate wiltshre.yaml
)",
       .fixed = R"(rolekit show wiltshire-ld-psw > wiltshire.yaml
rolekit validate wiltshire.yaml
)"}}},

    {rules::yaml_encoding,
     {R"(The file is not UTF-8 text. The usual cause is a file saved by another program
as Latin-1 ("Western") or UTF-16 ("Unicode"). rolekit reports the first bad
byte and reads nothing from the file, so the position tells you where to look.
Save it as UTF-8.)",
      {.bad = R"(rolekit show health-nos | iconv -f UTF-8 -t UTF-16 > nos.yaml
rolekit validate nos.yaml
)",
       .fixed = R"(rolekit show health-nos | iconv -f UTF-8 -t UTF-16 > nos.yaml
iconv -f UTF-16 -t UTF-8 nos.yaml > nos-utf8.yaml && mv nos-utf8.yaml nos.yaml
rolekit validate nos.yaml
)"}}},

    {rules::yaml_syntax,
     {R"(The text is not valid YAML. The message is the YAML parser's, and the position
is where the parser gave up, which can be after the real mistake. For a tab in
the indentation, a quoted string that is not closed and nesting that is too
deep, rolekit says what the mistake is and where it is instead (see the other
messages below). A common cause is text that contains `: ` without quotes: YAML
reads it as a second key. Quote such text.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire: Liaison and Diversion
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: "Wiltshire: Liaison and Diversion"
)"}}},

    {rules::yaml_documents,
     {R"(A file holds exactly one YAML document. A second document after `---`, or a
file with no document at all (empty, or only comments), is reported.)",
      {.file = "map.yaml",
       .command = "rolekit validate map.yaml",
       .bad = R"(kind: FunctionalMap
format: 1
id: local-functional-map
areas:
  - {key: "1", name: Communication}
---
kind: FunctionalMap
format: 1
id: other-functional-map
areas: []
)",
       .fixed = R"(kind: FunctionalMap
format: 1
id: local-functional-map
areas:
  - {key: "1", name: Communication}
)"}}},

    {rules::yaml_alias,
     {R"(Anchors (`&name`) and aliases (`*name`) are allowed and expanded. An alias to
the node that contains it would expand forever, and aliases of aliases can
expand to a huge document from a few lines, so both are refused.)",
      {.file = "map.yaml",
       .command = "rolekit validate map.yaml",
       .bad = R"(kind: FunctionalMap
format: 1
id: local-functional-map
areas: &areas
  - key: "1"
    name: Communication
    functions: *areas
)",
       .fixed = R"(kind: FunctionalMap
format: 1
id: local-functional-map
areas:
  - key: "1"
    name: Communication
    functions: &shared [Communicate effectively]
  - key: "2"
    name: Personal and People Development
    functions: *shared
)"}}},

    {rules::duplicate_key,
     {R"(A mapping repeats a key. YAML does not allow it, and different tools would keep
different values; rolekit keeps the first and reports the second. This applies
in every mapping, including under `x-` keys.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
locality: Swindon Liaison and Diversion Service
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)"}}},

    {rules::yaml_tag,
     {R"(A value carries a YAML tag that the format does not use. rolekit reads each
value by the field it is in (text, a whole number, a list or a mapping), so a
tag such as `!!binary`, `!!set`, `!local` or `!<tag:example.com,2000:shape>`
would be ignored, and what the tag was meant to say would be lost without a
word. This applies everywhere in the file, including under `x-` keys, whose
content `merge` keeps but without tags. The document still loads, with the text
as it is written.

The tags of YAML's core schema are allowed on the kind of value they name:
`!!str`, `!!int`, `!!float`, `!!bool` and `!!null` on text, `!!seq` on lists,
`!!map` on mappings, and the non-specific `!`. They change nothing, with two
exceptions: a tagged number is not a whole number (`level: !!int 3` is a
[`schema-type`](#schema-type) error, as `level: "3"` is), and `!!null` makes a
value "not given", as `~` does.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: !local Wiltshire Liaison and Diversion Service
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)"}}},

    {rules::schema_unknown_kind,
     {R"(`kind` is not one of the seven document kinds, spelled exactly: `RoleProfile`,
`LocalityOverlay`, `NosCatalog`, `FunctionalMap`, `CareerFramework`,
`CompetenceMap`, `OccupationalStandard`. Without a known kind rolekit cannot
tell what the rest of the file means.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)"}}},

    {rules::schema_unknown_format,
     {R"(`format` is a version of the document format that this rolekit does not read.
This rolekit reads format `1`; a file written for a later version needs a later
rolekit.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 2
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)"}}},

    {rules::schema_missing_field,
     {R"(A required key is absent, null (`~`, `null` or nothing after the colon), or,
for required text, empty (`""`). The finding is placed at the start of the
mapping that lacks the key. The [format](format.md) lists which keys each kind
requires.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)"}}},

    {rules::schema_type,
     {R"(A value has the wrong shape: text where a list is expected, a list or mapping
where text is expected, or a number written in quotes. A quoted number is text
to YAML, so it is refused rather than guessed at.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
references: Corston Report (2007)
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
references:
  - Corston Report (2007)
)"}}},

    {rules::schema_value,
     {R"(A value has the right type but is not allowed: a number out of range (a Career
Framework level is 1 to 9, an apprenticeship level 1 to 8), or a NOS `status`
that is not one of the four words, or that does not fit the code.)",
      {.file = "nos.yaml",
       .command = "rolekit validate nos.yaml",
       .bad = R"(kind: NosCatalog
format: 1
id: local-nos
title: Local NOS
standards:
  - code: SFHGEN23
    title: Monitor your own work practices
    status: retired
)",
       .fixed = R"(kind: NosCatalog
format: 1
id: local-nos
title: Local NOS
standards:
  - code: SFHGEN23
    title: Monitor your own work practices
    status: current
)"}}},

    {rules::schema_unknown_key,
     {R"(A key that this kind of document (or this mapping inside it) does not have.
Usually a typo; the hint names the closest known key. Keys starting with `x-`
are your own extensions: the checks ignore them, and `merge` keeps them with
all their content ([merge.md](merge.md#what-merge-keeps)). A misspelt required
key is reported twice: as unknown, and the required key as missing.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
refrences:
  - Corston Report (2007)
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
references:
  - Corston Report (2007)
)"}}},

    {rules::schema_bad_id,
     {R"(The `id` must match `[a-z0-9][a-z0-9-]*`: lower-case letters, digits and `-`,
not starting with `-`. Ids are typed on the command line (`rolekit show ID`)
and written in an overlay's `base`, so they are kept simple.)",
      {.file = "overlay.yaml",
       .command = "rolekit validate overlay.yaml",
       .bad = R"(kind: LocalityOverlay
format: 1
id: Wiltshire_PSW
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)",
       .fixed = R"(kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
)"}}},

    {rules::id_collision,
     {R"(Two files named on the command line (or found under a named directory) have the
same `id`. Documents refer to each other by id, so an id must be unique among
the files loaded together. The file loaded first keeps the id; the other is
reported, and still checked on its own. Files are loaded in the order named,
and the files in a directory in sorted order of their names. This is an error
(exit code 1), but it does not make the run exit with code 2.

One pair may share an id: a LocalityOverlay and the local profile
`rolekit merge` made from it, which has the overlay's id and records
`derived_from: {base, overlays}`. When the RoleProfile's
`derived_from.overlays` names the overlay's id and the overlay's `base` is
the profile's `derived_from.base` (or, for an overlay applied after others,
the profile they made), the two are checked side by side without an
`id-collision`, and an overlay whose `base` is that id builds on the
profile. The same holds for reference documents (`--path`,
`$ROLEKIT_PATH`, the built-in library): a merged profile beside the
overlay it came from is no collision there either, and its id names the
profile. Any other two documents with one id are still a collision.)",
      {.bad = R"(rolekit show health-nos > nos.yaml
rolekit show health-nos > nos-copy.yaml
rolekit validate nos.yaml nos-copy.yaml
)",
       .fixed = R"(rolekit show health-nos > nos.yaml
rolekit show health-nos | sed 's/^id: health-nos$/id: local-nos/' > nos-copy.yaml
rolekit validate nos.yaml nos-copy.yaml
)"}}},
};

}  // namespace

std::span<const RuleHelpEntry> loading_rule_help() {
    return kHelp;
}

}  // namespace rolekit::detail
