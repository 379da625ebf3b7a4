// Markdown fields (scope, experience, descriptors) as Word paragraphs, from
// cmark-gfm's tree after the HTML page's policy (markdown_html.hpp). Links
// keep only their text: a DOCX from rolekit holds no hyperlink and no field
// that document text made.

#include <cmark-gfm.h>

#include <string_view>

#include "render/docx/docx_parts.hpp"
#include "render/docx/docx_xml.hpp"
#include "render/markdown_html.hpp"

namespace rolekit::detail::docx {

namespace {

// Core nodes are told by cmark_node_type; the GFM extensions' nodes (table,
// strikethrough) have no public type value, only their names.
cmark_node_type kind(cmark_node* n) {
    return cmark_node_get_type(n);
}

std::string_view type_of(cmark_node* n) {
    const char* s = cmark_node_get_type_string(n);
    return s ? s : "";
}

std::string_view literal(cmark_node* n) {
    const char* s = cmark_node_get_literal(n);
    return s ? s : "";
}

// The inline content of `n` as runs of `p`.
void inlines(pugi::xml_node p, cmark_node* n, RunStyle style) {
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        const cmark_node_type k = kind(c);
        RunStyle s = style;
        if (k == CMARK_NODE_TEXT || k == CMARK_NODE_HTML_INLINE) {
            runs(p, literal(c), style);
        } else if (k == CMARK_NODE_SOFTBREAK || k == CMARK_NODE_LINEBREAK) {
            runs(p, "\n", style);  // line breaks are kept, as on the HTML page
        } else if (k == CMARK_NODE_CODE) {
            s.code = true;
            runs(p, literal(c), s);
        } else {
            s.italic = s.italic || k == CMARK_NODE_EMPH;
            s.bold = s.bold || k == CMARK_NODE_STRONG;
            s.strike = s.strike || type_of(c) == "strikethrough";
            inlines(p, c, s);  // links and anything else: their text
        }
    }
}

// The text of an inline tree on one line (a table cell).
std::string flat_text(cmark_node* n) {
    std::string out;
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        if (kind(c) == CMARK_NODE_SOFTBREAK || kind(c) == CMARK_NODE_LINEBREAK)
            out += ' ';
        else if (cmark_node_first_child(c))
            out += flat_text(c);
        else
            out += literal(c);
    }
    return out;
}

// A GFM table as a table block: its first row is the header.
void table(pugi::xml_node body, cmark_node* n) {
    Table t;
    for (cmark_node* r = cmark_node_first_child(n); r; r = cmark_node_next(r)) {
        std::vector<Cell> cells;
        for (cmark_node* c = cmark_node_first_child(r); c; c = cmark_node_next(c))
            cells.push_back(std::vector<std::string>{flat_text(c)});
        if (type_of(r) == "table_header") {
            for (const Cell& cell : cells) t.header.push_back(cell.lines.front());
        } else {
            t.rows.push_back(Row(std::move(cells)));
        }
    }
    append_table(body, t);
}

struct ListContext {
    int depth = -1;  // -1: not in a list
    bool ordered = false;
    int number = 0;      // an ordered item's number
    bool first = false;  // the item's first paragraph carries its bullet or number
};

void blocks(pugi::xml_node body, cmark_node* n, ListContext list, std::string_view style);

// A paragraph of a list item: the first carries the bullet (numbering.xml)
// or the number as text; the rest are indented as the item.
pugi::xml_node item_paragraph(pugi::xml_node body, ListContext& list) {
    pugi::xml_node p = paragraph(body, list.ordered ? "ListNumber" : "ListBullet");
    pugi::xml_node num = child(p.child("w:pPr"), "w:numPr");
    val(num, "w:ilvl", std::to_string(std::min(list.depth, 8)));
    val(num, "w:numId", list.first && !list.ordered ? "1" : "0");
    if (list.first && list.ordered) runs(p, std::to_string(list.number) + ". ");
    list.first = false;
    return p;
}

void list(pugi::xml_node body, cmark_node* n, ListContext outer) {
    ListContext l{outer.depth + 1, cmark_node_get_list_type(n) == CMARK_ORDERED_LIST,
                  cmark_node_get_list_start(n), false};
    for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
        l.first = true;
        blocks(body, item, l, "");
        ++l.number;
    }
}

void block(pugi::xml_node body, cmark_node* n, ListContext& list_ctx, std::string_view style) {
    const cmark_node_type k = kind(n);
    if (k == CMARK_NODE_PARAGRAPH) {
        inlines(list_ctx.depth >= 0 ? item_paragraph(body, list_ctx) : paragraph(body, style), n,
                {});
    } else if (k == CMARK_NODE_HEADING) {
        // A heading inside a field is bold text: the page's own headings
        // alone make the outline.
        inlines(paragraph(body, style), n, {.bold = true});
    } else if (k == CMARK_NODE_LIST) {
        list(body, n, list_ctx);
    } else if (k == CMARK_NODE_CODE_BLOCK || k == CMARK_NODE_HTML_BLOCK) {
        runs(paragraph(body, style), literal(n), {.code = k == CMARK_NODE_CODE_BLOCK});
    } else if (k == CMARK_NODE_BLOCK_QUOTE) {
        blocks(body, n, list_ctx, "Quote");
    } else if (type_of(n) == "table") {
        table(body, n);
    } else if (k == CMARK_NODE_THEMATIC_BREAK) {
        paragraph(body, style);
    } else {
        blocks(body, n, list_ctx, style);
    }
}

void blocks(pugi::xml_node body, cmark_node* n, ListContext list_ctx, std::string_view style) {
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c))
        block(body, c, list_ctx, style);
}

}  // namespace

void append_markdown(pugi::xml_node body, std::string_view source) {
    with_safe_markdown(source, [&](cmark_node* doc) { blocks(body, doc, {}, ""); });
}

}  // namespace rolekit::detail::docx
