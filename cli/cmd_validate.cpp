#include "cmd_validate.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <optional>

#include "cli_common.hpp"
#include "cmd_cache.hpp"
#include "output.hpp"
#include "rolekit/repo_config.hpp"
#include "rolekit/report.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/validate.hpp"
#include "validate_output.hpp"

namespace rolekit::cli {

namespace {

struct ValidateCliOptions {
    std::vector<std::string> inputs;
    LibraryOptions library;
    std::string format;  // empty: from the --output-file extension, else text
    std::string fail_on = "error";
    std::string output_file;  // --output-file: the --format report goes there
    std::vector<std::string> disabled;
    unsigned threads = 0;
    std::uintmax_t max_file_size = LoadOptions{}.max_file_size;
    std::vector<std::string> excludes;
    std::string baseline;
    std::string write_baseline;
    bool no_cache = false;
    bool skip_other_yaml = false;
    bool force_exclude = false;
    CLI::Option* fail_on_option = nullptr;  // given on the command line?
};

ExitCode run_validate(const ValidateCliOptions& cli, const Terminal& t) {
    if (outputs_clash(t, cli.output_file, cli.write_baseline)) return ExitCode::usage;
    const std::optional<OutputFormat> chosen = choose_format(OutputCommand::validate, cli.format, cli.output_file);
    if (!chosen) return ExitCode::usage;
    const ConfigInForce in_force = read_config(t, cli.library);
    if (!in_force.usable) return ExitCode::usage;
    const std::optional<RepoConfig>& config = in_force.config;
    ValidateOptions options;
    options.inputs = cli.inputs.empty() ? std::vector<std::string>{"."} : cli.inputs;
    options.workspace = workspace_options(cli.library, config);
    options.workspace.threads = cli.threads;
    options.workspace.load.max_file_size = cli.max_file_size;
    for (const std::string& id : cli.disabled)
        options.disabled.insert(*find_rule_id(id));  // known_rule
    options.scan.exclude.add(".", cli.excludes);
    options.scan.named_as_scanned = cli.skip_other_yaml;
    options.scan.force_exclude = cli.force_exclude;
    if (config) use_config(*config, options);
    if (!cli.baseline.empty()) {
        BaselineRead read = read_baseline(cli.baseline);
        if (!read.error.empty()) {
            print_findings(
                t, {Finding{"io-error", Severity::error, cli.baseline, {}, read.error, {}}});
            return ExitCode::usage;
        }
        // A baseline written records every finding, whatever the old one holds.
        if (cli.write_baseline.empty()) options.baseline = std::move(read.entries);
        options.baseline_file = cli.baseline;
    }

    const std::optional<CacheStore> cache = open_cache(cli.no_cache);
    options.cache = cache ? &*cache : nullptr;
    const ValidateResult result = validate(options);
    const FileSet reads = files_read(options, result, config, cli.baseline);
    if (!cli.write_baseline.empty()) return write_baseline(t, cli.write_baseline, result, reads);
    const Severity fail_on = effective_fail_on(
        cli.fail_on_option->count() > 0 ? severity_from_name(cli.fail_on) : std::nullopt, config);
    ReportFormat format = *report_format_of(*chosen);  // the table lists only what validate writes
    if (!cli.output_file.empty() && cli.output_file != "-") {
        const ExitCode written =
            write_output(t, cli.output_file, render_report(result, format, fail_on, nullptr),
                         [&](const std::filesystem::path& p) { return reads.contains(p); });
        if (written != ExitCode::ok) return written;
        format = ReportFormat::text;  // standard output keeps the readable report
    }
    print(render_report(result, format, fail_on, &t));
    if (!result.usable) return ExitCode::usage;
    return fails(result.report, fail_on) ? ExitCode::findings : ExitCode::ok;
}

// CLI11 validator: a rule id from the rule table that may be disabled.
CLI::Validator known_rule() {
    return CLI::Validator([](std::string& id) { return why_not_disabled(id); }, "RULE");
}

}  // namespace

Command register_validate(CLI::App& parent) {
    auto o = std::make_shared<ValidateCliOptions>();
    CLI::App* app = parent.add_subcommand(
        "validate", "Check files and directories against the format and against each other");
    app->add_option("paths", o->inputs,
                    "Files or directories to check, or - for standard input (default: .)")
        ->type_name("PATH");
    add_format_option(*app, o->format, OutputCommand::validate);
    app->add_option(
           "-o,--output-file", o->output_file,
           "Write the report to FILE, in the format its extension names (else --format's), whole or "
           "not at all, never over a file this reads; standard output then shows the text report")
        ->type_name("FILE");
    o->fail_on_option =
        app->add_option("--fail-on", o->fail_on, "Lowest severity that makes the exit code 1")
            ->check(CLI::IsMember(choices_of(severity_names())))
            ->default_str("error");
    app->add_option("--disable", o->disabled, "Do not report RULE (repeatable)")
        ->check(known_rule())
        ->allow_extra_args(false);
    add_catalog_option(*app, o->library);
    add_library_options(*app, o->library);
    app->add_option("-j,--jobs", o->threads,
                    "Threads for loading and checking (default: all cores)");
    app->add_option("--max-file-size", o->max_file_size, "Largest file to read, in bytes")
        ->default_str("16777216");
    app->add_option(
           "--exclude", o->excludes,
           "Leave out of directory scans what GLOB names (gitignore style, from here; repeatable)")
        ->type_name("GLOB")
        ->allow_extra_args(false);
    app->add_flag("--skip-other-yaml", o->skip_other_yaml,
                  "Skip named YAML files that are not rolekit documents, as directory scans do");
    app->add_flag("--force-exclude", o->force_exclude,
                  "Apply --exclude and .rolekit.yaml's ignore to named files too");
    app->add_option("--baseline", o->baseline, "Report only findings not recorded in FILE")
        ->type_name("FILE");
    app->add_option("--write-baseline", o->write_baseline,
                    "Record today's findings in FILE, and pass")
        ->type_name("FILE");
    app->add_flag("--no-cache", o->no_cache,
                  "Neither read nor write the validation cache (rolekit cache info)");
    return Command{app, [o](const Terminal& t) { return run_validate(*o, t); }};
}

}  // namespace rolekit::cli
