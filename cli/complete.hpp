#pragma once
// `rolekit __complete WORD...`: what the shell completion scripts
// (`rolekit completion SHELL`) ask for. WORDs are the command line after
// "rolekit", the last one the word being completed (maybe empty). Prints one
// candidate per line, and "::files" when file names fit there too. Hidden:
// not a command for people.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace rolekit::cli {

inline constexpr std::string_view kCompleteCommand = "__complete";
inline constexpr std::string_view kFilesMarker = "::files";

// The candidates for the last of `words`, in order, without duplicates.
std::vector<std::string> completions(CLI::App& root, const std::vector<std::string>& words);

}  // namespace rolekit::cli
