#include "cmd_config.hpp"

#include <memory>

namespace rolekit::cli {

namespace {

struct ConfigOptions {
    LibraryOptions library;  // only --config and --no-config
};

ExitCode run_config(const ConfigOptions& o, const Terminal& t) {
    const ConfigReport report = describe_config({o.library.config, o.library.no_config});
    print_findings(t, report.findings);
    if (!report.usable) return ExitCode::usage;
    print(report.text);
    return ExitCode::ok;
}

}  // namespace

Command register_config(CLI::App& parent) {
    auto o = std::make_shared<ConfigOptions>();
    CLI::App* app = parent.add_subcommand(
        "config", "Show the .rolekit.yaml in force, how it was found, and its settings");
    add_config_options(*app, o->library);
    return Command{app, [o](const Terminal& t) { return run_config(*o, t); }};
}

}  // namespace rolekit::cli
