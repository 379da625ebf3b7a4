#include "cmd_validate.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <memory>

#include "cli_common.hpp"
#include "rolekit/report.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/validate.hpp"

namespace rolekit::cli {

namespace {

struct ValidateCliOptions {
    std::vector<std::string> inputs;
    LibraryOptions library;
    std::string format = "text";
    std::string fail_on = "error";
    std::vector<std::string> disabled;
    unsigned threads = 0;
    std::uintmax_t max_file_size = LoadOptions{}.max_file_size;
};

Severity severity_from_name(const std::string& name) {
    if (name == "warning") return Severity::warning;
    if (name == "info") return Severity::info;
    return Severity::error;
}

std::string render(const ValidateResult& result, ReportFormat format) {
    const ValidationReport& report = result.report;
    switch (format) {
        case ReportFormat::json: return render_json(report);
        case ReportFormat::sarif: return render_sarif(report);
        case ReportFormat::junit: return render_junit(report);
        case ReportFormat::github: return render_github(report);
        case ReportFormat::text: break;
    }
    SourceCache sources;
    for (const auto& [name, text] : result.stream_texts) sources.add(name, text);
    return render_text(report, sources, TextStyle{::isatty(STDOUT_FILENO) == 1, true});
}

ExitCode run_validate(const ValidateCliOptions& cli) {
    ValidateOptions options;
    options.inputs = cli.inputs.empty() ? std::vector<std::string>{"."} : cli.inputs;
    options.workspace = workspace_options(cli.library);
    options.workspace.threads = cli.threads;
    options.workspace.load.max_file_size = cli.max_file_size;
    options.disabled.insert(cli.disabled.begin(), cli.disabled.end());

    const ValidateResult result = validate(options);
    print(render(result, *report_format_from_name(cli.format)));
    if (!result.usable) return ExitCode::usage;
    return fails(result.report, severity_from_name(cli.fail_on)) ? ExitCode::findings : ExitCode::ok;
}

// CLI11 validator: a rule id from the rule table.
CLI::Validator known_rule() {
    return CLI::Validator(
        [](std::string& id) -> std::string {
            if (find_rule(id) != nullptr) return {};
            return fmt::format("unknown rule '{}' (docs/rules.md lists the rules)", id);
        },
        "RULE");
}

}  // namespace

Command register_validate(CLI::App& parent) {
    auto o = std::make_shared<ValidateCliOptions>();
    CLI::App* app = parent.add_subcommand(
        "validate", "Check files and directories against the format and against each other");
    app->add_option("paths", o->inputs, "Files or directories to check, or - for standard input (default: .)")
        ->type_name("PATH");
    app->add_option("--format", o->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "sarif", "junit", "github"}))
        ->default_str("text");
    app->add_option("--fail-on", o->fail_on, "Lowest severity that makes the exit code 1")
        ->check(CLI::IsMember({"error", "warning", "info"}))
        ->default_str("error");
    app->add_option("--disable", o->disabled, "Do not report RULE (repeatable)")
        ->check(known_rule())
        ->allow_extra_args(false);
    add_catalog_option(*app, o->library);
    add_library_options(*app, o->library);
    app->add_option("-j,--jobs", o->threads, "Threads for loading and checking (default: all cores)");
    app->add_option("--max-file-size", o->max_file_size, "Largest file to read, in bytes")
        ->default_str("16777216");
    return Command{app, [o] { return run_validate(*o); }};
}

}  // namespace rolekit::cli
