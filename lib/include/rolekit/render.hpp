#pragma once
// Documents as pages people read and print: GitHub-flavoured Markdown, or one
// self-contained HTML file.

#include <string>

#include "rolekit/document.hpp"
#include "rolekit/document_set.hpp"

namespace rolekit {

enum class RenderFormat { markdown, html };

// RoleProfile, CompetenceMap and OccupationalStandard can be rendered.
bool can_render(DocumentKind kind);

// Renders `doc` (a kind can_render accepts). `context` supplies what the page
// shows beside the document: area names from the functional map, the level
// descriptor from the career framework when the profile has none, the
// locality of the overlay that added each locality group. Deterministic.
std::string render_document(const Document& doc, const DocumentSet& context, RenderFormat format);

}  // namespace rolekit
