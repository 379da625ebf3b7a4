#pragma once
// A page as a list of blocks, built once per document kind and written by one
// backend per format (render_markdown.cpp, render_html.cpp, docx/). User text stays
// raw in blocks; each backend escapes it for its own format.

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/document.hpp"
#include "rolekit/document_set.hpp"

namespace rolekit::detail {

struct ListItem {
    std::string text;
    std::vector<ListItem> children;
};

struct Table {
    std::vector<std::string> header;
    // Each cell is one or more lines of plain text.
    std::vector<std::vector<std::vector<std::string>>> rows;
    bool row_headers = false;  // first column labels its row (key/value tables)
    std::string css_class;     // e.g. "competence-table", for the HTML stylesheet
};

struct Block {
    enum class Kind { heading, paragraph, markdown, table, list, note };
    Kind kind = Kind::paragraph;
    int level = 0;     // headings
    std::string text;  // heading, paragraph, note (plain text); markdown (Markdown source)
    Table table;
    std::vector<ListItem> items;
};

// What a shared document (DOCX, PDF) prints around every page and keeps in
// its properties. Builders fill it; Markdown has no such place.
struct PageFrame {
    std::string running_head;  // page header: the role and its locality
    std::string version;  // footer, before "Page N of M": "Version 1.2", "Revision February 2023"
    std::string subject;  // document property: what kind of page this is
    std::string organisation;  // document property: whose document it is
};

// "January" to "December": dates in words, and a revision that is one.
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// A revision as a footer shows it: "Revised February 2023" and "Final
// February 2023" as they are, a bare date as "Revision February 2020 ...".
std::string revision_for_frame(std::string_view revision);

struct Page {
    std::string title;     // <title>, and the first heading
    std::string subtitle;  // shown under the title
    PageFrame frame;
    std::vector<Block> blocks;

    void heading(int level, std::string text);
    void paragraph(std::string text);
    void note(std::string text);  // a remark of rolekit's, e.g. "none added"
    void markdown(std::string source);
    void table(Table t);
    void list(std::vector<ListItem> items);
};

// Leaves out what holds no value, so that a page shows only what the document
// says: blank lines of cells, rows with no value (a key/value table's label
// alone), tables left with no rows, empty list items, and every heading whose
// section is left with nothing under it. render_document applies it to every
// page it renders.
void drop_empty(Page& page);

// Backends.
std::string page_to_markdown(const Page& page);
std::string page_to_html(const Page& page);
// A Word document (render/docx/): the zip's bytes. SOURCE_DATE_EPOCH, when
// set, dates the zip entries and the document properties.
std::string page_to_docx(const Page& page);

// Builders, one per kind (render_<kind>.cpp).
Page role_profile_page(const Document& doc, const DocumentSet& context);
Page competence_map_page(const Document& doc);
Page occupational_standard_page(const Document& doc);

}  // namespace rolekit::detail
