#include "rolekit/render.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <string_view>

#include "render/render_blocks.hpp"

namespace rolekit {

namespace {

}  // namespace

std::optional<RenderFormat> render_format_of(OutputFormat format) {
    switch (format) {
        case OutputFormat::markdown: return RenderFormat::markdown;
        case OutputFormat::html: return RenderFormat::html;
        case OutputFormat::docx: return RenderFormat::docx;
        case OutputFormat::pdf: return RenderFormat::pdf;
        default: return std::nullopt;
    }
}

namespace detail {

std::string revision_for_frame(std::string_view revision) {
    if (revision.empty()) return {};
    const std::string_view first = revision.substr(0, revision.find(' '));
    const bool bare_date = std::isdigit(static_cast<unsigned char>(first[0])) ||
                           std::find(kMonthNames.begin(), kMonthNames.end(), first) != kMonthNames.end();
    return bare_date ? "Revision " + std::string(revision) : std::string(revision);
}

void Page::heading(int level, std::string text) {
    Block b;
    b.kind = Block::Kind::heading;
    b.level = level;
    b.text = std::move(text);
    blocks.push_back(std::move(b));
}

void Page::paragraph(std::string text) {
    if (text.empty()) return;
    Block b;
    b.kind = Block::Kind::paragraph;
    b.text = std::move(text);
    blocks.push_back(std::move(b));
}

void Page::note(std::string text) {
    Block b;
    b.kind = Block::Kind::note;
    b.text = std::move(text);
    blocks.push_back(std::move(b));
}

void Page::markdown(std::string source) {
    if (source.empty()) return;
    Block b;
    b.kind = Block::Kind::markdown;
    b.text = std::move(source);
    blocks.push_back(std::move(b));
}

void Page::table(Table t) {
    Block b;
    b.kind = Block::Kind::table;
    b.table = std::move(t);
    blocks.push_back(std::move(b));
}

void Page::list(std::vector<ListItem> items) {
    if (items.empty()) return;
    Block b;
    b.kind = Block::Kind::list;
    b.items = std::move(items);
    blocks.push_back(std::move(b));
}

namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// A row has a value when a cell other than its label (a key/value table's
// first column) holds a line.
bool has_value(const Row& row, bool row_headers) {
    for (std::size_t i = row_headers ? 1 : 0; i < row.size(); ++i)
        if (!row[i].empty()) return true;
    return false;
}

void drop_empty_rows(Table& t) {
    for (Row& row : t.rows)
        for (Cell& cell : row.cells)
            std::erase_if(cell.lines, [](const std::string& line) { return blank(line); });
    std::erase_if(t.rows, [&](const auto& row) { return !has_value(row, t.row_headers); });
}

void drop_empty_items(std::vector<ListItem>& items) {
    for (ListItem& item : items) drop_empty_items(item.children);
    std::erase_if(items, [](const ListItem& item) { return blank(item.text) && item.children.empty(); });
}

// Whether a block is left with nothing to show (a heading is judged by its
// section, below).
bool drop_if_empty(Block& b) {
    switch (b.kind) {
        case Block::Kind::heading: return false;
        case Block::Kind::paragraph:
        case Block::Kind::note:
        case Block::Kind::markdown: return blank(b.text);
        case Block::Kind::table: drop_empty_rows(b.table); return b.table.rows.empty();
        case Block::Kind::list: drop_empty_items(b.items); return b.items.empty();
        case Block::Kind::changes: return b.runs.empty();
        case Block::Kind::chart: return b.chart.bars.empty();
    }
    return false;
}

// From the end: a heading is kept when something is shown between it and the
// next heading of its level or above. content[l] says whether a block was
// kept since the last kept heading of level l or above.
void drop_empty_sections(std::vector<Block>& blocks) {
    std::array<bool, 8> content{};
    std::vector<Block> kept;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
        if (it->kind != Block::Kind::heading) {
            content.fill(true);
        } else {
            const int level = std::clamp(it->level, 1, 7);
            if (!content[level]) continue;
            std::fill(content.begin() + level, content.end(), false);
        }
        kept.push_back(std::move(*it));
    }
    std::reverse(kept.begin(), kept.end());
    blocks = std::move(kept);
}

}  // namespace

void drop_empty(Page& page) {
    std::erase_if(page.blocks, drop_if_empty);
    drop_empty_sections(page.blocks);
}

}  // namespace detail

bool can_render(DocumentKind kind) {
    return kind == DocumentKind::role_profile || kind == DocumentKind::competence_map ||
           kind == DocumentKind::occupational_standard;
}

std::string render_document(const Document& doc, const DocumentSet& context, RenderFormat format) {
    detail::Page page;
    switch (doc.kind) {
        case DocumentKind::role_profile: page = detail::role_profile_page(doc, context); break;
        case DocumentKind::competence_map: page = detail::competence_map_page(doc); break;
        case DocumentKind::occupational_standard: page = detail::occupational_standard_page(doc); break;
        default: return {};
    }
    detail::drop_empty(page);
    switch (format) {
        case RenderFormat::markdown: return detail::page_to_markdown(page);
        case RenderFormat::html:
        case RenderFormat::pdf: return detail::page_to_html(page);  // printed by a PDF engine
        case RenderFormat::docx: return detail::page_to_docx(page);
    }
    return {};
}

}  // namespace rolekit
