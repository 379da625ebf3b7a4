#include "rolekit/rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>
#include <vector>

#include "rolekit/suggest.hpp"
#include "rules/rule_help.hpp"

namespace rolekit {

std::string_view rule_group_name(RuleGroup group) {
    switch (group) {
        case RuleGroup::loading:
            return "Loading";
        case RuleGroup::references:
            return "Reference";
        case RuleGroup::consistency:
            return "Consistency";
        case RuleGroup::merge:
            return "Merge";
        case RuleGroup::command:
            return "Command";
        case RuleGroup::suppression:
            return "Suppression";
    }
    return "Other";
}

std::string_view rule_need_phrase(RuleNeed need) {
    switch (need) {
        case RuleNeed::functional_map:
            return "a FunctionalMap";
        case RuleNeed::nos_catalog:
            return "a NosCatalog";
        case RuleNeed::career_framework:
            return "a CareerFramework";
        case RuleNeed::base_profile:
            return "the overlay's base profile";
    }
    return "";
}

std::optional<RulesFormat> rules_format_of(OutputFormat format) {
    switch (format) {
        case OutputFormat::text: return RulesFormat::text;
        case OutputFormat::markdown: return RulesFormat::markdown;
        default: return std::nullopt;
    }
}

std::span<const RuleInfo> all_rules() {
    return detail::kRuleTable;
}

std::vector<std::string> all_rule_ids() {
    std::vector<std::string> ids;
    for (const RuleInfo& r : all_rules()) ids.emplace_back(r.id);
    return ids;
}


const RuleInfo* find_rule(std::string_view id) {
    const auto it = std::find_if(detail::kRuleTable.begin(), detail::kRuleTable.end(),
                                 [&](const RuleInfo& r) { return r.id == id; });
    return it == detail::kRuleTable.end() ? nullptr : &*it;
}

std::optional<RuleId> find_rule_id(std::string_view id) {
    const RuleInfo* r = find_rule(id);
    if (r == nullptr) return std::nullopt;
    return RuleId(static_cast<std::uint16_t>(r - detail::kRuleTable.data()));
}

std::ostream& operator<<(std::ostream& out, RuleId rule) {
    return out << rule.id();
}

std::string why_not_disabled(std::string_view id) {
    if (const RuleInfo* rule = find_rule(id)) {
        if (!rule->unusable) return {};
        return fmt::format("rule '{}' cannot be disabled: a file it reports cannot be checked at all", id);
    }
    const std::string best = closest_match(id, all_rule_ids());
    return fmt::format("unknown rule '{}' ({})", id,
                       best.empty() ? "'rolekit rules' lists the rules" : "did you mean '" + best + "'?");
}

std::string rule_doc_url(RuleId rule) {
    // fmt, not string +: GCC 12 reports a false -Warray-bounds in operator+ here.
    return fmt::format("{}#{}", kRulesDocUrl, rule.id());
}

const RuleHelp& rule_help(RuleId rule) {
    static const std::map<std::string_view, const RuleHelp*> index = [] {
        std::map<std::string_view, const RuleHelp*> out;
        for (const auto group : {detail::loading_rule_help(), detail::reference_rule_help(),
                                 detail::consistency_rule_help(), detail::command_rule_help()})
            for (const detail::RuleHelpEntry& e : group) out.emplace(e.rule.id(), &e.help);
        return out;
    }();
    // Every rule has one (a test checks); an empty one keeps a gap harmless.
    static const RuleHelp none{};
    const auto it = index.find(rule.id());
    return it == index.end() ? none : *it->second;
}

}  // namespace rolekit

namespace rolekit::detail {

std::string_view rule_docs(RuleId rule) {
    static const std::map<std::string_view, std::string_view> index = [] {
        std::map<std::string_view, std::string_view> out;
        for (const auto group : {loading_rule_docs(), reference_rule_docs(),
                                 consistency_rule_docs(), command_rule_docs()})
            for (const RuleDocEntry& e : group) out.emplace(e.rule.id(), e.markdown);
        return out;
    }();
    const auto it = index.find(rule.id());
    return it == index.end() ? std::string_view() : it->second;
}

}  // namespace rolekit::detail
