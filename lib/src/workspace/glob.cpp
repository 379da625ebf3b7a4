#include "workspace/glob.hpp"

#include <utility>

namespace rolekit::detail {

namespace {

using Range = std::pair<unsigned char, unsigned char>;

// The ranges of a POSIX class name ("alpha" in [[:alpha:]]); empty if unknown.
std::vector<Range> named_class(std::string_view name) {
    if (name == "digit") return {{'0', '9'}};
    if (name == "upper") return {{'A', 'Z'}};
    if (name == "lower") return {{'a', 'z'}};
    if (name == "alpha") return {{'a', 'z'}, {'A', 'Z'}};
    if (name == "alnum") return {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}};
    if (name == "xdigit") return {{'a', 'f'}, {'A', 'F'}, {'0', '9'}};
    if (name == "space") return {{' ', ' '}, {'\t', '\r'}};
    if (name == "punct") return {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}};
    return {};
}

// Reads a bracket expression starting after '['; returns the index past its
// ']', or npos when it is not closed (then the '[' is a literal, as fnmatch
// takes it).
std::size_t read_set(std::string_view text, std::size_t at, bool& negated,
                     std::vector<Range>& ranges) {
    negated = at < text.size() && (text[at] == '!' || text[at] == '^');
    if (negated) ++at;
    for (bool first = true; at < text.size(); first = false) {
        if (text[at] == ']' && !first) return at + 1;
        if (text.substr(at).starts_with("[:")) {
            const std::size_t end = text.find(":]", at + 2);
            if (end != std::string_view::npos) {
                const std::vector<Range> named = named_class(text.substr(at + 2, end - at - 2));
                ranges.insert(ranges.end(), named.begin(), named.end());
                at = end + 2;
                continue;
            }
        }
        if (text[at] == '\\' && at + 1 < text.size()) ++at;
        auto low = static_cast<unsigned char>(text[at++]);
        auto high = low;
        if (at + 1 < text.size() && text[at] == '-' && text[at + 1] != ']') {
            at += text[at + 1] == '\\' && at + 2 < text.size() ? 2 : 1;
            high = static_cast<unsigned char>(text[at++]);
        }
        ranges.emplace_back(low, high);
    }
    return std::string_view::npos;
}

}  // namespace

GlobSegment::GlobSegment(std::string_view text) {
    any_depth_ = text == "**";
    if (any_depth_) return;
    for (std::size_t at = 0; at < text.size();) {
        Token t;
        const char c = text[at];
        if (c == '*') {
            t.kind = Token::Kind::any_run;
            while (at < text.size() && text[at] == '*') ++at;  // "**" inside a name is "*"
        } else if (c == '?') {
            t.kind = Token::Kind::any_char;
            ++at;
        } else if (c == '[') {
            const std::size_t end = read_set(text, at + 1, t.negated, t.ranges);
            if (end == std::string_view::npos) {
                t.ch = c;
                ++at;
            } else {
                t.kind = Token::Kind::set;
                at = end;
            }
        } else {
            if (c == '\\' && at + 1 < text.size()) ++at;
            t.ch = text[at++];
        }
        tokens_.push_back(std::move(t));
    }
}

bool GlobSegment::token_matches(const Token& t, unsigned char c) {
    switch (t.kind) {
        case Token::Kind::literal:
            return static_cast<unsigned char>(t.ch) == c;
        case Token::Kind::any_char:
            return true;
        case Token::Kind::any_run:
            return false;
        case Token::Kind::set:
            break;
    }
    bool in = false;
    for (const auto& [low, high] : t.ranges) in = in || (c >= low && c <= high);
    return in != t.negated;
}

// Every token but `*` takes one character, so on a mismatch only the last
// `*` needs to take one more (the classic wildcard walk): no exponential
// backtracking.
bool GlobSegment::matches(std::string_view name) const {
    if (any_depth_) return true;
    std::size_t t = 0, n = 0;
    std::size_t star = std::string_view::npos, star_n = 0;
    while (n < name.size()) {
        if (t < tokens_.size() && tokens_[t].kind == Token::Kind::any_run) {
            star = t++;
            star_n = n;
        } else if (t < tokens_.size() &&
                   token_matches(tokens_[t], static_cast<unsigned char>(name[n]))) {
            ++t;
            ++n;
        } else if (star != std::string_view::npos) {
            t = star + 1;
            n = ++star_n;
        } else {
            return false;
        }
    }
    while (t < tokens_.size() && tokens_[t].kind == Token::Kind::any_run) ++t;
    return t == tokens_.size();
}

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0; at <= path.size();) {
        const std::size_t slash = std::min(path.find('/', at), path.size());
        if (slash > at) out.push_back(path.substr(at, slash - at));
        at = slash + 1;
    }
    return out;
}

Glob::Glob(std::string_view pattern) {
    for (const std::string_view part : split_path(pattern)) {
        // "**/**" is "**": keeping one keeps the state set small.
        if (part == "**" && !segments_.empty() && segments_.back().any_depth()) continue;
        segments_.emplace_back(part);
    }
}

Glob::Glob(std::vector<std::string> segments) {
    for (const std::string& part : segments) {
        if (part == "**" && !segments_.empty() && segments_.back().any_depth()) continue;
        segments_.emplace_back(part);
    }
}

bool Glob::matches(std::string_view path) const {
    return matches(split_path(path));
}

// The glob as an automaton over names: `at[g]` says the first g segments
// match the names read so far. One pass over the names, each name tried
// against each segment at most once.
bool Glob::matches(const std::vector<std::string_view>& names) const {
    const std::size_t count = segments_.size();
    std::vector<char> at(count + 1, 0), next(count + 1, 0);
    const auto close = [&](std::vector<char>& set) {
        for (std::size_t g = 0; g < count; ++g)
            if (set[g] && segments_[g].any_depth()) set[g + 1] = 1;
    };
    at[0] = 1;
    close(at);
    for (const std::string_view name : names) {
        std::fill(next.begin(), next.end(), 0);
        bool any = false;
        for (std::size_t g = 0; g < count; ++g) {
            if (!at[g]) continue;
            if (segments_[g].any_depth())
                next[g] = 1;
            else if (segments_[g].matches(name))
                next[g + 1] = 1;
            else
                continue;
            any = true;
        }
        if (!any) return false;
        close(next);
        at.swap(next);
    }
    return at[count] != 0;
}

}  // namespace rolekit::detail
