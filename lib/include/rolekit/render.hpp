#pragma once
// Documents as pages people read and print: GitHub-flavoured Markdown, or one
// self-contained HTML file.

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
enum class RenderFormat { markdown, html, pdf };

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
// out. Deterministic.
std::string render_document(const Document& doc, const DocumentSet& context, RenderFormat format);

}  // namespace rolekit
