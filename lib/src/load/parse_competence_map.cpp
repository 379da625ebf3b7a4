#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"

namespace rolekit::detail {

namespace {

Principle parse_principle(const YamlNode& node, Diagnostics& diag) {
    Principle p;
    p.pos = node.pos;
    MapReader r(node, diag, "principle");
    p.name = r.text(key::name);
    p.description = r.text(key::description);
    p.extras = read_extras(r);
    r.finish();
    return p;
}

Statement parse_statement(const YamlNode& node, Diagnostics& diag) {
    Statement s;
    s.pos = node.pos;
    if (node.is_scalar()) {  // a leaf may be written as plain text
        s.text = Text{node.value, node.pos};
        return s;
    }
    MapReader r(node, diag, "competence statement");
    s.mapping = r.ok();
    s.text = r.text(key::text);
    r.list(key::parts,
           [&](const YamlNode& item) { s.parts.push_back(parse_statement(item, diag)); });
    s.extras = read_extras(r);
    r.finish();
    return s;
}

std::vector<Statement> parse_statements(MapReader& r) {
    std::vector<Statement> out;
    r.list(key::statements,
           [&](const YamlNode& item) { out.push_back(parse_statement(item, r.diag())); });
    return out;
}

CompetenceArea parse_area(const YamlNode& node, Diagnostics& diag) {
    CompetenceArea a;
    a.pos = node.pos;
    MapReader r(node, diag, "competence area");
    a.id = r.text(key::id);
    a.name = r.text(key::name);
    a.statements = parse_statements(r);
    a.extras = read_extras(r);
    r.finish();
    return a;
}

Domain parse_domain(const YamlNode& node, Diagnostics& diag) {
    Domain d;
    d.pos = node.pos;
    MapReader r(node, diag, "domain");
    d.id = r.text(key::id);
    d.name = r.text(key::name);
    d.description = r.text(key::description);
    r.list(key::areas,
           [&](const YamlNode& item) { d.areas.push_back(parse_area(item, diag)); });
    d.statements = parse_statements(r);
    d.extras = read_extras(r);
    r.finish();
    return d;
}

CurriculumUnit parse_unit(const YamlNode& node, Diagnostics& diag) {
    CurriculumUnit u;
    u.pos = node.pos;
    MapReader r(node, diag, "curriculum unit");
    u.id = r.text(key::id);
    u.name = r.text(key::name);
    u.domains = r.text_list(key::domains);
    u.extras = read_extras(r);
    r.finish();
    return u;
}

CurriculumSection parse_section(const YamlNode& node, Diagnostics& diag) {
    CurriculumSection s;
    s.pos = node.pos;
    MapReader r(node, diag, "curriculum section");
    if (auto n = r.integer(key::section)) s.section = *n;
    s.name = r.text(key::name);
    r.list(key::units,
           [&](const YamlNode& item) { s.units.push_back(parse_unit(item, diag)); });
    s.extras = read_extras(r);
    r.finish();
    return s;
}

}  // namespace

CompetenceMap parse_competence_map(MapReader& r) {
    Diagnostics& diag = r.diag();
    CompetenceMap m;
    m.title = r.text(key::title);
    m.revision = r.text(key::revision);
    r.list(key::principles,
           [&](const YamlNode& item) { m.principles.push_back(parse_principle(item, diag)); });
    r.list(key::domains,
           [&](const YamlNode& item) { m.domains.push_back(parse_domain(item, diag)); });
    r.list(key::curriculum,
           [&](const YamlNode& item) { m.curriculum.push_back(parse_section(item, diag)); });
    m.extras = read_extras(r);
    return m;
}

}  // namespace rolekit::detail
