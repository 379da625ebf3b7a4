#pragma once
// The YAML text around yaml-cpp's marks. yaml-cpp reports where its parser
// gave up, which for a missing closing quote or a tab in the indentation can
// be far from the mistake, or nowhere at all: it reads an unclosed quoted
// string to the end of the file and accepts it. These look at the source to
// say what the mistake is and where.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "rolekit/finding.hpp"

namespace rolekit::detail {

// The position `offset` bytes into `text`, counted on from `from`, which is
// the position of `text[start]`.
Position position_after(std::string_view text, std::size_t start, Position from,
                        std::size_t offset);

// A yaml-syntax finding for the quoted scalar whose node starts at `offset`
// (at `pos`; an anchor or tag before the quote is skipped), or nothing when
// the node is not quoted or its string is closed. A string is unterminated
// when no closing quote follows, or when a line it runs over is indented less
// than `min_indent` (one more than the column of the block collection it is
// in) or than the line it opens on: a string meant to go on would be indented
// more, so its closing quote is one meant to open another string.
std::optional<Finding> unterminated_quote(std::string_view text, std::size_t offset,
                                          Position pos, std::size_t min_indent);

// Where the tag of the node starting at `offset` (at `pos`) is: past an
// anchor written before it.
Position tag_position(std::string_view text, std::size_t offset, Position pos);

// The first tab in the indentation of the line holding `offset` (which is at
// `pos`), or nothing: yaml-cpp names an error there "illegal map value" or
// "illegal tab when looking for indentation", with no word of tabs.
std::optional<Position> indentation_tab(std::string_view text, std::size_t offset, Position pos);

// A hint for a syntax error reported on line `error_line` (1-based) when its
// likely cause is an empty flow collection with block content under it:
// `competences: []` and then `  - area: B` lines, which YAML reads as an
// empty list followed by lines that fit nowhere ("end of map not found").
// The last such key at or before the error line is named. Nothing when there
// is none.
std::optional<std::string> flow_then_block_hint(std::string_view text, int error_line);

}  // namespace rolekit::detail
