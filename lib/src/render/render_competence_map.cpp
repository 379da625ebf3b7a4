// A CompetenceMap: its principles, its domains with their nested competence
// statements, and the curriculum with each unit's domains.

#include <fmt/format.h>

#include "render/render_blocks.hpp"
#include "schema/document_shapes.hpp"
#include "schema/format_keys.hpp"

namespace rolekit::detail {

namespace {

using Lines = std::vector<std::string>;

std::vector<ListItem> statement_items(const std::vector<Statement>& statements) {
    std::vector<ListItem> out;
    for (const Statement& s : statements) out.push_back({s.text.value, statement_items(s.parts)});
    return out;
}

Lines paragraph_lines(const std::string& text) {
    Lines out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return out;
}

std::string domain_name(const CompetenceMap& m, const std::string& id) {
    for (const Domain& d : m.domains)
        if (d.id.value == id) return d.name.value;
    return id;  // an unknown id is shown as written (validate reports it)
}

void principles(Page& page, const CompetenceMap& m) {
    if (m.principles.empty()) return;
    page.heading(2, std::string(label_of("CompetenceMap", key::principles)));
    Table t;
    t.header = {"Principle", "What it means"};
    t.row_headers = true;
    for (const Principle& p : m.principles)
        t.rows.push_back({Lines{p.name.value}, paragraph_lines(p.description.value)});
    page.table(std::move(t));
}

void domains(Page& page, const CompetenceMap& m) {
    page.heading(2, std::string(label_of("CompetenceMap", key::domains)));
    for (const Domain& d : m.domains) {
        page.heading(3, d.name.value);
        page.markdown(d.description.value);
        for (const CompetenceArea& a : d.areas) {
            page.heading(4, a.name.value);
            page.list(statement_items(a.statements));
        }
        page.list(statement_items(d.statements));
    }
}

void curriculum(Page& page, const CompetenceMap& m) {
    if (m.curriculum.empty()) return;
    page.heading(2, std::string(label_of("CompetenceMap", key::curriculum)));
    for (const CurriculumSection& s : m.curriculum) {
        page.heading(3, s.name.value.empty() ? fmt::format("Section {}", s.section.value)
                                             : fmt::format("Section {}: {}", s.section.value, s.name.value));
        Table t;
        t.header = {"Unit", "Name", "Domains"};
        for (const CurriculumUnit& u : s.units) {
            Lines names;
            for (const Text& d : u.domains) names.push_back(domain_name(m, d.value));
            t.rows.push_back({Lines{u.id.value}, Lines{u.name.value}, names});
        }
        page.table(std::move(t));
    }
}

}  // namespace

Page competence_map_page(const Document& doc) {
    const CompetenceMap& m = std::get<CompetenceMap>(doc.body);
    Page page;
    page.title = m.title.value;
    page.subtitle = m.revision.value.empty() ? "Competence framework" : m.revision.value;
    page.frame = {m.title.value, revision_for_frame(m.revision.value),
                  "Competence framework", ""};
    principles(page, m);
    domains(page, m);
    curriculum(page, m);
    return page;
}

}  // namespace rolekit::detail
