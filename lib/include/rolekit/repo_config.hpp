#pragma once
// `.rolekit.yaml`: the repository's configuration, read by every command as
// ruff reads `pyproject.toml` and eslint its config: the nearest one walking
// up from the working folder, stopping at the repository's top (the folder
// holding `.git`).
//
//   catalogs:         # NOS catalogues every command loads
//     - catalogues/local-nos.yaml
//   paths:            # folders searched for the documents ids refer to
//     - templates
//   rules:            # RULE: error | warning | info | off
//     nos-duplicate: off
//   ignore:           # gitignore-style globs relative to this file's directory
//     - drafts/**
//   fail-on: warning

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rolekit/file_system.hpp"
#include "rolekit/finding.hpp"

namespace rolekit {

inline constexpr std::string_view kConfigFileName = ".rolekit.yaml";

struct RepoConfig {
    std::filesystem::path file;  // where it was read
    // `catalogs` and `paths`, joined to the config's folder: as --catalog and
    // --path (after the command line's own).
    std::vector<std::filesystem::path> catalogs;
    std::vector<std::filesystem::path> paths;
    // The same entries as written in the file (what `rolekit config` shows
    // beside where they point).
    std::vector<std::string> catalogs_written;
    std::vector<std::string> paths_written;
    // A rule's severity, or nullopt for `off`.
    RuleSeverities rules;
    std::vector<std::string> ignore;
    std::optional<Severity> fail_on;
};

struct RepoConfigResult {
    std::optional<RepoConfig> config;  // absent when the file has an error
    Findings findings;                 // every problem, at the file's line and column
};

// Reads a config file; an unknown key or rule, or a bad value, is an error
// finding with "did you mean".
RepoConfigResult load_repo_config(const std::filesystem::path& file, const FileSystem& files = disk());

// The folder reports name paths from: the config's.
std::filesystem::path config_folder(const RepoConfig& config);

// `.rolekit.yaml` in `start` or its nearest parent that has one, up to the
// repository's top (the first folder holding `.git`) or the file system's.
std::optional<std::filesystem::path> find_repo_config(const std::filesystem::path& start,
                                                       const FileSystem& files = disk());

// The same walk, and where it ended: `rolekit config` says where it stopped.
struct ConfigSearch {
    std::optional<std::filesystem::path> file;  // the nearest one, as reached from `start`
    std::filesystem::path last;  // the last folder looked in, as reached from `start` ("..")
    bool at_git = false;         // it holds `.git` (else it is the file system's root)
};
ConfigSearch search_repo_config(const std::filesystem::path& start, const FileSystem& files = disk());

// Which `.rolekit.yaml` a run asked for: `--config FILE`, or `--no-config`;
// neither means the nearest one up from the working folder (every command
// takes both).
struct ConfigChoice {
    std::filesystem::path file;  // --config FILE
    bool none = false;           // --no-config
};

// The config a run uses, read: nullopt when none applies (--no-config, or no
// file up the tree); else what load_repo_config gives, whose `config` is
// absent when the file cannot be used (its findings say why).
std::optional<RepoConfigResult> config_in_force(const ConfigChoice& choice,
                                                     const std::filesystem::path& start = ".",
                                                     const FileSystem& files = disk());

// What `rolekit config` prints: the config in force, how it was found (or
// why none applies), the folder reports name files from, and each setting
// (its `catalogs` and `paths` as written and where they point from the
// working folder). `usable` is false when the config has errors: they are
// the findings, and there is no text.
struct ConfigReport {
    std::string text;
    Findings findings;
    bool usable = true;
};
ConfigReport describe_config(const ConfigChoice& choice, const std::filesystem::path& start = ".",
                             const FileSystem& files = disk());

// The lowest severity that fails the run: --fail-on given on the command line
// wins over the config's `fail-on`; then error.
Severity effective_fail_on(std::optional<Severity> command_line,
                           const std::optional<RepoConfig>& config);

}  // namespace rolekit
