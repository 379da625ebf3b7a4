#include "rolekit/check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "check/checks.hpp"
#include "rolekit/rules.hpp"

namespace rolekit {

CheckContext::CheckContext(const DocumentSet& docs)
    : documents(docs),
      nos(docs.catalogs()),
      map(docs.functional_map()),
      career(docs.career_framework()) {}

DocumentKind needed_kind(RuleNeed need) {
    switch (need) {
        case RuleNeed::functional_map:
            return DocumentKind::functional_map;
        case RuleNeed::nos_catalog:
            return DocumentKind::nos_catalog;
        case RuleNeed::career_framework:
            return DocumentKind::career_framework;
        case RuleNeed::base_profile:
            return DocumentKind::role_profile;
    }
    return DocumentKind::role_profile;
}

std::set<DocumentKind> needed_kinds() {
    std::set<DocumentKind> kinds;
    for (const RuleInfo& r : all_rules())
        for (const RuleNeed n : kAllRuleNeeds)
            if (r.needs.contains(n)) kinds.insert(needed_kind(n));
    return kinds;
}

bool rule_runs(const CheckContext& context, RuleId rule) {
    const RuleNeeds needs = rule.info().needs;
    if (needs.contains(RuleNeed::nos_catalog) && context.nos.empty()) return false;
    if (needs.contains(RuleNeed::functional_map) && context.map == nullptr) return false;
    if (needs.contains(RuleNeed::career_framework) && context.career == nullptr) return false;
    // A base profile is each overlay's own: the rule runs, and reports
    // nothing for an overlay whose base is missing.
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
