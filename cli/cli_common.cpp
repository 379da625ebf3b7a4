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

WorkspaceOptions workspace_options(const LibraryOptions& options) {
    WorkspaceOptions wo;
    wo.search_path = library_search_path(options.paths, !options.no_builtin);
    wo.catalogs.assign(options.catalogs.begin(), options.catalogs.end());
    return wo;
}

Arguments open_arguments(const Terminal& terminal, const std::vector<std::string>& args,
                         const LibraryOptions& library,
                         std::optional<std::set<DocumentKind>> reference_kinds) {
    WorkspaceOptions options = workspace_options(library);
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
