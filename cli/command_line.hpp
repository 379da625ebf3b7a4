#pragma once
// Reading a command line as CLI11 will, for what CLI11 does not do itself:
// the command a line names and what each word is, for "did you mean"
// (parse_error.cpp), the help of a command and shell completion
// (complete.cpp).

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace rolekit::cli {

struct CommandLineWalk {
    CLI::App* command = nullptr;  // the deepest command named
    std::string path;             // as its help names it: "rolekit nos search"
    // The last word was an option that takes a value: the next word is it.
    const CLI::Option* pending = nullptr;
    std::vector<std::string> positionals;  // words given to `command` that are not options
    std::string unknown_command;  // a word where a command was expected, naming none
    std::string unknown_option;   // the first option a command does not take...
    std::string unknown_option_path;  // ...and which command that was
    CLI::App* unknown_option_command = nullptr;
    // The first value that is not among its option's choices.
    std::string bad_value;
    const CLI::Option* bad_value_option = nullptr;
};

// `words` are the arguments after the program name.
CommandLineWalk walk_command_line(CLI::App& root, const std::vector<std::string>& words);

// The subcommands of `app` that help lists (hidden ones, in group "", are not).
std::vector<CLI::App*> visible_subcommands(CLI::App& app);
// How an option is spelled: "-j", "--jobs"; none for a positional.
std::vector<std::string> option_spellings(const CLI::Option& option);
// The values an option allows, when CLI11 checks it against a set.
std::vector<std::string> option_choices(const CLI::Option& option);
bool takes_value(const CLI::Option& option);

// The help of one command, as `<path> --help` prints it.
std::string command_help(const CLI::App& command, const std::string& path);

}  // namespace rolekit::cli
