// word/document.xml from a page's blocks.

#include <algorithm>
#include <numeric>

#include "io/utf8.hpp"
#include "render/docx/docx_parts.hpp"
#include "render/docx/docx_xml.hpp"

namespace rolekit::detail::docx {

namespace {

// Page headings start at level 2 (the title is level 1): ## is Heading 1.
std::string heading_style(int level) {
    return "Heading" + std::to_string(std::clamp(level - 1, 1, 3));
}

// Characters of the widest line of a column, counted in code points.
std::size_t text_width(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The longest word of a line: a column narrower than it breaks the word.
std::size_t longest_word(std::string_view line) {
    std::size_t longest = 0;
    for (std::size_t start = 0; start < line.size();) {
        const std::size_t end = std::min(line.find(' ', start), line.size());
        longest = std::max(longest, text_width(line.substr(start, end - start)));
        start = end + 1;
    }
    return longest;
}

// About one character of 11-point Arial, bold, and a cell's left and right
// margins (the table style's 108 each), in twentieths of a point.
constexpr int kCharWidth = 125;
constexpr int kCellMargins = 216;

struct ColumnNeeds {
    std::size_t line = 8;  // characters of its longest line, 8 to 40
    std::size_t word = 0;  // characters of its longest word
};

std::vector<ColumnNeeds> column_needs(const Table& t) {
    std::vector<ColumnNeeds> needs(t.header.size());
    const auto widen = [&](std::size_t col, std::string_view line) {
        if (col >= needs.size()) return;
        needs[col].line = std::max(needs[col].line, std::min<std::size_t>(text_width(line), 40));
        needs[col].word = std::max(needs[col].word, longest_word(line));
    };
    for (std::size_t c = 0; c < t.header.size(); ++c) widen(c, t.header[c]);
    for (const Row& row : t.rows)
        for (std::size_t c = 0; c < row.size(); ++c) {
            for (const std::string& line : row[c].lines) widen(c, line);
            std::string words;
            for (const TextRun& r : row[c].runs) words += r.text;
            widen(c, words);
        }
    return needs;
}

// Each column first gets room for its longest word (no word is broken where
// the page has room), then the rest of the text width in proportion to its
// longest line: a "Section" column stays narrow, a title column gets the
// room. The widths add up to the text width.
std::vector<int> column_widths(const Table& t) {
    const std::vector<ColumnNeeds> needs = column_needs(t);
    std::vector<int> widths;
    std::size_t lines = 0;
    for (const ColumnNeeds& n : needs) {
        widths.push_back(static_cast<int>(n.word + 1) * kCharWidth + kCellMargins);
        lines += n.line;
    }
    const int minimum = std::accumulate(widths.begin(), widths.end(), 0);
    const int spare = kTextWidth - minimum;
    int used = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        if (spare >= 0)
            widths[c] += static_cast<int>(static_cast<std::size_t>(spare) * needs[c].line /
                                          std::max<std::size_t>(lines, 1));
        else  // the words do not fit: shrink every column alike
            widths[c] = widths[c] * kTextWidth / minimum;
        if (c + 1 == widths.size()) widths[c] = kTextWidth - used;
        used += widths[c];
    }
    return widths;
}

// A comparison row's colour, as HTML's stylesheet has it.
std::string_view row_fill(RowChange change) {
    switch (change) {
        case RowChange::none: return "";
        case RowChange::added: return "E9F7EE";
        case RowChange::removed: return "FDECEB";
        case RowChange::moved:
        case RowChange::changed: return "FFF6D6";
    }
    return "";
}

void cell(pugi::xml_node tr, int width, const Cell& content, RunStyle style, std::string_view fill = "") {
    pugi::xml_node tc = child(tr, "w:tc");
    pugi::xml_node pr = child(tc, "w:tcPr");
    pugi::xml_node w = child(pr, "w:tcW");
    w.append_attribute("w:w") = width;
    w.append_attribute("w:type") = "dxa";
    if (!fill.empty()) {
        pugi::xml_node shd = child(pr, "w:shd");
        shd.append_attribute("w:val") = "clear";
        shd.append_attribute("w:color") = "auto";
        shd.append_attribute("w:fill") = std::string(fill).c_str();
    }
    // A cell needs a paragraph even when empty; each line is its own paragraph.
    if (content.empty()) paragraph(tc, "TableText");
    for (const std::string& line : content.lines) runs(paragraph(tc, "TableText"), line, style);
    if (!content.runs.empty()) marked_runs(paragraph(tc, "TableText"), content.runs, style);
}

// Every row is kept on one page; the header row repeats on each page.
pugi::xml_node row(pugi::xml_node tbl, bool header) {
    pugi::xml_node tr = child(tbl, "w:tr");
    pugi::xml_node pr = child(tr, "w:trPr");
    child(pr, "w:cantSplit");
    if (header) child(pr, "w:tblHeader");
    return tr;
}

void table_properties(pugi::xml_node tbl, const std::vector<int>& widths) {
    pugi::xml_node pr = child(tbl, "w:tblPr");
    val(pr, "w:tblStyle", "TableGrid");
    pugi::xml_node w = child(pr, "w:tblW");
    w.append_attribute("w:w") = 5000;
    w.append_attribute("w:type") = "pct";
    child(pr, "w:tblLayout").append_attribute("w:type") = "fixed";
    pugi::xml_node look = child(pr, "w:tblLook");
    look.append_attribute("w:val") = "04A0";
    look.append_attribute("w:firstRow") = 1;
    look.append_attribute("w:firstColumn") = 0;
    pugi::xml_node grid = child(tbl, "w:tblGrid");
    for (int width : widths) child(grid, "w:gridCol").append_attribute("w:w") = width;
}

void list_items(pugi::xml_node body, const std::vector<ListItem>& items, int depth) {
    for (const ListItem& item : items) {
        pugi::xml_node p = paragraph(body, "ListBullet");
        pugi::xml_node num = child(p.child("w:pPr"), "w:numPr");
        val(num, "w:ilvl", std::to_string(std::min(depth, 8)));
        val(num, "w:numId", "1");
        runs(p, item.text);
        list_items(body, item.children, depth + 1);
    }
}

void append_block(pugi::xml_node body, const Block& b) {
    switch (b.kind) {
        case Block::Kind::heading:
            runs(paragraph(body, heading_style(b.level)), b.text);
            return;
        case Block::Kind::paragraph:
            runs(paragraph(body, ""), b.text);
            return;
        case Block::Kind::note:
            runs(paragraph(body, "Note"), b.text);
            return;
        case Block::Kind::markdown:
            append_markdown(body, b.text);
            return;
        case Block::Kind::table:
            append_table(body, b.table);
            return;
        case Block::Kind::list:
            list_items(body, b.items, 0);
            return;
        case Block::Kind::changes:
            marked_runs(paragraph(body, ""), b.runs);
            return;
        case Block::Kind::chart:
            runs(paragraph(body, "Note"), b.chart.title);
            append_table(body, bar_chart_table(b.chart));
            return;
    }
}

// A4 portrait, 2 cm margins; the header and footer of package_parts.
void section(pugi::xml_node body) {
    pugi::xml_node s = child(body, "w:sectPr");
    for (const char* kind : {"w:headerReference", "w:footerReference"}) {
        pugi::xml_node ref = child(s, kind);
        ref.append_attribute("w:type") = "default";
        ref.append_attribute("r:id") = kind[2] == 'h' ? "rIdHeader" : "rIdFooter";
    }
    pugi::xml_node size = child(s, "w:pgSz");
    size.append_attribute("w:w") = 11906;
    size.append_attribute("w:h") = 16838;
    pugi::xml_node m = child(s, "w:pgMar");
    for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"})
        m.append_attribute(side) = 1134;
    m.append_attribute("w:header") = 567;
    m.append_attribute("w:footer") = 567;
    m.append_attribute("w:gutter") = 0;
}

}  // namespace

void append_table(pugi::xml_node body, const Table& t) {
    const std::vector<int> widths = column_widths(t);
    pugi::xml_node tbl = child(body, "w:tbl");
    table_properties(tbl, widths);
    pugi::xml_node head = row(tbl, true);
    for (std::size_t c = 0; c < widths.size(); ++c)
        cell(head, widths[c], std::vector<std::string>{c < t.header.size() ? t.header[c] : ""}, {.bold = true});
    for (const Row& r : t.rows) {
        pugi::xml_node tr = row(tbl, false);
        for (std::size_t c = 0; c < widths.size(); ++c)
            cell(tr, widths[c], c < r.size() ? r[c] : Cell{}, {.bold = t.row_headers && c == 0},
                 row_fill(r.change));
    }
    // Word joins two tables that touch: a paragraph keeps them apart.
    paragraph(body, "");
}

std::string document_xml(const Page& page) {
    pugi::xml_document doc;
    pugi::xml_node body = child(root_element(doc, "w:document"), "w:body");
    runs(paragraph(body, "Title"), page.title);
    if (!page.subtitle.empty()) runs(paragraph(body, "Subtitle"), page.subtitle);
    for (const Block& b : page.blocks) append_block(body, b);
    section(body);
    return xml_bytes(doc);
}

}  // namespace rolekit::detail::docx
