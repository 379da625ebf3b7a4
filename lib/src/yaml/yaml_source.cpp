#include "yaml/yaml_source.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

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

// A line of the text, without its line break (and a `\r` before it).
std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t newline = std::min(text.find('\n', at), text.size());
        std::string_view line = text.substr(at, newline - at);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        at = newline + 1;
    }
    return lines;
}

// The line without a trailing comment and the blanks before it.
std::string_view without_comment(std::string_view line) {
    for (std::size_t i = 1; i < line.size(); ++i)
        if (line[i] == '#' && is_blank(line[i - 1])) {
            line = line.substr(0, i);
            break;
        }
    while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
    return line;
}

bool nothing_on(std::string_view line) {
    const std::string_view content = without_comment(line);
    const std::size_t at = content.find_first_not_of(" \t");
    return at == std::string_view::npos || content[at] == '#';
}

// `key: []` or `- key: {}` (blanks allowed inside the brackets): the column
// of the key and the text from it to the brackets' end, and which brackets.
struct EmptyFlow {
    std::size_t column = 0;
    std::string_view written;
    char open = '[';
};

std::optional<EmptyFlow> empty_flow(std::string_view line) {
    const std::string_view content = without_comment(line);
    if (content.empty() || (content.back() != ']' && content.back() != '}')) return std::nullopt;
    const char open = content.back() == ']' ? '[' : '{';
    std::size_t at = content.size() - 1;
    while (at > 0 && is_blank(content[at - 1])) --at;
    if (at == 0 || content[at - 1] != open) return std::nullopt;
    const std::size_t bracket = at - 1;
    std::size_t colon = bracket;
    while (colon > 0 && is_blank(content[colon - 1])) --colon;
    if (colon == 0 || colon == bracket || content[colon - 1] != ':') return std::nullopt;
    std::size_t key = skip_blanks(content, 0);
    while (key + 1 < content.size() && content[key] == '-' && is_blank(content[key + 1]))
        key = skip_blanks(content, key + 1);
    if (key >= colon - 1) return std::nullopt;
    return EmptyFlow{key, content.substr(key), open};
}

// Whether `line` is block content of a key at `column`: a `- ` entry at or
// right of its column, or a `key:` right of it.
bool under(std::string_view line, std::size_t column) {
    const std::string_view content = without_comment(line);
    const std::size_t indent = skip_blanks(content, 0);
    if (indent >= content.size()) return false;
    const bool entry =
        content[indent] == '-' && (indent + 1 == content.size() || is_blank(content[indent + 1]));
    if (entry) return indent >= column;
    return indent > column && content.find(':', indent) != std::string_view::npos;
}

}  // namespace

std::optional<std::string> flow_then_block_hint(std::string_view text, int error_line) {
    const std::vector<std::string_view> lines = lines_of(text);
    std::optional<std::string> hint;
    const std::size_t last =
        std::min(lines.size(), static_cast<std::size_t>(std::max(error_line, 0)));
    for (std::size_t i = 0; i < last; ++i) {
        const auto flow = empty_flow(lines[i]);
        if (!flow) continue;
        std::size_t next = i + 1;
        while (next < lines.size() && nothing_on(lines[next])) ++next;
        if (next >= lines.size() || !under(lines[next], flow->column)) continue;
        const bool list = flow->open == '[';
        hint = fmt::format(
            "`{}` on line {} is already a complete (empty) {}; delete the `{}` to write its {} "
            "below",
            flow->written, i + 1, list ? "list" : "mapping", list ? "[]" : "{}",
            list ? "items" : "keys");
    }
    return hint;
}

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
