// The merge, command and suppression rules in docs/rules.md: each rule's worked examples, with the
// exact output rolekit prints (rule_help.hpp). tests/docs_examples.py runs them there.

#include "rules/rule_help.hpp"

namespace rolekit::detail {

namespace {

constexpr RuleDocEntry kDocs[] = {
    {rules::overlay_base_mismatch,
     R"(**Bad**: the overlay is for the Peer Support Worker profile, and is merged onto the Strategic
Manager:

```
$ rolekit merge ld-strategic-manager-l8 wiltshire.yaml
wiltshire.yaml:11:7: error[overlay-base-mismatch]: overlay 'wiltshire-ld-psw' is for base 'ld-peer-support-worker-l3', not 'ld-strategic-manager-l8'
  base: ld-peer-support-worker-l3
        ^
  hint: merge it onto the profile it names, or correct its 'base'
merge refused: nothing written
[1]
```

**Fixed**: merge it onto the profile it names (here written to a file with `-o`; without it the
merged profile goes to standard output):

```
$ rolekit merge ld-peer-support-worker-l3 wiltshire.yaml -o wiltshire-profile.yaml
wrote wiltshire-profile.yaml
```
)"},

    {rules::merge_wrong_kind,
     R"(**Bad**: an OccupationalStandard as the base:

```
$ rolekit merge standard.yaml wiltshire.yaml
standard.yaml:5:1: error[merge-wrong-kind]: standard.yaml is an OccupationalStandard, not a RoleProfile
  kind: OccupationalStandard
  ^
  hint: merge takes a RoleProfile, then the LocalityOverlays to apply to it
merge refused: nothing written
[1]
```

An OccupationalStandard given as an overlay is reported as `standard.yaml is a
OccupationalStandard, not a LocalityOverlay`.

**Fixed**: a RoleProfile as the base:

```
$ rolekit merge ld-peer-support-worker-l3 wiltshire.yaml -o wiltshire-profile.yaml
wrote wiltshire-profile.yaml
```
)"},

    {rules::overlay_repeated,
     R"(**Bad**: the overlay is given twice, the second time as `./wiltshire.yaml`:

```
$ rolekit merge ld-peer-support-worker-l3 wiltshire.yaml ./wiltshire.yaml
wiltshire.yaml:10:5: error[overlay-repeated]: overlay 'wiltshire-ld-psw' is given twice (as overlay 1 and 2)
  id: wiltshire-ld-psw
      ^
  hint: give each overlay once
merge refused: nothing written
[1]
```

**Fixed**: give each overlay once:

```
$ rolekit merge ld-peer-support-worker-l3 wiltshire.yaml -o wiltshire-profile.yaml
wrote wiltshire-profile.yaml
```
)"},

    {rules::unknown_id,
     R"(**Bad**: the id is misspelt:

```
$ rolekit show ld-peer-suport-worker-l3
rolekit: error[unknown-id]: no document with id 'ld-peer-suport-worker-l3'
  hint: did you mean 'ld-peer-support-worker-l3'? ('rolekit list' shows every id)
[2]
```

**Fixed**: the id as `rolekit list` shows it (here the profile is saved to a file rather than
printed):

```
$ rolekit show ld-peer-support-worker-l3 > peer-support-worker.yaml
```
)"},

    {rules::diff_kinds,
     R"(**Bad**: a role profile and an apprenticeship standard:

```
$ rolekit diff ld-peer-support-worker-l3 peer-worker-l3
rolekit: error[diff-kinds]: cannot compare RoleProfile ld-peer-support-worker-l3 with OccupationalStandard peer-worker-l3
  hint: diff compares two documents of the same kind
[2]
```

**Fixed**: two role profiles (the comparison is long; its first lines are shown):

```
$ rolekit diff ld-peer-support-worker-l3 ld-strategic-manager-l8
a: Peer Support Worker (ld-peer-support-worker-l3), Level 3
b: Strategic Manager (ld-strategic-manager-l8), Level 8

NOS only in a: 17   only in b: 37   in both: 16   moved: 2
...
```
)"},

    {rules::render_kind,
     R"(**Bad**: the NOS catalogue, saved as a file:

```
$ rolekit show health-nos > nos.yaml
$ rolekit render nos.yaml
nos.yaml:11:1: error[render-kind]: a NosCatalog cannot be rendered
  kind: NosCatalog
  ^
  hint: render a RoleProfile, CompetenceMap or OccupationalStandard, or a LocalityOverlay (merged onto its base)
[2]
```

**Fixed**: a role profile (here the page is written to a file with `-o`):

```
$ rolekit render ld-peer-support-worker-l3 -o peer-support-worker.md
wrote peer-support-worker.md
```
)"},

    {rules::output_is_input,
     R"(**Bad**: the merged profile is to be written over the overlay it is merged from:

```
$ rolekit show wiltshire-ld-psw > wiltshire.yaml
$ rolekit merge ld-peer-support-worker-l3 wiltshire.yaml -o wiltshire.yaml
wiltshire.yaml: error[output-is-input]: refusing to write over a file this command reads
  hint: choose another output file
[2]
```

**Fixed**: write it to another file:

```
$ rolekit show wiltshire-ld-psw > wiltshire.yaml
$ rolekit merge ld-peer-support-worker-l3 wiltshire.yaml -o merged.yaml
wrote merged.yaml
```
)"},

    {rules::no_catalog,
     R"(**Bad**: the built-in library is left out, and no catalogue is given:

```
$ rolekit nos search --no-builtin supervision
rolekit: error[no-catalog]: no NOS catalogue is loaded
  hint: add one with --catalog FILE
[2]
```

**Fixed**: load a catalogue, or leave out `--no-builtin`:

```
$ rolekit show health-nos > nos.yaml
$ rolekit nos search --no-builtin --catalog nos.yaml supervision
CODE  TITLE                                     AREA  FUNCTION
-     Make use of supervision                   2     Make use of supervision
-     Provide supervision to other individuals  2     Support the development of the knowledge and practice of individuals
```
)"},

    {rules::no_documents,
     R"(**Bad**: an empty directory:

```
$ mkdir -p drafts
$ rolekit validate drafts
drafts: error[no-documents]: no rolekit documents in drafts
  hint: name a rolekit file or a folder that holds some
0 files checked: 1 error, 0 warnings, 0 infos
[2]
```

**Fixed**: name a directory that holds rolekit documents, or put some in it:

```
$ rolekit show wiltshire-ld-psw > drafts/wiltshire.yaml
$ rolekit validate drafts
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::unused_suppression,
     R"(**Bad**: `overlay.yaml` silences `nos-unknown` on line 10, but the NOS is in the built-in
catalogue:

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
      - {code: SCDHSC0033, title: Develop your practice through reflection and learning}  # rolekit-disable-line nos-unknown
```

```
$ rolekit validate overlay.yaml
overlay.yaml:10:114: warning[unused-suppression]: 'nos-unknown' is disabled here but nothing here reports it
        - {code: SCDHSC0033, title: Develop your practice through reflection and learning}  # rolekit-disable-line nos-unknown
                                                                                                                   ^
  hint: remove it from the comment
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: remove the comment:

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

The other comments are reported the same way, and a word that is not a rule has its own
message. Here line 1 silences a rule of competence maps in an overlay, and line 11 misspells
`nos-unknown`:

<!-- file: overlay.yaml -->
```yaml
# rolekit-disable-file domain-without-unit
kind: LocalityOverlay
format: 1
id: wiltshire-psw
base: ld-peer-support-worker-l3
locality: Wiltshire Liaison and Diversion Service
competences:
  - area: "2"
    function: Reflect on your own practice
    nos:
      # rolekit-disable-next-line nos-unkown -- not in the catalogue yet
      - {code: SCDHSC0033, title: Develop your practice through reflection and learning}
```

```
$ rolekit validate overlay.yaml
overlay.yaml:1:24: warning[unused-suppression]: 'domain-without-unit' is disabled here but nothing here reports it
  # rolekit-disable-file domain-without-unit
                         ^
  hint: remove it from the comment
overlay.yaml:11:35: warning[unused-suppression]: 'nos-unkown' in a rolekit-disable comment is not a rule
        # rolekit-disable-next-line nos-unkown -- not in the catalogue yet
                                    ^
  hint: did you mean 'nos-unknown'?
1 file checked: 0 errors, 2 warnings, 0 infos
```
)"},

    {rules::unknown_directive,
     R"(**Bad**: `overlay.yaml` adds a NOS the catalogue does not have yet, and means to silence
[`nos-unknown`](#nos-unknown) on its line, but writes `rolekit-disable-lines`:

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
      - Support peer volunteers in the community  # rolekit-disable-lines nos-unknown -- not in the catalogue yet
```

```
$ rolekit validate overlay.yaml
overlay.yaml:10:9: error[nos-unknown]: NOS 'Support peer volunteers in the community' is not in any loaded catalogue
        - Support peer volunteers in the community  # rolekit-disable-lines nos-unknown -- not in the catalogue yet
          ^
  hint: check its wording, or add a catalogue with --catalog
overlay.yaml:10:51: warning[unknown-directive]: 'rolekit-disable-lines' is not a rolekit directive
        - Support peer volunteers in the community  # rolekit-disable-lines nos-unknown -- not in the catalogue yet
                                                    ^
  hint: did you mean 'rolekit-disable-line'?
1 file checked: 1 error, 1 warning, 0 infos
[1]
```

**Fixed**: `rolekit-disable-line`:

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
      - Support peer volunteers in the community  # rolekit-disable-line nos-unknown -- not in the catalogue yet
```

```
$ rolekit validate overlay.yaml
1 file checked: 0 errors, 0 warnings, 0 infos, 1 suppressed
```
)"},

    {rules::baseline_fixed,
     R"(**Bad**: the national Peer Support Worker template has three findings (warnings), recorded in a
baseline. Then `sed` deletes the two lines that list `Support individuals to access information
on services and facilities`, which the template lists twice, so the baseline's entry for that
[`nos-duplicate`](#nos-duplicate) matches nothing:

```
$ rolekit show ld-peer-support-worker-l3 > profile.yaml
$ rolekit validate --write-baseline baseline.json profile.yaml
wrote baseline.json (3 findings)
$ sed -i '/^ *- Support individuals to access information on services and facilities$/d' profile.yaml
$ rolekit validate --baseline baseline.json profile.yaml
profile.yaml: info[baseline-fixed]: fixed since the baseline: [nos-duplicate] NOS 'Support individuals to access information on services and facilities' is listed more than once (first at line 121, role-specific section)
  hint: write the baseline again (--write-baseline) to drop it
1 file checked: 0 errors, 0 warnings, 1 info, 3 suppressed, 2 in the baseline
```

**Fixed**: write the baseline again:

```
$ rolekit validate --write-baseline baseline.json profile.yaml
wrote baseline.json (2 findings)
$ rolekit validate --baseline baseline.json profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos, 3 suppressed, 2 in the baseline
```
)"},

};

}  // namespace

std::span<const RuleDocEntry> command_rule_docs() {
    return kDocs;
}

}  // namespace rolekit::detail
