#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"

namespace rolekit::detail {

namespace {

constexpr int kMinLevel = 1;
constexpr int kMaxLevel = 9;

Facet parse_facet(const YamlNode& node, Diagnostics& diag) {
    Facet f;
    f.pos = node.pos;
    MapReader r(node, diag, "facet");
    f.name = r.text(key::name);
    f.groups = parse_groups(r, key::groups);
    f.extras = read_extras(r);
    r.finish();
    return f;
}

Competences parse_competences(const YamlNode& node, Diagnostics& diag) {
    Competences c;
    c.pos = node.pos;
    MapReader r(node, diag, key::competences);
    c.core_level = r.integer(key::core_level);
    c.core = parse_groups(r, key::core);
    c.role_specific = parse_groups(r, key::role_specific);
    r.list(key::facets,
           [&](const YamlNode& item) { c.facets.push_back(parse_facet(item, diag)); });
    c.locality = parse_groups(r, key::locality);
    c.extras = read_extras(r);
    r.finish();
    return c;
}

DerivedFrom parse_derived_from(const YamlNode& node, Diagnostics& diag) {
    DerivedFrom d;
    d.pos = node.pos;
    MapReader r(node, diag, key::derived_from);
    d.base = r.text(key::base);
    d.overlays = r.text_list(key::overlays);
    d.extras = read_extras(r);
    r.finish();
    return d;
}

}  // namespace

RoleProfile parse_role_profile(MapReader& r) {
    Diagnostics& diag = r.diag();
    RoleProfile p;
    p.title = r.text(key::title);
    p.service = r.text(key::service);
    if (auto level = r.integer(key::level)) p.level = *level;
    p.revision = r.text(key::revision);
    p.publisher = r.text(key::publisher);
    p.local = parse_local_identity(r);
    p.level_descriptor = r.text(key::level_descriptor);
    if (const YamlNode* n = r.get(key::basic_info))
        p.basic_info = parse_basic_info(*n, diag, key::basic_info);
    p.scope = r.text(key::scope);
    if (const YamlNode* n = r.get(key::competences))
        p.competences = parse_competences(*n, diag);
    p.local_competences = parse_local_competences(r);
    if (const YamlNode* n = r.get(key::learning); n && !n->is_null())
        p.learning = parse_learning(*n, diag);
    if (const YamlNode* n = r.get(key::cpd); n && !n->is_null())
        p.cpd = parse_cpd(*n, diag);
    p.references = r.text_list(key::references);
    if (const YamlNode* n = r.get(key::derived_from); n && !n->is_null())
        p.derived_from = parse_derived_from(*n, diag);
    p.extras = read_extras(r);
    return p;
}

}  // namespace rolekit::detail
