#include "cmd_export.hpp"

#include <cstdlib>
#include <ctime>
#include <memory>

#include "rolekit/case.hpp"

namespace rolekit::cli {

namespace {

struct ExportOptions {
    std::string document;
    std::string format;  // empty: case, the only one
    std::string output;
    std::string uri_base;
    std::string creator;
    LibraryOptions library;
};

ExitCode run_export(const ExportOptions& o, const Terminal& t) {
    if (!choose_format(OutputCommand::export_case, o.format, o.output)) return ExitCode::usage;
    // NOS listed by title get their codes from the catalogues.
    const Arguments loaded =
        open_arguments(t, {o.document}, o.library, std::set{DocumentKind::nos_catalog});
    if (loaded.docs.empty()) return ExitCode::usage;
    const Document& doc = *loaded.docs.front();
    const CaseDate when = case_date(std::getenv("SOURCE_DATE_EPOCH"), doc.path,
                                    static_cast<std::int64_t>(std::time(nullptr)));
    if (!when.error.empty()) {
        print_usage_error(when.error);
        return ExitCode::usage;
    }
    const std::string text = export_case(doc, loaded.workspace.scope(),
                                         CaseExportOptions{o.uri_base, when.seconds, o.creator});
    return write_output(t, o.output, text, loaded.workspace);
}

}  // namespace

Command register_export(CLI::App& parent) {
    auto o = std::make_shared<ExportOptions>();
    CLI::App* app = parent.add_subcommand("export", "Export a document as a CASE 1.1 package (JSON)");
    app->add_option("document", o->document, "A file, - (standard input) or a library id")
        ->required()
        ->type_name("FILE|ID");
    add_format_option(*app, o->format, OutputCommand::export_case);
    app->add_option("--uri-base", o->uri_base,
                    "Each uri is URL/IDENTIFIER (default: urn:uuid:IDENTIFIER)")
        ->type_name("URL");
    app->add_option("--creator", o->creator,
                    "CFDocument.creator: who publishes the framework (default: the document's "
                    "publisher, or an overlay's locality)")
        ->type_name("NAME");
    add_output_option(*app, o->output);
    add_library_options(*app, o->library);
    return Command{app, [o](const Terminal& t) { return run_export(*o, t); }};
}

}  // namespace rolekit::cli
