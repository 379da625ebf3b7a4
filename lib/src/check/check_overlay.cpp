// Rules overlay-base-missing and overlay-touches-national, and the references
// of the overlay's locality groups.

#include <fmt/format.h>

#include "check/checks.hpp"
#include "model/profile_sections.hpp"
#include "rolekit/suggest.hpp"

namespace rolekit::detail {

namespace {

// A base id not found: the nearest RoleProfile id (CheckContext::profile_ids), if one is near.
std::string base_id_hint(const std::string& base, const CheckContext& ctx) {
    const std::string near = closest_match(
        base, ctx.profile_ids.empty() ? ctx.documents.ids(DocumentKind::role_profile) : ctx.profile_ids);
    return near.empty() ? "load the base profile (with --path), or correct the id"
                        : fmt::format("did you mean '{}'? (else load the base profile with --path)", near);
}

void check_base(const Document& doc, const LocalityOverlay& o, const CheckContext& ctx, Findings& out) {
    const DocumentSet& docs = ctx.documents;
    if (o.base.value.empty() || docs.overlay_base(doc) != nullptr) return;
    if (const Document* other = docs.find(o.base.value)) {
        out.push_back(finding("overlay-base-missing", doc, o.base.pos,
                              fmt::format("base '{}' is {}, not a RoleProfile", o.base.value,
                                          kind_with_article(other->kind)),
                              "an overlay builds on a role profile"));
        return;
    }
    out.push_back(finding("overlay-base-missing", doc, o.base.pos,
                          fmt::format("base profile '{}' is not among the loaded documents",
                                      o.base.value),
                          base_is_path(o.base.value)
                              ? "the path is relative to the overlay's file; load that file too"
                              : base_id_hint(o.base.value, ctx)));
}

// Locality NOS the base already lists: merge leaves them out, and says so.
void check_already_in_base(const Document& doc, const LocalityOverlay& o, const CheckContext& ctx,
                           Findings& out) {
    const Document* base = ctx.documents.overlay_base(doc);
    if (base == nullptr) return;
    const auto present = nos_sections(std::get<RoleProfile>(base->body), ctx.nos);
    for (const CompetenceGroup& g : o.competences)
        for (const NosRef& ref : g.nos)
            if (const auto it = present.find(ctx.nos.identity(ref)); it != present.end())
                out.push_back(finding("overlay-nos-in-base", doc, ref.pos,
                                      fmt::format("NOS '{}' is already in the base profile ({} "
                                                  "section); merge will not add it again",
                                                  ref.label(), section_phrase(it->second)),
                                      "remove it from the overlay, or add another NOS the locality needs"));
}

}  // namespace

void check_overlay(const Document& doc, const LocalityOverlay& o, const CheckContext& ctx,
                   Findings& out) {
    for (const Text& key : o.national_changes)
        out.push_back(finding(
            "overlay-touches-national", doc, key.pos,
            fmt::format("an overlay cannot change '{}' of the national profile", key.value),
            "national sections are fixed; add locality competences under 'competences' instead"));
    check_base(doc, o, ctx, out);
    check_already_in_base(doc, o, ctx, out);
    check_groups(o.competences, doc, ctx, out);
    check_local_competences(o.local_competences, doc, ctx, out);
}

}  // namespace rolekit::detail
