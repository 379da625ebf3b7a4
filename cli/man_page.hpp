#pragma once
// The rolekit(1) manual page, made from the commands as registered: their
// descriptions, options and exit codes cannot drift from the program.
// `rolekit __man [FILE]` prints it (hidden); the build writes it beside the
// binary and `cmake --install` puts it in share/man/man1.

#include <CLI/CLI.hpp>
#include <string>

namespace rolekit::cli {

inline constexpr std::string_view kManCommand = "__man";

// roff for man(7).
std::string man_page(CLI::App& root);

}  // namespace rolekit::cli
