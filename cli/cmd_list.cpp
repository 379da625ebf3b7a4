#include "cmd_list.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "rolekit/library.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

struct ListOptions {
    LibraryOptions library;
    bool show_paths = false;
};

ExitCode run_list(const ListOptions& options, const Terminal& t) {
    const ConfigInForce config = read_config(t, options.library);
    if (!config.usable) return ExitCode::usage;
    const Library lib = load_library(workspace_options(options.library, config.config));
    print_findings(t, lib.findings);
    std::vector<const Document*> docs;
    for (const Document& d : lib.documents.documents()) docs.push_back(&d);
    std::sort(docs.begin(), docs.end(), [](const Document* a, const Document* b) {
        return std::pair(kind_name(a->kind), a->id.value) < std::pair(kind_name(b->kind), b->id.value);
    });
    std::size_t kind_width = 4, id_width = 2;
    for (const Document* d : docs) {
        kind_width = std::max(kind_width, kind_name(d->kind).size());
        id_width = std::max(id_width, visible(d->id.value).size());
    }
    std::string out = fmt::format("{:<{}}  {:<{}}  {}\n", "KIND", kind_width, "ID", id_width,
                                  options.show_paths ? "PATH" : "TITLE");
    for (const Document* d : docs)
        out += fmt::format("{:<{}}  {:<{}}  {}\n", kind_name(d->kind), kind_width, visible(d->id.value), id_width,
                           visible(options.show_paths ? d->path : d->title()));
    print(out);
    return lib.unusable == 0 ? ExitCode::ok : ExitCode::usage;
}

}  // namespace

Command register_list(CLI::App& parent) {
    auto options = std::make_shared<ListOptions>();
    CLI::App* app = parent.add_subcommand("list", "List the documents in the library (kind, id, title)");
    add_library_options(*app, options->library);
    app->add_flag("--paths", options->show_paths, "Show each document's file instead of its title");
    return Command{app, [options](const Terminal& t) { return run_list(*options, t); }};
}

}  // namespace rolekit::cli
