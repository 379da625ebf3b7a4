#pragma once
// The result of checking a set of files, and its renderings: one printer per
// output format, all fed the same Finding values.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/finding.hpp"
#include "rolekit/output_format.hpp"
#include "rolekit/report_paths.hpp"
#include "rolekit/text_printer.hpp"

namespace rolekit {

enum class ReportFormat { text, json, sarif, junit, github };

// The printer of an output format (output_format.hpp lists what validate
// writes); nothing for a format validate does not write.
std::optional<ReportFormat> report_format_of(OutputFormat format);

struct ValidationReport {
    std::vector<std::string> files;  // every file checked, in order (paths as given)
    Findings findings;               // sorted by file, line, column; only for `files`
    // Silenced by a `# rolekit-disable…` comment in the file: counted, and
    // in SARIF as results with an inSource suppression.
    Findings suppressed;
    // With --baseline: findings the baseline holds (not reported), and
    // baseline entries that no longer match anything (`findings` then also
    // holds each as an info `baseline-fixed`). SARIF marks reported findings
    // "new" and fixed entries "absent".
    bool baseline_used = false;
    std::size_t in_baseline = 0;
    // YAML files a directory scan met that are plainly not rolekit documents.
    std::size_t other_yaml_skipped = 0;
    // Named paths that could not be read at all (missing, unreadable): not
    // among `files`, each with its error in `findings`.
    std::size_t unreadable = 0;
};

struct ReportSummary {
    std::size_t files = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
    std::size_t suppressed = 0;
    std::size_t in_baseline = 0;
    std::size_t other_yaml_skipped = 0;
    std::size_t unreadable = 0;
};

ReportSummary summarize(const ValidationReport& report);

// Text: compiler-style findings, then a summary line. `sources` supplies the
// lines shown under each finding.
std::string render_text(const ValidationReport& report, SourceCache& sources, const TextStyle& style);
// JSON: {"findings": [{rule, severity, file, line, column, message, hint?}], "summary": {...}}
std::string render_json(const ValidationReport& report);
// SARIF 2.1.0: one run, tool.driver.rules from rules.hpp. Files inside
// `names`' root are URIs relative to `%SRCROOT%`, which the run's
// originalUriBaseIds gives as the root's absolute file URI.
std::string render_sarif(const ValidationReport& report, const ReportPaths& names = ReportPaths());
// JUnit XML: one testsuite, one testcase per file. A file with a finding at
// or above `fail_on` is a <failure>; one that could not be used at all (a
// rule marked unusable: io-error, yaml-syntax, …) is an <error>; findings
// below `fail_on` go to <system-out> and the case passes.
std::string render_junit(const ValidationReport& report, Severity fail_on);
// GitHub Actions workflow commands (::error file=…,line=…,col=…::message).
// Text, JUnit and GitHub show document text through visible(); JSON and SARIF
// keep it exact, as JSON escapes (invalid UTF-8 as U+FFFD).
std::string render_github(const ValidationReport& report);

}  // namespace rolekit
