#include "command_line.hpp"

#include <algorithm>

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

}  // namespace rolekit::cli
