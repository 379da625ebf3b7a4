// The HTML backend: one self-contained page (inline CSS, no scripts, no
// external assets), semantic headings, <th scope> on tables, a print
// stylesheet for A4. Colours are written out, not CSS variables: WeasyPrint
// (a PDF engine, pdf.hpp) drops every declaration that uses one.

#include <fmt/format.h>

#include "render/markdown_html.hpp"
#include "render/render_blocks.hpp"
#include "render/svg_chart.hpp"

namespace rolekit::detail {

namespace {

constexpr std::string_view kStyle = R"(
* { box-sizing: border-box; }
body { margin: 0; color: #212b32; background: #fff;
  font: 16px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
header { border-bottom: 4px solid #005eb8; margin-bottom: 1.5rem; padding-bottom: 1rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .25rem; }
header p { margin: 0; color: #4c6272; font-size: 1.125rem; }
h2 { font-size: 1.375rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid #d8dde0; }
h3 { font-size: 1.125rem; margin: 1.5rem 0 .5rem; }
p, ul, ol { margin: 0 0 .75rem; }
.note { color: #4c6272; font-style: italic; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1rem; font-size: .9375rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .5rem .625rem; border: 1px solid #d8dde0; }
thead th { background: #005eb8; color: #fff; font-weight: 600; }
tbody tr:nth-child(even) td { background: #f0f4f5; }
tbody th { background: #e8edee; font-weight: 600; width: 16rem; }
table.competence-table td:nth-child(1) { width: 14rem; font-weight: 600; }
table.competence-table td:nth-child(2) { width: 17rem; }
.markdown p:last-child { margin-bottom: 0; }
table.diff td:first-child { width: 2.5rem; text-align: center; font-weight: 700; }
del { background: #fde2e1; color: #8a1c14; text-decoration: line-through; }
ins { background: #dcf3e3; color: #0b5b2c; text-decoration: underline; }
tbody tr.added td, tbody tr.added th { background: #e9f7ee; }
tbody tr.removed td, tbody tr.removed th { background: #fdeceb; }
tbody tr.moved td, tbody tr.moved th, tbody tr.changed td, tbody tr.changed th { background: #fff6d6; }
table.change-table td:nth-child(1) { width: 7.5rem; font-weight: 700; white-space: nowrap; }
table.change-table td:nth-child(2) { font-weight: 600; }
figure.chart { margin: 0 0 1.5rem; }
figure.chart figcaption { color: #4c6272; margin-bottom: .5rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; margin-bottom: .75rem; }
a { color: #005eb8; }
@media print {
  body { font-size: 10.5pt; line-height: 1.35; }
  main { max-width: none; padding: 0; }
  header { margin-bottom: 10pt; padding-bottom: 6pt; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; margin: 14pt 0 6pt; }
  h3 { font-size: 12pt; margin: 10pt 0 4pt; }
  p, ul, ol { margin: 0 0 6pt; }
  table { font-size: 10pt; margin: 0 0 8pt; }
  th, td { padding: 3pt 5pt; }
  h2, h3 { break-after: avoid; }
  tr, li, figure.chart svg { break-inside: avoid; }
  thead { display: table-header-group; }
  thead th { background: #fff; color: #212b32; border-bottom: 2px solid #212b32; }
  tbody tr:nth-child(even) td { background: none; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

// A4, with the page's frame in the margins (Chromium 131 and later, WeasyPrint):
// the running head at the top, the version and "Page N of M" at the bottom.
std::string page_rule(const PageFrame& frame) {
    constexpr std::string_view box_style =
        "font: 8.5pt/1.2 -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif; "
        "color: #4c6272;";
    std::string out = "@page { size: A4; margin: 18mm 14mm;\n";
    if (!frame.running_head.empty())
        out += fmt::format("  @top-left {{ content: {}; {} }}\n", css_string(frame.running_head), box_style);
    if (!frame.version.empty())
        out += fmt::format("  @bottom-left {{ content: {}; {} }}\n", css_string(frame.version), box_style);
    out += fmt::format("  @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); {} }}\n",
                       box_style);
    return out + "}\n";
}

std::string runs_html(const std::vector<TextRun>& runs) {
    std::string out;
    for (const TextRun& r : runs) {
        switch (r.mark) {
            case TextRun::Mark::kept: out += html_escape(r.text); break;
            case TextRun::Mark::deleted: out += "<del>" + html_escape(r.text) + "</del>"; break;
            case TextRun::Mark::inserted: out += "<ins>" + html_escape(r.text) + "</ins>"; break;
        }
    }
    return out;
}

std::string cell_html(const Cell& cell) {
    std::string out;
    for (const std::string& line : cell.lines) out += (out.empty() ? "" : "<br>") + html_escape(line);
    if (!cell.runs.empty()) out += (out.empty() ? "" : "<br>") + runs_html(cell.runs);
    return out;
}

std::string_view row_class(RowChange change) {
    switch (change) {
        case RowChange::none: return "";
        case RowChange::added: return " class=\"added\"";
        case RowChange::removed: return " class=\"removed\"";
        case RowChange::moved: return " class=\"moved\"";
        case RowChange::changed: return " class=\"changed\"";
    }
    return "";
}

std::string table_html(const Table& t) {
    std::string out = t.css_class.empty() ? "<table>\n"
                                          : fmt::format("<table class=\"{}\">\n", t.css_class);
    out += "<thead><tr>";
    for (const std::string& h : t.header) out += "<th scope=\"col\">" + html_escape(h) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const Row& row : t.rows) {
        out += fmt::format("<tr{}>", row_class(row.change));
        for (std::size_t i = 0; i < row.size(); ++i) {
            const bool header = t.row_headers && i == 0;
            out += header ? "<th scope=\"row\">" : "<td>";
            out += cell_html(row[i]);
            out += header ? "</th>" : "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

void list_html(const std::vector<ListItem>& items, std::string& out) {
    out += "<ul>\n";
    for (const ListItem& item : items) {
        out += "<li>" + html_escape(item.text);
        if (!item.children.empty()) {
            out += "\n";
            list_html(item.children, out);
        }
        out += "</li>\n";
    }
    out += "</ul>\n";
}

std::string block_html(const Block& b) {
    switch (b.kind) {
        case Block::Kind::heading:
            return fmt::format("<h{0}>{1}</h{0}>\n", b.level, html_escape(b.text));
        case Block::Kind::paragraph: return "<p>" + html_escape(b.text) + "</p>\n";
        case Block::Kind::note: return "<p class=\"note\">" + html_escape(b.text) + "</p>\n";
        case Block::Kind::markdown:
            return "<div class=\"markdown\">\n" + markdown_to_html(b.text) + "</div>\n";
        case Block::Kind::table: return table_html(b.table);
        case Block::Kind::list: {
            std::string out;
            list_html(b.items, out);
            return out;
        }
        case Block::Kind::changes: return "<p class=\"changes\">" + runs_html(b.runs) + "</p>\n";
        case Block::Kind::chart:
            // The SVG for the eye, the counts table as its visible text alternative.
            return "<figure class=\"chart\">\n<figcaption>" + html_escape(b.chart.title) + "</figcaption>\n" +
                   svg_chart(b.chart) + table_html(bar_chart_table(b.chart)) + "</figure>\n";
    }
    return {};
}

}  // namespace

std::string page_to_html(const Page& page) {
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n"
        "<meta name=\"generator\" content=\"rolekit\">\n<title>{}</title>\n<style>{}{}</style>\n"
        "</head>\n<body>\n<main>\n<header>\n<h1>{}</h1>\n",
        html_escape(page.title), kStyle, page_rule(page.frame), html_escape(page.title));
    if (!page.subtitle.empty()) out += "<p>" + html_escape(page.subtitle) + "</p>\n";
    out += "</header>\n";
    for (const Block& b : page.blocks) out += block_html(b);
    return out + "</main>\n</body>\n</html>\n";
}

}  // namespace rolekit::detail
