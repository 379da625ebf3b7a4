#include "rolekit/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace rolekit {

std::optional<ReportFormat> report_format_of(OutputFormat format) {
    switch (format) {
        case OutputFormat::text: return ReportFormat::text;
        case OutputFormat::json: return ReportFormat::json;
        case OutputFormat::sarif: return ReportFormat::sarif;
        case OutputFormat::junit: return ReportFormat::junit;
        case OutputFormat::github: return ReportFormat::github;
        default: return std::nullopt;
    }
}

ReportSummary summarize(const ValidationReport& report) {
    ReportSummary s;
    s.files = report.files.size();
    for (const Finding& f : report.findings) {
        switch (f.severity) {
            case Severity::error: ++s.errors; break;
            case Severity::warning: ++s.warnings; break;
            case Severity::info: ++s.infos; break;
        }
    }
    s.suppressed = report.suppressed.size();
    s.in_baseline = report.in_baseline;
    s.other_yaml_skipped = report.other_yaml_skipped;
    s.unreadable = report.unreadable;
    return s;
}

namespace {

std::string plural(std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

std::string render_text(const ValidationReport& report, SourceCache& sources,
                        const TextStyle& style) {
    std::string out;
    for (const Finding& f : report.findings) out += format_finding(f, sources, style);
    const ReportSummary s = summarize(report);
    // Counts that are zero are left out, so a plain run reads as it always has.
    if (s.other_yaml_skipped > 0)
        out += fmt::format("{} skipped\n", plural(s.other_yaml_skipped, "other YAML file"));
    out += plural(s.files, "file") + " checked";
    if (s.unreadable > 0) out += fmt::format(", {} could not be read", s.unreadable);
    out += fmt::format(": {}, {}, {}", plural(s.errors, "error"), plural(s.warnings, "warning"),
                       plural(s.infos, "info"));
    if (s.suppressed > 0) out += fmt::format(", {} suppressed", s.suppressed);
    if (s.in_baseline > 0) out += fmt::format(", {} in the baseline", s.in_baseline);
    return out + "\n";
}

}  // namespace rolekit
