#pragma once
// The parts of a DOCX package (docx_writer.cpp puts them in the zip).

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/docx/docx_zip.hpp"
#include "render/render_blocks.hpp"

namespace rolekit::detail::docx {

// The text width of an A4 page between rolekit's margins, in twentieths of
// a point: what a full-width table's columns share.
inline constexpr int kTextWidth = 11906 - 2 * 1134;

// word/document.xml: the title, the blocks, and the A4 section.
std::string document_xml(const Page& page);

// A table block as a full-width w:tbl appended to `body` (docx_body.cpp).
void append_table(pugi::xml_node body, const Table& t);

// Markdown source as paragraphs, lists and tables appended to `body`, under
// the HTML page's link, image and raw-HTML policy; links keep only their
// text (docx_markdown.cpp).
void append_markdown(pugi::xml_node body, std::string_view source);

// The fixed parts (docx_styles.cpp).
std::string styles_xml();
std::string numbering_xml();
std::string settings_xml();

// Every part of the package in its order (docx_package.cpp). `date` is a
// W3CDTF time for the core properties' created and modified, or none to
// leave them out.
std::vector<ZipEntry> package_parts(const Page& page, const std::optional<std::string>& date);

}  // namespace rolekit::detail::docx
