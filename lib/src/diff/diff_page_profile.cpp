// The page comparing two role profiles (HTML, Markdown, DOCX, PDF).

#include <fmt/format.h>

#include "diff/diff_labels.hpp"
#include "diff/diff_pages.hpp"

namespace rolekit::detail {

namespace {

using Lines = std::vector<std::string>;

Table entry_table(const std::vector<NosEntry>& list, const DocumentSet& ctx) {
    Table t;
    t.header = {"Underpinning principle", "Reference function", "Competence", "Section"};
    t.css_class = "competence-table";
    std::string area, function;
    for (const NosEntry& e : list) {
        const bool new_area = e.area != area;
        const bool new_function = new_area || e.function != function;
        t.rows.push_back({new_area ? Lines{area_label(e.area, ctx)} : Lines{},
                          new_function ? Lines{e.function} : Lines{}, Lines{nos_label(e)},
                          Lines{section_title(e.section)}});
        area = e.area;
        function = e.function;
    }
    return t;
}

Table local_table(const std::vector<LocalEntry>& list, const DocumentSet& ctx) {
    Table t;
    t.header = {"Underpinning principle", "Reference function", "Local competence", "Evidence"};
    t.css_class = "competence-table";
    std::string area, function;
    for (const LocalEntry& e : list) {
        const bool new_area = e.area != area;
        const bool new_function = new_area || e.function != function;
        t.rows.push_back({new_area ? Lines{area_label(e.area, ctx)} : Lines{},
                          new_function ? Lines{e.function} : Lines{}, Lines{e.statement},
                          e.evidence.empty() ? Lines{} : Lines{e.evidence}});
        area = e.area;
        function = e.function;
    }
    return t;
}

// Local competences: only when one side or the other has a change to show.
void page_local(Page& page, const ProfileDiff& d, const DocumentSet& ctx) {
    if (d.local_only_a.empty() && d.local_only_b.empty() && d.local_changed.empty()) return;
    const auto section = [&](const std::string& title, const std::vector<LocalEntry>& list) {
        page.heading(2, title);
        if (list.empty())
            page.note("None.");
        else
            page.table(local_table(list, ctx));
    };
    section(fmt::format("Local competences only in {}", side_label(d.a)), d.local_only_a);
    section(fmt::format("Local competences only in {}", side_label(d.b)), d.local_only_b);
    page.heading(2, "Local competences changed");
    if (d.local_changed.empty()) {
        page.note("None.");
        return;
    }
    Table changed;
    changed.header = {"Local competence", "In a", "In b"};
    for (const ChangedLocal& m : d.local_changed)
        changed.rows.push_back(
            {Lines{local_label(m)}, Lines{local_place(m.a)}, Lines{local_place(m.b)}});
    page.table(std::move(changed));
}

}  // namespace

Page profile_diff_page(const ProfileDiff& d, const DocumentSet& ctx, bool all) {
    (void)all;  // TODO(issue 25): unchanged NOS between two revisions only with --all
    Page page;
    page.title = fmt::format("{} compared with {}", d.a.title, d.b.title);
    page.subtitle = fmt::format("a: {} · b: {}", side_label(d.a), side_label(d.b));
    page.frame = {page.title, "", "Comparison of role profiles", ""};
    Table counts;
    counts.header = {"Only in a", "Only in b", "In both", "Moved"};
    counts.rows.push_back(
        {Lines{std::to_string(d.only_a.size())}, Lines{std::to_string(d.only_b.size())},
         Lines{std::to_string(d.both.size())}, Lines{std::to_string(d.moved.size())}});
    page.table(std::move(counts));
    const auto section = [&](const std::string& title, const std::vector<NosEntry>& list) {
        page.heading(2, title);
        if (list.empty())
            page.note("None.");
        else
            page.table(entry_table(list, ctx));
    };
    section(fmt::format("Only in {}", side_label(d.a)), d.only_a);
    section(fmt::format("Only in {}", side_label(d.b)), d.only_b);
    section("In both", d.both);
    page.heading(2, "Moved");
    if (d.moved.empty()) page.note("None.");
    Table moved;
    moved.header = {"Competence", "In a", "In b"};
    for (const MovedNos& m : d.moved)
        moved.rows.push_back({Lines{nos_label(m.b)}, Lines{place(m.a)}, Lines{place(m.b)}});
    if (!d.moved.empty()) page.table(std::move(moved));
    if (!d.retitled.empty()) {
        page.heading(2, "Retitled");
        Table retitled;
        retitled.header = {"In a", "In b", "Section"};
        for (const MovedNos& m : d.retitled)
            retitled.rows.push_back({Lines{written_label(m.a)}, Lines{written_label(m.b)},
                                     Lines{section_title(m.b.section)}});
        page.table(std::move(retitled));
    }
    page_local(page, d, ctx);
    page_field_changes(page, d.changed_fields);
    return page;
}

}  // namespace rolekit::detail
