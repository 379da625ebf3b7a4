// The Markdown backend: GitHub-flavoured Markdown whose tables parse as tables
// and in which user text never becomes markup or live HTML.

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "render/markdown_html.hpp"
#include "render/render_blocks.hpp"

namespace rolekit::detail {

namespace {

// How s[i] must be written, or empty to write it as it is: an entity where
// markdown_entity says so, else a backslash before what could start markup
// inline (CommonMark allows one before any ASCII punctuation) and before list,
// heading and setext markers at the start.
std::string md_escape(std::string_view s, std::size_t i, std::size_t start) {
    if (const std::string_view entity = markdown_entity(s, i); !entity.empty())
        return std::string(entity);
    const char c = s[i];
    const bool escaped =
        std::string_view("\\`*_[]~#!$").find(c) != std::string_view::npos ||
        (i == start && std::string_view("-+=").find(c) != std::string_view::npos) ||
        // "1. Communication" is text, not an ordered list.
        ((c == '.' || c == ')') && i > start && s.find_first_not_of("0123456789", start) == i);
    return escaped ? std::string{'\\', c} : std::string{};
}

// One inline run of plain text: newlines, carriage returns and tabs become
// spaces, leading spaces go (they could start a code block), and nothing the
// user wrote becomes markup under any GFM parser (see md_escape).
std::string md_inline(std::string_view raw) {
    std::string flat(raw);
    std::replace_if(
        flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    const std::string s = page_text(flat);
    std::string out;
    std::size_t start = 0;
    while (start < s.size() && s[start] == ' ') ++start;
    for (std::size_t i = start; i < s.size(); ++i) {
        const std::string esc = md_escape(s, i, start);
        if (esc.empty())
            out += s[i];
        else
            out += esc;
    }
    return out;
}

// User Markdown stays Markdown, under the same link, image and raw-HTML
// policy as the HTML page; line breaks are kept (the templates' "i)" lists).
std::string md_block(std::string_view raw) {
    std::string out = markdown_to_safe_markdown(raw);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

// Deleted words as ~~old~~, inserted as **new** (GitHub's Markdown has no
// <ins>); kept words as they are.
std::string md_runs(const std::vector<TextRun>& runs) {
    std::string out;
    for (const TextRun& r : runs) {
        switch (r.mark) {
            case TextRun::Mark::kept:
                // md_inline drops leading spaces; here one parts two marked runs.
                if (r.text.starts_with(' ') && !out.empty()) out += ' ';
                out += md_inline(r.text);
                break;
            case TextRun::Mark::deleted: out += "~~" + md_inline(r.text) + "~~"; break;
            case TextRun::Mark::inserted: out += "**" + md_inline(r.text) + "**"; break;
        }
    }
    return out;
}

std::string md_cell(const Cell& cell) {
    std::string out;
    for (const std::string& line : cell.lines) out += (out.empty() ? "" : "<br>") + md_inline(line);
    if (!cell.runs.empty()) out += (out.empty() ? "" : "<br>") + md_runs(cell.runs);
    return out.empty() ? " " : out;
}

std::string md_row(const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const std::string& c : cells) out += " " + c + " |";
    return out + "\n";
}

std::string md_table(const Table& t) {
    std::vector<std::string> header, rule;
    for (const std::string& h : t.header) {
        header.push_back(md_inline(h));
        rule.push_back("---");
    }
    std::string out = md_row(header) + md_row(rule);
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        for (const auto& cell : row) cells.push_back(md_cell(cell));
        out += md_row(cells);
    }
    return out;
}

void md_list(const std::vector<ListItem>& items, int depth, std::string& out) {
    for (const ListItem& item : items) {
        out += fmt::format("{}- {}\n", std::string(depth * 2, ' '), md_inline(item.text));
        md_list(item.children, depth + 1, out);
    }
}

std::string md_block_of(const Block& b) {
    switch (b.kind) {
        case Block::Kind::heading: return std::string(b.level, '#') + " " + md_inline(b.text) + "\n";
        case Block::Kind::paragraph: return md_inline(b.text) + "\n";
        case Block::Kind::note: return "*" + md_inline(b.text) + "*\n";
        case Block::Kind::markdown: return md_block(b.text) + "\n";
        case Block::Kind::table: return md_table(b.table);
        case Block::Kind::list: {
            std::string out;
            md_list(b.items, 0, out);
            return out;
        }
        case Block::Kind::changes: return md_runs(b.runs) + "\n";
        case Block::Kind::chart: return "*" + md_inline(b.chart.title) + "*\n\n" + md_table(bar_chart_table(b.chart));
    }
    return {};
}

}  // namespace

std::string page_to_markdown(const Page& page) {
    std::string out = "# " + md_inline(page.title) + "\n";
    if (!page.subtitle.empty()) out += "\n" + md_inline(page.subtitle) + "\n";
    for (const Block& b : page.blocks) out += "\n" + md_block_of(b);
    return out;
}

}  // namespace rolekit::detail
