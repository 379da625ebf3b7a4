// An OccupationalStandard: the occupation profile in the order a standard
// gives it (summary, broad purpose, key relationships, responsibilities,
// typical job titles, entry requirements; each only when given), the duties
// with the knowledge, skills and behaviours each needs spelled out, then the
// K, S and B lists.

#include <fmt/format.h>

#include <map>

#include "render/render_blocks.hpp"
#include "schema/document_shapes.hpp"
#include "schema/format_keys.hpp"

namespace rolekit::detail {

namespace {

using Lines = std::vector<std::string>;

std::string ksb_text(const Ksb& k) {
    if (k.name.value.empty()) return k.text.value;
    return k.text.value.empty() ? k.name.value : fmt::format("{}: {}", k.name.value, k.text.value);
}

// "K1 the core values ..." for each id; an id the lists do not have is shown
// as written (validate reports it).
Lines spelled_out(const std::vector<Text>& ids, const std::map<std::string, const Ksb*>& items) {
    Lines out;
    for (const Text& id : ids) {
        const auto it = items.find(id.value);
        out.push_back(it == items.end() ? id.value : fmt::format("{} {}", id.value, ksb_text(*it->second)));
    }
    return out;
}

// A Markdown section under its heading, when the document gives it.
// A heading in the template's words, from the format's table (diff pages use it too).
std::string heading_of(std::string_view k) {
    return std::string(label_of("OccupationalStandard", k));
}

void section(Page& page, std::string_view k, const Text& text) {
    if (text.value.empty()) return;
    page.heading(2, heading_of(k));
    page.markdown(text.value);
}

void occupation_profile(Page& page, const OccupationalStandard& s) {
    section(page, key::occupation_summary, s.occupation_summary);
    section(page, key::broad_purpose, s.broad_purpose);
    section(page, key::key_relationships, s.key_relationships);
    section(page, key::responsibilities, s.responsibilities);
    if (!s.typical_job_titles.empty()) {
        page.heading(2, heading_of(key::typical_job_titles));
        std::vector<ListItem> titles;
        for (const Text& t : s.typical_job_titles) titles.push_back({t.value, {}});
        page.list(std::move(titles));
    }
    section(page, key::entry_requirements, s.entry_requirements);
}

Table item_table(const std::string& what, const std::vector<Ksb>& items) {
    Table t;
    t.header = {"ID", what};
    for (const Ksb& k : items) t.rows.push_back({Lines{k.id.value}, Lines{ksb_text(k)}});
    return t;
}

}  // namespace

Page occupational_standard_page(const Document& doc) {
    const OccupationalStandard& s = std::get<OccupationalStandard>(doc.body);
    std::map<std::string, const Ksb*> items;
    for (const auto* list : {&s.knowledge, &s.skills, &s.behaviours})
        for (const Ksb& k : *list) items.emplace(k.id.value, &k);

    Page page;
    page.title = s.title.value;
    page.subtitle = fmt::format("Apprenticeship standard · Level {}", s.level.value);
    if (s.duration_months) page.subtitle += fmt::format(" · typical duration {} months", s.duration_months->value);
    if (!s.reference.value.empty()) page.subtitle += " · " + s.reference.value;
    page.frame = {s.title.value, s.reference.value, "Apprenticeship standard", ""};

    occupation_profile(page, s);
    page.heading(2, heading_of(key::duties));
    Table duties;
    duties.header = {"Duty", "Knowledge", "Skills", "Behaviours"};
    for (const Duty& d : s.duties)
        duties.rows.push_back({Lines{fmt::format("{} {}", d.id.value, d.text.value)},
                               spelled_out(d.knowledge, items), spelled_out(d.skills, items),
                               spelled_out(d.behaviours, items)});
    page.table(std::move(duties));
    page.heading(2, heading_of(key::knowledge));
    page.table(item_table("Knowledge", s.knowledge));
    page.heading(2, heading_of(key::skills));
    page.table(item_table("Skill", s.skills));
    page.heading(2, heading_of(key::behaviours));
    page.table(item_table("Behaviour", s.behaviours));
    return page;
}

}  // namespace rolekit::detail
