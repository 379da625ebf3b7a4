// The page of changes between two revisions of a competence map or a
// standard (HTML, Markdown, DOCX, PDF): what changed, and with --all what
// did not.

#include <fmt/format.h>

#include "diff/diff_labels.hpp"
#include "diff/diff_pages.hpp"
#include "rolekit/diff_report.hpp"

namespace rolekit::detail {

namespace {

using Lines = std::vector<std::string>;

// The sign and the word a row says its change in, and its colour.
std::pair<std::string, RowChange> change_mark(ItemChangeKind kind) {
    switch (kind) {
        case ItemChangeKind::added:
            return {"+ added", RowChange::added};
        case ItemChangeKind::removed:
            return {"− removed", RowChange::removed};
        case ItemChangeKind::reworded:
            return {"~ reworded", RowChange::changed};
        case ItemChangeKind::renumbered:
            return {"~ renumbered", RowChange::moved};
    }
    return {};
}

Cell item_text(const ItemChange& i) {
    if (i.change == ItemChangeKind::added || i.change == ItemChangeKind::renumbered)
        return Lines{i.new_text};
    if (i.change == ItemChangeKind::removed) return Lines{i.old_text};
    return text_runs(i.words);
}

void item_changes(Page& page, const RevisionDiff& d, std::string_view kind) {
    page.heading(2, "Items");
    if (d.items.empty()) {
        page.note("No items added, removed or reworded.");
        return;
    }
    Table t;
    t.header = {"Change", "List", "ID", "Text"};
    t.css_class = "diff";
    for (const ItemChange& i : d.items) {
        const auto [mark, change] = change_mark(i.change);
        t.rows.push_back(
            Row({Lines{mark}, Lines{field_label(kind, i.list)},
                 Lines{i.old_id.empty() ? i.id : i.old_id + " → " + i.id}, item_text(i)},
                change));
    }
    page.table(std::move(t));
}

void kept_items(Page& page, const RevisionDiff& d, std::string_view kind) {
    page.heading(2, "Unchanged items");
    if (d.kept.empty()) {
        page.note("Every item changed.");
        return;
    }
    Table t;
    t.header = {"List", "ID", "Text"};
    for (const KeptItem& i : d.kept)
        t.rows.push_back({Lines{field_label(kind, i.list)}, Lines{i.id}, Lines{i.text}});
    page.table(std::move(t));
}

void mapping_changes(Page& page, const RevisionDiff& d, std::string_view kind) {
    if (d.mappings.empty()) return;
    page.heading(2, "Mappings");
    Table t;
    t.header = {"From", "List", "Added", "Removed"};
    const auto marked = [](const char* sign, const Lines& ids) {
        Lines out;
        for (const std::string& id : ids) out.push_back(sign + id);
        return out;
    };
    for (const MappingChange& m : d.mappings)
        t.rows.push_back({Lines{m.from}, Lines{field_label(kind, m.list)}, marked("+ ", m.added),
                          marked("− ", m.removed)});
    page.table(std::move(t));
}

}  // namespace

Page revision_diff_page(const RevisionDiff& d, bool all) {
    const std::string_view kind = kind_name(d.kind);
    Page page;
    const std::string first = side_name(d.a, d.b), second = side_name(d.b, d.a);
    page.title = same_document(d.a, d.b) ? fmt::format("{}: changes between revisions", d.b.title)
                                         : fmt::format("{} and {}: changes", first, second);
    page.subtitle = fmt::format("From {} to {}", first, second);
    page.frame = {page.title, "", "Changes between revisions", ""};
    if (d.empty()) page.note("No differences.");
    item_changes(page, d, kind);
    mapping_changes(page, d, kind);
    page_field_changes(page, d.changed_fields, kind);
    if (all) kept_items(page, d, kind);
    return page;
}

}  // namespace rolekit::detail
