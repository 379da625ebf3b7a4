#include "cmd_export.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <ctime>
#include <memory>

#include "rolekit/case.hpp"
#include "rolekit/render.hpp"
#include "rolekit/sheet.hpp"

namespace rolekit::cli {

namespace {

struct ExportOptions {
    std::vector<std::string> documents;
    std::string format;  // empty: from the -o extension, else case
    std::string output;
    std::string uri_base;
    std::string creator;
    LibraryOptions library;
};

ExitCode run_case(const ExportOptions& o, const Terminal& t, const Arguments& loaded) {
    const Document& doc = *loaded.docs.front();
    const CaseDate when = case_date(std::getenv("SOURCE_DATE_EPOCH"), doc.source_file(),
                                    static_cast<std::int64_t>(std::time(nullptr)));
    if (!when.error.empty()) {
        print_usage_error(when.error);
        return ExitCode::usage;
    }
    const std::string text = export_case(doc, loaded.workspace.scope(),
                                         CaseExportOptions{o.uri_base, when.seconds, o.creator});
    return write_output(t, o.output, text, loaded.workspace);
}

// The training-needs matrix: every document a role profile.
ExitCode run_matrix(const ExportOptions& o, const Terminal& t, const Arguments& loaded,
                    OutputFormat format) {
    for (const Document* doc : loaded.docs)
        if (const std::string why = matrix_refusal(*doc); !why.empty()) {
            print_usage_error(why);
            return ExitCode::usage;
        }
    const SheetTable table = training_matrix(loaded.docs, loaded.workspace.scope());
    try {
        const std::string bytes = format == OutputFormat::csv
                                      ? sheet_csv(table)
                                      : sheet_xlsx(table, sheet_created_date());
        return write_output(t, o.output, bytes, loaded.workspace);
    } catch (const SheetRefused& e) {  // a cell an XLSX cannot hold
        print_usage_error(e.what());
        return ExitCode::usage;
    }
}

ExitCode run_export(const ExportOptions& o, const Terminal& t) {
    const std::optional<OutputFormat> format =
        choose_format(OutputCommand::export_case, o.format, o.output);
    if (!format) return ExitCode::usage;
    if (*format == OutputFormat::case_package && o.documents.size() > 1) {
        print_usage_error(fmt::format(
            "a CASE package holds one document; {} were given (csv and xlsx take several)",
            o.documents.size()));
        return ExitCode::usage;
    }
    if (*format == OutputFormat::xlsx)
        if (const auto undated = docx_date_refused()) return *undated;
    // NOS listed by title get their codes from the catalogues; the map names
    // and orders the matrix's areas.
    const Arguments loaded =
        open_arguments(t, o.documents, o.library,
                       std::set{DocumentKind::nos_catalog, DocumentKind::functional_map});
    if (loaded.docs.empty()) return ExitCode::usage;
    if (*format == OutputFormat::case_package) return run_case(o, t, loaded);
    return run_matrix(o, t, loaded, *format);
}

}  // namespace

Command register_export(CLI::App& parent) {
    auto o = std::make_shared<ExportOptions>();
    CLI::App* app = parent.add_subcommand(
        "export",
        "Export a document as a CASE 1.1 package (JSON), or role profiles as a training-needs "
        "matrix (CSV, XLSX)");
    app->add_option("documents", o->documents,
                    "Files, - (standard input) or library ids: one for case, role profiles for "
                    "csv and xlsx")
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
