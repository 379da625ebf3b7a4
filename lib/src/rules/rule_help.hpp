#pragma once
// The long form of each rule (rules.hpp's RuleHelp), kept beside the rules
// by group: rule_help_<group>.cpp. rules.cpp looks them up; a test checks
// that every rule has exactly one, and runs its example.

#include <span>

#include "rolekit/rules.hpp"

namespace rolekit::detail {

struct RuleHelpEntry {
    RuleId rule;
    RuleHelp help;
};

std::span<const RuleHelpEntry> loading_rule_help();
std::span<const RuleHelpEntry> reference_rule_help();
std::span<const RuleHelpEntry> consistency_rule_help();
// Merge, command and suppression rules.
std::span<const RuleHelpEntry> command_rule_help();

}  // namespace rolekit::detail
