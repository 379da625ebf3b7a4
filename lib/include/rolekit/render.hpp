#pragma once
// Documents as pages people read and print: GitHub-flavoured Markdown, one
// self-contained HTML file, or a Word document (DOCX: A4, Word's own styles,
// header and footer, document properties).

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "rolekit/document.hpp"
#include "rolekit/document_set.hpp"
#include "rolekit/output_format.hpp"

namespace rolekit {

// pdf: render_document writes the HTML page, which a PDF engine prints
// (print_pdf, pdf.hpp).
enum class RenderFormat { markdown, html, docx, pdf };

// The page of an output format (output_format.hpp, whose table lists what
// render writes); nothing for a format render does not write.
std::optional<RenderFormat> render_format_of(OutputFormat format);

// RoleProfile, CompetenceMap and OccupationalStandard can be rendered.
bool can_render(DocumentKind kind);

// Renders `doc` (a kind can_render accepts). `context` supplies what the page
// shows beside the document: area names from the functional map, the level
// descriptor from the career framework when the profile has none, the
// locality of the overlay that added each locality group, a local profile's
// national template (its title and level: ids are never shown), and the NOS
// codes of the catalogues. Rows, tables and sections with no value are left
// out. Deterministic: a DOCX's bytes depend only on the inputs and on
// SOURCE_DATE_EPOCH (its zip times and created/modified dates; without it
// 1980-01-01 and no dates). Returns the bytes of the file (binary for DOCX).
std::string render_document(const Document& doc, const DocumentSet& context, RenderFormat format);

// Why SOURCE_DATE_EPOCH, as the environment gives it, cannot date a Word
// document (not a number of seconds, or outside 1980 to 2107: the times a
// zip holds), or empty when it is unset or can. render_document leaves such
// a document undated; the command line refuses it (exit 2), as export does.
std::string docx_date_problem(const char* source_date_epoch);

}  // namespace rolekit
