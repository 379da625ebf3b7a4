#pragma once
// Every rule rolekit reports: its id, default severity and a one-line
// description. One table, used by the checks, `--disable`, SARIF's
// tool.driver.rules and docs/rules.md.

#include <span>
#include <string_view>

#include "rolekit/finding.hpp"

namespace rolekit {

enum class RuleGroup { loading, references, consistency, merge };

struct RuleInfo {
    std::string_view id;
    Severity severity;
    RuleGroup group;
    std::string_view summary;
};

std::span<const RuleInfo> all_rules();
const RuleInfo* find_rule(std::string_view id);

}  // namespace rolekit
