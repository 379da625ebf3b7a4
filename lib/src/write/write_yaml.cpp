#include "rolekit/write_yaml.hpp"

#include <stdexcept>

#include "write/write_yaml_parts.hpp"

namespace rolekit {

namespace detail {

namespace {

void write_nos_ref_value(YAML::Emitter& out, const NosRef& ref) {
    if (!ref.mapping && !ref.has_code()) {
        write_text(out, ref.title.value);
        return;
    }
    MapWriter w(out, ref.extras, Style::flow);
    w.text(key::code, ref.code, Need::optional);
    w.text(key::title, ref.title, Need::optional);
    w.finish();
}

}  // namespace

// A NOS and, on its line, the rolekit-disable directive it was given.
void write_nos_ref(YAML::Emitter& out, const NosRef& ref) {
    write_nos_ref_value(out, ref);
    if (!ref.suppression.empty()) out << YAML::Comment(ref.suppression);
}

void write_group(YAML::Emitter& out, const CompetenceGroup& g) {
    MapWriter w(out, g.extras);
    w.text(key::area, g.area, Need::required);
    w.text(key::function, g.function, Need::required);
    w.list(key::nos, g.nos, Need::required, write_nos_ref);
    w.text(key::source, g.source, Need::optional);
    w.text(key::locality, g.locality, Need::optional);
    w.finish();
}

void write_groups(MapWriter& w, std::string_view key, const CompetenceGroups& gs, Need need) {
    w.list(key, gs, need, write_group);
}

}  // namespace detail

namespace {

using detail::MapWriter;
using detail::EmptyShape;
using detail::Need;
using detail::Style;

void write_facet(YAML::Emitter& out, const Facet& f) {
    MapWriter w(out, f.extras);
    w.text(key::name, f.name, Need::required);
    detail::write_groups(w, key::groups, f.groups, Need::required);
    w.finish();
}

void write_competences(YAML::Emitter& out, const Competences& c) {
    MapWriter w(out, c.extras);
    w.integer(key::core_level, c.core_level);
    detail::write_groups(w, key::core, c.core, Need::required);
    detail::write_groups(w, key::role_specific, c.role_specific, Need::required);
    w.list(key::facets, c.facets, Need::optional, write_facet);
    detail::write_groups(w, key::locality, c.locality, Need::optional);
    w.finish();
}

// `need`: required in a profile, optional in an overlay's patch.
void write_basic_info(YAML::Emitter& out, const BasicInfo& b, Need need) {
    MapWriter w(out, b.extras);
    w.text(key::named_role, b.named_role, need);
    w.text(key::area_of_work, b.area_of_work, need);
    w.text(key::experience_required, b.experience_required, need);
    w.finish();
}

void write_learning(YAML::Emitter& out, const Learning& l) {
    MapWriter w(out, l.extras);
    w.text(key::transferable_role, l.transferable_role, Need::optional);
    w.text_list(key::formal, l.formal, Need::optional);
    w.text_list(key::informal, l.informal, Need::optional);
    w.text(key::nos_used, l.nos_used, Need::optional);
    w.text(key::credits, l.credits, Need::optional);
    w.text(key::accreditation, l.accreditation, Need::optional);
    w.text(key::apel_progression, l.apel_progression, Need::optional);
    w.text(key::registration, l.registration, Need::optional);
    w.finish();
}

void write_cpd(YAML::Emitter& out, const Cpd& c) {
    MapWriter w(out, c.extras);
    w.text_list(key::statutory_mandatory, c.statutory_mandatory, Need::optional);
    if (w.value(key::formal, c.formal.has_value(), Need::optional, detail::EmptyShape::map)) {
        MapWriter f(out, c.formal->extras, Style::flow);
        f.text(key::title, c.formal->title, Need::optional);
        f.text(key::awarding_body, c.formal->awarding_body, Need::optional);
        f.text(key::credit, c.formal->credit, Need::optional);
        f.text(key::level, c.formal->level, Need::optional);
        f.finish();
    }
    w.text(key::informal, c.informal, Need::optional);
    w.text(key::impact_method, c.impact_method, Need::optional);
    w.text(key::funding, c.funding, Need::optional);
    w.text(key::frequency, c.frequency, Need::optional);
    w.finish();
}

void write_derived_from(YAML::Emitter& out, const DerivedFrom& d) {
    MapWriter w(out, d.extras);
    w.text(key::base, d.base, Need::required);
    w.text_list(key::overlays, d.overlays, Need::required, Style::flow);
    w.finish();
}

void write_local_identity(MapWriter& w, const LocalIdentity& id) {
    w.text(key::version, id.version, Need::optional);
    w.text(key::approved_by, id.approved_by, Need::optional);
    w.text(key::approved_on, id.approved_on, Need::optional);
    w.text(key::organisation, id.organisation, Need::optional);
    w.text(key::contact, id.contact, Need::optional);
}

void write_local_competence(YAML::Emitter& out, const LocalCompetence& c) {
    MapWriter w(out, c.extras);
    w.text(key::area, c.area, Need::required);
    w.text(key::function, c.function, Need::required);
    w.text(key::statement, c.statement, Need::required);
    w.text(key::evidence, c.evidence, Need::optional);
    w.text(key::source, c.source, Need::optional);
    w.text(key::locality, c.locality, Need::optional);
    w.finish();
}

// The learning, cpd and references a profile has and an overlay patches.
template <class Body>
void write_development(MapWriter& w, const Body& b) {
    if (w.value(key::learning, b.learning.has_value(), Need::optional, EmptyShape::map))
        write_learning(w.out(), *b.learning);
    if (w.value(key::cpd, b.cpd.has_value(), Need::optional, EmptyShape::map)) write_cpd(w.out(), *b.cpd);
    w.text_list(key::references, b.references, Need::optional);
}

}  // namespace

namespace detail {

void write_body(MapWriter& w, const RoleProfile& p) {
    w.text(key::title, p.title, Need::required);
    w.text(key::service, p.service, Need::required);
    w.integer(key::level, p.level);
    w.text(key::revision, p.revision, Need::optional);
    w.text(key::publisher, p.publisher, Need::optional);
    write_local_identity(w, p.local);
    w.text(key::level_descriptor, p.level_descriptor, Need::optional);
    w.value(key::basic_info, true, Need::required, EmptyShape::map);
    write_basic_info(w.out(), p.basic_info, Need::required);
    w.text(key::scope, p.scope, Need::required);
    w.value(key::competences, true, Need::required, EmptyShape::map);
    write_competences(w.out(), p.competences);
    w.list(key::local_competences, p.local_competences, Need::optional, write_local_competence);
    write_development(w, p);
    if (w.value(key::derived_from, p.derived_from.has_value(), Need::optional, EmptyShape::map))
        write_derived_from(w.out(), *p.derived_from);
}

// The national keys an overlay may not have (national_changes) are not
// written back: they are only names and places, kept for the findings.
void write_body(MapWriter& w, const LocalityOverlay& o) {
    w.text(key::base, o.base, Need::required);
    w.text(key::locality, o.locality, Need::required);
    write_local_identity(w, o.local);
    if (w.value(key::basic_info, o.basic_info.has_value(), Need::optional, EmptyShape::map))
        write_basic_info(w.out(), *o.basic_info, Need::optional);
    const MapExtras& as_map = o.competences_extras;
    if (as_map.extensions.empty() && as_map.empty_keys.empty()) {
        write_groups(w, key::competences, o.competences, Need::optional);
    } else if (w.value(key::competences, true, Need::required, EmptyShape::map)) {
        MapWriter c(w.out(), as_map);
        write_groups(c, key::locality, o.competences, Need::optional);
        c.finish();
    }
    w.list(key::local_competences, o.local_competences, Need::optional, write_local_competence);
    write_development(w, o);
}

}  // namespace detail

std::string document_to_yaml(const Document& doc) {
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetNullFormat(YAML::LowerNull);
    std::visit(
        [&](const auto& body) {
            MapWriter w(out, body.extras);
            w.text(key::kind, Text{std::string(kind_name(doc.kind))}, Need::required);
            w.integer(key::format, Located<int>{kFormatVersion});
            w.text(key::id, doc.id, Need::required);
            detail::write_body(w, body);
            w.finish();
        },
        doc.body);
    // Only a bug here can put the emitter in error; its text would be cut short.
    if (!out.good()) throw std::logic_error("YAML writer: " + out.GetLastError());
    return std::string(out.c_str()) + "\n";
}

std::string role_profile_to_yaml(const Document& doc) {
    return document_to_yaml(doc);
}

std::string yaml_scalar(const std::string& s) {
    YAML::Emitter out;
    detail::write_text(out, s);
    return out.c_str();
}

}  // namespace rolekit
