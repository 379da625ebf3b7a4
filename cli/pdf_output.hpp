#pragma once
// `--format pdf` of render and diff: the HTML page printed by a PDF engine
// (rolekit/pdf.hpp) and written as any other result.

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "exit_code.hpp"
#include "output.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit::cli {

// --pdf-engine PATH.
void add_pdf_engine_option(CLI::App& app, std::string& engine);

// --pdf-engine given for an output that is not a PDF: exit 2 saying so (an
// option that does nothing would be silent), else nullopt.
std::optional<ExitCode> pdf_engine_unused(const std::string& engine);

// Prints `html` with the engine (--pdf-engine's, else the first on PATH) and
// writes the PDF as write_output does. No engine, or one that fails: its
// message, exit 2, nothing written. (Standard output on a terminal is refused
// before, by choose_format: PDF is a binary format.)
ExitCode write_pdf(const Terminal& terminal, const std::string& path, const std::string& html,
                   const std::string& engine, const Workspace& workspace);

}  // namespace rolekit::cli
