#include "cmd_show.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "rolekit/file_io.hpp"

namespace rolekit::cli {

namespace {

struct ShowOptions {
    LibraryOptions library;
    std::string id;
};

ExitCode run_show(const ShowOptions& options) {
    bool usable = true;
    const Library lib = load_context(options.library, usable);
    const Document* doc = lib.documents.find(options.id);
    if (doc == nullptr) {
        print_to_stderr({Finding{"unknown-id", Severity::error, "rolekit", {},
                                 fmt::format("no document with id '{}'", options.id),
                                 suggest_id(lib.documents, options.id)}});
        return ExitCode::usage;
    }
    // The document as written: its comments and layout are part of what a
    // user wants to see and copy.
    const ReadResult text = read_text_file(doc->path, LoadOptions{}.max_file_size);
    if (!text.ok()) {
        print_to_stderr({Finding{"io-error", Severity::error, doc->path, {}, text.error, {}}});
        return ExitCode::usage;
    }
    std::cout << text.text;
    return ExitCode::ok;
}

}  // namespace

Command register_show(CLI::App& parent) {
    auto options = std::make_shared<ShowOptions>();
    CLI::App* app = parent.add_subcommand("show", "Print one document of the library as YAML");
    app->add_option("id", options->id, "Document id (see 'rolekit list')")->required();
    add_library_options(*app, options->library);
    return Command{app, [options] { return run_show(*options); }};
}

}  // namespace rolekit::cli
