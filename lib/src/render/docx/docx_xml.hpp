#pragma once
// WordprocessingML pieces shared by the DOCX parts: every text goes into the
// tree as text (pugixml escapes it), after util/xml_text.hpp's replacement of
// what XML cannot hold.

#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "render/render_blocks.hpp"

namespace rolekit::detail::docx {

inline constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kR =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct RunStyle {
    bool bold = false;
    bool italic = false;
    bool strike = false;
    bool code = false;  // a monospaced font
    bool underline = false;
    std::string_view color = {};  // hex RGB ("8A1C14"); the text's own when empty
    std::string_view shade = {};  // hex RGB background; none when empty
};

// Marked words as Word shows a comparison: deleted struck through in red,
// inserted underlined in green (the sign is the line, the colour a help).
RunStyle mark_style(TextRun::Mark mark, RunStyle base = {});
void marked_runs(pugi::xml_node p, const std::vector<TextRun>& runs, RunStyle base = {});

// The part as UTF-8 bytes with the XML declaration Word writes.
std::string xml_bytes(const pugi::xml_document& doc);

// A new document whose root element is `name` (a w: element with the w and r
// namespaces declared).
pugi::xml_node root_element(pugi::xml_document& doc, const char* name);

// An attribute or element of the w: namespace, appended.
pugi::xml_node child(pugi::xml_node parent, const char* name);
void val(pugi::xml_node node, const char* name, std::string_view value);

// A paragraph with style `style` (none when empty).
pugi::xml_node paragraph(pugi::xml_node parent, std::string_view style);

// Runs of plain `text` in paragraph `p`: a line break for each LF, a tab for
// each tab. Nothing in the text is read as markup or a field.
void runs(pugi::xml_node p, std::string_view text, RunStyle style = {});

// A field (PAGE, NUMPAGES): rolekit's own, never from document text.
void field(pugi::xml_node p, const char* instruction, const char* shown);

}  // namespace rolekit::detail::docx
