// merge_checked: the checks validate runs, then the merge.

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "rolekit/merge.hpp"
#include "rolekit/visible_text.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit {

namespace {

// One overlay file given twice would add its groups twice (or warn about
// every one of its NOS): refused, naming both places.
void find_repeats(const std::vector<const Document*>& overlays, Findings& out) {
    for (std::size_t i = 0; i < overlays.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (overlays[j] == overlays[i]) {
                out.push_back(Finding{"overlay-repeated", Severity::error, overlays[i]->path, overlays[i]->id.pos,
                                      fmt::format("overlay '{}' is given twice (as overlay {} and {})",
                                                  visible(overlays[i]->id.value), j + 1, i + 1),
                                      "give each overlay once"});
                break;
            }
}

// merge_overlays repeats some of the checks' findings (a NOS already in the
// base): each is reported once.
void append_new(Findings& out, const Findings& more) {
    const auto key = [](const Finding& f) { return std::tie(f.rule, f.file, f.pos.line, f.pos.column); };
    for (const Finding& f : more)
        if (std::none_of(out.begin(), out.end(), [&](const Finding& g) { return key(g) == key(f); }))
            out.push_back(f);
}

}  // namespace

MergeResult merge_checked(const Document& base, const std::vector<const Document*>& overlays,
                          const DocumentSet& scope, const RuleSeverities& severities) {
    MergeResult result;
    find_repeats(overlays, result.findings);
    const CheckContext ctx(scope);
    append_new(result.findings, check_document(base, ctx));
    std::set<const Document*> checked{&base};
    for (const Document* d : overlays)
        if (checked.insert(d).second) append_new(result.findings, check_document(*d, ctx));
    // The repository's config says which findings count, as for validate.
    apply_rule_severities(severities, result.findings);
    if (has_errors(result.findings)) return result;
    MergeResult merged = merge_overlays(base, overlays, ctx);
    // The merge repeats some checks' findings (a NOS already in the base):
    // the config applies to them too, but never hides why a merge refused.
    if (merged.merged) apply_rule_severities(severities, merged.findings);
    append_new(result.findings, merged.findings);
    result.merged = std::move(merged.merged);
    return result;
}

Findings merge_findings_shown(const Findings& findings, const Workspace& workspace) {
    const auto from_reference = [&](const Finding& f) {
        return std::any_of(workspace.inputs().begin(), workspace.inputs().end(),
                           [&](const Input& in) {
                               return in.origin == InputOrigin::reference && in.name == f.file;
                           });
    };
    Findings out;
    for (const Finding& f : findings)
        if (f.severity == Severity::error || !from_reference(f)) out.push_back(f);
    return out;
}

}  // namespace rolekit
