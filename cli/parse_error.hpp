#pragma once
// What rolekit prints when CLI11 cannot parse a command line.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "exit_code.hpp"

namespace rolekit::cli {

// Prints a CLI11 parse error the rolekit way ("did you mean" when a command,
// option or value is mistyped; the command's help when it needs a
// subcommand) and gives the exit code: 0 for --help and --version. `words`
// are the arguments after the program name.
ExitCode report_parse_error(CLI::App& root, const CLI::ParseError& error,
                            const std::vector<std::string>& words);

}  // namespace rolekit::cli
