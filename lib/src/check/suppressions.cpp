#include "rolekit/suppressions.hpp"

#include <fmt/format.h>

#include <vector>

#include "load/suppression_comments.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/suggest.hpp"

namespace rolekit {

namespace {

using detail::SuppressionScope;

// One rule named in one directive.
struct Silencer {
    SuppressionScope scope;
    std::string rule;
    Position pos;  // of the rule's name
    int target_line = 0;
    bool used = false;
};

std::vector<Silencer> silencers(const std::vector<detail::SuppressionDirective>& directives) {
    std::vector<Silencer> out;
    for (const detail::SuppressionDirective& d : directives)
        for (const Located<std::string>& rule : d.rules)
            out.push_back({d.scope, rule.value, rule.pos, d.target_line()});
    return out;
}

Finding unused(const Silencer& s, const std::string& file) {
    if (find_rule(s.rule) == nullptr) {
        const std::string best = closest_match(s.rule, all_rule_ids());
        return Finding{"unused-suppression",
                       Severity::warning,
                       file,
                       s.pos,
                       fmt::format("'{}' in a rolekit-disable comment is not a rule", s.rule),
                       best.empty() ? "'rolekit rules' lists the rule ids"
                                    : fmt::format("did you mean '{}'?", best)};
    }
    return Finding{"unused-suppression",
                   Severity::warning,
                   file,
                   s.pos,
                   fmt::format("'{}' is disabled here but nothing here reports it", s.rule),
                   "remove it from the comment"};
}

}  // namespace

Suppressed apply_suppressions(std::string_view text, const std::string& file, Findings findings,
                              const std::function<bool(std::string_view rule)>& ran) {
    Suppressed out;
    detail::SuppressionComments comments = detail::read_suppression_comments(text);
    std::vector<Silencer> all = silencers(comments.directives);
    for (Finding& f : findings) {
        bool silenced = false;
        for (Silencer& s : all) {
            if (s.rule != f.rule) continue;
            if (s.scope != SuppressionScope::file &&
                (!f.pos.known() || s.target_line != f.pos.line))
                continue;
            s.used = true;
            silenced = true;
        }
        (silenced ? out.suppressed : out.kept).push_back(std::move(f));
    }
    for (const Silencer& s : all)
        if (!s.used && (!ran || ran(s.rule))) out.kept.push_back(unused(s, file));
    for (Finding& problem : comments.problems) {
        problem.file = file;
        out.kept.push_back(std::move(problem));
    }
    return out;
}

}  // namespace rolekit
