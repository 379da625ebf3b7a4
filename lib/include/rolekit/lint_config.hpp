#pragma once
// `.rolekit.yaml`: how `rolekit validate` treats a repository, as
// `.yamllint.yaml` or ruff's `pyproject.toml` do theirs.
//
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

inline constexpr std::string_view kLintConfigFileName = ".rolekit.yaml";

struct LintConfig {
    std::filesystem::path file;  // where it was read
    // A rule's severity, or nullopt for `off`.
    std::map<RuleId, std::optional<Severity>> rules;
    std::vector<std::string> ignore;
    std::optional<Severity> fail_on;
};

struct LintConfigResult {
    std::optional<LintConfig> config;  // absent when the file has an error
    Findings findings;                 // every problem, at the file's line and column
};

// Reads a config file; an unknown key or rule, or a bad value, is an error
// finding with "did you mean".
LintConfigResult load_lint_config(const std::filesystem::path& file, const FileSystem& files = disk());

// `.rolekit.yaml` in `start` or its nearest parent that has one.
std::optional<std::filesystem::path> find_lint_config(const std::filesystem::path& start,
                                                       const FileSystem& files = disk());

// Which `.rolekit.yaml` a run asked for: `--config FILE`, or `--no-config`;
// neither means the nearest one up from the working folder.
struct LintConfigChoice {
    std::filesystem::path file;  // --config FILE
    bool none = false;           // --no-config
};

// The config a run uses, read: nullopt when none applies (--no-config, or no
// file up the tree); else what load_lint_config gives, whose `config` is
// absent when the file cannot be used (its findings say why).
std::optional<LintConfigResult> lint_config_in_force(const LintConfigChoice& choice,
                                                     const std::filesystem::path& start = ".",
                                                     const FileSystem& files = disk());

// The lowest severity that fails the run: --fail-on given on the command line
// wins over the config's `fail-on`; then error.
Severity effective_fail_on(std::optional<Severity> command_line,
                           const std::optional<LintConfig>& config);

}  // namespace rolekit
