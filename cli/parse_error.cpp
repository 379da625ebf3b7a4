// A CLI11 parse error told the rolekit way: "did you mean" for a mistyped
// command, option or value (closest_match, suggest.hpp), else a hint naming
// the help that shows what there is.

#include "parse_error.hpp"

#include <fmt/format.h>

#include <sstream>

#include "command_line.hpp"
#include "output.hpp"
#include "rolekit/suggest.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

// "nos search" for "rolekit nos search": how `rolekit help` names it.
std::string command_words(const std::string& path, const CLI::App& root) {
    return path.size() > root.get_name().size() ? path.substr(root.get_name().size() + 1) : "";
}

std::string help_hint(const std::string& words, std::string_view what) {
    return fmt::format("'rolekit help{}{}' shows {}", words.empty() ? "" : " ", words, what);
}

void print_error_with_hint(const std::string& message, const std::string& hint) {
    print_usage_error(fmt::format("{}\n  hint: {}", message, hint));
}

ExitCode unknown_command(const CommandLineWalk& walk, const CLI::App& root) {
    std::vector<std::string> names;
    for (CLI::App* sub : visible_subcommands(*walk.command)) names.push_back(sub->get_name());
    std::string words = command_words(walk.path, root);
    const std::string prefix = words.empty() ? "" : words + " ";
    const std::string best = closest_match(walk.unknown_command, names);
    print_error_with_hint(
        fmt::format("unknown command '{}{}'", prefix, visible(walk.unknown_command)),
        best.empty() ? help_hint(words, "the commands")
                     : fmt::format("did you mean '{}{}'?", prefix, best));
    return ExitCode::usage;
}

ExitCode unknown_option(const CommandLineWalk& walk, const CLI::App& root) {
    std::vector<std::string> spellings;
    for (const CLI::Option* option : walk.unknown_option_command->get_options())
        for (const std::string& s : option_spellings(*option))
            if (s.starts_with("--") == walk.unknown_option.starts_with("--"))
                spellings.push_back(s);
    // One letter is one edit from every other: no guess for "-x".
    const std::string best =
        walk.unknown_option.size() > 2 ? closest_match(walk.unknown_option, spellings) : "";
    const std::string words = command_words(walk.unknown_option_path, root);
    print_error_with_hint(
        fmt::format("unknown option '{}'{}", visible(walk.unknown_option),
                    words.empty() ? "" : fmt::format(" for '{}'", walk.unknown_option_path)),
        best.empty() ? help_hint(words, words.empty() ? "the options" : "its options")
                     : fmt::format("did you mean '{}'?", best));
    return ExitCode::usage;
}

ExitCode bad_value(const CommandLineWalk& walk, const CLI::ParseError& error) {
    const std::vector<std::string> choices = option_choices(*walk.bad_value_option);
    const std::string best = closest_match(walk.bad_value, choices);
    std::string listed;
    for (const std::string& c : choices) listed += (listed.empty() ? "" : ", ") + c;
    print_error_with_hint(visible(error.what()),
                          best.empty()
                              ? "one of: " + listed
                              : fmt::format("did you mean '{}'? (one of: {})", best, listed));
    return ExitCode::usage;
}

}  // namespace

ExitCode report_parse_error(CLI::App& root, const CLI::ParseError& error,
                            const std::vector<std::string>& words) {
    if (error.get_exit_code() == 0) {  // --help, --version
        std::ostringstream out, err;
        root.exit(error, out, err);
        print(out.str());
        print_error(err.str());
        return ExitCode::ok;
    }
    const CommandLineWalk walk = walk_command_line(root, words);
    if (!walk.unknown_command.empty()) return unknown_command(walk, root);
    if (!walk.unknown_option.empty()) return unknown_option(walk, root);
    if (walk.bad_value_option != nullptr) return bad_value(walk, error);
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr &&
        walk.command->get_require_subcommand_min() > 0) {
        // `rolekit` or `rolekit nos` alone: what there is to choose from.
        print_error(command_help(*walk.command, walk.path));
        return ExitCode::usage;
    }
    const std::string command = command_words(walk.path, root);
    print_error_with_hint(visible(error.what()),
                          help_hint(command, command.empty() ? "the commands" : "its usage"));
    return ExitCode::usage;
}

}  // namespace rolekit::cli
