#include "rolekit/encoding_comments.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "yaml/yaml_comments.hpp"

namespace rolekit {

namespace {

bool digit(char c) {
    return c >= '0' && c <= '9';
}
bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}
bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

// `seeds/000_bbe079d08a8633a7.txt`: three digits, `_`, a name, `.txt`.
bool names_seed_file(std::string_view text) {
    for (std::size_t at = text.find("seeds/"); at != std::string_view::npos;
         at = text.find("seeds/", at + 1)) {
        const std::string_view rest = text.substr(at + 6);
        if (rest.size() < 9 || !digit(rest[0]) || !digit(rest[1]) || !digit(rest[2]) ||
            rest[3] != '_')
            continue;
        std::size_t i = 4;
        while (i < rest.size() && std::isalnum(static_cast<unsigned char>(rest[i])) != 0) ++i;
        if (i > 4 && rest.substr(i, 4) == ".txt") return true;
    }
    return false;
}

// `003`: a word of exactly three digits, the first 0.
bool names_seed_number(std::string_view text) {
    for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
        if (text[i] != '0' || !digit(text[i + 1]) || !digit(text[i + 2])) continue;
        const bool starts = i == 0 || !word_char(text[i - 1]);
        const bool ends = i + 3 == text.size() || !word_char(text[i + 3]);
        if (starts && ends) return true;
    }
    return false;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

bool directive(std::string_view comment) {
    return trimmed(comment).substr(0, 8) == "rolekit-";
}

// A line that ends a sentence: `.`, then perhaps closing quotes and brackets.
bool ends_sentence(std::string_view comment) {
    std::string_view s = trimmed(comment);
    for (bool more = true; more;) {
        more = false;
        for (std::string_view closer : {")", "\"", "'", "\u201d", "\u2019"})
            if (s.size() > closer.size() && s.substr(s.size() - closer.size()) == closer) {
                s.remove_suffix(closer.size());
                more = true;
            }
    }
    return !s.empty() && s.back() == '.';
}

struct Line {
    std::size_t begin = 0;
    std::size_t end = 0;   // before the line break (and a `\r` before it)
    std::size_t next = 0;  // the next line's start
    int column = -1;       // of the `#` of a comment alone on the line
    std::string_view comment;
    std::size_t trailing = std::string_view::npos;  // the `#` of a comment after YAML
    bool drop = false;
    bool bare() const { return column >= 0 && trimmed(comment).empty(); }
};

std::vector<Line> lines_of(std::string_view text) {
    std::vector<Line> lines;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t newline = std::min(text.find('\n', at), text.size());
        Line line;
        line.begin = at;
        line.end = newline;
        line.next = std::min(newline + 1, text.size());
        if (line.end > at && text[line.end - 1] == '\r') --line.end;
        lines.push_back(line);
        at = line.next;
    }
    return lines;
}

void place_comments(std::string_view text, std::vector<Line>& lines) {
    std::size_t l = 0;
    for (const detail::YamlComment& c : detail::yaml_comments(text)) {
        const auto hash = static_cast<std::size_t>(c.text.data() - text.data()) - 1;
        while (l + 1 < lines.size() && lines[l].next <= hash) ++l;
        Line& line = lines[l];
        const bool alone = std::all_of(text.begin() + static_cast<std::ptrdiff_t>(line.begin),
                                       text.begin() + static_cast<std::ptrdiff_t>(hash), blank);
        if (alone) line.column = static_cast<int>(hash - line.begin);
        if (!alone) line.trailing = hash;
        line.comment = c.text;
    }
}

// Leaves out the sentence of lines [first, last) when it cites a seed.
void judge(std::vector<Line>& lines, std::size_t first, std::size_t last) {
    std::string sentence;
    for (std::size_t i = first; i < last; ++i) sentence += std::string(lines[i].comment) + " ";
    if (!cites_seed(sentence)) return;
    for (std::size_t i = first; i < last; ++i) lines[i].drop = true;
}

// The sentences of the block of full-line comments [first, last).
void judge_block(std::vector<Line>& lines, std::size_t first, std::size_t last) {
    std::size_t start = first;
    for (std::size_t i = first; i < last; ++i) {
        const bool alone = lines[i].bare() || directive(lines[i].comment);
        if (alone) {
            judge(lines, start, i);
            start = i + 1;
        } else if (ends_sentence(lines[i].comment) || i + 1 == last) {
            judge(lines, start, i + 1);
            start = i + 1;
        }
    }
}

// A bare `#` stays only between two kept lines of its block with words.
void tidy_block(std::vector<Line>& lines, std::size_t first, std::size_t last) {
    bool words_before = false;
    for (std::size_t i = first; i < last; ++i) {
        if (lines[i].drop) continue;
        if (!lines[i].bare()) {
            words_before = true;
            continue;
        }
        const bool words_after = std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                             lines.begin() + static_cast<std::ptrdiff_t>(last),
                                             [](const Line& l) { return !l.drop && !l.bare(); });
        lines[i].drop = !words_before || !words_after;
        words_before = false;  // a second bare line in a row goes
    }
}

void judge_comments(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size();) {
        if (lines[i].column < 0) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < lines.size() && lines[end].column == lines[i].column) ++end;
        judge_block(lines, i, end);
        tidy_block(lines, i, end);
        i = end;
    }
}

std::string written(std::string_view text, const std::vector<Line>& lines) {
    std::string out;
    bool dropped = false;  // since the last line written
    bool last_blank = true;
    for (const Line& line : lines) {
        if (line.drop) {
            dropped = true;
            continue;
        }
        const std::string_view content = text.substr(line.begin, line.end - line.begin);
        const bool is_blank = trimmed(content).empty();
        if (is_blank && dropped && last_blank) continue;
        const bool cut = line.trailing != std::string_view::npos && cites_seed(line.comment) &&
                         !directive(line.comment);
        std::string_view kept = cut ? text.substr(line.begin, line.trailing - line.begin) : content;
        while (cut && !kept.empty() && blank(kept.back())) kept.remove_suffix(1);
        out += kept;
        out += text.substr(line.end, line.next - line.end);
        dropped = false;
        last_blank = is_blank;
    }
    return out;
}

}  // namespace

bool cites_seed(std::string_view text) {
    return names_seed_file(text) || names_seed_number(text);
}

std::string without_encoding_comments(std::string_view text) {
    std::vector<Line> lines = lines_of(text);
    place_comments(text, lines);
    judge_comments(lines);
    return written(text, lines);
}

}  // namespace rolekit
