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
    f.name = r.text("name", Need::required);
    f.groups = parse_groups(r, "groups", Need::required);
    f.extras = read_extras(r);
    r.finish();
    return f;
}

Competences parse_competences(const YamlNode& node, Diagnostics& diag) {
    Competences c;
    c.pos = node.pos;
    MapReader r(node, diag, "competences");
    c.core_level = r.integer("core_level", Need::optional, kMinLevel, kMaxLevel);
    c.core = parse_groups(r, "core", Need::required);
    c.role_specific = parse_groups(r, "role_specific", Need::required);
    r.list("facets", Need::optional,
           [&](const YamlNode& item) { c.facets.push_back(parse_facet(item, diag)); });
    c.locality = parse_groups(r, "locality", Need::optional);
    c.extras = read_extras(r);
    r.finish();
    return c;
}

DerivedFrom parse_derived_from(const YamlNode& node, Diagnostics& diag) {
    DerivedFrom d;
    d.pos = node.pos;
    MapReader r(node, diag, "derived_from");
    d.base = r.text("base", Need::required);
    d.overlays = r.text_list("overlays", Need::required);
    d.extras = read_extras(r);
    r.finish();
    return d;
}

}  // namespace

RoleProfile parse_role_profile(MapReader& r) {
    Diagnostics& diag = r.diag();
    RoleProfile p;
    p.title = r.text("title", Need::required);
    p.service = r.text("service", Need::required);
    if (auto level = r.integer("level", Need::required, kMinLevel, kMaxLevel)) p.level = *level;
    p.revision = r.text("revision", Need::optional);
    p.publisher = r.text("publisher", Need::optional);
    p.level_descriptor = r.text("level_descriptor", Need::optional);
    if (const YamlNode* n = r.get("basic_info", Need::required))
        p.basic_info = parse_basic_info(*n, diag, Need::required);
    p.scope = r.text("scope", Need::required);
    if (const YamlNode* n = r.get("competences", Need::required))
        p.competences = parse_competences(*n, diag);
    if (const YamlNode* n = r.get("learning", Need::optional); n && !n->is_null())
        p.learning = parse_learning(*n, diag);
    if (const YamlNode* n = r.get("cpd", Need::optional); n && !n->is_null())
        p.cpd = parse_cpd(*n, diag);
    p.references = r.text_list("references", Need::optional);
    if (const YamlNode* n = r.get("derived_from", Need::optional); n && !n->is_null())
        p.derived_from = parse_derived_from(*n, diag);
    p.extras = read_extras(r);
    return p;
}

}  // namespace rolekit::detail
