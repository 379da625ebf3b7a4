#pragma once
// `rolekit validate` as a library call: load the named files and the context
// documents, check the named ones, report.

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "rolekit/load.hpp"
#include "rolekit/report.hpp"

namespace rolekit {

struct ValidateOptions {
    std::vector<std::filesystem::path> inputs;   // files and directories to check
    std::vector<std::filesystem::path> context;  // --catalog files and --path directories
    bool builtin = true;                         // load the built-in library as context
    std::set<std::string, std::less<>> disabled; // rule ids not to report
    unsigned threads = 0;                        // 0: one per core
    LoadOptions load;
};

struct ValidateResult {
    ValidationReport report;
    // False when a named input or a context path could not be used at all
    // (exit code 2).
    bool usable = true;
};

// Findings are reported for the named inputs only. Named documents shadow
// context documents with the same id (a repository of templates may hold its
// own copy of a built-in one); two named documents with one id collide.
ValidateResult validate(const ValidateOptions& options);

// True when some finding is at or above `fail_on` (exit code 1).
bool fails(const ValidationReport& report, Severity fail_on);

}  // namespace rolekit
