// The gap checklists (sheet.hpp): a profile diff or a revision diff as one
// row per competence, for `diff --format csv|xlsx`.

#include <fmt/format.h>

#include <algorithm>

#include "diff/diff_labels.hpp"
#include "model/profile_sections.hpp"
#include "rolekit/sheet.hpp"
#include "sheet/sheet_parts.hpp"

namespace rolekit {

namespace {

using detail::area_label;
using detail::section_phrase;
using Row = std::vector<std::string>;

constexpr std::string_view kNone = "—";

bool same_entry(const NosEntry& x, const NosEntry& y) {
    return x.code == y.code && x.title == y.title && x.section == y.section && x.area == y.area &&
           x.function == y.function;
}

// Where a competence sits on one side: its section, and its place when it
// moved to another area or function.
std::string where(const NosEntry& e, const NosEntry& other, const DocumentSet& ctx) {
    if (e.area == other.area && e.function == other.function) return section_phrase(e.section);
    return fmt::format("{} ({}; {})", section_phrase(e.section), area_label(e.area, ctx),
                       e.function);
}

struct Ranked {
    std::string area;
    Row row;
};

Ranked nos_row(const NosEntry& e, const DocumentSet& ctx, std::string in_a, std::string in_b,
               std::string_view status) {
    return {e.area,
            {area_label(e.area, ctx), e.function, e.code, e.title, std::move(in_a), std::move(in_b),
             std::string(status)}};
}

Ranked local_row(const LocalEntry& e, const DocumentSet& ctx, std::string in_a, std::string in_b,
                 std::string_view status) {
    return {e.area,
            {area_label(e.area, ctx), e.function, "", e.statement, std::move(in_a), std::move(in_b),
             std::string(status)}};
}

std::vector<Ranked> nos_rows(const ProfileDiff& d, const DocumentSet& ctx) {
    std::vector<Ranked> out;
    const std::string none(kNone);
    for (const NosEntry& e : d.only_a)
        out.push_back(nos_row(e, ctx, section_phrase(e.section), none, "only in first"));
    for (const NosEntry& e : d.both) {
        const auto m = std::find_if(d.moved.begin(), d.moved.end(),
                                    [&](const MovedNos& x) { return same_entry(x.b, e); });
        if (m == d.moved.end())
            out.push_back(
                nos_row(e, ctx, section_phrase(e.section), section_phrase(e.section), "in both"));
        else
            out.push_back(nos_row(e, ctx, where(m->a, e, ctx), where(e, m->a, ctx), "moved"));
    }
    for (const NosEntry& e : d.only_b)
        out.push_back(nos_row(e, ctx, none, section_phrase(e.section), "only in second"));
    for (const LocalEntry& e : d.local_only_a)
        out.push_back(local_row(e, ctx, "local", none, "only in first"));
    for (const ChangedLocal& m : d.local_changed) {
        const bool moved = m.a.area != m.b.area || m.a.function != m.b.function;
        out.push_back(local_row(m.b, ctx, "local", "local", moved ? "moved" : "in both"));
    }
    for (const LocalEntry& e : d.local_only_b)
        out.push_back(local_row(e, ctx, none, "local", "only in second"));
    return out;
}

std::string described(const DiffSide& s) {
    return detail::sheet_document(detail::side_label(s), s.revision, s.version, s.path);
}

SheetTable gap_table(const DiffSide& a, const DiffSide& b) {
    SheetTable t;
    const std::string first = detail::side_name(a, b), second = detail::side_name(b, a);
    t.title = fmt::format("Gap checklist: {} and {}", first, second);
    t.sheet_name = "Gap";
    t.about = {{"Gap checklist", t.title}, {"First", described(a)}, {"Second", described(b)}};
    return t;
}

}  // namespace

SheetTable profile_gap_sheet(const ProfileDiff& d, const DocumentSet& context) {
    SheetTable t = gap_table(d.a, d.b);
    t.header = {"Area",
                "Function",
                "Code",
                "Title",
                "In " + detail::side_name(d.a, d.b),
                "In " + detail::side_name(d.b, d.a),
                "Status"};
    t.widths = {28, 36, 12, 50, 22, 22, 16};
    std::vector<Ranked> rows = nos_rows(d, context);
    std::stable_sort(rows.begin(), rows.end(), [&](const Ranked& x, const Ranked& y) {
        return detail::sheet_area_rank(x.area, context) < detail::sheet_area_rank(y.area, context);
    });
    for (Ranked& r : rows) t.rows.push_back(std::move(r.row));
    return t;
}

SheetTable revision_gap_sheet(const RevisionDiff& d) {
    SheetTable t = gap_table(d.a, d.b);
    const std::string first = detail::side_name(d.a, d.b), second = detail::side_name(d.b, d.a);
    t.header = {
        "List",  "Code in " + first, "Code in " + second, "Text in " + first, "Text in " + second,
        "Status"};
    t.widths = {14, 16, 16, 50, 50, 14};
    const std::string none(kNone);
    for (const ItemChange& c : d.items) {
        const bool added = c.change == ItemChangeKind::added;
        const bool removed = c.change == ItemChangeKind::removed;
        const std::string old_id = c.old_id.empty() ? c.id : c.old_id;
        t.rows.push_back({c.list, added ? none : old_id, removed ? none : c.id,
                          added ? none : c.old_text, removed ? none : c.new_text,
                          std::string(change_name(c.change))});
    }
    return t;
}

}  // namespace rolekit
