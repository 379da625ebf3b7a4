#include "cli_common.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>

#include "rolekit/library.hpp"

namespace rolekit::cli {

void add_global_options(CLI::App& app, GlobalOptions& options) {
    app.add_option("--color", options.color,
                   "Colour: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name("WHEN")
        ->default_str("auto");
    app.add_flag("-q,--quiet", options.quiet, "Print only results, findings and errors: no status or summary lines");
    for (CLI::App* sub : app.get_subcommands({})) add_global_options(*sub, options);
}

Terminal terminal_of(const GlobalOptions& options) {
    return Terminal{color_choice_from_name(options.color), options.quiet};
}

std::vector<std::string> choices_of(std::span<const std::string_view> names) {
    return {names.begin(), names.end()};
}

void add_library_options(CLI::App& app, LibraryOptions& options) {
    app.add_option("--path", options.paths,
                   "Also load reference documents from DIR (repeatable; searched before $ROLEKIT_PATH "
                   "and the built-in library)")
        ->type_name("DIR")
        ->allow_extra_args(false);
    app.add_flag("--no-builtin", options.no_builtin, "Do not load the built-in frameworks library");
    add_config_options(app, options);
}

void add_config_options(CLI::App& app, LibraryOptions& options) {
    app.add_option("--config", options.config,
                   "Read the repository's settings from FILE instead of the nearest .rolekit.yaml")
        ->type_name("FILE");
    app.add_flag("--no-config", options.no_config, "Read no .rolekit.yaml");
}

ConfigInForce read_config(const Terminal& terminal, const LibraryOptions& options) {
    std::optional<RepoConfigResult> read = config_in_force({options.config, options.no_config});
    if (!read) return {};
    print_findings(terminal, read->findings);
    return ConfigInForce{read->config.has_value(), std::move(read->config)};
}

void add_output_option(CLI::App& app, std::string& output) {
    app.add_option("-o,--output", output, "Write to FILE (whole or not at all) instead of stdout")->type_name("FILE");
}

CLI::Option* add_format_option(CLI::App& app, std::string& format, OutputCommand command) {
    return app.add_option("--format", format, format_option_help(command))
        ->check(CLI::IsMember(choices_of(format_names(command))))
        ->type_name("FORMAT");
}

std::optional<OutputFormat> choose_format(OutputCommand command, std::string_view format,
                                          std::string_view output) {
    const FormatChoice choice =
        choose_output_format(command, {format, output, isatty(STDOUT_FILENO) == 1});
    if (!choice.format) print_usage_error(fmt::format("{}\n  hint: {}", choice.message, choice.hint));
    return choice.format;
}

void add_catalog_option(CLI::App& app, LibraryOptions& options) {
    app.add_option("--catalog", options.catalogs, "Also load this NOS catalogue (repeatable)")
        ->type_name("FILE")
        ->allow_extra_args(false);
}

WorkspaceOptions workspace_options(const LibraryOptions& options, const std::optional<RepoConfig>& config) {
    WorkspaceOptions wo;
    std::vector<std::string> paths = options.paths;
    wo.catalogs.assign(options.catalogs.begin(), options.catalogs.end());
    if (config) {
        for (const std::filesystem::path& p : config->paths) paths.push_back(p.string());
        wo.catalogs.insert(wo.catalogs.end(), config->catalogs.begin(), config->catalogs.end());
        wo.names = ReportPaths(config_folder(*config));
        wo.rule_severities = config->rules;
        wo.config_file = config->file;
    }
    wo.search_path = library_search_path(paths, !options.no_builtin);
    return wo;
}

Arguments open_arguments(const Terminal& terminal, const std::vector<std::string>& args,
                         const LibraryOptions& library,
                         std::optional<std::set<DocumentKind>> reference_kinds) {
    const ConfigInForce config = read_config(terminal, library);
    if (!config.usable) return Arguments{Workspace::open({}, WorkspaceOptions{}), {}};
    WorkspaceOptions options = workspace_options(library, config.config);
    options.reference_kinds = std::move(reference_kinds);
    Arguments out{Workspace::open(args, options), {}};
    print_findings(terminal, out.workspace.findings(), &out.workspace);
    const bool all_loaded = std::all_of(out.workspace.inputs().begin(), out.workspace.inputs().end(),
                                        [](const Input& in) { return in.document != nullptr; });
    if (out.workspace.usable() && all_loaded && !has_errors(out.workspace.findings()))
        for (const Input& in : out.workspace.inputs()) out.docs.push_back(in.document);
    return out;
}

}  // namespace rolekit::cli
