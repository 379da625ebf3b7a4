#include "validate_output.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

std::string render_report(const ValidateResult& result, ReportFormat format, Severity fail_on,
                          const Terminal* terminal) {
    const ValidationReport& report = result.report;
    switch (format) {
        case ReportFormat::json: return render_json(report);
        case ReportFormat::sarif: return render_sarif(report, result.names);
        case ReportFormat::junit: return render_junit(report, fail_on);
        case ReportFormat::github: return render_github(report);
        case ReportFormat::text: break;
    }
    SourceCache sources(result.names);
    for (const auto& [name, text] : result.stream_texts) sources.add(name, text);
    const TextStyle style{terminal != nullptr && terminal->colored(STDOUT_FILENO), true};
    if (terminal == nullptr || !terminal->quiet) return render_text(report, sources, style);
    std::string out;
    for (const Finding& f : report.findings) out += format_finding(f, sources, style);
    return out;
}

ExitCode write_baseline(const Terminal& t, const std::string& path, const ValidateResult& result,
                        const FileSet& reads) {
    const std::vector<BaselineEntry> entries =
        baseline_of(result.report, result.flagged_lines, {path, result.names});
    if (!result.usable) {
        print_findings(t, result.report.findings);
        print_error("rolekit: error: some input could not be used; no baseline written\n");
        return ExitCode::usage;
    }
    return write_output(
        t, path, baseline_to_json(entries),
        [&](const std::filesystem::path& p) { return reads.contains(p); },
        fmt::format(" ({} finding{})", entries.size(), entries.size() == 1 ? "" : "s"));
}

// --output-file and --write-baseline naming one file (however spelled, new
// or not): the second write would replace the first.
bool outputs_clash(const Terminal& t, const std::string& output_file,
                   const std::string& write_baseline) {
    const auto named = [](const std::string& p) { return !p.empty() && p != "-"; };
    if (!named(output_file) || !named(write_baseline)) return false;
    const std::string a = file_identity(output_file), b = file_identity(write_baseline);
    if (a.empty() || a != b) return false;
    print_findings(t, {Finding{"output-is-input",
                               Severity::error,
                               visible(write_baseline),
                               {},
                               "--output-file and --write-baseline name the same file",
                               "write the report and the baseline to two files"}});
    return true;
}

FileSet files_read(const ValidateOptions& options, const ValidateResult& result,
                   const std::optional<RepoConfig>& config, const std::string& baseline) {
    FileSet reads = rolekit::files_read(options, result);
    if (config) reads.add(config->file);
    if (!baseline.empty()) reads.add(baseline);
    return reads;
}

}  // namespace rolekit::cli
