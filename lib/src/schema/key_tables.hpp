#pragma once
// The format's table as the key tables of docs/format.md: one Markdown table
// per shape (key, required, type, meaning). tests/format_docs_test.cpp holds
// the page to it, so the documentation cannot drift from what the loader
// reads.

#include <string>

#include "schema/document_shapes.hpp"

namespace rolekit::detail {

// A scalar read as text, as values and messages name it.
inline constexpr std::string_view kTextType = "text";

// What a value looks like, in the docs' words: text, whole number 1–9,
// list of *competence group*.
std::string value_words(const FieldShape& field);

// The shape's keys as a GFM table, ending in a newline.
std::string key_table_markdown(const Shape& shape);

}  // namespace rolekit::detail
