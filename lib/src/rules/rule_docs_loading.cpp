// The loading rules in docs/rules.md: each rule's worked examples, with the exact output
// rolekit prints (rule_help.hpp). tests/docs_examples.py runs them there.

#include "rules/rule_help.hpp"

namespace rolekit::detail {

namespace {

constexpr RuleDocEntry kDocs[] = {
    {rules::io_error,
     R"(**Bad**: the example profile is saved as `profiles/peer-suport-worker.yaml` (misspelt), and the
command names `profiles/peer-support-worker.yaml`:

```
$ mkdir profiles
$ cp profile.yaml profiles/peer-suport-worker.yaml
$ rolekit validate --no-builtin profiles/peer-support-worker.yaml
profiles/peer-support-worker.yaml: error[io-error]: no such file or directory
0 files checked, 1 could not be read: 1 error, 0 warnings, 0 infos
[2]
```

**Fixed**: rename the file (or correct the command):

```
$ mv profiles/peer-suport-worker.yaml profiles/peer-support-worker.yaml
$ rolekit validate --no-builtin profiles/peer-support-worker.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

Naming the directory instead (`rolekit validate --no-builtin profiles`) checks every `*.yaml`
and `*.yml` file under it, whatever their names.

Other messages of this rule: a file over the size limit, and a context directory that does not
exist:

```
$ rolekit validate --no-builtin --max-file-size 100 profiles/peer-support-worker.yaml
profiles/peer-support-worker.yaml: error[io-error]: file is 532 bytes, over the limit of 100 bytes
1 file checked: 1 error, 0 warnings, 0 infos
[2]
$ rolekit validate --no-builtin --path contxt profiles/peer-support-worker.yaml
contxt: error[io-error]: no such file or directory
1 file checked: 1 error, 0 warnings, 0 infos
[2]
```
)"},

    {rules::yaml_encoding,
     R"(**Bad**: `profile.yaml`, the example profile with line 5 changed to a service name with an
`é`, saved in Latin-1, where `é` is the single byte `0xE9` (in UTF-8 it is the two bytes
`0xC3 0xA9`). Here the text is written as UTF-8 in `profile-utf8.yaml`, and `iconv` saves it in
Latin-1 as `profile.yaml`:

<!-- file: profile-utf8.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Café outreach service
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
$ iconv -f UTF-8 -t LATIN1 profile-utf8.yaml > profile.yaml
$ rolekit validate --no-builtin profile.yaml
profile.yaml:5:13: error[yaml-encoding]: invalid UTF-8 byte 0xE9
  service: Caf� outreach service
              ^
  hint: save the file as UTF-8 text without control characters
1 file checked: 1 error, 0 warnings, 0 infos
[2]
```

The bad byte is shown as `�` (U+FFFD, the replacement character) in the source line.

**Fixed**: save the file as UTF-8 (in most editors: "Save as", encoding "UTF-8"), or convert it
with `iconv`. Line 5 then holds `C3 A9` for `é`:

```
$ iconv -f LATIN1 -t UTF-8 profile.yaml > profile-utf8.yaml
$ mv profile-utf8.yaml profile.yaml
$ rolekit validate --no-builtin profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

Other messages of this rule, with the same hint:

- `file is UTF-16; rolekit reads UTF-8 only`: the file starts with a UTF-16 byte order mark
  (`FF FE` or `FE FF`), or has none but its first bytes are ASCII text in UTF-16 (a `00` byte
  after or before each character). A UTF-8 byte order mark (`EF BB BF`) is allowed. The source
  line shows the byte order mark as `��` and each `00` byte as `\x00`:
  ```
  $ iconv -f UTF-8 -t UTF-16 profile.yaml > profile-utf16.yaml
  $ rolekit validate --no-builtin profile-utf16.yaml
  profile-utf16.yaml:1:1: error[yaml-encoding]: file is UTF-16; rolekit reads UTF-8 only
    ��k\x00i\x00n\x00d\x00:\x00 \x00R\x00o\x00l\x00e\x00P\x00r\x00o\x00f\x00i\x00l\x00e\x00
    ^
    hint: save the file as UTF-8 text without control characters
  1 file checked: 1 error, 0 warnings, 0 infos
  [2]
  ```
- `file is UTF-32; rolekit reads UTF-8 only`: the same for UTF-32, whose byte order marks are
  `FF FE 00 00` and `00 00 FE FF`, and whose ASCII characters each come with three `00` bytes.
- `NUL byte in text (is this a binary file?)`: any other `00` byte, as in a binary file:
  ```
  $ printf 'kind: RoleProfile\nformat: 1\0\n' > nul.yaml
  $ rolekit validate --no-builtin nul.yaml
  nul.yaml:2:10: error[yaml-encoding]: NUL byte in text (is this a binary file?)
    format: 1\x00
             ^
    hint: save the file as UTF-8 text without control characters
  1 file checked: 1 error, 0 warnings, 0 infos
  [2]
  ```
- `control character 0x0B in text`: a control character other than tab, line feed and carriage
  return (here a vertical tab, as pasted from some word processors, put between two words of
  line 4 with `sed`):
  ```
  $ sed '4s/ Worker$/\x0bWorker/' profile.yaml > profile-vt.yaml
  $ rolekit validate --no-builtin profile-vt.yaml
  profile-vt.yaml:4:20: error[yaml-encoding]: control character 0x0B in text
    title: Peer Support\x0bWorker
                       ^
    hint: save the file as UTF-8 text without control characters
  1 file checked: 1 error, 0 warnings, 0 infos
  [2]
  ```
)"},

    {rules::yaml_syntax,
     R"(**Bad**: `profile.yaml`, the example profile with line 11 changed:

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
scope: Purpose: to encourage individuals to engage with the service.
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
profile.yaml:11:15: error[yaml-syntax]: illegal map value
  scope: Purpose: to encourage individuals to engage with the service.
                ^
1 file checked: 1 error, 0 warnings, 0 infos
[2]
```

**Fixed**: quote the text, or write it as a block scalar (`scope: |` with the text indented on
the next lines):

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
scope: "Purpose: to encourage individuals to engage with the service."
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

Other messages of this rule:

- `end of sequence flow not found`: a `[` list is not closed. The position is on the next
  line, not at the `[`.
- `end of map not found` where a key is given an empty `[]` (or `{}`) and entries under it:
  YAML reads `[]` as the whole list, empty, and the lines under it then fit nowhere. The hint
  names the key and its line. Here an entry is written under line 13 of the fixed profile,
  `  core: []`:
  ```
  $ sed '13a\    - area: B' profile.yaml > profile-flow.yaml
  $ rolekit validate --no-builtin profile-flow.yaml
  profile-flow.yaml:14:5: error[yaml-syntax]: end of map not found
        - area: B
        ^
    hint: `core: []` on line 13 is already a complete (empty) list; delete the `[]` to write its items below
  1 file checked: 1 error, 0 warnings, 0 infos
  [2]
  ```
- `tab character used for indentation; YAML indents with spaces`, at the tab, with the hint
  `replace the tab with spaces`. Here `sed` indents line 9 of the fixed profile with a tab
  (shown as a space in the source line):
  ```
  $ sed '9s/^  /\t/' profile.yaml > profile-tab.yaml
  $ rolekit validate --no-builtin profile-tab.yaml
  profile-tab.yaml:9:1: error[yaml-syntax]: tab character used for indentation; YAML indents with spaces
     area_of_work: Liaison and Diversion
    ^
    hint: replace the tab with spaces
  1 file checked: 1 error, 0 warnings, 0 infos
  [2]
  ```
  A tab is allowed after the indentation: after `- `, inside a `|` block, between words.
- `unterminated quoted string`, at the opening quote: a `"` or `'` string has no closing
  quote, so YAML would read the rest of the file into it. The hint is
  `add the closing " where the text ends`. Here the closing quote of line 11 of the fixed
  profile is removed:
  ```
  $ sed '11s/"$//' profile.yaml > profile-quote.yaml
  $ rolekit validate --no-builtin profile-quote.yaml
  profile-quote.yaml:11:8: error[yaml-syntax]: unterminated quoted string
    scope: "Purpose: to encourage individuals to engage with the service.
           ^
    hint: add the closing " where the text ends
  1 file checked: 1 error, 0 warnings, 0 infos
  [2]
  ```
- `unterminated quoted string: it runs on to the " at line 11, column 8`: the same, where a
  later line holds a quote, as line 11 of the fixed profile does. YAML reads the string on over
  the line ends to that quote, and then reports an error after it, or none. rolekit reports it
  when a line the string runs over is indented no further than the key or `-` the string
  belongs to: a string that goes on over several lines on purpose indents them further, and is
  allowed. Here line 4 of the fixed profile is changed to `title: "Peer Support Worker`:
  ```
  $ sed '4s/: /: "/' profile.yaml > profile-quote2.yaml
  $ rolekit validate --no-builtin profile-quote2.yaml
  profile-quote2.yaml:4:8: error[yaml-syntax]: unterminated quoted string: it runs on to the " at line 11, column 8
    title: "Peer Support Worker
           ^
    hint: add the closing " where the text ends; a string that goes on over several lines must indent them further
  1 file checked: 1 error, 0 warnings, 0 infos
  [2]
  ```
- `the referenced anchor is not defined`: an alias `*name` with no `&name` before it.
- `nesting is too deep for a rolekit document`: more than about 500 levels of nesting.
)"},

    {rules::yaml_documents,
     R"(**Bad**: `functional-map.yaml`:

<!-- file: functional-map.yaml -->
```yaml
kind: FunctionalMap
format: 1
id: local-functional-map
areas:
  - {key: "1", name: Communication}
---
kind: CareerFramework
format: 1
id: local-career-framework
levels: []
```

```
$ rolekit validate --no-builtin functional-map.yaml
functional-map.yaml:6:1: error[yaml-documents]: a file must hold exactly one YAML document, this is the second
  ---
  ^
  hint: split the documents into separate files
1 file checked: 1 error, 0 warnings, 0 infos
[2]
```

**Fixed**: keep the first document in `functional-map.yaml` and move the second to a file of
its own (for example `career-framework.yaml`):

<!-- file: functional-map.yaml -->
```yaml
kind: FunctionalMap
format: 1
id: local-functional-map
areas:
  - {key: "1", name: Communication}
```

```
$ rolekit validate --no-builtin functional-map.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

For an empty file or one with only comments the message is `file holds no YAML document`, with
the hint `` start the file with `kind:`, `format: 1` and `id:` ``:

```
$ printf '# Local functional map: to do\n' > functional-map.yaml
$ rolekit validate --no-builtin functional-map.yaml
functional-map.yaml:1:1: error[yaml-documents]: file holds no YAML document
  # Local functional map: to do
  ^
  hint: start the file with `kind:`, `format: 1` and `id:`
1 file checked: 1 error, 0 warnings, 0 infos
[2]
```
)"},

    {rules::yaml_alias,
     R"(**Bad**: `functional-map.yaml`, where the alias on line 7 is inside the list it refers to:

<!-- file: functional-map.yaml -->
```yaml
kind: FunctionalMap
format: 1
id: local-functional-map
areas: &areas
  - key: "1"
    name: Communication
    functions: *areas
```

```
$ rolekit validate --no-builtin functional-map.yaml
functional-map.yaml:7:16: error[yaml-alias]: alias refers to a node that contains it (recursive alias)
      functions: *areas
                 ^
1 file checked: 1 error, 0 warnings, 0 infos
[2]
```

**Fixed**: refer only to a node that is complete before the alias:

<!-- file: functional-map.yaml -->
```yaml
kind: FunctionalMap
format: 1
id: local-functional-map
areas:
  - key: "1"
    name: Communication
    functions: &shared [Communicate effectively]
  - key: "2"
    name: Personal and People Development
    functions: *shared
```

```
$ rolekit validate --no-builtin functional-map.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

When aliases expand to more than 100 000 nodes in all, the message is
`aliases expand to more than 100000 nodes`, with the hint
`write the repeated content out, or use fewer nested aliases`.
)"},

    {rules::duplicate_key,
     R"(**Bad**: `profile.yaml`, the example profile with a line `level: 4` added after line 6:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
level: 4
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
profile.yaml:7:1: error[duplicate-key]: duplicate key 'level' (first defined at line 6, column 1)
  level: 4
  ^
  hint: remove one of the two entries; YAML mappings cannot repeat a key
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: keep one of the two lines; here the first, which gives the example profile again:

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

    {rules::yaml_tag,
     R"(**Bad**: `profile.yaml`, the example profile with line 4 changed:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: !!binary UGVlciBTdXBwb3J0IFdvcmtlcg==
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
profile.yaml:4:8: error[yaml-tag]: tag '!!binary' is not allowed; rolekit documents hold plain text
  title: !!binary UGVlciBTdXBwb3J0IFdvcmtlcg==
         ^
  hint: remove the tag; rolekit reads each value by the field it is in
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: write the text itself, without a tag (line 4 `title: Peer Support Worker`, as in the
example profile):

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

Other messages of this rule, with the same hint:

- `tag '!!seq' is for a list, not a scalar`: a core schema tag on the wrong kind of value, here
  `area_of_work: !!seq Liaison and Diversion`.
- `tag '!!null' on a value that is not null`: `!!null` on text such as `!!null Liaison`.
)"},

    {rules::schema_unknown_kind,
     R"(**Bad**: `profile.yaml`, the example profile with line 1 changed:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfiel
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
profile.yaml:1:7: error[schema-unknown-kind]: unknown kind 'RoleProfiel'
  kind: RoleProfiel
        ^
  hint: kind must be one of: RoleProfile, LocalityOverlay, NosCatalog, FunctionalMap, CareerFramework, CompetenceMap, OccupationalStandard
1 file checked: 1 error, 0 warnings, 0 infos
[2]
```

**Fixed**: `kind: RoleProfile`, as in the example profile:

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

    {rules::schema_unknown_format,
     R"(**Bad**: `profile.yaml`, the example profile with line 2 changed:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 2
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
profile.yaml:2:9: error[schema-unknown-format]: unknown format version 2
  format: 2
          ^
  hint: this rolekit reads format 1
1 file checked: 1 error, 0 warnings, 0 infos
[2]
```

**Fixed**: `format: 1`, as in the example profile:

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

    {rules::schema_missing_field,
     R"(**Bad**: `profile.yaml`, the example profile without line 10 (`experience_required`):

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
profile.yaml:8:3: error[schema-missing-field]: basic_info is missing required field 'experience_required'
    named_role: Peer Support Worker
    ^
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: add the field (line 10 of the example profile):

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

Other messages of this rule:

- `'title' in RoleProfile is empty`, for `title: ""`.
- `competence group lists no NOS`, for `nos: []`, with the hint
  `list at least one NOS under 'nos', or remove the group`.
- `NOS entry needs a 'code' or a 'title'`, for a NOS entry `{}`.
- `NOS standard is missing required field 'code'`, for a NosCatalog entry without a `code` key,
  with the hint `write 'code: null' with 'status: uncoded' if the code is not known`.
- `document is missing required field 'format'` (or `'kind'`): the file is **unusable**, exit
  code 2.
)"},

    {rules::schema_type,
     R"(**Bad**: `profile.yaml`, the example profile with line 6 changed:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: "3"
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
profile.yaml:6:8: error[schema-type]: 'level' must be a whole number, not "3"
  level: "3"
         ^
  hint: write the number without quotes or a tag
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: write the number without quotes (line 6 `level: 3`, as in the example profile):

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

Other messages of this rule:

- `'references' must be a list, not a scalar`, for
  `references: NHS England Liaison and Diversion Operating Model`. Write the item as a list:
  `- NHS England Liaison and Diversion Operating Model` on the next line, indented, or
  `references: [NHS England Liaison and Diversion Operating Model]`.
- `'title' must be text, not a list`, for `title: [a, b]`.
- `document must be a mapping, not a list`: the top level of the file is a list. The file is
  **unusable**, exit code 2. So is a `format` that is not a whole number (`format: "1"`).
)"},

    {rules::schema_value,
     R"(**Bad**: `profile.yaml`, the example profile with line 6 changed:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Liaison and Diversion Service
level: 10
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
profile.yaml:6:8: error[schema-value]: 'level' must be between 1 and 9, not 10
  level: 10
         ^
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: a level from 1 to 9 (line 6 `level: 3`, as in the example profile):

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

Other messages of this rule, for NosCatalog entries:

- `unknown NOS status 'retired'`, with the hint `use one of: current, legacy, withdrawn, uncoded`.
- `NOS 'Support individuals who are distressed' has no code, so its status must be 'uncoded'`,
  for `code: null` with `status: current`. The finding is placed at the start of the entry.
- `NOS SFHGEN23 has a code but status 'uncoded'`, with the hint
  `use status 'current', or remove the code`.
)"},

    {rules::schema_unknown_key,
     R"(**Bad**: `profile.yaml`, the example profile with line 11 changed:

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
scop: Encourage individuals with complex needs to engage with the service.
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
profile.yaml:1:1: error[schema-missing-field]: RoleProfile is missing required field 'scope'
  kind: RoleProfile
  ^
profile.yaml:11:1: error[schema-unknown-key]: unknown key 'scop' in RoleProfile
  scop: Encourage individuals with complex needs to engage with the service.
  ^
  hint: did you mean 'scope'?
1 file checked: 2 errors, 0 warnings, 0 infos
[1]
```

**Fixed**: `scope`, as in the example profile:

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

When no known key is close, the hint is `extensions must start with 'x-'`: rename the key to
`x-...` to keep it as your own note. Inside nested mappings the message names the mapping, for
example `unknown key 'fucntion' in competence group`. YAML merge keys (`<<: *name`) are not
supported and are reported as `unknown key '<<'`, with the hint
`merge keys are not supported; write the keys out`.
)"},

    {rules::schema_bad_id,
     R"(**Bad**: `profile.yaml`, the example profile with line 3 changed:

<!-- file: profile.yaml -->
```yaml
kind: RoleProfile
format: 1
id: Peer_Support_Worker_L3
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
profile.yaml:3:5: error[schema-bad-id]: invalid id 'Peer_Support_Worker_L3'
  id: Peer_Support_Worker_L3
      ^
  hint: ids use lower-case letters, digits and '-', starting with a letter or digit
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: `id: peer-support-worker-l3`, as in the example profile:

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

    {rules::id_collision,
     R"(**Bad**: the directory `profiles/` holds the example profile as
`profiles/peer-support-worker.yaml` (see [`io-error`](#io-error)), and a copy of it,
`profiles/peer-support-worker-cmh.yaml`, with line 5 changed but the same id
`peer-support-worker-l3`:

<!-- file: profiles/peer-support-worker-cmh.yaml -->
```yaml
kind: RoleProfile
format: 1
id: peer-support-worker-l3
title: Peer Support Worker
service: Community Mental Health Service
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

`peer-support-worker-cmh.yaml` sorts first, so `peer-support-worker.yaml` is the one reported:

```
$ rolekit validate --no-builtin profiles
profiles/peer-support-worker.yaml:3:5: error[id-collision]: id 'peer-support-worker-l3' is already used by profiles/peer-support-worker-cmh.yaml
  id: peer-support-worker-l3
      ^
  hint: ids must be unique among the files checked together; rename one of them
2 files checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: give the second profile its own id, on line 3 of
`profiles/peer-support-worker-cmh.yaml`:

<!-- file: profiles/peer-support-worker-cmh.yaml -->
```yaml
kind: RoleProfile
format: 1
id: cmh-peer-support-worker-l3
title: Peer Support Worker
service: Community Mental Health Service
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
$ rolekit validate --no-builtin profiles
2 files checked: 0 errors, 0 warnings, 0 infos
```

**Not a collision**: an overlay and the profile merged from it, side by side. The merged
profile has the overlay's id, and its `derived_from` names the overlay and the base:

```
$ mkdir local
$ rolekit show wiltshire-ld-psw > local/wiltshire.yaml
$ rolekit merge local/wiltshire.yaml -o local/wiltshire-profile.yaml
wrote local/wiltshire-profile.yaml
$ rolekit validate local
...
2 files checked: 0 errors, 3 warnings, 0 infos, 3 suppressed
```

The three warnings are the national template's own, in the merged profile. An overlay with the
same id and another base, or a profile whose `derived_from` does not name the overlay, is still
an `id-collision`.
)"},

};

}  // namespace

std::span<const RuleDocEntry> loading_rule_docs() {
    return kDocs;
}

}  // namespace rolekit::detail
