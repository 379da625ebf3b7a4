// A local profile's own identity and its locally agreed competences: read the
// same way from an overlay and from the profile merge makes of it.

#include "load/parse_common.hpp"

namespace rolekit::detail {

LocalIdentity parse_local_identity(MapReader& r) {
    LocalIdentity id;
    id.version = r.text(key::version);
    id.approved_by = r.text(key::approved_by);
    id.approved_on = r.date(key::approved_on);
    id.organisation = r.text(key::organisation);
    id.contact = r.text(key::contact);
    return id;
}

namespace {

LocalCompetence parse_local_competence(const YamlNode& node, Diagnostics& diag) {
    LocalCompetence c;
    c.pos = node.pos;
    MapReader r(node, diag, "local competence");
    if (!r.ok()) return c;
    c.area = r.text(key::area);
    c.function = r.text(key::function);
    c.statement = r.text(key::statement);
    c.evidence = r.text(key::evidence);
    c.source = r.text(key::source);
    c.locality = r.text(key::locality);
    c.extras = read_extras(r);
    r.finish();
    return c;
}

}  // namespace

LocalCompetences parse_local_competences(MapReader& r) {
    LocalCompetences out;
    r.list(key::local_competences,
           [&](const YamlNode& item) { out.push_back(parse_local_competence(item, r.diag())); });
    return out;
}

}  // namespace rolekit::detail
