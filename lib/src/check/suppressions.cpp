#include "rolekit/suppressions.hpp"

#include <fmt/format.h>

#include <vector>

#include "rolekit/rules.hpp"

namespace rolekit {

namespace {

enum class Scope { line, next_line, file };

struct Directive {
    Scope scope;
    std::string rule;
    Position pos;  // of the rule's name
    int target_line = 0;
    bool used = false;
};

constexpr std::string_view kPrefix = "rolekit-disable-";

// The directive in one comment, if the line has one. A `#` starts a comment
// at the start of a line or after a space, as in YAML.
void parse_line(std::string_view line, int number, std::vector<Directive>& out) {
    std::size_t hash = line.find('#');
    while (hash != std::string_view::npos && hash > 0 && line[hash - 1] != ' ' && line[hash - 1] != '\t')
        hash = line.find('#', hash + 1);
    if (hash == std::string_view::npos) return;
    std::size_t at = line.find_first_not_of(" \t", hash + 1);
    if (at == std::string_view::npos || line.substr(at, kPrefix.size()) != kPrefix) return;
    at += kPrefix.size();
    Scope scope;
    std::string_view rest = line.substr(at);
    if (rest.starts_with("next-line")) {
        scope = Scope::next_line;
        at += 9;
    } else if (rest.starts_with("line")) {
        scope = Scope::line;
        at += 4;
    } else if (rest.starts_with("file")) {
        scope = Scope::file;
        at += 4;
    } else {
        return;
    }
    // Rule ids, separated by commas or spaces, up to the end or a " -- reason".
    while (at < line.size()) {
        at = line.find_first_not_of(" \t\r,", at);
        if (at == std::string_view::npos || line.substr(at, 2) == "--") break;
        const std::size_t end = std::min(line.find_first_of(" \t\r,", at), line.size());
        const int target = scope == Scope::line ? number : scope == Scope::next_line ? number + 1 : 0;
        out.push_back({scope, std::string(line.substr(at, end - at)), {number, static_cast<int>(at) + 1}, target});
        at = end;
    }
}

std::vector<Directive> parse_directives(std::string_view text) {
    std::vector<Directive> out;
    int number = 1;
    for (std::size_t start = 0; start <= text.size(); ++number) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        // Cheap test first: most lines hold no directive.
        const std::string_view line = text.substr(start, end - start);
        if (line.find(kPrefix) != std::string_view::npos) parse_line(line, number, out);
        start = end + 1;
    }
    return out;
}

Finding unused(const Directive& d, const std::string& file) {
    if (find_rule(d.rule) == nullptr) {
        const std::string best = nearest_rule_id(d.rule);
        return Finding{"unused-suppression", Severity::warning, file, d.pos,
                       fmt::format("'{}' in a rolekit-disable comment is not a rule", d.rule),
                       best.empty() ? "'rolekit rules' lists the rule ids" : fmt::format("did you mean '{}'?", best)};
    }
    return Finding{"unused-suppression", Severity::warning, file, d.pos,
                   fmt::format("'{}' is disabled here but nothing here reports it", d.rule),
                   "remove it from the comment"};
}

}  // namespace

Suppressed apply_suppressions(std::string_view text, const std::string& file, Findings findings,
                              const std::function<bool(std::string_view rule)>& ran) {
    Suppressed out;
    std::vector<Directive> directives = parse_directives(text);
    if (directives.empty()) {
        out.kept = std::move(findings);
        return out;
    }
    for (Finding& f : findings) {
        bool silenced = false;
        for (Directive& d : directives) {
            if (d.rule != f.rule) continue;
            if (d.scope != Scope::file && (!f.pos.known() || d.target_line != f.pos.line)) continue;
            d.used = true;
            silenced = true;
        }
        (silenced ? out.suppressed : out.kept).push_back(std::move(f));
    }
    for (const Directive& d : directives)
        if (!d.used && (!ran || ran(d.rule))) out.kept.push_back(unused(d, file));
    return out;
}

}  // namespace rolekit
