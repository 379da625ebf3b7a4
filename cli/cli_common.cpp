#include "cli_common.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "rolekit/text_printer.hpp"

namespace rolekit::cli {

void add_library_options(CLI::App& app, LibraryOptions& options) {
    app.add_option("--path", options.paths,
                   "Also load documents from DIR (repeatable; searched before $ROLEKIT_PATH "
                   "and the built-in library)")
        ->type_name("DIR")
        ->allow_extra_args(false);
    app.add_flag("--no-builtin", options.no_builtin, "Do not load the built-in frameworks library");
}

Library load_context(const LibraryOptions& options, bool& usable) {
    Library lib = load_library(library_search_path(options.paths, !options.no_builtin));
    usable = lib.unusable == 0;
    print_to_stderr(lib.findings);
    return lib;
}

void print_to_stderr(const Findings& findings) {
    SourceCache sources;
    print_findings(std::cerr, findings, sources, TextStyle{::isatty(STDERR_FILENO) == 1, true});
}

std::string suggest_id(const DocumentSet& documents, const std::string& id) {
    std::string best;
    std::size_t best_score = 0;
    for (const Document& d : documents.documents()) {
        // Longest common prefix is a good-enough measure for ids like
        // ld-peer-support-worker-l3.
        const auto mismatch = std::mismatch(id.begin(), id.end(), d.id.value.begin(), d.id.value.end());
        const auto score = static_cast<std::size_t>(mismatch.first - id.begin());
        if (score > best_score) {
            best_score = score;
            best = d.id.value;
        }
    }
    return best_score >= 3 ? fmt::format("did you mean '{}'? ('rolekit list' shows every id)", best)
                           : "'rolekit list' shows every id";
}

}  // namespace rolekit::cli
