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
    w.text("area", f.area, Need::required);
    w.text("function", f.function, Need::required);
    w.finish();
}

// `code` is written even when it is not known (`code: null`): the format
// requires the key.
void write_standard(YAML::Emitter& out, const NosStandard& s) {
    MapWriter w(out, s.extras);
    if (!s.code.value.empty() || s.extras.find_empty("code"))
        w.text("code", s.code, Need::optional);
    else
        out << YAML::Key << "code" << YAML::Value << YAML::Null;
    w.text("title", s.title, Need::required);
    w.text("suite", s.suite, Need::optional);
    w.list("functions", s.functions, Need::optional, write_placement);
    w.text_list("ksf", s.ksf, Need::optional, Style::flow);
    // The status the loader gives an entry that states none.
    const NosStatus fallback = s.code.value.empty() ? NosStatus::uncoded : NosStatus::current;
    const bool stated =
        (s.status.pos.known() && !s.extras.find_empty("status")) || s.status.value != fallback;
    if (w.value("status", stated, Need::optional, Shape::text)) out << status_name(s.status.value);
    w.text("replaced_by", s.replaced_by, Need::optional);
    w.finish();
}

// --- FunctionalMap

void write_area(YAML::Emitter& out, const FunctionalArea& a) {
    MapWriter w(out, a.extras);
    w.text("key", a.key, Need::required);
    w.text("name", a.name, Need::required);
    w.text("ksf", a.ksf, Need::optional);
    w.text_list("functions", a.functions, Need::optional);
    w.finish();
}

// --- CareerFramework

void write_level(YAML::Emitter& out, const CareerLevel& l) {
    MapWriter w(out, l.extras);
    w.integer("level", l.level);
    w.text("descriptor", l.descriptor, Need::optional);
    w.text_list("example_roles", l.example_roles, Need::optional, Style::flow);
    // `core: []` states an empty core set; absent or null, none is stated.
    if (l.core)
        write_groups(w, "core", *l.core, Need::required);
    else
        w.value("core", false, Need::optional, Shape::list);
    w.finish();
}

// --- CompetenceMap

void write_principle(YAML::Emitter& out, const Principle& p) {
    MapWriter w(out, p.extras);
    w.text("name", p.name, Need::required);
    w.text("description", p.description, Need::optional);
    w.finish();
}

void write_statement(YAML::Emitter& out, const Statement& s) {
    if (!s.mapping && s.parts.empty()) {
        write_text(out, s.text.value);
        return;
    }
    MapWriter w(out, s.extras);
    w.text("text", s.text, Need::required);
    w.list("parts", s.parts, Need::optional, write_statement);
    w.finish();
}

void write_competence_area(YAML::Emitter& out, const CompetenceArea& a) {
    MapWriter w(out, a.extras);
    w.text("id", a.id, Need::required);
    w.text("name", a.name, Need::required);
    w.list("statements", a.statements, Need::optional, write_statement);
    w.finish();
}

void write_domain(YAML::Emitter& out, const Domain& d) {
    MapWriter w(out, d.extras);
    w.text("id", d.id, Need::required);
    w.text("name", d.name, Need::required);
    w.text("description", d.description, Need::optional);
    w.list("areas", d.areas, Need::optional, write_competence_area);
    w.list("statements", d.statements, Need::optional, write_statement);
    w.finish();
}

void write_unit(YAML::Emitter& out, const CurriculumUnit& u) {
    MapWriter w(out, u.extras);
    w.text("id", u.id, Need::required);
    w.text("name", u.name, Need::required);
    w.text_list("domains", u.domains, Need::optional, Style::flow);
    w.finish();
}

void write_section(YAML::Emitter& out, const CurriculumSection& s) {
    MapWriter w(out, s.extras);
    w.integer("section", s.section);
    w.text("name", s.name, Need::required);
    w.list("units", s.units, Need::required, write_unit);
    w.finish();
}

// --- OccupationalStandard

void write_duty(YAML::Emitter& out, const Duty& d) {
    MapWriter w(out, d.extras);
    w.text("id", d.id, Need::required);
    w.text("text", d.text, Need::required);
    w.text_list("knowledge", d.knowledge, Need::optional, Style::flow);
    w.text_list("skills", d.skills, Need::optional, Style::flow);
    w.text_list("behaviours", d.behaviours, Need::optional, Style::flow);
    w.finish();
}

void write_knowledge_or_skill(YAML::Emitter& out, const Ksb& k) {
    MapWriter w(out, k.extras);
    w.text("id", k.id, Need::required);
    w.text("text", k.text, Need::required);
    w.finish();
}

void write_behaviour(YAML::Emitter& out, const Ksb& k) {
    MapWriter w(out, k.extras);
    w.text("id", k.id, Need::required);
    w.text("name", k.name, Need::required);
    w.text("text", k.text, Need::optional);
    w.finish();
}

}  // namespace

void write_body(MapWriter& w, const NosCatalog& c) {
    w.text("title", c.title, Need::optional);
    w.list("standards", c.standards, Need::required, write_standard);
}

void write_body(MapWriter& w, const FunctionalMap& m) {
    w.text("title", m.title, Need::optional);
    w.list("areas", m.areas, Need::required, write_area);
}

void write_body(MapWriter& w, const CareerFramework& f) {
    w.text("title", f.title, Need::optional);
    w.list("levels", f.levels, Need::required, write_level);
}

void write_body(MapWriter& w, const CompetenceMap& m) {
    w.text("title", m.title, Need::required);
    w.text("revision", m.revision, Need::optional);
    w.list("principles", m.principles, Need::optional, write_principle);
    w.list("domains", m.domains, Need::required, write_domain);
    w.list("curriculum", m.curriculum, Need::optional, write_section);
}

void write_body(MapWriter& w, const OccupationalStandard& s) {
    w.text("title", s.title, Need::required);
    w.integer("level", s.level);
    w.integer("duration_months", s.duration_months);
    w.text("reference", s.reference, Need::optional);
    w.text("occupation_summary", s.occupation_summary, Need::optional);
    w.text("broad_purpose", s.broad_purpose, Need::optional);
    w.text("key_relationships", s.key_relationships, Need::optional);
    w.text("responsibilities", s.responsibilities, Need::optional);
    w.text_list("typical_job_titles", s.typical_job_titles, Need::optional);
    w.text("entry_requirements", s.entry_requirements, Need::optional);
    w.list("duties", s.duties, Need::required, write_duty);
    w.list("knowledge", s.knowledge, Need::optional, write_knowledge_or_skill);
    w.list("skills", s.skills, Need::optional, write_knowledge_or_skill);
    w.list("behaviours", s.behaviours, Need::optional, write_behaviour);
}

}  // namespace rolekit::detail
