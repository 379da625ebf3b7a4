#pragma once
// A page as a list of blocks, built once per document kind and written by one
// backend per format (render_markdown.cpp, render_html.cpp, docx/). User text stays
// raw in blocks; each backend escapes it for its own format.

#include <array>
#include <cstddef>
#include <initializer_list>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/diff.hpp"
#include "rolekit/document.hpp"
#include "rolekit/document_set.hpp"

namespace rolekit::detail {

struct ListItem {
    std::string text;
    std::vector<ListItem> children;
};

// Words of a changed text: kept, only in the first document (deleted) or
// only in the second (inserted). Each backend marks them its own way: <del>
// and <ins>, ~~old~~ and **new**, struck and underlined runs.
struct TextRun {
    enum class Mark { kept, deleted, inserted };
    Mark mark = Mark::kept;
    std::string text;
};

// Runs from a word diff (diff_sequences of split_words): neighbours with one
// mark joined, words separated by spaces.
std::vector<TextRun> text_runs(const std::vector<EditOp>& words);

// One table cell: lines of plain text, then (when not empty) one line of
// marked words.
struct Cell {
    std::vector<std::string> lines;
    std::vector<TextRun> runs;

    Cell() = default;
    Cell(std::vector<std::string> l) : lines(std::move(l)) {}  // NOLINT: Lines{...} is a cell
    Cell(std::vector<TextRun> r) : runs(std::move(r)) {}       // NOLINT
    bool empty() const { return lines.empty() && runs.empty(); }
};

// What a row of a comparison shows, for colour (HTML, DOCX); the row's own
// text says it too, in a sign and a word, for readers and printers without colour.
enum class RowChange { none, added, removed, moved, changed };

struct Row {
    std::vector<Cell> cells;
    RowChange change = RowChange::none;

    Row() = default;
    Row(std::initializer_list<Cell> c) : cells(c) {}
    Row(std::vector<Cell> c, RowChange ch = RowChange::none) : cells(std::move(c)), change(ch) {}
    std::size_t size() const { return cells.size(); }
    const Cell& operator[](std::size_t i) const { return cells[i]; }
    auto begin() const { return cells.begin(); }
    auto end() const { return cells.end(); }
};

struct Table {
    std::vector<std::string> header;
    std::vector<Row> rows;
    bool row_headers = false;  // first column labels its row (key/value tables)
    std::string css_class;     // e.g. "competence-table", for the HTML stylesheet
};

// Where two documents differ, group by group (functional-map areas): one bar
// each, in three parts. HTML draws it as inline SVG; the other backends, and
// HTML's text alternative, as a table of the counts.
struct Bar {
    std::string label;
    std::size_t first = 0;   // only in the first document
    std::size_t both = 0;    // in both
    std::size_t second = 0;  // only in the second
};

struct BarChart {
    std::string title;        // what it shows, in words: the figure's caption
    std::string first_name;   // legend: the first document
    std::string second_name;  // and the second
    std::vector<Bar> bars;
};

// The chart's counts as a table: the text alternative of every backend.
Table bar_chart_table(const BarChart& chart);

struct Block {
    enum class Kind { heading, paragraph, markdown, table, list, note, changes, chart };
    Kind kind = Kind::paragraph;
    int level = 0;     // headings
    std::string text;  // heading, paragraph, note (plain text); markdown (Markdown source)
    Table table;
    std::vector<ListItem> items;
    std::vector<TextRun> runs;  // changes: a paragraph of marked words
    BarChart chart;
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
    void changes(std::vector<TextRun> runs);
    void chart(BarChart chart);
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
