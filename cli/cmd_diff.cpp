#include "cmd_diff.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <memory>
#include <set>

#include "cli_common.hpp"
#include "color.hpp"
#include "output.hpp"
#include "pdf_output.hpp"
#include "rolekit/compare.hpp"
#include "rolekit/profile_section.hpp"

namespace rolekit::cli {

namespace {

struct DiffOptions {
    std::string a, b;
    std::string format;  // empty: from the -o extension, else text
    std::vector<std::string> sections;
    bool exit_code = false;
    bool all = false;
    std::string output;
    std::string pdf_engine;
    LibraryOptions library;
};

ExitCode run_diff(const DiffOptions& o, const Terminal& t) {
    // Refused before anything is read: the second read would find nothing.
    if (o.a == "-" && o.b == "-") {
        print_usage_error("A and B are both standard input (-), which can be read only once: give "
                          "one of them as a file or a library id");
        return ExitCode::usage;
    }
    const std::optional<OutputFormat> format = choose_format(OutputCommand::diff, o.format, o.output);
    if (!format) return ExitCode::usage;
    // Catalogues lend codes to title-only NOS; the map names and orders areas.
    const Arguments loaded =
        open_arguments(t, {o.a, o.b}, o.library,
                       std::set{DocumentKind::nos_catalog, DocumentKind::functional_map});
    if (loaded.docs.empty()) return ExitCode::usage;
    CompareOptions options;
    options.format = *diff_format_of(*format);  // the table lists only what diff writes
    if (options.format != DiffFormat::pdf)
        if (const auto unused = pdf_engine_unused(o.pdf_engine)) return *unused;
    if (options.format == DiffFormat::docx)
        if (const auto undated = docx_date_refused()) return *undated;
    options.all = o.all;
    options.color = (o.output.empty() || o.output == "-") && t.colored(STDOUT_FILENO);
    // Every name is known: the option's check refused any other, with the
    // names and "did you mean" (command_line.cpp).
    for (const std::string& name : o.sections) options.sections.insert(*section_kind_from_name(name));
    const auto result = compare_documents(*loaded.docs[0], *loaded.docs[1], loaded.workspace.scope(), options);
    if (const auto* problem = std::get_if<Finding>(&result)) {
        print_findings(t, {*problem});
        return ExitCode::usage;
    }
    const Comparison& c = std::get<Comparison>(result);
    // -q --exit-code: the status only, as `git diff --quiet`; a file asked for is still written.
    if (t.quiet && o.exit_code && (o.output.empty() || o.output == "-"))
        return c.differ ? ExitCode::findings : ExitCode::ok;
    const ExitCode written = options.format == DiffFormat::pdf
                                 ? write_pdf(t, o.output, c.report, o.pdf_engine, loaded.workspace)
                                 : write_output(t, o.output, c.report, loaded.workspace);
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
    add_format_option(*app, o->format, OutputCommand::diff);
    app->add_option("--sections", o->sections,
                    fmt::format("Role profiles: compare only these sections ({})",
                                fmt::join(section_kind_names(), ",")))
        ->delimiter(',')
        ->check(CLI::IsMember(choices_of(section_kind_names())))
        ->allow_extra_args(false);
    app->add_flag("--exit-code", o->exit_code,
                  "Exit 1 when the documents differ, 0 when not (like git diff); with -q, print nothing");
    app->add_flag("--all", o->all,
                  "Also what did not change: a revision page's unchanged items, the NOS in both "
                  "revisions of one profile");
    add_output_option(*app, o->output);
    add_pdf_engine_option(*app, o->pdf_engine);
    add_library_options(*app, o->library);
    return Command{app, [o](const Terminal& t) { return run_diff(*o, t); }};
}

}  // namespace rolekit::cli
