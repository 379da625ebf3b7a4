#pragma once
// `rolekit validate` as a library call: load the named files and the context
// documents, check the named ones, report.

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <map>

#include "rolekit/baseline.hpp"
#include "rolekit/cache.hpp"
#include "rolekit/file_set.hpp"
#include "rolekit/repo_config.hpp"
#include "rolekit/load.hpp"
#include "rolekit/workspace.hpp"
#include "rolekit/report.hpp"

namespace rolekit {

struct ValidateOptions {
    std::vector<std::string> inputs;              // files, directories, "-" (standard input)
    WorkspaceOptions workspace;                   // references, loading, threads
    ScanOptions scan;                             // what directory scans leave out
    std::set<RuleId> disabled;  // rules not to report (--disable)
    // Severities set by .rolekit.yaml; nullopt turns a rule off.
    RuleSeverities severities;
    // Report only findings not in this baseline (--baseline).
    std::optional<std::vector<BaselineEntry>> baseline;
    std::filesystem::path baseline_file;  // where it is: its entries name files from its folder
    // The validation cache (docs/cache.md); null runs without it. The result
    // is the same either way, to the byte.
    const CacheStore* cache = nullptr;
};

struct ValidateResult {
    ValidationReport report;
    // False when a named input or a reference could not be used at all
    // (exit code 2).
    bool usable = true;
    // Inputs that cannot be read again (standard input, FIFOs), for source
    // excerpts in the text report.
    std::map<std::string, std::string> stream_texts;
    // The text of every flagged line, for the baseline (baseline.hpp).
    FlaggedLines flagged_lines;
    // Every input file located (named or scanned), standard input included.
    std::set<std::string> input_identities;
    // How the findings name files, and so where to read them again.
    ReportPaths names;
};

// Findings are reported for the inputs only, after the files' own
// rolekit-disable comments, the severities and --disable, then the baseline.
// Scanned YAML files that are not rolekit documents are counted, not checked;
// a named path that yields no document is an error (no-documents). Ids inside a checked file resolve
// among the checked files first, then the references (a repository of
// templates may hold its own copy of a built-in one). Every checked file is
// checked in full; two different checked files with one id are also reported
// (id-collision: a reference to that id is ambiguous).
ValidateResult validate(const ValidateOptions& options);

// Applies .rolekit.yaml: its rule severities, and its `ignore` globs (rooted
// at its directory) to the directory scans.
void use_config(const RepoConfig& config, ValidateOptions& options);

// Every file the run read or depends on: its inputs, the --catalog files
// and every YAML file on the search path. No output may land on one.
FileSet files_read(const ValidateOptions& options, const ValidateResult& result);

// True when some finding is at or above `fail_on` (exit code 1).
bool fails(const ValidationReport& report, Severity fail_on);

}  // namespace rolekit
