#pragma once
// Input text checks that yaml-cpp does not make: it passes invalid UTF-8 and
// C0 control characters straight into scalars, and reports NUL misleadingly.

#include <optional>
#include <string>
#include <string_view>

#include "rolekit/position.hpp"

namespace rolekit::detail {

struct TextProblem {
    Position pos;
    std::string message;
};

// Length of the valid UTF-8 sequence starting at s[i], or 0 if the bytes
// there are not valid UTF-8.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// `text` with every invalid UTF-8 sequence and every C0 control character
// other than tab and newline replaced by U+FFFD: safe to embed in any output.
std::string clean_text(std::string_view text);

// The first byte sequence that is not UTF-8 text fit for a YAML document
// (invalid UTF-8, NUL, or a C0 control other than tab, LF and CR).
std::optional<TextProblem> find_invalid_text(std::string_view text);

}  // namespace rolekit::detail
