#pragma once
// Markdown text (scope, experience, descriptors) to HTML with cmark-gfm.

#include <string>
#include <string_view>

namespace rolekit::detail {

// cmark-gfm in its safe mode with raw HTML shown as text, line breaks kept, links
// kept only for http, https and mailto (others become their text), images
// dropped (a self-contained page loads nothing).
std::string markdown_to_html(std::string_view markdown);

// The same policy applied to Markdown output: user Markdown is kept as
// Markdown (normalised by cmark-gfm's CommonMark writer), raw HTML becomes
// text, disallowed links become their text, images are dropped.
std::string markdown_to_safe_markdown(std::string_view markdown);

// &, <, >, " and ' as entities; invalid UTF-8 and control characters as U+FFFD.
std::string html_escape(std::string_view text);

}  // namespace rolekit::detail
