#pragma once
// Applying LocalityOverlays to a RoleProfile (docs/merge.md has the rules).

#include <optional>
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
                          const DocumentSet& scope);

class Workspace;

// What `rolekit merge` shows of merge_checked's findings: all of those in the
// files the user named, only the errors of references (the national
// template's own warnings are not the user's to fix here; its errors still
// refuse the merge).
Findings merge_findings_shown(const Findings& findings, const Workspace& workspace);

// True when the overlay's `base` names `base` (by id, by path relative to the
// overlay, or as the base a merged profile was derived from).
bool overlay_targets(const Document& overlay, const Document& base);

}  // namespace rolekit
