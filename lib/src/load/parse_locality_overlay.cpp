#include <algorithm>
#include <array>

#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"

namespace rolekit::detail {

namespace {

// Keys of a RoleProfile's national part. An overlay naming one is trying to
// change what only the national template may say.
constexpr std::array kNationalKeys = {key::core,  key::role_specific, key::facets, key::level,
                                      key::title, key::service,       key::scope,  key::core_level};

void note_national_keys(const YamlNode& map, std::vector<Text>& out) {
    for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
        const YamlNode& key = map.children[i];
        for (const std::string_view national : kNationalKeys)
            if (key.is_scalar() && key.value == national) out.push_back(Text{key.value, key.pos});
    }
}

}  // namespace

LocalityOverlay parse_locality_overlay(MapReader& r) {
    Diagnostics& diag = r.diag();
    LocalityOverlay o;
    o.base = r.text(key::base);
    o.locality = r.text(key::locality);
    o.local = parse_local_identity(r);
    if (const YamlNode* n = r.get(key::basic_info); n && !n->is_null())
        o.basic_info = parse_basic_info(*n, diag, "overlay basic_info");
    if (const YamlNode* n = r.get(key::competences); n && !n->is_null()) {
        if (n->is_map()) {
            // `competences: {core: ...}` is the RoleProfile shape: the overlay
            // is reaching into national sections.
            note_national_keys(*n, o.national_changes);
            MapReader inner(*n, diag, "overlay competences");
            for (const std::string_view national : kNationalKeys) inner.accept(national);
            o.competences = parse_groups(inner, key::locality);
            o.competences_extras = read_extras(inner);
            inner.finish();
        } else {
            for_each_item(*n, diag, "'competences'", [&](const YamlNode& item) {
                o.competences.push_back(parse_group(item, diag));
            });
        }
    }
    if (const YamlNode* n = r.get(key::learning); n && !n->is_null())
        o.learning = parse_learning(*n, diag);
    if (const YamlNode* n = r.get(key::cpd); n && !n->is_null())
        o.cpd = parse_cpd(*n, diag);
    o.references = r.text_list(key::references);
    o.local_competences = parse_local_competences(r);
    if (r.node() != nullptr) note_national_keys(*r.node(), o.national_changes);
    for (const std::string_view national : kNationalKeys) r.accept(national);
    o.extras = read_extras(r);
    std::sort(o.national_changes.begin(), o.national_changes.end(), [](const Text& a, const Text& b) {
        return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
    });
    return o;
}

}  // namespace rolekit::detail
