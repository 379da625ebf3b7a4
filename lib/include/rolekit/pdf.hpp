#pragma once
// PDF: the HTML page rolekit renders (its print stylesheet makes A4 pages
// with a running head and "Page N of M"), printed by a PDF engine installed
// on the machine — headless Chromium or WeasyPrint. rolekit runs it without
// a shell, in a private temporary folder it removes afterwards, with a time
// limit; PDF time is the engine's.

#include <chrono>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace rolekit {

enum class PdfEngineKind { chromium, weasyprint };

struct PdfEngine {
    std::filesystem::path program;
    PdfEngineKind kind = PdfEngineKind::chromium;
};

// The programs looked for on PATH, in this order: chromium, chromium-browser,
// google-chrome, weasyprint.
std::span<const std::string_view> pdf_engine_names();

// What a program named by --pdf-engine is: WeasyPrint when its file name
// contains "weasyprint", else a browser that takes Chromium's options.
PdfEngineKind pdf_engine_kind(const std::filesystem::path& program);

struct PdfOptions {
    // --pdf-engine: this program; empty: the first of pdf_engine_names on PATH.
    std::filesystem::path engine;
    // The PATH searched; nullopt: this process's PATH.
    std::optional<std::string> search_path;
    // The engine is stopped (its process group killed) when it runs longer.
    std::chrono::milliseconds time_limit{std::chrono::seconds{60}};
};

// The engine the options name or PATH has, or the message saying why there
// is none: which to install, and that HTML printed from a browser makes the
// same pages.
std::variant<PdfEngine, std::string> find_pdf_engine(const PdfOptions& options);

struct PdfResult {
    std::string pdf;  // the PDF's bytes; empty on failure
    std::string
        error;  // why there is no PDF (the engine, and the end of its stderr); empty on success
    std::vector<std::string> warnings;  // e.g. the temporary folder could not be removed
};

// Prints `html` (a page render_document or compare_documents wrote) to PDF.
PdfResult print_pdf(std::string_view html, const PdfOptions& options);

}  // namespace rolekit
