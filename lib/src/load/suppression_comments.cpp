#include "load/suppression_comments.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>

#include "rolekit/suggest.hpp"
#include "yaml/yaml_comments.hpp"

namespace rolekit::detail {

namespace {

struct DirectiveWord {
    std::string_view word;
    SuppressionScope scope;
};

constexpr std::array kDirectives = {
    DirectiveWord{"rolekit-disable-line", SuppressionScope::line},
    DirectiveWord{"rolekit-disable-next-line", SuppressionScope::next_line},
    DirectiveWord{"rolekit-disable-file", SuppressionScope::file},
};

constexpr std::string_view kBlanks = " \t";

std::vector<std::string> directive_words() {
    std::vector<std::string> out;
    for (const DirectiveWord& d : kDirectives) out.emplace_back(d.word);
    return out;
}

Position column_in(const YamlComment& c, std::size_t index) {
    // +1: the text starts after the `#`.
    return {c.pos.line, c.pos.column + 1 + static_cast<int>(index)};
}

// "did you mean", or, for a directive run into its first rule
// (`rolekit-disable-linenos-unknown`), the missing blank.
std::string unknown_hint(std::string_view word) {
    const std::string best = closest_match(word, directive_words());
    if (!best.empty()) return fmt::format("did you mean '{}'?", best);
    for (const DirectiveWord& d : kDirectives)
        if (word.starts_with(d.word))
            return fmt::format("put a space between '{}' and the rule", d.word);
    return "the directives are rolekit-disable-line, rolekit-disable-next-line and "
           "rolekit-disable-file";
}

// Rule ids after the directive's word, separated by commas or blanks, up to
// the end or a `--` that starts the reason.
void read_rules(const YamlComment& c, std::size_t at, SuppressionDirective& d) {
    const std::string_view text = c.text;
    while (at < text.size()) {
        at = text.find_first_not_of(" \t,", at);
        if (at == std::string_view::npos) return;
        if (text.substr(at, 2) == "--") {
            const std::size_t reason = text.find_first_not_of(kBlanks, at + 2);
            if (reason != std::string_view::npos) d.reason = std::string(text.substr(reason));
            return;
        }
        const std::size_t end = std::min(text.find_first_of(" \t,", at), text.size());
        d.rules.push_back({std::string(text.substr(at, end - at)), column_in(c, at)});
        at = end;
    }
}

void read_comment(const YamlComment& c, SuppressionComments& out) {
    const std::size_t start = c.text.find_first_not_of(kBlanks);
    if (start == std::string_view::npos || !c.text.substr(start).starts_with("rolekit-")) return;
    const std::size_t end = std::min(c.text.find_first_of(kBlanks, start), c.text.size());
    const std::string_view word = c.text.substr(start, end - start);
    for (const DirectiveWord& w : kDirectives) {
        if (word != w.word) continue;
        SuppressionDirective d{w.scope, {}, {}, c.pos};
        read_rules(c, end, d);
        out.directives.push_back(std::move(d));
        return;
    }
    out.problems.push_back(Finding{"unknown-directive",
                                   Severity::warning,
                                   {},
                                   c.pos,
                                   fmt::format("'{}' is not a rolekit directive", word),
                                   unknown_hint(word)});
}

}  // namespace

int SuppressionDirective::target_line() const {
    switch (scope) {
        case SuppressionScope::line:
            return pos.line;
        case SuppressionScope::next_line:
            return pos.line + 1;
        case SuppressionScope::file:
            return 0;
    }
    return 0;
}

SuppressionComments read_suppression_comments(std::string_view text) {
    SuppressionComments out;
    // Cheap test first: most files hold no directive, and finding comments
    // parses the file.
    if (text.find("rolekit-") == std::string_view::npos) return out;
    return read_suppression_comments(yaml_comments(text));
}

SuppressionComments read_suppression_comments(const std::vector<YamlComment>& comments) {
    SuppressionComments out;
    for (const YamlComment& c : comments) read_comment(c, out);
    return out;
}

std::string line_suppression_comment(const std::vector<const SuppressionDirective*>& directives) {
    std::vector<std::string> rules, reasons;
    for (const SuppressionDirective* d : directives) {
        for (const auto& r : d->rules) rules.push_back(r.value);
        if (!d->reason.empty()) reasons.push_back(d->reason);
    }
    std::string out = fmt::format("rolekit-disable-line {}", fmt::join(rules, ", "));
    if (!reasons.empty()) out += fmt::format(" -- {}", fmt::join(reasons, "; "));
    return out;
}

}  // namespace rolekit::detail
