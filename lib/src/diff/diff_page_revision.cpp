// The page of changes between two revisions of a competence map or a
// standard (HTML, Markdown, DOCX, PDF).

#include <fmt/format.h>

#include "diff/diff_labels.hpp"
#include "diff/diff_pages.hpp"
#include "rolekit/diff_report.hpp"

namespace rolekit::detail {

namespace {
using Lines = std::vector<std::string>;
}  // namespace

Page revision_diff_page(const RevisionDiff& d, bool all) {
    (void)all;  // TODO(issue 25): unchanged items only with --all
    Page page;
    page.title = fmt::format("{}: changes", d.b.title);
    page.subtitle = fmt::format("a: {} · b: {}", side_label(d.a), side_label(d.b));
    page.frame = {page.title, "", "Changes between revisions", ""};
    page.heading(2, "Items");
    if (d.items.empty()) page.note("No items added, removed or reworded.");
    Table items;
    items.header = {"List", "ID", "Change", "Text"};
    for (const ItemChange& i : d.items) {
        const std::string text = i.change == ItemChangeKind::added     ? i.new_text
                                 : i.change == ItemChangeKind::removed ? i.old_text
                                                                       : word_diff_text(i.words);
        items.rows.push_back({Lines{i.list},
                              Lines{i.old_id.empty() ? i.id : i.old_id + " → " + i.id},
                              Lines{std::string(change_name(i.change))}, Lines{text}});
    }
    if (!d.items.empty()) page.table(std::move(items));
    page.heading(2, "Mappings");
    if (d.mappings.empty()) page.note("No mapping changes.");
    Table maps;
    maps.header = {"From", "List", "Added", "Removed"};
    for (const MappingChange& m : d.mappings)
        maps.rows.push_back({Lines{m.from}, Lines{m.list}, m.added, m.removed});
    if (!d.mappings.empty()) page.table(std::move(maps));
    page_field_changes(page, d.changed_fields);
    return page;
}

}  // namespace rolekit::detail
