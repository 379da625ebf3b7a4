#pragma once
// The long form of each rule (rules.hpp's RuleHelp), kept beside the rules
// by group: rule_help_<group>.cpp. rules.cpp looks them up; a test checks
// that every rule has exactly one, and runs its example.

#include <span>
#include <string_view>

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

// docs/rules.md's worked examples of a rule (Markdown: the files, the
// commands and their exact output, bad and fixed), rule_docs_<group>.cpp.
// The page shows them after the rule's description; docs_examples runs them.
struct RuleDocEntry {
    RuleId rule;
    std::string_view markdown;
};

std::span<const RuleDocEntry> loading_rule_docs();
std::span<const RuleDocEntry> reference_rule_docs();
std::span<const RuleDocEntry> consistency_rule_docs();
std::span<const RuleDocEntry> command_rule_docs();

// A rule's worked examples; empty when it has none.
std::string_view rule_docs(RuleId rule);

// The rest of docs/rules.md (rule_reference.cpp), Markdown: the page up to
// the table of which rules need which documents, the page after it up to
// "## All rules", each group's introduction, and the exit codes.
std::string_view rules_page_intro();
std::string_view rules_page_after_needs();
std::string_view rule_group_intro(RuleGroup group);
std::string_view rules_page_exit_codes();
// When the rules that need `need` run ("a FunctionalMap is loaded. …").
std::string_view rule_need_condition(RuleNeed need);

}  // namespace rolekit::detail
