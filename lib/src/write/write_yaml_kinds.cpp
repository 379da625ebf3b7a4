// write_body for the kinds merge does not produce: written so that every
// document round-trips, x- keys included.

#include "write/write_yaml_parts.hpp"

namespace rolekit::detail {

namespace {

// --- NosCatalog

const char* status_name(NosStatus s) {
    switch (s) {
        case NosStatus::current:
            return "current";
        case NosStatus::legacy:
            return "legacy";
        case NosStatus::withdrawn:
            return "withdrawn";
        case NosStatus::uncoded:
            return "uncoded";
    }
    return "current";
}

void write_placement(YAML::Emitter& out, const FunctionPlacement& f) {
    MapWriter w(out, f.extras, Style::flow);
    w.text(key::area, f.area, Need::required);
    w.text(key::function, f.function, Need::required);
    w.finish();
}

// `code` is written even when it is not known (`code: null`): the format
// requires the key.
void write_standard(YAML::Emitter& out, const NosStandard& s) {
    MapWriter w(out, s.extras);
    if (!s.code.value.empty() || s.extras.find_empty(key::code))
        w.text(key::code, s.code, Need::optional);
    else
        out << YAML::Key << std::string(key::code) << YAML::Value << YAML::Null;
    w.text(key::title, s.title, Need::required);
    w.text(key::suite, s.suite, Need::optional);
    w.list(key::functions, s.functions, Need::optional, write_placement);
    w.text_list(key::ksf, s.ksf, Need::optional, Style::flow);
    // The status the loader gives an entry that states none.
    const NosStatus fallback = s.code.value.empty() ? NosStatus::uncoded : NosStatus::current;
    const bool stated =
        (s.status.pos.known() && !s.extras.find_empty(key::status)) || s.status.value != fallback;
    if (w.value(key::status, stated, Need::optional, EmptyShape::text)) out << status_name(s.status.value);
    w.text(key::replaced_by, s.replaced_by, Need::optional);
    w.finish();
}

// --- FunctionalMap

void write_area(YAML::Emitter& out, const FunctionalArea& a) {
    MapWriter w(out, a.extras);
    w.text(key::key, a.key, Need::required);
    w.text(key::name, a.name, Need::required);
    w.text(key::ksf, a.ksf, Need::optional);
    w.text_list(key::functions, a.functions, Need::optional);
    w.finish();
}

// --- CareerFramework

void write_level(YAML::Emitter& out, const CareerLevel& l) {
    MapWriter w(out, l.extras);
    w.integer(key::level, l.level);
    w.text(key::descriptor, l.descriptor, Need::optional);
    w.text_list(key::example_roles, l.example_roles, Need::optional, Style::flow);
    // `core: []` states an empty core set; absent or null, none is stated.
    if (l.core)
        write_groups(w, key::core, *l.core, Need::required);
    else
        w.value(key::core, false, Need::optional, EmptyShape::list);
    w.finish();
}

// --- CompetenceMap

void write_principle(YAML::Emitter& out, const Principle& p) {
    MapWriter w(out, p.extras);
    w.text(key::name, p.name, Need::required);
    w.text(key::description, p.description, Need::optional);
    w.finish();
}

void write_statement(YAML::Emitter& out, const Statement& s) {
    if (!s.mapping && s.parts.empty()) {
        write_text(out, s.text.value);
        return;
    }
    MapWriter w(out, s.extras);
    w.text(key::text, s.text, Need::required);
    w.list(key::parts, s.parts, Need::optional, write_statement);
    w.finish();
}

void write_competence_area(YAML::Emitter& out, const CompetenceArea& a) {
    MapWriter w(out, a.extras);
    w.text(key::id, a.id, Need::required);
    w.text(key::name, a.name, Need::required);
    w.list(key::statements, a.statements, Need::optional, write_statement);
    w.finish();
}

void write_domain(YAML::Emitter& out, const Domain& d) {
    MapWriter w(out, d.extras);
    w.text(key::id, d.id, Need::required);
    w.text(key::name, d.name, Need::required);
    w.text(key::description, d.description, Need::optional);
    w.list(key::areas, d.areas, Need::optional, write_competence_area);
    w.list(key::statements, d.statements, Need::optional, write_statement);
    w.finish();
}

void write_unit(YAML::Emitter& out, const CurriculumUnit& u) {
    MapWriter w(out, u.extras);
    w.text(key::id, u.id, Need::required);
    w.text(key::name, u.name, Need::required);
    w.text_list(key::domains, u.domains, Need::optional, Style::flow);
    w.finish();
}

void write_section(YAML::Emitter& out, const CurriculumSection& s) {
    MapWriter w(out, s.extras);
    w.integer(key::section, s.section);
    w.text(key::name, s.name, Need::required);
    w.list(key::units, s.units, Need::required, write_unit);
    w.finish();
}

// --- OccupationalStandard

void write_duty(YAML::Emitter& out, const Duty& d) {
    MapWriter w(out, d.extras);
    w.text(key::id, d.id, Need::required);
    w.text(key::text, d.text, Need::required);
    w.text_list(key::knowledge, d.knowledge, Need::optional, Style::flow);
    w.text_list(key::skills, d.skills, Need::optional, Style::flow);
    w.text_list(key::behaviours, d.behaviours, Need::optional, Style::flow);
    w.finish();
}

void write_knowledge_or_skill(YAML::Emitter& out, const Ksb& k) {
    MapWriter w(out, k.extras);
    w.text(key::id, k.id, Need::required);
    w.text(key::text, k.text, Need::required);
    w.finish();
}

void write_behaviour(YAML::Emitter& out, const Ksb& k) {
    MapWriter w(out, k.extras);
    w.text(key::id, k.id, Need::required);
    w.text(key::name, k.name, Need::required);
    w.text(key::text, k.text, Need::optional);
    w.finish();
}

}  // namespace

void write_body(MapWriter& w, const NosCatalog& c) {
    w.text(key::title, c.title, Need::optional);
    w.list(key::standards, c.standards, Need::required, write_standard);
}

void write_body(MapWriter& w, const FunctionalMap& m) {
    w.text(key::title, m.title, Need::optional);
    w.list(key::areas, m.areas, Need::required, write_area);
}

void write_body(MapWriter& w, const CareerFramework& f) {
    w.text(key::title, f.title, Need::optional);
    w.list(key::levels, f.levels, Need::required, write_level);
}

void write_body(MapWriter& w, const CompetenceMap& m) {
    w.text(key::title, m.title, Need::required);
    w.text(key::revision, m.revision, Need::optional);
    w.list(key::principles, m.principles, Need::optional, write_principle);
    w.list(key::domains, m.domains, Need::required, write_domain);
    w.list(key::curriculum, m.curriculum, Need::optional, write_section);
}

void write_body(MapWriter& w, const OccupationalStandard& s) {
    w.text(key::title, s.title, Need::required);
    w.integer(key::level, s.level);
    w.integer(key::duration_months, s.duration_months);
    w.text(key::reference, s.reference, Need::optional);
    w.text(key::occupation_summary, s.occupation_summary, Need::optional);
    w.text(key::broad_purpose, s.broad_purpose, Need::optional);
    w.text(key::key_relationships, s.key_relationships, Need::optional);
    w.text(key::responsibilities, s.responsibilities, Need::optional);
    w.text_list(key::typical_job_titles, s.typical_job_titles, Need::optional);
    w.text(key::entry_requirements, s.entry_requirements, Need::optional);
    w.list(key::duties, s.duties, Need::required, write_duty);
    w.list(key::knowledge, s.knowledge, Need::optional, write_knowledge_or_skill);
    w.list(key::skills, s.skills, Need::optional, write_knowledge_or_skill);
    w.list(key::behaviours, s.behaviours, Need::optional, write_behaviour);
}

}  // namespace rolekit::detail
