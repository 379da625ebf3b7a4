// The merge, command and suppression rules explained, with examples (see
// rule_help.hpp). Most are about what a command was asked to do, so their
// examples are command lines, run against the built-in library.

#include "rules/rule_help.hpp"

namespace rolekit::detail {

namespace {

constexpr RuleHelpEntry kHelp[] = {
    {rules::overlay_base_mismatch,
     {R"(merge was asked to merge an overlay onto another profile than the one its
`base` names. Merging onto a profile that was itself merged from the overlay's
base (its `derived_from.base`) is allowed.)",
      {.bad = R"(rolekit merge ld-strategic-manager-l8 wiltshire-ld-psw
)",
       .fixed = R"(rolekit merge ld-peer-support-worker-l3 wiltshire-ld-psw
)"}}},

    {rules::merge_wrong_kind,
     {R"(merge takes a RoleProfile as its base and LocalityOverlays to merge onto it; it
was given a document of another kind in one of those places.)",
      {.bad = R"(rolekit merge peer-worker-l3 wiltshire-ld-psw
)",
       .fixed = R"(rolekit merge ld-peer-support-worker-l3 wiltshire-ld-psw
)"}}},

    {rules::overlay_repeated,
     {R"(merge was given one overlay twice (however it was spelled): its groups would be
added twice. Give each overlay once.)",
      {.bad = R"(rolekit merge ld-peer-support-worker-l3 wiltshire-ld-psw wiltshire-ld-psw
)",
       .fixed = R"(rolekit merge ld-peer-support-worker-l3 wiltshire-ld-psw
)"}}},

    {rules::unknown_id,
     {R"(A command was given an id (not a file) that no loaded document has. Arguments
that are not files are ids of the library: the `--path` and `--catalog`
documents, `$ROLEKIT_PATH` and the built-in library. `rolekit list` shows them
all.)",
      {.bad = R"(rolekit show ld-peer-suport-worker-l3
)",
       .fixed = R"(rolekit show ld-peer-support-worker-l3
)"}}},

    {rules::diff_kinds,
     {R"(diff compares two documents of the same kind (or an overlay with the profile it
builds on); it was given two that it cannot compare.)",
      {.bad = R"(rolekit diff ld-peer-support-worker-l3 peer-worker-l3
)",
       .fixed = R"(rolekit diff ld-peer-support-worker-l3 ld-strategic-manager-l8
)"}}},

    {rules::render_kind,
     {R"(render makes pages of RoleProfiles, CompetenceMaps and OccupationalStandards;
it was given a document of another kind.)",
      {.bad = R"(rolekit render health-nos
)",
       .fixed = R"(rolekit render ld-peer-support-worker-l3
)"}}},

    {rules::output_is_input,
     {R"(The `-o` file is one the command reads: an input, or a document on the search
path. Writing the result over it would lose the input, so nothing is written.
Choose another file.)",
      {.bad = R"(rolekit show wiltshire-ld-psw > wiltshire.yaml
rolekit merge ld-peer-support-worker-l3 wiltshire.yaml -o wiltshire.yaml
)",
       .fixed = R"(rolekit show wiltshire-ld-psw > wiltshire.yaml
rolekit merge ld-peer-support-worker-l3 wiltshire.yaml -o merged.yaml
)"}}},

    {rules::no_catalog,
     {R"(`rolekit nos search` searches the loaded NOS catalogues, and none is loaded:
the built-in library was left out (`--no-builtin`) and no `--catalog` or
`--path` gave one.)",
      {.bad = R"(rolekit nos search --no-builtin supervision
)",
       .fixed = R"(rolekit show health-nos > nos.yaml
rolekit nos search --no-builtin --catalog nos.yaml supervision
)"}}},

    {rules::no_documents,
     {R"(A file or directory given to `validate` holds no rolekit document: an empty
directory, or one whose YAML files are all something else (see
[validate.md](validate.md#directory-scans)). Nothing was checked, which is not
a pass: a CI job pointed at the wrong folder must not pass.)",
      {.bad = R"(mkdir -p profiles
rolekit validate profiles
)",
       .fixed = R"(mkdir -p profiles
rolekit show wiltshire-ld-psw > profiles/wiltshire.yaml
rolekit validate profiles
)"}}},

    {rules::unused_suppression,
     {R"(A `rolekit-disable` comment names a rule that reports nothing where the comment
applies, or a word that is no rule at all. Such a comment would silence a real
finding later without anyone noticing: remove it once its reason is gone.)",
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
      - {code: SCDHSC0033, title: Develop your practice through reflection and learning}  # rolekit-disable-line nos-unknown
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

    {rules::unknown_directive,
     {R"(A comment starts with `rolekit-` but is not `rolekit-disable-line`,
`rolekit-disable-next-line` or `rolekit-disable-file` followed by a space: a
misspelt directive (`rolekit-disable-lines`), or one run into its rule
(`rolekit-disable-linenos-unknown`). It silences nothing, so the finding it was
meant for is still reported. The finding is at the comment's `#`.)",
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
      - Support peer volunteers in the community  # rolekit-disable-lines nos-unknown -- not in the catalogue yet
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
      - Support peer volunteers in the community  # rolekit-disable-line nos-unknown -- not in the catalogue yet
)"}}},

    {rules::baseline_fixed,
     {R"(An info, with `--baseline`: an entry of the baseline file matches no finding
any more, because what it recorded has been fixed. Write the baseline again
(`--write-baseline`) so that the entry cannot hide the same problem if it comes
back.)",
      {.bad = R"(rolekit show ld-peer-support-worker-l3 > profile.yaml
rolekit validate --write-baseline baseline.json profile.yaml
sed -i '/^ *- Support individuals to access information on services and facilities$/d' profile.yaml
rolekit validate --baseline baseline.json profile.yaml
)",
       .fixed = R"(rolekit show ld-peer-support-worker-l3 > profile.yaml
rolekit validate --write-baseline baseline.json profile.yaml
sed -i '/^ *- Support individuals to access information on services and facilities$/d' profile.yaml
rolekit validate --write-baseline baseline.json profile.yaml
rolekit validate --baseline baseline.json profile.yaml
)"}}},
};

}  // namespace

std::span<const RuleHelpEntry> command_rule_help() {
    return kHelp;
}

}  // namespace rolekit::detail
