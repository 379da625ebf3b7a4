#pragma once
// A baseline, as PHPStan and detekt keep one: today's findings recorded, so
// that a repository can adopt `validate` in CI and fail only on new ones.
//
// Entries match on rule, file, message and the text of the flagged line, not
// on line numbers: edits elsewhere in a file keep its entries valid. Files
// (and the files messages name) are stored relative to the baseline's own
// folder, so one baseline matches however the files were named on the
// command line and wherever rolekit runs from.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rolekit/file_system.hpp"
#include "rolekit/report.hpp"
#include "rolekit/report_paths.hpp"

namespace rolekit {

struct BaselineEntry {
    std::string rule;
    std::string file;  // relative to the baseline's folder, normal; `<builtin>/…` for the library
    std::string message;
    std::string line;  // the flagged line, trimmed; empty without a position
};

// The text of each flagged line, by file and line number, taken while the
// file's text is in memory (validate does): the file is never read again.
using FlaggedLines = std::map<std::pair<std::string, int>, std::string>;
void record_flagged_lines(const Findings& findings, std::string_view text, FlaggedLines& out);

// Where a baseline is (as the process reaches it) and how the run names
// files: together they turn a finding's file into the baseline's name for
// it, and back.
struct BaselinePlace {
    std::filesystem::path file;  // the baseline
    ReportPaths names;           // the run's (ValidateResult::names)

    // A report name (`Finding::file`) as the baseline names it, and back.
    std::string stored(const std::string& name) const;
    std::string reported(const std::string& stored) const;
};

// The entries for a report's findings, named from the baseline's folder.
std::vector<BaselineEntry> baseline_of(const ValidationReport& report, const FlaggedLines& lines,
                                       const BaselinePlace& place);

// JSON, one entry per line, in report order: diffs of a baseline stay small.
std::string baseline_to_json(const std::vector<BaselineEntry>& entries);

struct BaselineRead {
    std::vector<BaselineEntry> entries;
    std::string error;  // not readable, or not a rolekit baseline
};
// Entries as stored, normalised: one written by an earlier rolekit
// (`./templates/…`, inside messages too) reads as one written now.
BaselineRead read_baseline(const std::string& path, const FileSystem& files = disk());

// Takes the findings the baseline holds out of `report` (counting them), and
// adds an info `baseline-fixed` finding (named as the report names files)
// for each entry nothing matched whose file this run checked. An entry for
// a file the run did not check is neither matched nor fixed; so is an
// `id-collision` entry whose other file it did not check.
void apply_baseline(ValidationReport& report, const std::vector<BaselineEntry>& baseline,
                    const FlaggedLines& lines, const BaselinePlace& place);

}  // namespace rolekit
