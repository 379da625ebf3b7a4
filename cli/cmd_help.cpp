#include "cmd_help.hpp"

#include <fmt/format.h>

#include <array>
#include <memory>

#include "command_line.hpp"
#include "rolekit/suggest.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

// What every command shares; said in full in each footer so that each --help
// stands on its own.
#define ROLEKIT_EXIT_2_3 "2 usage error, unusable input or a failed write; 3 internal error."

constexpr std::array kFooters{
    CommandExitCodes{"",
                     "Exit codes: 0 success; 1 findings (validate), a refused merge (merge, render OVERLAY), differences "
                     "(diff --exit-code), no match (nos search) or a map with errors (import); " ROLEKIT_EXIT_2_3
                     " 'rolekit help COMMAND' states each command's."},
    CommandExitCodes{"validate", "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on; "
                                 ROLEKIT_EXIT_2_3},
    CommandExitCodes{"merge", "Exit codes: 0 merged; 1 the merge was refused (an error in the base or an overlay); "
                              ROLEKIT_EXIT_2_3},
    CommandExitCodes{"diff", "Exit codes: 0 compared, whether or not the documents differ; with --exit-code, 0 the "
                             "same and 1 they differ; " ROLEKIT_EXIT_2_3},
    CommandExitCodes{"render", "Exit codes: 0 rendered; 1 a LocalityOverlay's merge was refused (an error in it or "
                               "its base); " ROLEKIT_EXIT_2_3},
    CommandExitCodes{"export", "Exit codes: 0 exported; " ROLEKIT_EXIT_2_3},
    CommandExitCodes{"import", "Exit codes: 0 imported; 1 imported, but the map has errors (printed; the file is "
                               "written for you to fix); 2 the package cannot be read as CASE (the message gives a "
                               "JSON pointer to the place), a usage error or a failed write; 3 internal error."},
    CommandExitCodes{"schema", "Exit codes: 0 written; " ROLEKIT_EXIT_2_3},
    CommandExitCodes{"list", "Exit codes: 0 listed; " ROLEKIT_EXIT_2_3},
    CommandExitCodes{"show", "Exit codes: 0 shown; " ROLEKIT_EXIT_2_3},
    CommandExitCodes{"init", "Exit codes: those of its subcommand; 2 when none or an unknown one is named."},
    CommandExitCodes{"init overlay", "Exit codes: 0 written; " ROLEKIT_EXIT_2_3},
    CommandExitCodes{"nos", "Exit codes: those of its subcommand; 2 when none or an unknown one is named."},
    CommandExitCodes{"nos search", "Exit codes: 0 matches listed; 1 nothing matched; " ROLEKIT_EXIT_2_3},
    CommandExitCodes{"rules", "Exit codes: 0 listed or explained; 2 an unknown rule, a usage error or a failed "
                              "write; 3 internal error."},
    CommandExitCodes{"config", "Exit codes: 0 shown; 2 the config in force has errors (printed), a usage error or "
                               "a failed write; 3 internal error."},
    CommandExitCodes{"cache", "Exit codes: those of its subcommand; 2 when none or an unknown one is named."},
    CommandExitCodes{"cache info", "Exit codes: 0 shown; 2 no cache location, a usage error or a failed write; "
                                   "3 internal error."},
    CommandExitCodes{"cache clear", "Exit codes: 0 removed; 2 no cache location, an entry that could not be "
                                    "removed, a usage error or a failed write; 3 internal error."},
    CommandExitCodes{"help", "Exit codes: 0 help printed; 2 an unknown command or a failed write; 3 internal error."},
    CommandExitCodes{"completion", "Exit codes: 0 script printed; 2 usage error or a failed write; 3 internal error."},
};

#undef ROLEKIT_EXIT_2_3

ExitCode run_help(CLI::App& root, const std::vector<std::string>& names) {
    const CommandLineWalk walk = walk_command_line(root, names);
    if (!walk.unknown_command.empty() || !walk.positionals.empty()) {
        // The words up to the one that names nothing, and what could follow them.
        const std::string wrong = walk.unknown_command.empty() ? walk.positionals.front() : walk.unknown_command;
        const std::string known = walk.path.substr(root.get_name().size());
        std::vector<std::string> choices;
        for (CLI::App* sub : visible_subcommands(*walk.command)) choices.push_back(sub->get_name());
        const std::string best = closest_match(wrong, choices);
        const std::string prefix = known.empty() ? "" : known.substr(1) + " ";
        print_usage_error(fmt::format(
            "unknown command '{}{}'\n  hint: {}", prefix, visible(wrong),
            !best.empty()     ? fmt::format("did you mean '{}{}'?", prefix, best)
            : choices.empty() ? fmt::format("'{}' has no subcommands", known.substr(1))
                              : fmt::format("'rolekit help{}' lists the commands", known)));
        return ExitCode::usage;
    }
    print(command_help(*walk.command, walk.path));
    return ExitCode::ok;
}

}  // namespace

Command register_help(CLI::App& root) {
    auto names = std::make_shared<std::vector<std::string>>();
    CLI::App* app = root.add_subcommand("help", "Show the help of a command: 'rolekit help validate'");
    app->add_option("command", *names, "The command, e.g. validate or nos search")->type_name("COMMAND");
    return Command{app, [&root, names](const Terminal&) { return run_help(root, *names); }};
}

std::span<const CommandExitCodes> exit_code_footers() { return kFooters; }

void add_exit_code_footers(CLI::App& root) {
    for (const CommandExitCodes& entry : kFooters) {
        CLI::App* app = &root;
        for (const std::string& word : CLI::detail::split(std::string(entry.command), ' ')) {
            if (word.empty() || app == nullptr) continue;
            const auto subs = app->get_subcommands([&](CLI::App* s) { return s->get_name() == word; });
            app = subs.empty() ? nullptr : subs.front();
        }
        if (app == nullptr) continue;
        const std::string own = app->get_footer();
        app->footer(own.empty() ? std::string(entry.footer) : own + "\n" + std::string(entry.footer));
    }
}

}  // namespace rolekit::cli
