// The page comparing two role profiles (HTML, Markdown, DOCX, PDF): a
// summary and a chart first, then what the second role adds, what only the
// first has, what moved or was retitled, local competences, and what both
// share. Every row says its change in a sign and a word as well as a colour.

#include <fmt/format.h>

#include "diff/diff_labels.hpp"
#include "diff/diff_pages.hpp"
#include "render/profile_tables.hpp"

namespace rolekit::detail {

namespace {

constexpr std::string_view kAdded = "+ Added";
constexpr std::string_view kRemoved = "\u2212 Removed";
constexpr std::string_view kMoved = "~ Moved";
constexpr std::string_view kRetitled = "~ Retitled";
constexpr std::string_view kChanged = "~ Changed";
constexpr std::string_view kInBoth = "= In both";

Lines sign(std::string_view word) {
    return Lines{std::string(word)};
}

Table entry_table(const std::vector<NosEntry>& list, std::string_view word, RowChange change,
                  const DocumentSet& ctx) {
    Table t;
    t.header = {"Change", "Underpinning principle", "Reference function", "Competence", "Section"};
    t.css_class = "change-table";
    std::string area, function;
    for (const NosEntry& e : list) {
        const bool new_area = e.area != area;
        const bool new_function = new_area || e.function != function;
        t.rows.push_back(Row({sign(word), new_area ? Lines{area_label(e.area, ctx)} : Lines{},
                              new_function ? Lines{e.function} : Lines{}, Lines{nos_label(e)},
                              Lines{section_name(e.section)}},
                             change));
        area = e.area;
        function = e.function;
    }
    return t;
}

Table local_table(const std::vector<LocalEntry>& list, std::string_view word, RowChange change,
                  const DocumentSet& ctx) {
    Table t;
    t.header = {"Change", "Underpinning principle", "Reference function", "Local competence",
                "Evidence"};
    t.css_class = "change-table";
    std::string area, function;
    for (const LocalEntry& e : list) {
        const bool new_area = e.area != area;
        const bool new_function = new_area || e.function != function;
        t.rows.push_back(Row({sign(word), new_area ? Lines{area_label(e.area, ctx)} : Lines{},
                              new_function ? Lines{e.function} : Lines{}, Lines{e.statement},
                              e.evidence.empty() ? Lines{} : Lines{e.evidence}},
                             change));
        area = e.area;
        function = e.function;
    }
    return t;
}

// "Locality-specific competences, H. Management and Administration: Manage
// demands for services; evidence: ...; from wiltshire-ld-psw (Wiltshire ...)".
std::string local_page_place(const LocalEntry& e, const DocumentSet& ctx) {
    std::string out = fmt::format("{}: {}", area_label(e.area, ctx), e.function);
    if (!e.evidence.empty()) out += "; evidence: " + e.evidence;
    if (!e.source.empty() || !e.locality.empty())
        out += fmt::format("; from {} ({})", e.source, e.locality);
    return out;
}

// `changes_only` (two revisions of one document): nothing for an empty list,
// not even a heading.
void section(Page& page, const std::string& title, const std::vector<NosEntry>& list,
             std::string_view word, RowChange change, const DocumentSet& ctx, bool changes_only) {
    if (changes_only && list.empty()) return;
    page.heading(2, title);
    if (list.empty())
        page.note("None.");
    else
        page.table(entry_table(list, word, change, ctx));
}

// What moved, in the template's words: "Section: Role-specific competences →
// Core competences", one line for each of section, area and function.
Lines moves(const NosEntry& a, const NosEntry& b, const DocumentSet& ctx) {
    Lines out;
    const auto line = [&](std::string_view what, const std::string& from, const std::string& to) {
        if (from != to) out.push_back(fmt::format("{}: {} \u2192 {}", what, from, to));
    };
    line("Section", section_name(a.section), section_name(b.section));
    line("Underpinning principle", area_label(a.area, ctx), area_label(b.area, ctx));
    line("Reference function", a.function, b.function);
    return out;
}

void page_moved(Page& page, const ProfileDiff& d, const SideNames& n, const DocumentSet& ctx) {
    if (!d.moved.empty()) {
        page.heading(2, fmt::format("~ Moved: in both, in another section, area or function ({})",
                                    d.moved.size()));
        Table moved;
        moved.header = {"Change", "Competence", fmt::format("From {} to {}", n.first, n.second)};
        moved.css_class = "change-table";
        for (const MovedNos& m : d.moved)
            moved.rows.push_back(
                Row({sign(kMoved), Lines{nos_label(m.b)}, moves(m.a, m.b, ctx)}, RowChange::moved));
        page.table(std::move(moved));
    }
    if (!d.retitled.empty()) {
        page.heading(
            2, fmt::format("~ Retitled: in both, written another way ({})", d.retitled.size()));
        Table retitled;
        retitled.header = {"Change", "In " + n.first, "In " + n.second, "Section"};
        retitled.css_class = "change-table";
        for (const MovedNos& m : d.retitled)
            retitled.rows.push_back(
                Row({sign(kRetitled), Lines{written_label(m.a)}, Lines{written_label(m.b)},
                     Lines{section_name(m.b.section)}},
                    RowChange::changed));
        page.table(std::move(retitled));
    }
}

// Local competences: only when one side or the other has a change to show.
void page_local(Page& page, const ProfileDiff& d, const SideNames& n, const DocumentSet& ctx) {
    if (d.local_only_a.empty() && d.local_only_b.empty() && d.local_changed.empty()) return;
    const auto part = [&](const std::string& title, const std::vector<LocalEntry>& list,
                          std::string_view word, RowChange change) {
        page.heading(2, fmt::format("{} ({})", title, list.size()));
        if (list.empty())
            page.note("None.");
        else
            page.table(local_table(list, word, change, ctx));
    };
    part("+ Local competences added: only in " + n.second, d.local_only_b, kAdded,
         RowChange::added);
    part("\u2212 Local competences removed: only in " + n.first, d.local_only_a, kRemoved,
         RowChange::removed);
    page.heading(2, fmt::format("~ Local competences changed ({})", d.local_changed.size()));
    if (d.local_changed.empty()) {
        page.note("None.");
        return;
    }
    Table changed;
    changed.header = {"Change", "Local competence", "In " + n.first, "In " + n.second};
    changed.css_class = "change-table";
    for (const ChangedLocal& m : d.local_changed)
        changed.rows.push_back(
            Row({sign(kChanged), Lines{local_label(m)}, Lines{local_page_place(m.a, ctx)},
                 Lines{local_page_place(m.b, ctx)}},
                RowChange::changed));
    page.table(std::move(changed));
}

}  // namespace

SideNames page_names(const ProfileDiff& d) {
    SideNames n{side_name(d.a, d.b), side_name(d.b, d.a)};
    // Two documents with one title and level (a template and its local
    // profile): their ids tell them apart, "Peer Support Worker (Level 3, wiltshire-ld-psw)".
    if (n.first == n.second && d.a.id != d.b.id) {
        const auto with_id = [](const DiffSide& s) {
            const std::string level = s.level ? fmt::format("Level {}, ", *s.level) : "";
            return fmt::format("{} ({}{})", s.title.empty() ? s.id : s.title, level, s.id);
        };
        n = {with_id(d.a), with_id(d.b)};
    }
    return n;
}

Page profile_diff_page(const ProfileDiff& d, const DocumentSet& ctx, bool all) {
    const SideNames n = page_names(d);
    // Two revisions of one document: what changed, as the revision page
    // says it; what did not change only when asked.
    const bool revisions = same_document(d.a, d.b);
    const bool changes_only = revisions && !all;
    Page page;
    if (revisions) {
        page.title =
            fmt::format("{}: changes between revisions", d.b.title.empty() ? d.b.id : d.b.title);
        page.subtitle = fmt::format("From {} to {}", n.first, n.second);
        page.frame = {page.title, "", "Changes between revisions", ""};
    } else {
        page.title = fmt::format("{} compared with {}", n.first, n.second);
        page.subtitle =
            fmt::format("What {} adds, what only {} has, and what both share", n.second, n.first);
        page.frame = {page.title, "", "Comparison of role profiles", ""};
    }
    page_summary(page, d, n, ctx);
    section(page, fmt::format("+ Added: only in {} ({})", n.second, d.only_b.size()), d.only_b,
            kAdded, RowChange::added, ctx, changes_only);
    section(page, fmt::format("\u2212 Removed: only in {} ({})", n.first, d.only_a.size()),
            d.only_a, kRemoved, RowChange::removed, ctx, changes_only);
    page_moved(page, d, n, ctx);
    page_local(page, d, n, ctx);
    if (!changes_only)
        section(page, fmt::format("= In both ({})", d.both.size()), d.both, kInBoth,
                RowChange::none, ctx, false);
    page_field_changes(page, d.changed_fields);
    return page;
}

}  // namespace rolekit::detail
