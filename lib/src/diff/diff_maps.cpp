// Two revisions of a CompetenceMap: principles, domains, areas, competence
// statements (by their place), curriculum sections and units; the domains each
// unit covers and the units each section holds.

#include <fmt/format.h>

#include "schema/format_keys.hpp"

#include "diff/diff_extras.hpp"
#include "diff/diff_parts.hpp"

namespace rolekit::detail {

namespace {

// "name: text" as the report shows it, the parts kept apart for comparing.
Item named(const std::string& id, const std::string& name, const std::string& text) {
    return {id, text.empty() ? name : name + ": " + text, name + '\n' + text + '\n'};
}

Items principles(const CompetenceMap& m) {
    Items out;
    for (const Principle& p : m.principles) out.push_back({p.name.value, p.description.value, {}});
    return out;
}

Items domains(const CompetenceMap& m) {
    Items out;
    for (const Domain& x : m.domains)
        out.push_back(named(x.id.value, x.name.value, x.description.value));
    return out;
}

// Statements flattened with their place: "domain/area 1.2".
void flatten(const std::vector<Statement>& statements, const std::string& prefix, Items& out,
             ExtrasByPlace* extras) {
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const std::string id = fmt::format("{}{}", prefix, i + 1);
        out.push_back({id, statements[i].text.value, {}});
        if (extras) extras->emplace_back("statements." + id, &statements[i].extras);
        flatten(statements[i].parts, id + ".", out, extras);
    }
}

void areas_and_statements(const CompetenceMap& m, Items& areas, Items& statements,
                          ExtrasByPlace* extras = nullptr) {
    for (const Domain& x : m.domains) {
        flatten(x.statements, x.id.value + " ", statements, extras);
        for (const CompetenceArea& area : x.areas) {
            areas.push_back({area.id.value, area.name.value, {}});
            if (extras) extras->emplace_back("areas." + area.id.value, &area.extras);
            flatten(area.statements, x.id.value + "/" + area.id.value + " ", statements, extras);
        }
    }
}

Items sections(const CompetenceMap& m) {
    Items out;
    for (const CurriculumSection& s : m.curriculum)
        out.push_back({std::to_string(s.section.value), s.name.value, {}});
    return out;
}

std::vector<const CurriculumUnit*> units_of(const CompetenceMap& m) {
    std::vector<const CurriculumUnit*> out;
    for (const CurriculumSection& s : m.curriculum)
        for (const CurriculumUnit& u : s.units) out.push_back(&u);
    return out;
}

Items units(const CompetenceMap& m) {
    Items out;
    for (const CurriculumUnit* u : units_of(m)) out.push_back({u->id.value, u->name.value, {}});
    return out;
}

ExtrasByPlace map_extras(const CompetenceMap& m) {
    ExtrasByPlace out{{"", &m.extras}};
    for (const Principle& p : m.principles)
        out.emplace_back("principles." + p.name.value, &p.extras);
    for (const Domain& x : m.domains) out.emplace_back("domains." + x.id.value, &x.extras);
    Items areas, statements;
    areas_and_statements(m, areas, statements, &out);
    for (const CurriculumSection& s : m.curriculum)
        out.emplace_back(fmt::format("curriculum.{}", s.section.value), &s.extras);
    for (const CurriculumUnit* u : units_of(m))
        out.emplace_back("units." + u->id.value, &u->extras);
    return out;
}

std::vector<Text> unit_ids(const CurriculumSection& s) {
    std::vector<Text> out;
    for (const CurriculumUnit& u : s.units) out.push_back(u.id);
    return out;
}

void mappings(const CompetenceMap& a, const CompetenceMap& b, const Partners& paired_units,
              const Partners& paired_sections, RevisionDiff& d) {
    static const CurriculumUnit no_unit;
    each_pair(units_of(a), units_of(b), paired_units,
              [&](const CurriculumUnit* x, const CurriculumUnit* y) {
                  const std::string& id = y ? y->id.value : x->id.value;
                  compare_mapping(id, std::string(key::domains), x ? x->domains : no_unit.domains,
                                  y ? y->domains : no_unit.domains, d, "units." + id + ".domains");
              });
    // Which section a unit is in; the order of units is the units list's.
    static const CurriculumSection no_section;
    each_pair(pointers(a.curriculum), pointers(b.curriculum), paired_sections,
              [&](const CurriculumSection* x, const CurriculumSection* y) {
                  const int n = y ? y->section.value : x->section.value;
                  compare_mapping(std::to_string(n), std::string(key::units), unit_ids(x ? *x : no_section),
                                  unit_ids(y ? *y : no_section), d, "");
              });
}

}  // namespace

void diff_competence_maps(const CompetenceMap& a, const CompetenceMap& b, RevisionDiff& d) {
    field(d.changed_fields, std::string(key::title), a.title.value, b.title.value);
    field(d.changed_fields, std::string(key::revision), a.revision.value, b.revision.value);
    compare_list(std::string(key::principles), principles(a), principles(b), d);
    compare_list(std::string(key::domains), domains(a), domains(b), d);
    Items areas_a, areas_b, st_a, st_b;
    areas_and_statements(a, areas_a, st_a);
    areas_and_statements(b, areas_b, st_b);
    compare_list(std::string(key::areas), areas_a, areas_b, d);
    compare_list(std::string(key::statements), st_a, st_b, d);
    const Partners paired_sections = compare_list("sections", sections(a), sections(b), d);
    const Partners paired_units = compare_list(std::string(key::units), units(a), units(b), d);
    mappings(a, b, paired_units, paired_sections, d);
    compare_extras(map_extras(a), map_extras(b), d.changed_fields);
}

}  // namespace rolekit::detail
