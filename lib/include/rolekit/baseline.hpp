#pragma once
// A baseline, as PHPStan and detekt keep one: today's findings recorded, so
// that a repository can adopt `validate` in CI and fail only on new ones.
//
// Entries match on rule, file, message and the text of the flagged line, not
// on line numbers: edits elsewhere in a file keep its entries valid.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rolekit/file_system.hpp"
#include "rolekit/report.hpp"

namespace rolekit {

struct BaselineEntry {
    std::string rule;
    std::string file;  // lexically normal, as the finding names it
    std::string message;
    std::string line;  // the flagged line, trimmed; empty without a position
};

// The text of each flagged line, by file and line number, taken while the
// file's text is in memory (validate does): the file is never read again.
using FlaggedLines = std::map<std::pair<std::string, int>, std::string>;
void record_flagged_lines(const Findings& findings, std::string_view text, FlaggedLines& out);

// The entries for a report's findings.
std::vector<BaselineEntry> baseline_of(const ValidationReport& report, const FlaggedLines& lines);

// JSON, one entry per line, in report order: diffs of a baseline stay small.
std::string baseline_to_json(const std::vector<BaselineEntry>& entries);

struct BaselineRead {
    std::vector<BaselineEntry> entries;
    std::string error;  // not readable, or not a rolekit baseline
};
BaselineRead read_baseline(const std::string& path, const FileSystem& files = disk());

// Takes the findings the baseline holds out of `report` (counting them), and
// adds an info `baseline-fixed` finding for each entry nothing matched.
void apply_baseline(ValidationReport& report, const std::vector<BaselineEntry>& baseline,
                    const FlaggedLines& lines);

}  // namespace rolekit
