// What `rolekit merge` and `rolekit render OVERLAY` merge: BASE OVERLAY...,
// or OVERLAY... with the base the overlays name.

#include <fmt/format.h>

#include <algorithm>

#include "rolekit/builtin_location.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/suggest.hpp"
#include "rolekit/visible_text.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

Finding base_missing(const Document& overlay, std::string message, std::string hint) {
    const auto& o = std::get<LocalityOverlay>(overlay.body);
    return Finding{"overlay-base-missing", Severity::error, overlay.path, o.base.pos,
                   std::move(message),     std::move(hint)};
}

// A base named by path: loaded as one more input. Null (with findings)
// when the file is not there or does not load.
const Document* load_base_file(const Document& overlay, Workspace& workspace, Findings& findings) {
    const std::string& named = std::get<LocalityOverlay>(overlay.body).base.value;
    const fs::path file = fs::path(overlay.source_file()).parent_path() / named;
    const FileStat st = workspace.files().stat(file);
    if (st.type != FileType::regular) {
        const std::string why = st.type == FileType::missing     ? "there is no such file"
                                : st.type == FileType::directory ? "it is a folder"
                                : st.type == FileType::special   ? "it is not a regular file"
                                                                 : st.error;
        findings.push_back(
            base_missing(overlay,
                         fmt::format("base profile '{}' cannot be read from {}: {}", visible(named),
                                     visible(shown_path(file.string())), why),
                         "a path in 'base' is relative to the overlay's folder; correct it, or "
                         "name the base first: rolekit merge BASE OVERLAY..."));
        return nullptr;
    }
    Findings loaded;
    const Input& in = workspace.add_file(file, loaded);
    findings.insert(findings.end(), loaded.begin(), loaded.end());
    return in.document != nullptr && !has_errors(loaded) ? in.document : nullptr;
}

// Overlays after the first that name another base: refused, since one
// merge makes one profile from one base.
Findings other_bases(const std::vector<const Document*>& documents, const Document& base) {
    Findings out;
    const Document& first = *documents.front();
    const std::string& first_base = std::get<LocalityOverlay>(first.body).base.value;
    for (std::size_t i = 1; i < documents.size(); ++i) {
        const auto* o = documents[i]->as<LocalityOverlay>();
        if (o == nullptr || overlay_targets(*documents[i], base)) continue;
        out.push_back(Finding{
            "overlay-base-mismatch", Severity::error, documents[i]->path, o->base.pos,
            fmt::format(
                "overlay '{}' is for base '{}', but the first overlay, '{}', is for base '{}'",
                visible(documents[i]->id.value), visible(o->base.value), visible(first.id.value),
                visible(first_base)),
            "merge the overlays of each base separately; one merge makes one profile"});
    }
    return out;
}

MergeCommand unusable(Findings findings) {
    MergeCommand out;
    out.usable = false;
    out.result.findings = std::move(findings);
    return out;
}

}  // namespace

const Document* resolve_overlay_base(const Document& overlay, Workspace& workspace,
                                     Findings& findings) {
    const auto* o = overlay.as<LocalityOverlay>();
    if (o == nullptr) return nullptr;
    const std::string& named = o->base.value;
    if (base_is_path(named) && load_base_file(overlay, workspace, findings) == nullptr)
        return nullptr;
    // The lookup validate's checks make (overlay-base-missing): the same
    // document merge_checked will check the overlay against.
    if (const Document* base = workspace.scope().overlay_base(overlay)) return base;
    if (const Document* other =
            base_is_path(named)
                ? workspace.scope().find_path(fs::path(overlay.source_file()).parent_path() / named)
                : workspace.scope().find(named)) {
        findings.push_back(base_missing(overlay,
                                        fmt::format("base '{}' is {}, not a RoleProfile",
                                                    visible(named), kind_with_article(other->kind)),
                                        "an overlay builds on a role profile"));
        return nullptr;
    }
    const std::string near =
        base_is_path(named) ? "" : closest_match(named, workspace.known_ids(DocumentKind::role_profile));
    findings.push_back(base_missing(
        overlay, fmt::format("base '{}' names no RoleProfile on the search path", visible(named)),
        near.empty() ? "correct the id (rolekit list shows the library's), add its folder with --path, "
                       "or name the base first: rolekit merge BASE OVERLAY..."
                     : fmt::format("did you mean '{}'? (else add its folder with --path, or name the "
                                   "base first: rolekit merge BASE OVERLAY...)",
                                   visible(near))));
    return nullptr;
}

MergeCommand merge_arguments(const std::vector<const Document*>& documents, Workspace& workspace) {
    if (documents.empty()) return unusable({});
    const Document& first = *documents.front();
    if (first.kind != DocumentKind::locality_overlay) {
        if (documents.size() == 1)
            return unusable(
                {Finding{"merge-wrong-kind", Severity::error, first.path, first.pos,
                         fmt::format("{} is {}, and no LocalityOverlay follows it",
                                     shown_path(first.path), kind_with_article(first.kind)),
                         "merge takes a LocalityOverlay (its base is the one it names), or a "
                         "RoleProfile and the LocalityOverlays to apply to it"}});
        MergeCommand out;
        out.result =
            merge_checked(first, {documents.begin() + 1, documents.end()}, workspace.scope(),
                          workspace.rule_severities());
        out.result.findings = merge_findings_shown(out.result.findings, workspace);
        return out;
    }
    Findings found;
    const Document* base = resolve_overlay_base(first, workspace, found);
    if (base == nullptr) return unusable(std::move(found));
    MergeCommand out;
    out.result.findings = std::move(found);  // the base file's load warnings
    if (Findings refused = other_bases(documents, *base); !refused.empty()) {
        out.result.findings.insert(out.result.findings.end(), refused.begin(), refused.end());
        return out;
    }
    MergeResult merged = merge_checked(*base, documents, workspace.scope(), workspace.rule_severities());
    // A base found by id is a reference, as `rolekit merge ID OVERLAY` names
    // it: its own warnings are not the user's to fix here.
    const bool by_id = !base_is_path(std::get<LocalityOverlay>(first.body).base.value);
    for (Finding& f : merge_findings_shown(merged.findings, workspace))
        if (!by_id || f.file != base->path || f.severity == Severity::error)
            out.result.findings.push_back(std::move(f));
    out.result.merged = std::move(merged.merged);
    return out;
}

}  // namespace rolekit
