#pragma once
// What `rolekit show` leaves out of a document: the comments that record how
// the built-in library encoded its seed documents ("Encoded from seed file:
// ../shared/seeds/000_….txt", the overlays' "# 003 (…)" passages). They name
// files and numbers that mean nothing to a user; every other comment stays.

#include <string>
#include <string_view>

namespace rolekit {

// Whether comment text (without its `#`s) cites a seed: it names a seed file
// (`seeds/` then a name like `003_158f8d14955859fe.txt`) or a seed by its
// number (a word of three digits starting with 0, like `003`).
bool cites_seed(std::string_view text);

// `text` without its encoding comments, by this rule (docs/show.md):
// - full-line comments form blocks (consecutive lines, `#` in one column);
//   a bare `#` line or a change of column ends a paragraph, and a paragraph
//   is split into sentences after each line that ends with a full stop
//   (`.`, or `.` and a closing quote or bracket);
// - a sentence that cites a seed is left out, all its lines;
// - a bare `#` line left first or last in its block, or after another, goes
//   too, and so does a blank line left at the start of the text or after
//   another blank line;
// - a comment after YAML on its line is left out when it cites a seed
//   (with the blanks before it).
// `rolekit-…` directives are never left out. A text that is not one
// well-formed YAML document is returned as it is: nothing in it can be
// trusted to be a comment. Only comment lines go, so the YAML is unchanged.
std::string without_encoding_comments(std::string_view text);

}  // namespace rolekit
