#pragma once
// What the subcommands share: the library options and the way findings reach
// the terminal.

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "exit_code.hpp"
#include "rolekit/finding.hpp"
#include "rolekit/library.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit::cli {

// A registered subcommand and what to run when it was chosen.
struct Command {
    CLI::App* app = nullptr;
    std::function<ExitCode()> run;
};

struct LibraryOptions {
    std::vector<std::string> paths;
    bool no_builtin = false;
};

void add_library_options(CLI::App& app, LibraryOptions& options);

// Loads the search path's documents; problems found are printed to stderr.
// Sets `usable` to false when some file could not be used at all.
Library load_context(const LibraryOptions& options, bool& usable);

// Prints findings to stderr, with colour when stderr is a terminal.
void print_to_stderr(const Findings& findings);

// Documents named on the command line, each a file or a library id, loaded
// with the library as context. `docs` is in argument order; empty when some
// argument could not be resolved or loaded with errors (the reasons are printed).
struct Arguments {
    Workspace workspace;
    std::vector<const Document*> docs;
};
// `context_kinds`: the kinds of library documents the command reads besides
// its arguments (all when absent).
Arguments load_arguments(const std::vector<std::string>& args, const LibraryOptions& library,
                         const std::vector<std::string>& catalogs = {},
                         std::optional<std::set<DocumentKind>> context_kinds = std::nullopt);

// Adds --catalog FILE (repeatable) to a command.
void add_catalog_option(CLI::App& app, std::vector<std::string>& catalogs);

// "did you mean" for a mistyped document id.
std::string suggest_id(const DocumentSet& documents, const std::string& id);

}  // namespace rolekit::cli
