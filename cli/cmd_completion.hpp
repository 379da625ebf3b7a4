#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit completion bash|zsh|fish: a completion script for the shell. Each
// script asks `rolekit __complete` (complete.hpp) for the candidates, so
// commands, options, library ids and rule ids are always the installed ones.
Command register_completion(CLI::App& parent);
}  // namespace rolekit::cli
