// Diffs for terminals: coloured text, document text shown through `visible`.

#include <fmt/format.h>

#include "diff/diff_labels.hpp"
#include "diff/diff_pages.hpp"
#include "rolekit/diff_report.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::detail {

TextColors text_colors(bool on) {
    if (!on) return {};
    return {"\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[1m", "\x1b[0m"};
}

namespace {

// Text output shows document text through `visible`: it must not act on the
// terminal or forge lines of the report.
void text_entries(std::string& out, const std::vector<NosEntry>& list, char mark, const char* color,
                  const TextColors& c, const DocumentSet& ctx) {
    std::string area;
    for (const NosEntry& e : list) {
        if (e.area != area)
            out += fmt::format("  {}{}{}\n", c.bold, visible(area_label(e.area, ctx)), c.reset);
        area = e.area;
        out += fmt::format("    {}{} {}{}  [{}: {}]\n", color, mark, visible(nos_label(e)), c.reset,
                           visible(section_key(e.section)), visible(e.function));
    }
}

void text_fields(std::string& out, const std::vector<FieldChange>& fields, const TextColors& c) {
    if (fields.empty()) return;
    out += fmt::format("\n{}Changed fields{}\n", c.bold, c.reset);
    for (const FieldChange& f : fields) {
        out += fmt::format("  {}\n", visible(f.field));
        for (const EditOp& op : f.lines)
            if (op.op != ' ' && !op.text.empty())  // blank lines between paragraphs say nothing
                out += fmt::format("    {}{} {}{}\n", op.op == '-' ? c.del : c.add, op.op,
                                   visible(op.text), c.reset);
    }
}

void text_pairs(std::string& out, const ProfileDiff& d, const TextColors& c) {
    if (!d.moved.empty()) {
        out += fmt::format("\n{}Moved{}\n", c.bold, c.reset);
        for (const MovedNos& m : d.moved)
            out += fmt::format("    {}~ {}{}\n        a: {}\n        b: {}\n", c.move,
                               visible(nos_label(m.b)), c.reset, visible(place(m.a)),
                               visible(place(m.b)));
    }
    if (!d.retitled.empty()) {
        out += fmt::format("\n{}Retitled{}\n", c.bold, c.reset);
        for (const MovedNos& m : d.retitled)
            out += fmt::format("    {}- {}{}\n    {}+ {}{}  [{}: {}]\n", c.del,
                               visible(written_label(m.a)), c.reset, c.add,
                               visible(written_label(m.b)), c.reset,
                               visible(section_key(m.b.section)), visible(m.b.function));
    }
}

void text_local_entries(std::string& out, const std::vector<LocalEntry>& list, char mark,
                        const char* color, const TextColors& c, const DocumentSet& ctx) {
    std::string area;
    for (const LocalEntry& e : list) {
        if (e.area != area)
            out += fmt::format("  {}{}{}\n", c.bold, visible(area_label(e.area, ctx)), c.reset);
        area = e.area;
        out += fmt::format("    {}{} {}{}  [local: {}]\n", color, mark, visible(e.statement),
                           c.reset, visible(e.function));
    }
}

// Local competences: only when one side or the other has a change to show.
void text_local(std::string& out, const ProfileDiff& d, const TextColors& c,
                const DocumentSet& ctx) {
    const auto section = [&](const char* title, const std::vector<LocalEntry>& list, char mark,
                             const char* color) {
        if (list.empty()) return;
        out += fmt::format("\n{}{}{}\n", c.bold, title, c.reset);
        text_local_entries(out, list, mark, color, c, ctx);
    };
    section("Local competences only in a", d.local_only_a, '-', c.del);
    section("Local competences only in b", d.local_only_b, '+', c.add);
    if (d.local_changed.empty()) return;
    out += fmt::format("\n{}Local competences changed{}\n", c.bold, c.reset);
    for (const ChangedLocal& m : d.local_changed)
        out += fmt::format("    {}~ {}{}\n        a: {}\n        b: {}\n", c.move,
                           visible(local_label(m)), c.reset, visible(local_place(m.a)),
                           visible(local_place(m.b)));
}

// The header: "a: Peer worker (peer-worker-l3), Level 3"; for two revisions
// of one document, as the pages name them, by file and revision.
// (Two sides no file tells apart, documents made in memory, keep their labels.)
std::string sides(const DiffSide& a, const DiffSide& b, const TextColors& c) {
    std::string first = side_label(a), second = side_label(b);
    if (same_document(a, b) && side_name(a, b) != side_name(b, a)) {
        first = side_name(a, b);
        second = side_name(b, a);
    }
    return fmt::format("{}a: {}{}\n{}b: {}{}\n", c.bold, visible(first), c.reset, c.bold,
                       visible(second), c.reset);
}

}  // namespace

std::string profile_diff_text(const ProfileDiff& d, const TextColors& c, const DocumentSet& ctx,
                              bool all) {
    std::string out = sides(d.a, d.b, c) + "\n";
    out += fmt::format("NOS only in a: {}   only in b: {}   in both: {}   moved: {}",
                       d.only_a.size(), d.only_b.size(), d.both.size(), d.moved.size());
    if (!d.retitled.empty()) out += fmt::format("   retitled: {}", d.retitled.size());
    out += "\n";
    if (!d.local_only_a.empty() || !d.local_only_b.empty() || !d.local_changed.empty())
        out += fmt::format("Local competences only in a: {}   only in b: {}   changed: {}\n",
                           d.local_only_a.size(), d.local_only_b.size(), d.local_changed.size());
    const auto section = [&](const char* title, const std::vector<NosEntry>& list, char mark,
                             const char* color) {
        if (list.empty()) return;
        out += fmt::format("\n{}{}{}\n", c.bold, title, c.reset);
        text_entries(out, list, mark, color, c, ctx);
    };
    section("Only in a", d.only_a, '-', c.del);
    section("Only in b", d.only_b, '+', c.add);
    // Two revisions of one profile: what changed, unless --all asks for the rest.
    if (all || !same_document(d.a, d.b)) section("In both", d.both, '=', "");
    text_pairs(out, d, c);
    text_local(out, d, c, ctx);
    text_fields(out, d.changed_fields, c);
    return out;
}

std::string revision_diff_text(const RevisionDiff& d, const TextColors& c) {
    std::string out = sides(d.a, d.b, c);
    if (!d.items.empty()) out += fmt::format("\n{}Items{}\n", c.bold, c.reset);
    for (const ItemChange& i : d.items) {
        const std::string id = visible(i.old_id.empty() ? i.id : i.old_id + " -> " + i.id);
        if (i.change == ItemChangeKind::added)
            out +=
                fmt::format("  {}+ {} {}: {}{}\n", c.add, i.list, id, visible(i.new_text), c.reset);
        else if (i.change == ItemChangeKind::removed)
            out +=
                fmt::format("  {}- {} {}: {}{}\n", c.del, i.list, id, visible(i.old_text), c.reset);
        else
            out += fmt::format("  {}~ {} {}:{} {}\n", c.move, i.list, id, c.reset,
                               visible(word_diff_text(i.words)));
    }
    if (!d.mappings.empty()) out += fmt::format("\n{}Mappings{}\n", c.bold, c.reset);
    for (const MappingChange& m : d.mappings) {
        out += fmt::format("  {} {}:", visible(m.from), m.list);
        for (const auto& x : m.added) out += fmt::format(" {}+{}{}", c.add, visible(x), c.reset);
        for (const auto& x : m.removed) out += fmt::format(" {}-{}{}", c.del, visible(x), c.reset);
        out += "\n";
    }
    text_fields(out, d.changed_fields, c);
    if (d.empty()) out += "\nNo differences.\n";
    return out;
}

}  // namespace rolekit::detail
