// The reference rules in docs/rules.md: each rule's worked examples, with the exact output
// rolekit prints (rule_help.hpp). tests/docs_examples.py runs them there.

#include "rules/rule_help.hpp"

namespace rolekit::detail {

namespace {

constexpr RuleDocEntry kDocs[] = {
    {rules::unknown_area,
     R"(**Bad**: `profile.yaml`, the example profile with line 15 changed:

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
    - area: Health Intervention
      function: Support individuals who are distressed
      nos:
        - Support individuals who are distressed
```

```
$ rolekit validate --no-builtin --path context/map.yaml profile.yaml
profile.yaml:15:13: error[unknown-area]: area 'Health Intervention' is not in the functional map
      - area: Health Intervention
              ^
  hint: the areas are: 1, 2, 3, B
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: the area's key, `B` (line 15 of the example profile):

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
$ rolekit validate --no-builtin --path context/map.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::function_not_in_area,
     R"(**Bad**: `profile.yaml`, the example profile with line 15 changed, so that the function is
filed under area 2:

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
    - area: "2"
      function: Support individuals who are distressed
      nos:
        - Support individuals who are distressed
```

```
$ rolekit validate --no-builtin --path context/map.yaml profile.yaml
profile.yaml:16:17: warning[function-not-in-area]: reference function 'Support individuals who are distressed' is not listed under area 2 (Personal and People Development)
        function: Support individuals who are distressed
                  ^
  hint: the functional map lists it under area B (Health Intervention)
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: file the group under the area the map gives, `B`, as in the example profile (or
change the function to one of area 2's):

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
$ rolekit validate --no-builtin --path context/map.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

When the map lists the function under no area (often a typo or a reworded function), the hint
is `use a reference function the functional map lists under this area`.
)"},

    {rules::nos_unknown,
     R"(**Bad**: `profile.yaml`, the example profile with line 18 changed:

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
        - Support people who are distressed
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
profile.yaml:18:11: error[nos-unknown]: NOS 'Support people who are distressed' is not in any loaded catalogue
          - Support people who are distressed
            ^
  hint: closest catalogue entries: 'Support individuals who are distressed'
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: use the catalogue's wording (line 18 of the example profile):

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
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

Other messages of this rule:

- `NOS code SFHGEN24 is not in any loaded catalogue`, for `{code: SFHGEN24, title: Monitor your
  own work practices}`, with the hint
  `closest catalogue entries: 'SFHGEN23 Monitor your own work practices'`. The caret is under
  the code.
- When no catalogue title is similar, the hint is
  `check its wording, or add a catalogue with --catalog`.
)"},

    {rules::nos_title_mismatch,
     R"(**Bad**: `profile.yaml`, the example profile with its `competences` (line 12 on) replaced, to
list SFHGEN97 with `healthcare` for the catalogue's `health care`:

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
        - {code: SFHGEN97, title: Communicate effectively in a healthcare environment}
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
profile.yaml:18:35: error[nos-title-mismatch]: title of NOS SFHGEN97 differs from the catalogue's wording
          - {code: SFHGEN97, title: Communicate effectively in a healthcare environment}
                                    ^
  hint: NOS wording is fixed nationally; the catalogue has 'Communicate effectively in a health care environment'
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: copy the catalogue's title from the hint:

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
        - {code: SFHGEN97, title: Communicate effectively in a health care environment}
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)"},

    {rules::nos_uncoded,
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
    - area: "2"
      function: Reflect on your own practice
      nos:
        - Monitor your own work practices
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
profile.yaml:18:11: info[nos-uncoded]: NOS 'Monitor your own work practices' is given by title only; its code is SFHGEN23
          - Monitor your own work practices
            ^
  hint: write it as {code: SFHGEN23, title: Monitor your own work practices}
1 file checked: 0 errors, 0 warnings, 1 info
```

Infos do not change the exit code unless you give `--fail-on info`.

**Fixed**: write the entry as the hint says:

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
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

A title-only entry whose catalogue entry has `code: null` (status `uncoded`) is not reported:
there is no code to add.
)"},

    {rules::nos_withdrawn,
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
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: EX001, title: Maintain paper-based case records}
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
profile.yaml:18:11: warning[nos-withdrawn]: NOS EX001 'Maintain paper-based case records' is withdrawn
          - {code: EX001, title: Maintain paper-based case records}
            ^
  hint: replaced by SFHGEN23 'Monitor your own work practices'
1 file checked: 0 errors, 1 warning, 0 infos
```

**Fixed**: list the replacement:

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
    - area: "2"
      function: Reflect on your own practice
      nos:
        - {code: SFHGEN23, title: Monitor your own work practices}
```

```
$ rolekit validate --no-builtin --path context/nos.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```

Without `replaced_by`, the hint is `remove it, or replace it with a current standard`.
)"},

    {rules::overlay_base_missing,
     R"(**Bad**: `overlay.yaml`, checked with the profiles of `profiles/`, which hold the example profile
(`profiles/peer-support-worker.yaml`, see [`io-error`](#io-error) and
[`id-collision`](#id-collision)). The base is given as the national template's id, but the
profile loaded has the id `peer-support-worker-l3`:

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
      - Monitor your own work practices
```

```
$ rolekit validate --no-builtin --path profiles overlay.yaml
overlay.yaml:4:7: error[overlay-base-missing]: base profile 'ld-peer-support-worker-l3' is not among the loaded documents
  base: ld-peer-support-worker-l3
        ^
  hint: did you mean 'cmh-peer-support-worker-l3'? (else load the base profile with --path)
1 file checked: 1 error, 0 warnings, 0 infos
[1]
```

**Fixed**: name the profile that is loaded (line 4):

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

Other messages of this rule:

- `base 'example-career-framework' is a CareerFramework, not a RoleProfile`, with the hint
  `an overlay builds on a role profile`.
- For a base given as a path, `base profile 'profiles/peer-support-worker.yaml' is not among the
  loaded documents`, with the hint
  `the path is relative to the overlay's file; load that file too`. Load it with
  `--path profiles` or name it on the command line.
)"},

};

}  // namespace

std::span<const RuleDocEntry> reference_rule_docs() {
    return kDocs;
}

}  // namespace rolekit::detail
