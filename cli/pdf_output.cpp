#include "pdf_output.hpp"

#include "rolekit/pdf.hpp"

namespace rolekit::cli {

void add_pdf_engine_option(CLI::App& app, std::string& engine) {
    app.add_option(
           "--pdf-engine", engine,
           "With --format pdf: the program that prints the PDF (default: the first of chromium, "
           "chromium-browser, google-chrome, weasyprint on PATH)")
        ->type_name("PATH");
}

std::optional<ExitCode> pdf_engine_unused(const std::string& engine) {
    if (engine.empty()) return std::nullopt;
    print_usage_error(
        "--pdf-engine is for PDF output: add --format pdf, or name a .pdf file with -o");
    return ExitCode::usage;
}

ExitCode write_pdf(const Terminal& terminal, const std::string& path, const std::string& html,
                   const std::string& engine, const Workspace& workspace) {
    PdfOptions options;
    options.engine = engine;
    const PdfResult result = print_pdf(html, options);
    for (const std::string& warning : result.warnings)
        print_error("rolekit: warning: " + warning + "\n");
    if (!result.error.empty()) {
        print_usage_error(result.error);
        return ExitCode::usage;
    }
    return write_output(terminal, path, result.pdf, workspace);
}

}  // namespace rolekit::cli
