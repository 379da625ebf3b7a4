#pragma once
// What `rolekit validate` writes: its report in every format, the baseline,
// and the checks that its outputs land on no file it reads nor on each other.

#include <optional>
#include <string>

#include "exit_code.hpp"
#include "output.hpp"
#include "rolekit/file_set.hpp"
#include "rolekit/repo_config.hpp"
#include "rolekit/report.hpp"
#include "rolekit/validate.hpp"

namespace rolekit::cli {

// `terminal`: for standard output (coloured as it says; under -q the
// findings without the summary); null: for a file (plain and whole).
std::string render_report(const ValidateResult& result, ReportFormat format, Severity fail_on,
                          const Terminal* terminal);

// Records today's findings; the run passes (a baseline is a starting point).
ExitCode write_baseline(const Terminal& t, const std::string& path, const ValidateResult& result,
                        const FileSet& reads);

// --output-file and --write-baseline naming one file (however spelled, new
// or not): the second write would replace the first. True when they do
// (printed).
bool outputs_clash(const Terminal& t, const std::string& output_file,
                   const std::string& write_baseline);

// What the run read: its inputs and references, the config in force and the
// baseline; no output may replace one of them.
FileSet files_read(const ValidateOptions& options, const ValidateResult& result,
                   const std::optional<RepoConfig>& config, const std::string& baseline);

}  // namespace rolekit::cli
