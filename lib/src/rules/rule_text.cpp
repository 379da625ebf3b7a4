// `rolekit rules` and `rolekit rules ID` as text: the rule table and one
// rule's help, for a terminal.

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "rolekit/rules.hpp"
#include "rules/rule_help.hpp"

namespace rolekit {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Text indented as a block, so that it stands apart from the prose.
std::string indented(std::string_view text, std::string_view prefix = "    ") {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        out += line.empty() ? std::string() : std::string(prefix) + std::string(line);
        out += '\n';
        start = end + 1;
    }
    return out;
}

// A description's Markdown for a terminal: a link shows as its text only.
std::string plain_text(std::string_view markdown) {
    std::string out;
    for (std::size_t i = 0; i < markdown.size();) {
        if (markdown[i] == '[') {
            const std::size_t close = markdown.find("](", i);
            const std::size_t end =
                close == std::string_view::npos ? close : markdown.find(')', close);
            if (end != std::string_view::npos &&
                markdown.substr(i + 1, close - i - 1).find('[') == std::string_view::npos) {
                out += markdown.substr(i + 1, close - i - 1);
                i = end + 1;
                continue;
            }
        }
        out += markdown[i++];
    }
    return out;
}

// "Needs a NosCatalog." (a line of its own), or nothing.
std::string needs_sentence(const RuleInfo& r) {
    std::string needs;
    for (const RuleNeed n : kAllRuleNeeds)
        if (r.needs.contains(n))
            needs += fmt::format("{}{}", needs.empty() ? "" : " and ", rule_need_phrase(n));
    return needs.empty() ? needs : fmt::format("Needs {}.\n", needs);
}

// A rule's description as docs/rules.md and SARIF show it.
std::string description_markdown(RuleId rule) {
    const RuleInfo& r = rule.info();
    return needs_sentence(r) + std::string(rule_help(rule).description) +
           (r.unusable ? "\n**Unusable: exit code 2.**" : "");
}

std::string commands(std::string_view text) {
    return indented(text, "    $ ");
}

std::string example_text(const RuleExample& e) {
    if (e.file.empty())
        return fmt::format("Bad:\n\n{}\nFixed:\n\n{}", commands(e.bad), commands(e.fixed));
    std::string out;
    if (!e.context_file.empty())
        out += fmt::format("With {} beside it:\n\n{}\n", e.context_file, indented(e.context));
    out += fmt::format("Bad {}:\n\n{}\n", e.file, indented(e.bad));
    out += fmt::format("Fixed {}:\n\n{}\n", e.file, indented(e.fixed));
    return out + fmt::format("Checked with:\n\n{}", commands(e.command));
}

std::string fenced(std::string_view language, std::string_view text) {
    return fmt::format("```{}\n{}```\n", language, text);
}

std::string shell_lines(std::string_view text) {
    return indented(text, "$ ");
}

std::string example_markdown(const RuleExample& e) {
    if (e.file.empty())
        return fmt::format("**Bad**:\n\n{}\n**Fixed**:\n\n{}", fenced("sh", shell_lines(e.bad)),
                           fenced("sh", shell_lines(e.fixed)));
    std::string out;
    if (!e.context_file.empty())
        out +=
            fmt::format("With `{}` beside it:\n\n{}\n", e.context_file, fenced("yaml", e.context));
    out += fmt::format("**Bad** `{}`:\n\n{}\n", e.file, fenced("yaml", e.bad));
    out += fmt::format("**Fixed** `{}`:\n\n{}\n", e.file, fenced("yaml", e.fixed));
    return out + fmt::format("Checked with `{}`.\n", e.command);
}

}  // namespace

std::string format_rule_list() {
    std::size_t width = 0;
    for (const RuleInfo& r : all_rules()) width = std::max(width, r.id.size());
    std::string out;
    for (std::size_t i = 0; i < all_rules().size(); ++i) {
        const RuleInfo& r = all_rules()[i];
        if (i == 0 || all_rules()[i - 1].group != r.group)
            out += fmt::format("{}{} rules\n", i == 0 ? "" : "\n", rule_group_name(r.group));
        out +=
            fmt::format("  {:<{}}  {:<7}  {}\n", r.id, width, severity_name(r.severity), r.summary);
    }
    out += "\nRules that run only when another document is loaded:\n";
    for (const RuleNeed n : kAllRuleNeeds) {
        std::string ids;
        for (const RuleInfo& r : all_rules())
            if (r.needs.contains(n)) ids += fmt::format("{}{}", ids.empty() ? "" : ", ", r.id);
        if (!ids.empty()) out += fmt::format("  {}: {}\n", rule_need_phrase(n), ids);
    }
    return out + "\n'rolekit rules ID' explains a rule, with an example.\n";
}

std::string format_rule_help(RuleId rule) {
    const RuleInfo& r = rule.info();
    const RuleHelp& help = rule_help(rule);
    std::string out =
        fmt::format("{}: {} ({} rule{})\n{}\n\n", r.id, severity_name(r.severity),
                    lower(rule_group_name(r.group)),
                    r.unusable ? "; the input cannot be used, exit code 2" : "", r.summary);
    out += fmt::format("{}{}\n\n", needs_sentence(r), plain_text(help.description));
    out += example_text(help.example);
    return out + fmt::format("\nMore: {}\n", rule_doc_url(rule));
}

}  // namespace rolekit

namespace rolekit {

std::string format_rule_help_markdown(RuleId rule) {
    const RuleInfo& r = rule.info();
    const RuleHelp& help = rule_help(rule);
    return fmt::format("{}\n\n{}\n\n{}\n[docs/rules.md]({})\n", r.summary,
                       description_markdown(rule), example_markdown(help.example),
                       rule_doc_url(rule));
}

namespace {

std::string rule_link(std::string_view id) {
    return fmt::format("[`{0}`](#{0})", id);
}

// Which rules need which documents, from the table's needs.
std::string needs_table() {
    std::string out = "| rules | run when |\n|---|---|\n";
    for (const RuleNeed n : kAllRuleNeeds) {
        std::string ids;
        for (const RuleInfo& r : all_rules())
            if (r.needs.contains(n)) ids += (ids.empty() ? "" : ", ") + rule_link(r.id);
        if (!ids.empty()) out += fmt::format("| {} | {} |\n", ids, detail::rule_need_condition(n));
    }
    return out + "| every other rule | always: it needs only the file itself |\n";
}

std::string all_rules_table() {
    std::string out = "| rule | default severity | what it means |\n|---|---|---|\n";
    for (std::size_t i = 0; i < all_rules().size(); ++i) {
        const RuleInfo& r = all_rules()[i];
        if (i == 0 || all_rules()[i - 1].group != r.group)
            out += fmt::format("| **{}** | | |\n", rule_group_name(r.group));
        out += fmt::format("| {} | {} | {} |\n", rule_link(r.id), severity_name(r.severity),
                           r.summary);
    }
    return out;
}

}  // namespace

std::string format_rules_markdown() {
    std::string out = std::string(detail::rules_page_intro()) + needs_table() + "\n" +
                      std::string(detail::rules_page_after_needs()) + "\n## All rules\n\n" +
                      all_rules_table();
    for (std::size_t i = 0; i < all_rules().size(); ++i) {
        const RuleInfo& r = all_rules()[i];
        if (i == 0 || all_rules()[i - 1].group != r.group)
            out += fmt::format("\n## {} rules\n\n{}", rule_group_name(r.group),
                               detail::rule_group_intro(r.group));
        const RuleId rule = *find_rule_id(r.id);
        out += fmt::format("\n### {}\n\n{}\n\n{}", r.id, description_markdown(rule),
                           detail::rule_docs(rule));
    }
    std::string unusable;
    for (const RuleInfo& r : all_rules())
        if (r.unusable) unusable += (unusable.empty() ? "" : ", ") + rule_link(r.id);
    std::string exit_codes(detail::rules_page_exit_codes());
    const std::string_view marker = "{unusable}";
    if (const std::size_t at = exit_codes.find(marker); at != std::string::npos)
        exit_codes.replace(at, marker.size(), unusable);
    return out + fmt::format("\n## Exit codes\n\n{}", exit_codes);
}

}  // namespace rolekit
