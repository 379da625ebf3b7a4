#include "yaml/yaml_source.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace rolekit::detail {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::size_t line_start(std::string_view text, std::size_t offset) {
    if (offset == 0) return 0;
    const auto newline = text.rfind('\n', offset - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t skip_blanks(std::string_view text, std::size_t i) {
    while (i < text.size() && is_blank(text[i])) ++i;
    return i;
}

// Past one node property (`&anchor` or `!tag`) and the blanks after it.
std::size_t skip_property(std::string_view text, std::size_t i) {
    while (i < text.size() && !is_blank(text[i]) && text[i] != '\n' && text[i] != '\r') ++i;
    while (i < text.size() && (is_blank(text[i]) || text[i] == '\n' || text[i] == '\r')) ++i;
    return i;
}

std::size_t skip_properties(std::string_view text, std::size_t i) {
    for (int k = 0; k < 2 && i < text.size() && (text[i] == '&' || text[i] == '!'); ++k)
        i = skip_property(text, i);
    return i;
}

// The number of spaces and tabs that start the line holding `offset`.
std::size_t line_indent(std::string_view text, std::size_t offset) {
    const std::size_t start = line_start(text, offset);
    return skip_blanks(text, start) - start;
}

// A line of a quoted string, starting at `start`, that is indented less than
// `min_indent`. Blank lines do not count: they are not indented at all.
bool under_indented(std::string_view text, std::size_t start, std::size_t min_indent) {
    const std::size_t content = skip_blanks(text, start);
    if (content >= text.size() || text[content] == '\n' || text[content] == '\r') return false;
    return content - start < min_indent;
}

// The offset of the quote that closes the string opened at `open`, or
// text.size(); `runaway` gets the start of its first line indented less than
// `min_indent` or than the line the string opens on, plus one (an anchor can
// put a block collection's mark, and so `min_indent`, right of its lines).
std::size_t closing_quote(std::string_view text, std::size_t open, std::size_t min_indent,
                          std::optional<std::size_t>& runaway) {
    const char quote = text[open];
    bool first_line = true;
    std::size_t i = open + 1;
    while (i < text.size()) {
        const char c = text[i];
        if (quote == '"' && c == '\\' && i + 1 < text.size() && text[i + 1] != '\n') {
            i += 2;  // an escape: `\"` does not close the string
            continue;
        }
        if (c == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                i += 2;  // `''` is a quote inside a single-quoted string
                continue;
            }
            return i;
        }
        if (c == '\n' && first_line) {
            // Only here, not for every string: the line can be long.
            min_indent = std::min(min_indent, line_indent(text, open) + 1);
            first_line = false;
        }
        if (c == '\n' && !runaway && under_indented(text, i + 1, min_indent)) runaway = i + 1;
        ++i;
    }
    return i;
}

}  // namespace

Position position_after(std::string_view text, std::size_t start, Position from,
                        std::size_t offset) {
    for (std::size_t i = start; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++from.line;
            from.column = 1;
        } else {
            ++from.column;
        }
    }
    return from;
}

std::optional<Finding> unterminated_quote(std::string_view text, std::size_t offset, Position pos,
                                          std::size_t min_indent) {
    const std::size_t open = skip_properties(text, offset);
    if (open >= text.size() || (text[open] != '"' && text[open] != '\'')) return std::nullopt;
    std::optional<std::size_t> runaway;
    const std::size_t close = closing_quote(text, open, min_indent, runaway);
    if (close < text.size() && !runaway) return std::nullopt;
    const Position at = position_after(text, offset, pos, open);
    const char quote = text[open];
    Finding f{"yaml-syntax",
              Severity::error,
              {},
              at,
              "unterminated quoted string",
              fmt::format("add the closing {} where the text ends", quote)};
    if (close < text.size()) {
        const Position end = position_after(text, open, at, close);
        f.message += fmt::format(": it runs on to the {} at line {}, column {}", quote, end.line,
                                 end.column);
        f.hint += "; a string that goes on over several lines must indent them further";
    }
    return f;
}

Position tag_position(std::string_view text, std::size_t offset, Position pos) {
    if (offset >= text.size() || text[offset] != '&') return pos;
    return position_after(text, offset, pos, skip_property(text, offset));
}

std::optional<Position> indentation_tab(std::string_view text, std::size_t offset, Position pos) {
    const std::size_t start = line_start(text, std::min(offset, text.size()));
    for (std::size_t i = start; i < text.size() && is_blank(text[i]); ++i)
        if (text[i] == '\t') return Position{pos.line, static_cast<int>(i - start) + 1};
    return std::nullopt;
}

}  // namespace rolekit::detail
