#include "yaml/yaml_comments.hpp"

#include <algorithm>

namespace rolekit::detail {

namespace {

// A byte range of the source that is scalar text, not YAML structure.
struct Span {
    std::size_t begin;
    std::size_t end;
};

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

std::size_t line_end(std::string_view text, std::size_t i) {
    return std::min(text.find('\n', i), text.size());
}

std::size_t next_line(std::string_view text, std::size_t i) {
    return std::min(line_end(text, i) + 1, text.size());
}

// Past the anchor and tag yaml-cpp's mark may point at, and the blanks, line
// breaks and comments (`key: !!str # why` then the scalar on the next line)
// between them and the scalar.
std::size_t skip_properties(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        const char c = text[i];
        if (c == '&' || c == '!') {
            while (i < text.size() && !is_blank(text[i]) && text[i] != '\n' && text[i] != '\r') ++i;
        } else if (c == '#') {
            i = line_end(text, i);
        } else if (is_blank(c) || c == '\n' || c == '\r') {
            ++i;
        } else {
            break;
        }
    }
    return i;
}

// The offset just past the quote that closes the string opened at `open`;
// the end of the text when none does (yaml-cpp accepts a double-quoted string
// that is never closed).
std::size_t quoted_end(std::string_view text, std::size_t open) {
    const char quote = text[open];
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;  // an escape: `\"` and `\\` do not close the string
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;  // `''` is a quote inside a single-quoted string
                continue;
            }
            return i + 1;
        }
    }
    return text.size();
}

std::size_t leading_spaces(std::string_view text, std::size_t start) {
    std::size_t i = start;
    while (i < text.size() && text[i] == ' ') ++i;
    return i - start;
}

bool blank_line(std::string_view text, std::size_t start) {
    const std::size_t end = line_end(text, start);
    const std::size_t content = start + leading_spaces(text, start);
    return content >= end || (content + 1 == end && text[content] == '\r');
}

// The lines of the block scalar whose `|` or `>` is at `indicator`, as
// yaml-cpp reads them: an indentation indicator counts from the indentation of
// the collection the scalar is in; without one, the first lines (blank or
// not) set it, at least one more than that collection's column, and at least
// 1. The scalar ends before the first line that is not blank and is indented
// less: a `#` line indented less is a comment, one indented enough is text.
Span block_span(std::string_view text, std::size_t indicator, std::size_t min_indent) {
    const std::size_t begin = next_line(text, indicator);
    std::size_t indent = std::max<std::size_t>(1, min_indent);
    bool detect = true;
    for (std::size_t i = indicator + 1; i < text.size() && !is_blank(text[i]) && text[i] != '\n';
         ++i)
        if (text[i] >= '1' && text[i] <= '9') {
            indent =
                (min_indent > 0 ? min_indent - 1 : 0) + static_cast<std::size_t>(text[i] - '0');
            detect = false;
        }
    std::size_t at = begin;
    for (; at < text.size(); at = next_line(text, at)) {
        const std::size_t spaces = leading_spaces(text, at);
        if (blank_line(text, at)) {
            if (detect) indent = std::max(indent, spaces);
            continue;
        }
        if (spaces < indent) break;
        if (detect) indent = spaces;
        detect = false;
    }
    return {begin, at};
}

// The text of the non-plain scalars, in order.
std::vector<Span> scalar_spans(std::string_view source, const std::vector<ScalarStart>& scalars) {
    std::vector<Span> spans;
    for (const ScalarStart& s : scalars) {
        const std::size_t at = skip_properties(source, s.offset);
        if (at >= source.size()) continue;
        const char c = source[at];
        if (c == '"' || c == '\'') spans.push_back({at, quoted_end(source, at)});
        if (c == '|' || c == '>') spans.push_back(block_span(source, at, s.min_indent));
    }
    return spans;
}

// A `#` starts a comment at the start of a line or after a blank (`a#b` is
// text), when it is not inside a scalar.
bool starts_comment(std::string_view source, std::size_t i) {
    return source[i] == '#' && (i == 0 || is_blank(source[i - 1]) || source[i - 1] == '\n');
}

}  // namespace

std::vector<YamlComment> locate_comments(std::string_view source,
                                         const std::vector<ScalarStart>& scalars) {
    const std::vector<Span> spans = scalar_spans(source, scalars);
    std::vector<YamlComment> out;
    auto span = spans.begin();
    Position pos{1, 1};
    for (std::size_t i = 0; i < source.size(); ++i) {
        while (span != spans.end() && span->end <= i) ++span;
        const bool in_scalar = span != spans.end() && span->begin <= i;
        if (!in_scalar && starts_comment(source, i)) {
            std::size_t end = line_end(source, i);
            const std::size_t text_end = end > i + 1 && source[end - 1] == '\r' ? end - 1 : end;
            out.push_back({pos, source.substr(i + 1, text_end - i - 1)});
            pos.column += static_cast<int>(end - i);
            i = end - 1;  // the loop's ++i reaches the line break, or the end
            continue;
        }
        if (source[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return out;
}

std::vector<YamlComment> yaml_comments(std::string_view text) {
    const YamlParse parse = parse_yaml(text);
    if (!parse.root) return {};
    const std::string_view source = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
    return locate_comments(source, parse.scalars);
}

}  // namespace rolekit::detail
