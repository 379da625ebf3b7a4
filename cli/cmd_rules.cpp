#include "cmd_rules.hpp"

#include <fmt/format.h>

#include <memory>

#include "rolekit/rules.hpp"
#include "rolekit/suggest.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

struct RulesOptions {
    std::string id;
    std::string format = "text";
};

ExitCode run_rules(const RulesOptions& o) {
    const std::string& id = o.id;
    if (id.empty()) {
        const bool markdown = rules_format_of(*output_format_from_name(o.format)) == RulesFormat::markdown;
        print(markdown ? format_rules_markdown() : format_rule_list());
        return ExitCode::ok;
    }
    if (const std::optional<RuleId> rule = find_rule_id(id)) {
        print(format_rule_help(*rule));
        return ExitCode::ok;
    }
    const std::string best = closest_match(id, all_rule_ids());
    print_usage_error(fmt::format("unknown rule '{}'\n  hint: {}", visible(id),
                                  best.empty() ? "'rolekit rules' lists the rules"
                                               : fmt::format("did you mean '{}'?", best)));
    return ExitCode::usage;
}

}  // namespace

Command register_rules(CLI::App& parent) {
    auto o = std::make_shared<RulesOptions>();
    CLI::App* app =
        parent.add_subcommand("rules", "List the rules validate checks, or explain one");
    app->add_option("id", o->id, "A rule id, e.g. nos-duplicate: its description and an example")
        ->type_name("RULE");
    add_format_option(*app, o->format, OutputCommand::rules)
        ->description(format_option_help(OutputCommand::rules) +
                      "; markdown: the whole rules reference, docs/rules.md");
    return Command{app, [o](const Terminal&) { return run_rules(*o); }};
}

}  // namespace rolekit::cli
