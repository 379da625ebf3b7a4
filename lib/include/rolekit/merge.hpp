#pragma once
// Applying LocalityOverlays to a RoleProfile (docs/merge.md has the rules).

#include <optional>
#include <string_view>
#include <vector>

#include "rolekit/check.hpp"
#include "rolekit/document.hpp"
#include "rolekit/finding.hpp"

namespace rolekit {

struct MergeResult {
    std::optional<Document> merged;  // absent when the merge was refused
    Findings findings;               // refusals (errors) and warnings
};

// Applies `overlays` in order to `base`. Refuses (no result, error findings
// at the offending place) when: `base` is not a RoleProfile or an overlay not
// a LocalityOverlay; an overlay names another base; an overlay tries to change
// the national part of the profile; a NOS title differs from the catalogue's
// wording for its code. A locality NOS already in the profile is a warning and
// is not added twice.
MergeResult merge_overlays(const Document& base, const std::vector<const Document*>& overlays,
                           const CheckContext& context);

// `rolekit merge`: the base and every overlay first get the checks `validate`
// runs (`scope` resolves their references, as Workspace::scope does); any
// error refuses the merge, as does one overlay file given twice
// (overlay-repeated). Warnings are returned with the merged profile, each once.
MergeResult merge_checked(const Document& base, const std::vector<const Document*>& overlays,
                          const DocumentSet& scope, const RuleSeverities& severities = {});

class Workspace;

// The RoleProfile an overlay's `base` names, found as validate finds it
// (DocumentSet::overlay_base over the workspace's scope): an id among the
// inputs, then on the search path (--path, $ROLEKIT_PATH, the built-in
// library); a path relative to the overlay's folder, which is loaded into
// the workspace as an input (so -o cannot replace it). Null when there is
// none, with the reason in `findings`: overlay-base-missing at the
// overlay's `base` (unknown id, no such file, not a RoleProfile), or the
// base file's own load findings.
const Document* resolve_overlay_base(const Document& overlay, Workspace& workspace, Findings& findings);

// `rolekit merge DOCUMENT...` and `rolekit render OVERLAY`, from the
// documents named, in order. A first document that is a LocalityOverlay
// means OVERLAY...: the base is the one it names (resolve_overlay_base), and
// every later overlay must name that base too (else overlay-base-mismatch,
// a refused merge). Anything else first means BASE OVERLAY... (at least one
// overlay: else merge-wrong-kind, unusable). Then merge_checked.
struct MergeCommand {
    bool usable = true;  // false: the arguments cannot be merged (exit 2)
    // What to show (merge_findings_shown; a base named by library id is a
    // reference), and the merged profile unless refused or unusable.
    MergeResult result;
};
MergeCommand merge_arguments(const std::vector<const Document*>& documents, Workspace& workspace);

// The last line of a refused merge, after its findings.
inline constexpr std::string_view kMergeRefused = "merge refused: nothing written";

// What `rolekit merge` shows of merge_checked's findings: all of those in the
// files the user named, only the errors of references (the national
// template's own warnings are not the user's to fix here; its errors still
// refuse the merge).
Findings merge_findings_shown(const Findings& findings, const Workspace& workspace);

// True when the overlay's `base` names `base` (by id, by path relative to the
// overlay, or as the base a merged profile was derived from).
bool overlay_targets(const Document& overlay, const Document& base);

}  // namespace rolekit
