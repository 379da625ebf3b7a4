#include "rolekit/check.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "check/checks.hpp"
#include "rolekit/rules.hpp"

namespace rolekit {

CheckContext::CheckContext(const DocumentSet& docs)
    : documents(docs),
      nos(docs.catalogs()),
      map(docs.functional_map()),
      career(docs.career_framework()) {}

bool rule_runs(const CheckContext& context, std::string_view rule) {
    if (rule == "nos-unknown" || rule == "nos-title-mismatch" || rule == "nos-uncoded" || rule == "nos-withdrawn")
        return !context.nos.empty();
    if (rule == "unknown-area" || rule == "function-not-in-area") return context.map != nullptr;
    if (rule == "core-set-mismatch") return context.career != nullptr;
    return true;
}

namespace detail {

Finding finding(RuleId rule, const Document& doc, Position pos, std::string message,
                std::string hint) {
    return Finding{rule, rule.info().severity, doc.path, pos, std::move(message), std::move(hint)};
}

std::string quoted_list(const std::vector<std::string>& items, std::size_t max_shown) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < max_shown; ++i)
        out += fmt::format("{}'{}'", i ? ", " : "", items[i]);
    if (items.size() > max_shown) out += fmt::format(" and {} more", items.size() - max_shown);
    return out;
}

}  // namespace detail

Findings check_document(const Document& doc, const CheckContext& ctx) {
    Findings out;
    if (const auto* p = doc.as<RoleProfile>()) detail::check_role_profile(doc, *p, ctx, out);
    if (const auto* o = doc.as<LocalityOverlay>()) detail::check_overlay(doc, *o, ctx, out);
    if (const auto* s = doc.as<OccupationalStandard>()) detail::check_standard(doc, *s, out);
    if (const auto* m = doc.as<CompetenceMap>()) detail::check_competence_map(doc, *m, out);
    if (const auto* f = doc.as<CareerFramework>())
        for (const CareerLevel& level : f->levels)
            if (level.core) detail::check_groups(*level.core, doc, ctx, out);
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
    });
    return out;
}

}  // namespace rolekit
