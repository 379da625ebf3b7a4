// An overlay and the profile merged from it share an id (merge gives the
// profile its last overlay's): id-collision lets that pair stand side by
// side, and nothing else.

#include <algorithm>

#include "check/checked.hpp"

namespace rolekit::detail {

Lineage lineage_of(const Document& doc, const DocumentSet& scope) {
    Lineage out;
    if (const auto* o = doc.as<LocalityOverlay>()) {
        out.role = Lineage::Role::overlay;
        out.base = o->base.value;
        // A base named by path is known by the id it has; a base that was
        // itself merged is known by the base it was derived from, as merge
        // records it.
        if (const Document* base = scope.overlay_base(doc)) {
            const auto& p = std::get<RoleProfile>(base->body);
            out.base = p.derived_from ? p.derived_from->base.value : base->id.value;
        }
    } else if (const auto* p = doc.as<RoleProfile>(); p != nullptr && p->derived_from) {
        out.role = Lineage::Role::merged_profile;
        out.base = p->derived_from->base.value;
        for (const Text& t : p->derived_from->overlays) out.overlays.push_back(t.value);
    }
    return out;
}

namespace {

bool product_of(const Checked& profile, const Checked& overlay) {
    if (profile.lineage.role != Lineage::Role::merged_profile ||
        overlay.lineage.role != Lineage::Role::overlay)
        return false;
    const std::vector<std::string>& applied = profile.lineage.overlays;
    const auto at = std::find(applied.rbegin(), applied.rend(), overlay.id.value);
    if (at == applied.rend()) return false;
    const std::string& base = overlay.lineage.base;
    // Applied later, an overlay may name the profile the earlier ones made:
    // that profile had the previous overlay's id.
    return base == profile.lineage.base ||
           (std::next(at) != applied.rend() && base == *std::next(at));
}

}  // namespace

bool merged_from(const Checked& a, const Checked& b) {
    return product_of(a, b) || product_of(b, a);
}

}  // namespace rolekit::detail
