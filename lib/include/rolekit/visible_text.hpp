#pragma once
// Text from documents, shown to a person: on a terminal, in a text report, in
// a log. Document text is data; it must never act on the reader's terminal
// (ESC sequences retitle or restyle it, a backspace hides what came before) or
// forge report lines (a newline inside an id). Every human-readable printer
// passes document text through one of these; the YAML and JSON outputs keep
// the exact text instead.

#include <string>
#include <string_view>

namespace rolekit {

// One line of text: every control character (C0 including tab, CR and LF, DEL,
// C1) and every bidirectional-override character is shown as an escape (`\n`,
// `\t`, `\r`, `\x1b`, `\u202e`); invalid UTF-8 becomes U+FFFD. A backslash is
// left as it is.
std::string visible(std::string_view text);

// Like `visible`, but keeps line breaks and tabs: for multi-line blocks (text
// fields, YAML excerpts) printed as they are.
std::string visible_block(std::string_view text);

}  // namespace rolekit
