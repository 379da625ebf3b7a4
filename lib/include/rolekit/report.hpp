#pragma once
// The result of checking a set of files, and its renderings: one printer per
// output format, all fed the same Finding values.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/finding.hpp"
#include "rolekit/text_printer.hpp"

namespace rolekit {

enum class ReportFormat { text, json, sarif, junit, github };

std::optional<ReportFormat> report_format_from_name(std::string_view name);

struct ValidationReport {
    std::vector<std::string> files;  // every file checked, in order (paths as given)
    Findings findings;               // sorted by file, line, column; only for `files`
};

struct ReportSummary {
    std::size_t files = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
};

ReportSummary summarize(const ValidationReport& report);

// Text: compiler-style findings, then a summary line. `sources` supplies the
// lines shown under each finding.
std::string render_text(const ValidationReport& report, SourceCache& sources, const TextStyle& style);
// JSON: {"findings": [{rule, severity, file, line, column, message, hint?}], "summary": {...}}
std::string render_json(const ValidationReport& report);
// SARIF 2.1.0: one run, tool.driver.rules from rules.hpp.
std::string render_sarif(const ValidationReport& report);
// JUnit XML: one testsuite, one testcase per file; a file with errors fails.
std::string render_junit(const ValidationReport& report);
// GitHub Actions workflow commands (::error file=…,line=…,col=…::message).
std::string render_github(const ValidationReport& report);

}  // namespace rolekit
