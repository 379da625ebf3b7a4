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

void add_catalog_option(CLI::App& app, std::vector<std::string>& catalogs) {
    app.add_option("--catalog", catalogs, "Also load this NOS catalogue (repeatable)")
        ->type_name("FILE")
        ->allow_extra_args(false);
}

namespace {

const Document* find_named(const Workspace& ws, const std::string& file) {
    std::error_code ec;
    for (const Document* d : ws.named)
        if (std::filesystem::equivalent(d->path, file, ec)) return d;
    return nullptr;
}

}  // namespace

Arguments load_arguments(const std::vector<std::string>& args, const LibraryOptions& library,
                         const std::vector<std::string>& catalogs,
                         std::optional<std::set<DocumentKind>> context_kinds) {
    WorkspaceOptions options;
    options.context_kinds = std::move(context_kinds);
    options.wanted_ids = args;
    for (const std::string& a : args)
        if (looks_like_file(a)) options.named.emplace_back(a);
    for (const std::string& c : catalogs) options.context.emplace_back(c);
    for (const std::string& p : library.paths) options.context.emplace_back(p);
    options.builtin = !library.no_builtin;
    Arguments out{load_workspace(options), {}};
    Findings problems = out.workspace.findings;
    for (const std::string& a : args) {
        const Document* d = looks_like_file(a) ? find_named(out.workspace, a)
                                               : out.workspace.documents.find(a);
        if (d == nullptr && !looks_like_file(a)) {
            // Suggestions need every id, not only the kinds this command loaded.
            options.context_kinds.reset();
            const Workspace all = load_workspace(options);
            problems.push_back(Finding{"unknown-id", Severity::error, "rolekit", {},
                                       fmt::format("no document with id '{}'", a),
                                       suggest_id(all.documents, a)});
        }
        out.docs.push_back(d);
    }
    print_to_stderr(problems);
    // A document with load errors (a missing field, a wrong type) would give
    // a half-made page or profile: fix it first (`rolekit validate` says how).
    if (!out.workspace.usable || has_errors(problems) ||
        std::count(out.docs.begin(), out.docs.end(), nullptr) > 0)
        out.docs.clear();
    return out;
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
