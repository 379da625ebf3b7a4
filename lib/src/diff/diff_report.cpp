// Diffs for people: coloured text for terminals; Markdown and HTML pages built
// from the same blocks as `render`.

#include "rolekit/diff_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "render/render_blocks.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit {

namespace detail {
std::string profile_diff_json(const ProfileDiff& d);
std::string revision_diff_json(const RevisionDiff& d);
}  // namespace detail

namespace {

using detail::Page;
using detail::Table;
using Lines = std::vector<std::string>;

struct Colors {
    const char* del = "";
    const char* add = "";
    const char* move = "";
    const char* bold = "";
    const char* reset = "";
};

Colors colors(bool on) {
    if (!on) return {};
    return {"\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[1m", "\x1b[0m"};
}

std::string side_label(const DiffSide& s) {
    std::string out = s.title.empty() ? s.id : fmt::format("{} ({})", s.title, s.id);
    if (s.level) out += fmt::format(", Level {}", *s.level);
    return out;
}

std::string area_label(const std::string& key, const DocumentSet& ctx) {
    if (const FunctionalMap* map = ctx.functional_map())
        for (const FunctionalArea& a : map->areas)
            if (a.key.value == key) return fmt::format("{}. {}", key, a.name.value);
    return key;
}

std::string nos_label(const NosEntry& e) { return e.code.empty() ? e.title : e.code + " " + e.title; }

// As written: either of code and title may be missing.
std::string written_label(const NosEntry& e) {
    if (e.code.empty() || e.title.empty()) return e.code + e.title;
    return e.code + " " + e.title;
}

std::string place(const NosEntry& e) {
    return fmt::format("{}, area {}, {}", section_key(e.section), e.area, e.function);
}

// --- text -------------------------------------------------------------

// Text output shows document text through `visible`: it must not act on the
// terminal or forge lines of the report.
void text_entries(std::string& out, const std::vector<NosEntry>& list, char mark, const char* color,
                  const Colors& c, const DocumentSet& ctx) {
    std::string area;
    for (const NosEntry& e : list) {
        if (e.area != area) out += fmt::format("  {}{}{}\n", c.bold, visible(area_label(e.area, ctx)), c.reset);
        area = e.area;
        out += fmt::format("    {}{} {}{}  [{}: {}]\n", color, mark, visible(nos_label(e)), c.reset,
                           visible(section_key(e.section)), visible(e.function));
    }
}

void text_fields(std::string& out, const std::vector<FieldChange>& fields, const Colors& c) {
    if (fields.empty()) return;
    out += fmt::format("\n{}Changed fields{}\n", c.bold, c.reset);
    for (const FieldChange& f : fields) {
        out += fmt::format("  {}\n", visible(f.field));
        for (const EditOp& op : f.lines)
            if (op.op != ' ' && !op.text.empty())  // blank lines between paragraphs say nothing
                out += fmt::format("    {}{} {}{}\n", op.op == '-' ? c.del : c.add, op.op, visible(op.text),
                                   c.reset);
    }
}

void text_pairs(std::string& out, const ProfileDiff& d, const Colors& c) {
    if (!d.moved.empty()) {
        out += fmt::format("\n{}Moved{}\n", c.bold, c.reset);
        for (const MovedNos& m : d.moved)
            out += fmt::format("    {}~ {}{}\n        a: {}\n        b: {}\n", c.move, visible(nos_label(m.b)),
                               c.reset, visible(place(m.a)), visible(place(m.b)));
    }
    if (!d.retitled.empty()) {
        out += fmt::format("\n{}Retitled{}\n", c.bold, c.reset);
        for (const MovedNos& m : d.retitled)
            out += fmt::format("    {}- {}{}\n    {}+ {}{}  [{}: {}]\n", c.del, visible(written_label(m.a)),
                               c.reset, c.add, visible(written_label(m.b)), c.reset,
                               visible(section_key(m.b.section)), visible(m.b.function));
    }
}

// "area H, Manage demands for services; evidence: ...; from wiltshire-ld-psw (Wiltshire ...)".
std::string local_place(const LocalEntry& e) {
    std::string out = fmt::format("area {}, {}", e.area, e.function);
    if (!e.evidence.empty()) out += "; evidence: " + e.evidence;
    if (!e.source.empty() || !e.locality.empty()) out += fmt::format("; from {} ({})", e.source, e.locality);
    return out;
}

std::string local_label(const ChangedLocal& m) {
    return m.a.statement == m.b.statement ? m.b.statement : m.a.statement + " -> " + m.b.statement;
}

void text_local_entries(std::string& out, const std::vector<LocalEntry>& list, char mark, const char* color,
                        const Colors& c, const DocumentSet& ctx) {
    std::string area;
    for (const LocalEntry& e : list) {
        if (e.area != area) out += fmt::format("  {}{}{}\n", c.bold, visible(area_label(e.area, ctx)), c.reset);
        area = e.area;
        out += fmt::format("    {}{} {}{}  [local: {}]\n", color, mark, visible(e.statement), c.reset,
                           visible(e.function));
    }
}

// Local competences: only when one side or the other has a change to show.
void text_local(std::string& out, const ProfileDiff& d, const Colors& c, const DocumentSet& ctx) {
    const auto section = [&](const char* title, const std::vector<LocalEntry>& list, char mark, const char* color) {
        if (list.empty()) return;
        out += fmt::format("\n{}{}{}\n", c.bold, title, c.reset);
        text_local_entries(out, list, mark, color, c, ctx);
    };
    section("Local competences only in a", d.local_only_a, '-', c.del);
    section("Local competences only in b", d.local_only_b, '+', c.add);
    if (d.local_changed.empty()) return;
    out += fmt::format("\n{}Local competences changed{}\n", c.bold, c.reset);
    for (const ChangedLocal& m : d.local_changed)
        out += fmt::format("    {}~ {}{}\n        a: {}\n        b: {}\n", c.move, visible(local_label(m)), c.reset,
                           visible(local_place(m.a)), visible(local_place(m.b)));
}

std::string profile_text(const ProfileDiff& d, const Colors& c, const DocumentSet& ctx) {
    std::string out = fmt::format("{}a: {}{}\n{}b: {}{}\n\n", c.bold, visible(side_label(d.a)), c.reset,
                                  c.bold, visible(side_label(d.b)), c.reset);
    out += fmt::format("NOS only in a: {}   only in b: {}   in both: {}   moved: {}", d.only_a.size(),
                       d.only_b.size(), d.both.size(), d.moved.size());
    if (!d.retitled.empty()) out += fmt::format("   retitled: {}", d.retitled.size());
    out += "\n";
    if (!d.local_only_a.empty() || !d.local_only_b.empty() || !d.local_changed.empty())
        out += fmt::format("Local competences only in a: {}   only in b: {}   changed: {}\n", d.local_only_a.size(),
                           d.local_only_b.size(), d.local_changed.size());
    const auto section = [&](const char* title, const std::vector<NosEntry>& list, char mark, const char* color) {
        if (list.empty()) return;
        out += fmt::format("\n{}{}{}\n", c.bold, title, c.reset);
        text_entries(out, list, mark, color, c, ctx);
    };
    section("Only in a", d.only_a, '-', c.del);
    section("Only in b", d.only_b, '+', c.add);
    section("In both", d.both, '=', "");
    text_pairs(out, d, c);
    text_local(out, d, c, ctx);
    text_fields(out, d.changed_fields, c);
    return out;
}

std::string revision_text(const RevisionDiff& d, const Colors& c) {
    std::string out = fmt::format("{}a: {}{}\n{}b: {}{}\n", c.bold, visible(side_label(d.a)), c.reset, c.bold,
                                  visible(side_label(d.b)), c.reset);
    if (!d.items.empty()) out += fmt::format("\n{}Items{}\n", c.bold, c.reset);
    for (const ItemChange& i : d.items) {
        const std::string id = visible(i.old_id.empty() ? i.id : i.old_id + " -> " + i.id);
        if (i.change == ItemChangeKind::added)
            out += fmt::format("  {}+ {} {}: {}{}\n", c.add, i.list, id, visible(i.new_text), c.reset);
        else if (i.change == ItemChangeKind::removed)
            out += fmt::format("  {}- {} {}: {}{}\n", c.del, i.list, id, visible(i.old_text), c.reset);
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

// --- pages (Markdown, HTML) ----------------------------------------------

// A section as a page's "Section" column shows it: "Core", "Role specific",
// "Facet Custody". Text reports and JSON use section_key; findings use
// detail::section_phrase.
std::string section_title(const ProfileSection& section) {
    switch (section.kind) {
        case SectionKind::core: return "Core";
        case SectionKind::role_specific: return "Role specific";
        case SectionKind::facet: return "Facet " + section.facet;
        case SectionKind::locality: return "Locality";
    }
    return "";
}

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

void page_fields(Page& page, const std::vector<FieldChange>& fields) {
    if (fields.empty()) return;
    page.heading(2, "Changed fields");
    for (const FieldChange& f : fields) {
        page.heading(3, f.field);
        Table t;
        t.header = {"", "Text"};
        t.css_class = "diff";
        for (const EditOp& op : f.lines)
            if (op.op != ' ' && !op.text.empty()) t.rows.push_back({Lines{op.op == '-' ? "−" : "+"}, Lines{op.text}});
        page.table(std::move(t));
    }
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
        changed.rows.push_back({Lines{local_label(m)}, Lines{local_place(m.a)}, Lines{local_place(m.b)}});
    page.table(std::move(changed));
}

Page profile_page(const ProfileDiff& d, const DocumentSet& ctx) {
    Page page;
    page.title = fmt::format("{} compared with {}", d.a.title, d.b.title);
    page.subtitle = fmt::format("a: {} · b: {}", side_label(d.a), side_label(d.b));
    page.frame = {page.title, "", "Comparison of role profiles", ""};
    Table counts;
    counts.header = {"Only in a", "Only in b", "In both", "Moved"};
    counts.rows.push_back({Lines{std::to_string(d.only_a.size())}, Lines{std::to_string(d.only_b.size())},
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
    page_fields(page, d.changed_fields);
    return page;
}

Page revision_page(const RevisionDiff& d) {
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
        items.rows.push_back({Lines{i.list}, Lines{i.old_id.empty() ? i.id : i.old_id + " → " + i.id},
                              Lines{std::string(change_name(i.change))}, Lines{text}});
    }
    if (!d.items.empty()) page.table(std::move(items));
    page.heading(2, "Mappings");
    if (d.mappings.empty()) page.note("No mapping changes.");
    Table maps;
    maps.header = {"From", "List", "Added", "Removed"};
    for (const MappingChange& m : d.mappings) maps.rows.push_back({Lines{m.from}, Lines{m.list}, m.added, m.removed});
    if (!d.mappings.empty()) page.table(std::move(maps));
    page_fields(page, d.changed_fields);
    return page;
}

std::string write_page(const Page& page, DiffFormat format) {
    if (format == DiffFormat::docx) return detail::page_to_docx(page);
    return format == DiffFormat::markdown ? detail::page_to_markdown(page) : detail::page_to_html(page);
}

}  // namespace

std::string word_diff_text(const std::vector<EditOp>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size();) {
        const char op = words[i].op;
        std::string run;
        for (; i < words.size() && words[i].op == op; ++i) run += (run.empty() ? "" : " ") + words[i].text;
        const std::string piece = op == '-' ? "[-" + run + "-]" : op == '+' ? "{+" + run + "+}" : run;
        out += (out.empty() ? "" : " ") + piece;
    }
    return out;
}

std::optional<DiffFormat> diff_format_of(OutputFormat format) {
    switch (format) {
        case OutputFormat::text: return DiffFormat::text;
        case OutputFormat::markdown: return DiffFormat::markdown;
        case OutputFormat::html: return DiffFormat::html;
        case OutputFormat::json: return DiffFormat::json;
        case OutputFormat::docx: return DiffFormat::docx;
        case OutputFormat::pdf: return DiffFormat::pdf;
        default: return std::nullopt;
    }
}

std::string render_profile_diff(const ProfileDiff& d, DiffFormat format, bool color, const DocumentSet& context) {
    switch (format) {
        case DiffFormat::json: return detail::profile_diff_json(d);
        case DiffFormat::text: return profile_text(d, colors(color), context);
        default: return write_page(profile_page(d, context), format);
    }
}

std::string render_revision_diff(const RevisionDiff& d, DiffFormat format, bool color) {
    switch (format) {
        case DiffFormat::json: return detail::revision_diff_json(d);
        case DiffFormat::text: return revision_text(d, colors(color));
        default: return write_page(revision_page(d), format);
    }
}

}  // namespace rolekit
