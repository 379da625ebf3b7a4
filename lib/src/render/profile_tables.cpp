// The tables of a role profile's page: competences as the template prints
// them, and rows of a label and its value.

#include <fmt/format.h>

#include <algorithm>

#include "render/profile_tables.hpp"
#include "rolekit/nos_index.hpp"

namespace rolekit::detail {

namespace {


// A NOS as the template prints it: code and title. A profile gives a NOS by
// title when the seed printed no code; the code then comes from a loaded
// catalogue that has one for that title, so a reader still sees it.
std::string nos_label(const NosRef& ref, const NosIndex& nos) {
    std::string code = ref.code.value;
    if (code.empty())
        if (const NosStandard* s = nos.coded_by_title(ref.title.value)) code = s->code.value;
    if (code.empty()) return ref.title.value;
    return ref.has_title() ? fmt::format("{} {}", code, ref.title.value) : code;
}

}  // namespace

std::string area_label(const std::string& key, const FunctionalMap* map) {
    if (map != nullptr)
        for (const FunctionalArea& a : map->areas)
            if (a.key.value == key) return fmt::format("{}. {}", key, a.name.value);
    return key;
}

std::string section_name(const ProfileSection& section) {
    switch (section.kind) {
        case SectionKind::core: return "Core competences";
        case SectionKind::role_specific: return "Role-specific competences";
        case SectionKind::facet: return "Facet: " + section.facet;
        case SectionKind::locality: return "Locality-specific competences";
    }
    return "";
}

// Three columns as in the template; an area or function is not repeated on
// the rows that continue it.
Table competence_table(const CompetenceGroups& groups, const FunctionalMap* map, const NosIndex& nos) {
    Table t;
    t.header = {"Underpinning principle", "Reference function", "Competence"};
    t.css_class = "competence-table";
    std::string last_area;
    for (const CompetenceGroup& g : groups) {
        for (std::size_t i = 0; i < g.nos.size(); ++i) {
            const bool first = i == 0;
            const bool new_area = first && g.area.value != last_area;
            t.rows.push_back({new_area ? Lines{area_label(g.area.value, map)} : Lines{},
                              first ? Lines{g.function.value} : Lines{}, Lines{nos_label(g.nos[i], nos)}});
        }
        last_area = g.area.value;
    }
    return t;
}

// Paragraphs of a Markdown field as lines of a table cell.
Lines paragraphs(const std::string& text) {
    Lines out;
    std::string current;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, nl - start);
        if (line.empty()) {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current += (current.empty() ? "" : " ") + line;
        }
        start = nl + 1;
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

Lines texts(const std::vector<Text>& items) {
    Lines out;
    for (const Text& t : items) out.push_back(t.value);
    return out;
}

Table key_values(std::string first, std::string second, std::vector<std::pair<std::string, Lines>> rows) {
    Table t;
    t.header = {std::move(first), std::move(second)};
    t.row_headers = true;
    for (auto& [key, value] : rows) t.rows.push_back({Lines{key}, std::move(value)});
    return t;
}

}  // namespace rolekit::detail
