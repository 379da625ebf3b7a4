#pragma once
// rolekit help [COMMAND...]: the same text as `rolekit COMMAND... --help`;
// and what each command's help states about its exit codes.

#include <span>
#include <string_view>

#include "cli_common.hpp"

namespace rolekit::cli {

Command register_help(CLI::App& root);

// Each command's exit codes, as its --help footer, the man page and
// docs/cli.md state them.
struct CommandExitCodes {
    std::string_view command;  // "validate", "nos search"; "" for rolekit itself
    std::string_view footer;
};
std::span<const CommandExitCodes> exit_code_footers();
// Adds the line to every registered command's footer (call once all are
// registered, on commands that did not inherit a footer).
void add_exit_code_footers(CLI::App& root);

}  // namespace rolekit::cli
