#pragma once
// Markdown text (scope, experience, descriptors) to HTML with cmark-gfm.

#include <functional>
#include <string>
#include <string_view>

struct cmark_node;

namespace rolekit::detail {

// cmark-gfm in its safe mode with raw HTML shown as text, line breaks kept, links
// kept only for http, https and mailto (others become their text), images
// dropped (a self-contained page loads nothing).
std::string markdown_to_html(std::string_view markdown);

// The same policy applied to Markdown output: user Markdown is kept as
// Markdown (normalised by cmark-gfm's CommonMark writer), raw HTML becomes
// text, disallowed links become their text, images are dropped.
std::string markdown_to_safe_markdown(std::string_view markdown);

// Parses `markdown` under the same policy and hands the tree to `walk`
// (the DOCX writer builds its paragraphs from it); the tree is freed after.
// Nodes of the GFM extensions are told by cmark_node_get_type_string.
void with_safe_markdown(std::string_view markdown, const std::function<void(cmark_node*)>& walk);

// The entity that Markdown output writes for text[i], or empty when a
// backslash escape (or nothing) will do. `<`, `>` and `&` are always
// entities: GFM's extended URL autolinks (`http://`, `www.`)
// are found in the raw source and swallow a backslash that follows them, so
// `\<img` would become a live tag again, where an entity is never undone.
// For the same reason `:` after a letter and `.` after `www` are entities, so
// that no URL autolink starts and takes escapes into its link. (E-mail
// addresses are found after parsing, in the text, where no escape reaches;
// they can only become mailto: links of themselves.) `|` is an entity so that
// no table cell is ever split.
std::string_view markdown_entity(std::string_view text, std::size_t i);

// Document text fit for a page: CR LF and CR as LF; invalid UTF-8 and
// control characters (C0 but tab and LF, DEL, C1) as U+FFFD. A page printed
// to a terminal cannot act on it, and HTML has no place for control characters.
std::string page_text(std::string_view raw);

// &, <, >, " and ' as entities; invalid UTF-8 and control characters as U+FFFD.
std::string html_escape(std::string_view text);

// `text` as a quoted CSS string for a <style> element (a page's running head
// in its @page margin boxes): quotes, backslashes, line breaks, tabs and
// `<`, `>`, `&` as hex escapes (`\22 `, `\5c `, `\a `, `\3c `), so that
// nothing in it ends the string or the element; other control characters
// and invalid UTF-8 as U+FFFD (page_text).
std::string css_string(std::string_view text);

}  // namespace rolekit::detail
