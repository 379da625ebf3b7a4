// The "Changed fields" section of a comparison page: each field under its
// label in the template's words, text as paragraphs of marked words, lists
// as rows marked added or removed, an order as the two orders in words.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "diff/diff_labels.hpp"
#include "diff/diff_pages.hpp"

namespace rolekit::detail {

namespace {

using Lines = std::vector<std::string>;

std::vector<TextRun> whole(TextRun::Mark mark, const std::string& text) {
    return {TextRun{mark, text}};
}

// A text field's line diff as its paragraphs: a kept one as it is; within a
// run of changed lines, the n-th removed line paired with the n-th added one
// as one paragraph of changed words, the rest wholly deleted or inserted.
void text_changes(Page& page, const std::vector<EditOp>& lines) {
    for (std::size_t i = 0; i < lines.size();) {
        if (lines[i].op == ' ') {
            if (!lines[i].text.empty()) page.paragraph(lines[i].text);
            ++i;
            continue;
        }
        Lines removed, added;
        for (; i < lines.size() && lines[i].op != ' '; ++i)
            if (!lines[i].text.empty())
                (lines[i].op == '-' ? removed : added).push_back(lines[i].text);
        for (std::size_t k = 0; k < std::max(removed.size(), added.size()); ++k) {
            if (k < removed.size() && k < added.size())
                page.changes(
                    text_runs(diff_sequences(split_words(removed[k]), split_words(added[k]))));
            else if (k < removed.size())
                page.changes(whole(TextRun::Mark::deleted, removed[k]));
            else
                page.changes(whole(TextRun::Mark::inserted, added[k]));
        }
    }
}

// A list (references, job titles, a competence section's listing, an x- key's
// YAML): its added and removed entries, each marked by a sign and a word.
void list_changes(Page& page, const std::vector<EditOp>& lines) {
    Table t;
    t.header = {"Change", "Entry"};
    t.css_class = "diff";
    for (const EditOp& op : lines) {
        if (op.op == ' ' || op.text.empty()) continue;
        const bool gone = op.op == '-';
        t.rows.push_back(Row({Lines{gone ? "− removed" : "+ added"}, Lines{op.text}},
                             gone ? RowChange::removed : RowChange::added));
    }
    page.table(std::move(t));
}

// An order: the entries kept in both, as the first and the second list them.
void order_change(Page& page, const std::vector<EditOp>& ids) {
    Lines before, after;
    for (const EditOp& op : ids) {
        if (op.op != '+') before.push_back(op.text);
        if (op.op != '-') after.push_back(op.text);
    }
    Table t;
    t.header = {"", "Order"};
    t.row_headers = true;
    t.rows.push_back({Lines{"Before"}, Lines{fmt::format("{}", fmt::join(before, ", "))}});
    t.rows.push_back({Lines{"After"}, Lines{fmt::format("{}", fmt::join(after, ", "))}});
    page.table(std::move(t));
}

bool is_order(const std::string& field) {
    constexpr std::string_view suffix = " (order)";
    return field.size() > suffix.size() && field.ends_with(suffix);
}

}  // namespace

void page_field_changes(Page& page, const std::vector<FieldChange>& fields, std::string_view kind) {
    if (fields.empty()) return;
    page.heading(2, "Changed fields");
    for (const FieldChange& f : fields) {
        const std::string label = field_label(kind, f.field);
        page.heading(3, is_order(f.field) && label != f.field ? label + " changed" : label);
        if (is_order(f.field))
            order_change(page, f.lines);
        else if (is_text_field(kind, f.field))
            text_changes(page, f.lines);
        else
            list_changes(page, f.lines);
    }
}

}  // namespace rolekit::detail
