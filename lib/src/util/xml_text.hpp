#pragma once
// What XML 1.0 can hold: the one place that says so, for every XML rolekit
// writes (the JUnit report, the DOCX parts).

#include <string>
#include <string_view>

namespace rolekit::detail {

// `text` with every character XML 1.0 cannot hold, even as a character
// reference, replaced by U+FFFD: invalid UTF-8 (each bad byte), C0 control
// characters other than tab, LF and CR, and U+FFFE and U+FFFF. Escaping
// `&`, `<` and the rest is the XML library's job, not this one's.
std::string xml_text(std::string_view text);

}  // namespace rolekit::detail
