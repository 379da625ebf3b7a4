#include "cmd_diff.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <memory>

#include "output.hpp"
#include "cli_common.hpp"
#include "color.hpp"
#include "rolekit/compare.hpp"

namespace rolekit::cli {

namespace {

struct DiffOptions {
    std::string a, b;
    std::string format = "text";
    std::vector<std::string> sections;
    bool exit_code = false;
    std::string output;
    LibraryOptions library;
};

DiffFormat format_of(const std::string& name) {
    if (name == "markdown") return DiffFormat::markdown;
    if (name == "html") return DiffFormat::html;
    if (name == "json") return DiffFormat::json;
    return DiffFormat::text;
}

ExitCode run_diff(const DiffOptions& o) {
    // Catalogues lend codes to title-only NOS; the map names and orders areas.
    const Arguments loaded =
        open_arguments({o.a, o.b}, o.library, std::set{DocumentKind::nos_catalog, DocumentKind::functional_map});
    if (loaded.docs.empty()) return ExitCode::usage;
    CompareOptions options;
    options.format = format_of(o.format);
    options.color = (o.output.empty() || o.output == "-") && use_color(STDOUT_FILENO);
    options.sections = o.sections;
    const auto result = compare_documents(*loaded.docs[0], *loaded.docs[1], loaded.workspace.scope(), options);
    if (const auto* problem = std::get_if<Finding>(&result)) {
        print_findings({*problem});
        return ExitCode::usage;
    }
    const Comparison& c = std::get<Comparison>(result);
    const ExitCode written = write_output(o.output, c.report, loaded.workspace);
    if (written != ExitCode::ok) return written;
    return o.exit_code && c.differ ? ExitCode::findings : ExitCode::ok;
}

}  // namespace

Command register_diff(CLI::App& parent) {
    auto o = std::make_shared<DiffOptions>();
    CLI::App* app = parent.add_subcommand(
        "diff", "Compare two role profiles, or two revisions of a competence map or standard");
    app->add_option("a", o->a, "First document: a file, - (standard input) or a library id")
        ->required()
        ->type_name("A");
    app->add_option("b", o->b, "Second document: a file, - (standard input) or a library id")
        ->required()
        ->type_name("B");
    app->add_option("--format", o->format, "text, markdown, html or json")
        ->check(CLI::IsMember({"text", "markdown", "html", "json"}))
        ->default_str("text");
    app->add_option("--sections", o->sections,
                    "Role profiles: compare only these sections (core,role_specific,facets,locality)")
        ->delimiter(',')
        ->check(CLI::IsMember({"core", "role_specific", "facets", "locality"}))
        ->allow_extra_args(false);
    app->add_flag("--exit-code", o->exit_code, "Exit 1 when the documents differ, 0 when not (like git diff)");
    add_output_option(*app, o->output);
    add_library_options(*app, o->library);
    return Command{app, [o] { return run_diff(*o); }};
}

}  // namespace rolekit::cli
