#include "cmd_rules.hpp"

#include <fmt/format.h>

#include <memory>

#include "rolekit/rules.hpp"
#include "rolekit/suggest.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

ExitCode run_rules(const std::string& id) {
    if (id.empty()) {
        print(format_rule_list());
        return ExitCode::ok;
    }
    if (const std::optional<RuleId> rule = find_rule_id(id)) {
        print(format_rule_help(*rule));
        return ExitCode::ok;
    }
    const std::string best = nearest_rule_id(id);
    print_usage_error(fmt::format("unknown rule '{}'\n  hint: {}", visible(id),
                                  best.empty() ? "'rolekit rules' lists the rules"
                                               : fmt::format("did you mean '{}'?", best)));
    return ExitCode::usage;
}

}  // namespace

Command register_rules(CLI::App& parent) {
    auto id = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("rules", "List the rules validate checks, or explain one");
    app->add_option("id", *id, "A rule id, e.g. nos-duplicate: its description and an example")
        ->type_name("RULE");
    return Command{app, [id](const Terminal&) { return run_rules(*id); }};
}

}  // namespace rolekit::cli
