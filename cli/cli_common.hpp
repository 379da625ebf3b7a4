#pragma once
// What the subcommands share: the options that say where references come
// from, and opening the documents a command names.

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exit_code.hpp"
#include "output.hpp"
#include "rolekit/output_format.hpp"
#include "rolekit/repo_config.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit::cli {

// A registered subcommand and what to run when it was chosen.
struct Command {
    CLI::App* app = nullptr;
    // Given how this run prints (-q, --color): known once the line is parsed.
    std::function<ExitCode(const Terminal&)> run;
};

// Options every command takes, before or after its name: --color WHEN and
// -q/--quiet.
struct GlobalOptions {
    std::string color = "auto";
    bool quiet = false;
};
// Adds them to `app` and to every subcommand below it: call once all are
// registered.
void add_global_options(CLI::App& app, GlobalOptions& options);
// How the run prints, as they say: handed to the command that runs.
Terminal terminal_of(const GlobalOptions& options);

// Where references come from: --path, $ROLEKIT_PATH, the built-in library,
// (for the commands that take it) --catalog, and the repository's config
// (--config FILE, --no-config, else the nearest .rolekit.yaml).
struct LibraryOptions {
    std::vector<std::string> paths;
    std::vector<std::string> catalogs;
    bool no_builtin = false;
    std::string config;  // --config FILE
    bool no_config = false;
};

// The repository's config for a run (repo_config.hpp's config_in_force):
// `usable` is false when the one in force cannot be read (its findings are
// printed; exit 2); `config` is empty when none applies.
struct ConfigInForce {
    bool usable = true;
    std::optional<RepoConfig> config;
};
ConfigInForce read_config(const Terminal& terminal, const LibraryOptions& options);

void add_library_options(CLI::App& app, LibraryOptions& options);
// Only --config FILE and --no-config (add_library_options adds them too).
void add_config_options(CLI::App& app, LibraryOptions& options);
// Adds -o/--output FILE: a command's result, written by write_output
// (output.hpp) whole or not at all.
void add_output_option(CLI::App& app, std::string& output);
// Adds --format NAME: its choices (check, completion, "did you mean") and
// help from the library's table of output formats (output_format.hpp).
CLI::Option* add_format_option(CLI::App& app, std::string& format, OutputCommand command);
// The format `command` writes to `output` (empty or "-": standard output),
// from --format (empty: not given) and the file's extension; nothing when it
// cannot be written there, the reason printed (exit 2: nothing is written).
std::optional<OutputFormat> choose_format(OutputCommand command, std::string_view format,
                                          std::string_view output);
// Adds --catalog FILE (repeatable) to a command.
void add_catalog_option(CLI::App& app, LibraryOptions& options);

// One of the library's name tables (severity_names(), format_names(command),
// …) as CLI11 choices: the option's check, and through it completion and the
// "did you mean" of a wrong value, come from the table.
std::vector<std::string> choices_of(std::span<const std::string_view> names);

// The one mapping from command-line options and the config to a workspace's:
// --catalog then the config's `catalogs`; --path, the config's `paths`, then
// $ROLEKIT_PATH and the built-in library; files named from the config's folder.
WorkspaceOptions workspace_options(const LibraryOptions& options, const std::optional<RepoConfig>& config);

// The documents named on the command line (files, "-", or reference ids),
// opened with the references. `docs` has one document per argument, in order;
// it is empty when some argument could not be used or loaded with errors (a
// missing field would give a half-made page or profile), or when the config
// in force cannot be read: the reasons are printed.
struct Arguments {
    Workspace workspace;
    std::vector<const Document*> docs;
};
// `reference_kinds`: the kinds of references the command reads besides its
// arguments (all when absent).
Arguments open_arguments(const Terminal& terminal, const std::vector<std::string>& args,
                         const LibraryOptions& library,
                         std::optional<std::set<DocumentKind>> reference_kinds = std::nullopt);

}  // namespace rolekit::cli
