// The parts of docs/rules.md that are about all rules, or a group of them:
// `rolekit rules --format markdown` puts them around the rule table and each
// rule's help (rule_text.cpp). The page is that output, exactly.

#include "rules/rule_help.hpp"

namespace rolekit::detail {

std::string_view rules_page_intro() {
    return R"(# Rules

`rolekit validate` checks files against the [document format](format.md) and against each other
(see [validate.md](validate.md) for the command itself). Each problem it finds is a **finding**
of one **rule**. This page lists every rule: what it checks and why it matters, a bad example,
the exact output rolekit prints for it, and the fixed example. `rolekit rules` lists the same
rules, and `rolekit rules ID` explains one. The page itself is the output of
`rolekit rules --format markdown`: rolekit's rule registry is its source.

- [How findings are reported](#how-findings-are-reported)
- [Which rules run: the context documents](#which-rules-run-the-context-documents)
- [The examples on this page](#the-examples-on-this-page)
- [All rules](#all-rules)
- [Loading rules](#loading-rules) · [Reference rules](#reference-rules) ·
  [Consistency rules](#consistency-rules) · [Merge rules](#merge-rules) ·
  [Command rules](#command-rules) · [Suppression rules](#suppression-rules)
- [Exit codes](#exit-codes)

## How findings are reported

Findings are printed in the style of a compiler. For example, the national Strategic Manager
template in the repository's `frameworks/` states the core set of another level than its own:

```
$ rolekit validate --no-builtin frameworks/profiles/ld-strategic-manager-l8.yaml
frameworks/profiles/ld-strategic-manager-l8.yaml:36:15: warning[core-level-mismatch]: the core set is stated for Level 7, but this is a Level 8 profile
    core_level: 7
                ^
  hint: use the common/core competences for all Level 8 roles
1 file checked: 0 errors, 1 warning, 0 infos
```

- The first line is `path:line:col: severity[rule]: message`. Lines and columns start at 1;
  columns count bytes, so on a line with a character such as `é` before the problem the column
  is one more than the number of characters before it (the caret is still placed under the
  right character). A finding about a whole file (such as [`io-error`](#io-error)) has no line
  and column: `path: error[io-error]: message`.
- Then the source line, with a caret under the column. Tabs are shown as spaces, and a very long
  line is shown as a window around the column.
- Then `hint:` with what to do, when rolekit has a suggestion.
- The last line counts the files checked and the findings of each severity.

Findings are listed file by file, in line order. The text goes to standard output, in colour
only on a terminal. `--format json`, `sarif`, `junit` and `github` give the same findings for
scripts and CI (see [validate.md](validate.md#output-formats)).

### Severities

Every rule has one severity, shown in the [table of rules](#all-rules).

| severity | meaning | makes the exit code 1 |
|---|---|---|
| `error` | the document is wrong: it breaks the format, names something that does not exist, or changes what is fixed nationally | yes (by default) |
| `warning` | probably a mistake, but the document can be used as it is: a NOS listed twice, a core set that differs from the career framework's | with `--fail-on warning` or `--fail-on info` |
| `info` | a suggestion: the document is correct but could be more precise | with `--fail-on info` |

### `--fail-on` and `--disable`

`--fail-on SEVERITY` sets the lowest severity that makes `validate` exit with code 1: `error`
(the default), `warning` or `info`. With `--fail-on warning`, errors and warnings fail the run
and infos do not. The warning above then fails the run:

```
$ rolekit validate --no-builtin --fail-on warning frameworks/profiles/ld-strategic-manager-l8.yaml
frameworks/profiles/ld-strategic-manager-l8.yaml:36:15: warning[core-level-mismatch]: the core set is stated for Level 7, but this is a Level 8 profile
    core_level: 7
                ^
  hint: use the common/core competences for all Level 8 roles
1 file checked: 0 errors, 1 warning, 0 infos
[1]
```

`--disable RULE` stops one rule from being reported. Repeat it for more rules:
`--disable nos-uncoded --disable ksb-unreferenced`. RULE must be one of the ids on this page;
anything else is a usage error (exit code 2):

```
$ rolekit validate --disable nos-uncodde profile.yaml
rolekit: error: --disable: unknown rule 'nos-uncodde' (did you mean 'nos-uncoded'?)
  hint: 'rolekit help validate' shows its usage
[2]
```

`--disable` hides the finding, not its effect. With `--disable duplicate-key` the first of the
two values is still the one used. A rule that makes a file **unusable** (marked so below; exit
code 2) cannot be disabled, nor changed in `.rolekit.yaml`: the run would exit with 2 and say
nothing about why. Leave such a file out of the scan instead (`--exclude`, or `ignore` in
`.rolekit.yaml`):

```
$ printf 'kind: RoleProfile\nformat: 1\nid: [peer-support-worker-l3\n' > broken.yaml
$ rolekit validate --no-builtin --disable yaml-syntax broken.yaml
rolekit: error: --disable: rule 'yaml-syntax' cannot be disabled: a file it reports cannot be checked at all
  hint: 'rolekit help validate' shows its usage
[2]
```

Disable only the rules you have decided to accept, such as [`nos-uncoded`](#nos-uncoded). To
accept one finding where it is rather than a rule everywhere, use a `# rolekit-disable-line`
comment ([suppression rules](#suppression-rules)).

A NOS that is listed in both the core and the role-specific section is reported twice, once by
[`nos-duplicate`](#nos-duplicate) and once by [`nos-in-core-and-role`](#nos-in-core-and-role),
at the same place. If you want a single finding, disable one of the two.

## Which rules run: the context documents

`validate` reports findings for the files you name. To check references it also loads
**context documents**, in this order: the files you name, each `--catalog FILE` and `--path DIR`
(a single file may be given to `--path` too), the directories in `$ROLEKIT_PATH`, and the
built-in library unless you give `--no-builtin`. Which context documents are loaded decides
which reference rules run:

)";
}

std::string_view rules_page_after_needs() {
    return R"(So with no catalogue loaded the NOS rules do not run, and a misspelt NOS title passes; with no
functional map the area rules do not run; with no career framework core sets are not compared.

Keep in mind:

- **The built-in library is loaded by default.** Without `--no-builtin`, NOS titles are checked
  against the built-in catalogue, which holds only the NOS used by the national Liaison and
  Diversion templates. A profile that uses other NOS gets a [`nos-unknown`](#nos-unknown) for
  each of them unless you load your own catalogue with `--catalog` or `--path`.
- **Problems in context documents are not reported**, with one exception. A context document
  that loads with errors is still used as far as it goes. One that cannot be loaded at all (not
  valid YAML, for example) is reported with its load rule and makes the exit code 2, because
  leaving it out would silently turn off the rules that need it. Check your context files by
  naming them: `rolekit validate --no-builtin context/`.
- A named document with the same id as a context document takes its place (see
  [validate.md](validate.md#what-is-checked-against-what)); two named documents with one id are
  an [`id-collision`](#id-collision).
- The reference rules look at every competence group: in a RoleProfile's `core`,
  `role_specific`, `facets` and `locality`, in a LocalityOverlay's `competences`, and in each
  `core` set of a CareerFramework.
- Two NOS entries are the same NOS when they have the same code. A title-only entry is given its
  code through the catalogue, so [`nos-duplicate`](#nos-duplicate) and
  [`nos-in-core-and-role`](#nos-in-core-and-role) see that `Monitor your own work practices`
  and `{code: SFHGEN23}` are one NOS only when a catalogue is loaded.

## The examples on this page

Every example on this page is run as shown by the test `tests/docs_examples.py`, in a directory
of its own that holds a copy of the repository's `frameworks/`. Each file an example checks is
shown in full in a `yaml` block before the commands, and the text before the block names it (in
the page's source, a `<!-- file: NAME -->` comment above the block has the test write it).
Files that cannot be typed into a block, such as one in Latin-1, are made by the commands shown.
Most examples give `--no-builtin`, so that the output depends only on the files shown; those of
[`overlay-nos-in-base`](#overlay-nos-in-base) and of the [merge](#merge-rules),
[command](#command-rules) and [suppression](#suppression-rules) rules use the built-in library,
as `rolekit rules ID` does. The output is shown whole, as printed: standard output and standard
error together, down to the summary line. A last line `[N]` is the exit code, when it is not 0.
Running the fixed example reports no finding.

The context documents are three small files in a directory `context/`. SFHGEN97 and SFHGEN23
are real Skills for Health NOS; `EX001` is made up for the [`nos-withdrawn`](#nos-withdrawn)
example.

`context/nos.yaml`:

<!-- file: context/nos.yaml -->
```yaml
kind: NosCatalog
format: 1
id: example-nos
title: Example NOS catalogue
standards:
  - code: SFHGEN97
    title: Communicate effectively in a health care environment
  - code: SFHGEN23
    title: Monitor your own work practices
  - code: EX001
    title: Maintain paper-based case records
    status: withdrawn
    replaced_by: SFHGEN23
  - code: null
    title: Support the safeguarding of individuals
  - code: null
    title: Support individuals who are distressed
```

`context/map.yaml`:

<!-- file: context/map.yaml -->
```yaml
kind: FunctionalMap
format: 1
id: example-functional-map
areas:
  - key: "1"
    name: Communication
    functions: [Communicate effectively]
  - key: "2"
    name: Personal and People Development
    functions: [Reflect on your own practice]
  - key: "3"
    name: Health, Safety and Security
    functions: [Protect individuals from abuse]
  - key: B
    name: Health Intervention
    functions: [Support individuals who are distressed]
```

`context/career.yaml`:

<!-- file: context/career.yaml -->
```yaml
kind: CareerFramework
format: 1
id: example-career-framework
levels:
  - level: 3
    core:
      - area: "1"
        function: Communicate effectively
        nos:
          - {code: SFHGEN97, title: Communicate effectively in a health care environment}
      - area: "3"
        function: Protect individuals from abuse
        nos:
          - Support the safeguarding of individuals
```

The three are valid:

```
$ rolekit validate --no-builtin context/
3 files checked: 0 errors, 0 warnings, 0 infos
```

### The example profile

Most examples are this Level 3 profile, `profile.yaml`, with a line or two changed:

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

It is valid:

```
$ rolekit validate --no-builtin --path context/map.yaml --path context/nos.yaml profile.yaml
1 file checked: 0 errors, 0 warnings, 0 infos
```
)";
}

std::string_view rule_group_intro(RuleGroup group) {
    switch (group) {
        case RuleGroup::loading:
            return R"(These are checked while a file is read, before anything is compared. Some of them make the file
**unusable**: no document is loaded from it and `validate` exits with code 2 (see
[Exit codes](#exit-codes)). After the others the document still loads and is checked.
)";
        case RuleGroup::references:
            return R"(These compare a document with the [context documents](#which-rules-run-the-context-documents):
the functional map, the NOS catalogues and the other loaded documents. They do not run when the
context they need is not loaded.
)";
        case RuleGroup::consistency:
            return R"(These check that a document agrees with itself, a profile's core set with the career
framework, and an overlay with its base profile.
)";
        case RuleGroup::merge:
            return R"(`rolekit merge` runs every rule above on its base and overlays first ([merge.md](merge.md)), and
refuses the merge on any error (exit code 1). These three are merge's own: they depend on what
you asked it to merge. The examples use the built-in library: `wiltshire.yaml` is its example
overlay and `standard.yaml` its apprenticeship standard, saved as files so that the findings
name them:

```
$ rolekit show wiltshire-ld-psw > wiltshire.yaml
$ rolekit show peer-worker-l3 > standard.yaml
```
)";
        case RuleGroup::command:
            return R"(These are reported by the other commands when what they were asked to do cannot be done: an id
that names nothing, documents that cannot be compared or rendered, an output file that would
overwrite an input, a search with no catalogue, a path to validate with nothing in it. The
command stops with exit code 2 and writes nothing. The examples use the built-in library.
)";
        case RuleGroup::suppression:
            return R"(A finding you have decided to accept can be silenced where it is, with a YAML comment, or
recorded in a baseline file ([validate.md](validate.md#suppressing-a-finding-where-it-is)):

- `# rolekit-disable-line RULE` at the end of a line silences RULE on that line;
- `# rolekit-disable-next-line RULE` on a line of its own silences RULE on the next line;
- `# rolekit-disable-file RULE` silences RULE in the whole file.

Rules are separated by commas or spaces, and ` -- ` starts a reason. Only YAML comments are
read: text inside a quoted or block scalar that looks like a directive is document text. The
directive's word must be followed by a space; any other comment word starting with `rolekit-` is
a mistake. `--write-baseline FILE` records today's findings, and `--baseline FILE` then reports
only findings not in it ([validate.md](validate.md#baseline)). These rules keep suppressions from
outliving their reason, or from silently not working. The examples use the built-in library.
)";
    }
    return {};
}

// `{unusable}` stands for the links to every unusable rule (rule_text.cpp).
std::string_view rules_page_exit_codes() {
    return R"(The exit codes of `validate`:

| code | when |
|---|---|
| 0 | no finding at or above `--fail-on` (default `error`). Warnings and infos alone give 0 unless you ask otherwise |
| 1 | some finding at or above `--fail-on` |
| 2 | an input could not be used at all: a finding of a rule marked unusable ({unusable}); `kind` or `format` missing, `format` not a whole number, or a top level that is not a mapping. Also a bad `.rolekit.yaml` or baseline file, and a usage error, such as an unknown option or `--disable` of an unknown rule |

Code 2 wins over code 1: if any input is unusable the run exits with 2, whatever else was found.
The problem is still printed as a finding (and appears in JSON and SARIF output). Every other
error, including [`duplicate-key`](#duplicate-key) and [`id-collision`](#id-collision), is an
ordinary finding: it gives exit code 1, not 2.

`merge` exits with code 1 when it refuses a merge because of an error in its base or overlays
or one of the [merge rules](#merge-rules), and with code 2 when an input is unusable. The
[command rules](#command-rules) give exit code 2.
)";
}

std::string_view rule_need_condition(RuleNeed need) {
    switch (need) {
        case RuleNeed::functional_map:
            return "a FunctionalMap is loaded. Only the first FunctionalMap loaded is used. "
                   "`function-not-in-area` checks only areas that list `functions`";
        case RuleNeed::nos_catalog:
            return "at least one NosCatalog is loaded. All loaded catalogues are searched "
                   "together; if two list the same code, the first loaded wins";
        case RuleNeed::career_framework:
            return "a CareerFramework is loaded (the first one is used) and it states a `core` "
                   "set for the profile's core level";
        case RuleNeed::base_profile:
            return "the overlay's base profile is among the loaded documents, named or context "
                   "(when it is not, [`overlay-base-missing`](#overlay-base-missing) is reported)";
    }
    return {};
}

}  // namespace rolekit::detail
