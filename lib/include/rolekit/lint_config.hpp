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
    std::map<std::string, std::optional<Severity>, std::less<>> rules;
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

}  // namespace rolekit
