#include "command_line.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "output.hpp"
#include "rolekit/suggest.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

CLI::App* find_subcommand(CLI::App& app, const std::string& name) {
    for (CLI::App* sub : app.get_subcommands({}))
        if (sub->check_name(name)) return sub;
    return nullptr;
}

void check_value(CommandLineWalk& walk, const CLI::Option& option, const std::string& value) {
    const std::vector<std::string> choices = option_choices(option);
    if (choices.empty() || !walk.bad_value.empty()) return;
    const char delimiter = option.get_delimiter();
    for (const std::string& piece :
         delimiter == '\0' ? std::vector<std::string>{value} : CLI::detail::split(value, delimiter)) {
        if (std::find(choices.begin(), choices.end(), piece) == choices.end()) {
            walk.bad_value = piece;
            walk.bad_value_option = &option;
            return;
        }
    }
}

// "--name=value", "--name", "-x", "-xVALUE".
void read_option(CommandLineWalk& walk, const std::string& word) {
    std::string name = word, value;
    bool attached = false;
    if (word.starts_with("--")) {
        if (const auto eq = word.find('='); eq != std::string::npos) {
            name = word.substr(0, eq);
            value = word.substr(eq + 1);
            attached = true;
        }
    } else if (word.size() > 2) {
        name = word.substr(0, 2);
        value = word.substr(2);
        attached = true;
    }
    const CLI::Option* option = walk.command->get_option_no_throw(name);
    if (option == nullptr) {
        // After an unknown word, the next may be its value: only the first counts.
        if (walk.unknown_option.empty() && walk.unknown_command.empty()) {
            walk.unknown_option = name;
            walk.unknown_option_path = walk.path;
            walk.unknown_option_command = walk.command;
        }
        return;
    }
    if (!takes_value(*option)) return;
    if (attached)
        check_value(walk, *option, value);
    else
        walk.pending = option;
}

// A positional with a fixed set of values (`completion SHELL`): the n-th
// positional word is checked against the n-th such argument.
void read_positional(CommandLineWalk& walk, const std::string& word) {
    const std::vector<CLI::Option*> positionals =
        walk.command->get_options([](const CLI::Option* o) { return o->get_positional(); });
    if (walk.positionals.size() < positionals.size())
        check_value(walk, *positionals[walk.positionals.size()], word);
    walk.positionals.push_back(word);
}

}  // namespace

CommandLineWalk walk_command_line(CLI::App& root, const std::vector<std::string>& words) {
    CommandLineWalk walk;
    walk.command = &root;
    walk.path = root.get_name();
    bool only_positionals = false;
    for (const std::string& word : words) {
        if (walk.pending != nullptr) {
            // bash splits "--format=json" into "--format", "=", "json".
            if (word == "=") continue;
            check_value(walk, *walk.pending, word);
            walk.pending = nullptr;
        } else if (!only_positionals && word == "--") {
            only_positionals = true;
        } else if (!only_positionals && word.size() > 1 && word[0] == '-') {
            read_option(walk, word);
        } else if (CLI::App* sub = only_positionals ? nullptr : find_subcommand(*walk.command, word)) {
            walk.command = sub;
            walk.path += " " + sub->get_name();
            walk.positionals.clear();
        } else {
            if (walk.unknown_command.empty() && walk.unknown_option.empty() &&
                !visible_subcommands(*walk.command).empty())
                walk.unknown_command = word;
            read_positional(walk, word);
        }
    }
    return walk;
}

std::vector<CLI::App*> visible_subcommands(CLI::App& app) {
    return app.get_subcommands([](CLI::App* sub) { return !sub->get_group().empty(); });
}

std::vector<std::string> option_spellings(const CLI::Option& option) {
    std::vector<std::string> out;
    for (const std::string& s : option.get_snames()) out.push_back("-" + s);
    for (const std::string& l : option.get_lnames()) out.push_back("--" + l);
    return out;
}

std::vector<std::string> option_choices(const CLI::Option& option) {
    // CLI::IsMember describes itself as "{a,b,c}" in the type name.
    const std::string type = option.get_type_name();
    const auto open = type.find('{');
    const auto close = type.find('}', open);
    if (open == std::string::npos || close == std::string::npos) return {};
    return CLI::detail::split(type.substr(open + 1, close - open - 1), ',');
}

bool takes_value(const CLI::Option& option) { return option.get_expected_max() > 0; }

std::string command_help(const CLI::App& command, const std::string& path) {
    return command.get_formatter()->make_help(&command, path, CLI::AppFormatMode::Normal);
}

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
    print_error_with_hint(fmt::format("unknown command '{}{}'", prefix, visible(walk.unknown_command)),
                          best.empty() ? help_hint(words, "the commands")
                                       : fmt::format("did you mean '{}{}'?", prefix, best));
    return ExitCode::usage;
}

ExitCode unknown_option(const CommandLineWalk& walk, const CLI::App& root) {
    std::vector<std::string> spellings;
    for (const CLI::Option* option : walk.unknown_option_command->get_options())
        for (const std::string& s : option_spellings(*option))
            if (s.starts_with("--") == walk.unknown_option.starts_with("--")) spellings.push_back(s);
    // One letter is one edit from every other: no guess for "-x".
    const std::string best = walk.unknown_option.size() > 2 ? closest_match(walk.unknown_option, spellings) : "";
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
    print_error_with_hint(visible(error.what()), best.empty()
                                                     ? "one of: " + listed
                                                     : fmt::format("did you mean '{}'? (one of: {})", best, listed));
    return ExitCode::usage;
}

}  // namespace

ExitCode report_parse_error(CLI::App& root, const CLI::ParseError& error, const std::vector<std::string>& words) {
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
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr && walk.command->get_require_subcommand_min() > 0) {
        // `rolekit` or `rolekit nos` alone: what there is to choose from.
        print_error(command_help(*walk.command, walk.path));
        return ExitCode::usage;
    }
    const std::string command = command_words(walk.path, root);
    print_error_with_hint(visible(error.what()), help_hint(command, command.empty() ? "the commands" : "its usage"));
    return ExitCode::usage;
}

}  // namespace rolekit::cli
