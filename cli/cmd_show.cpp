#include "cmd_show.hpp"

#include <fmt/format.h>

#include <memory>

#include "rolekit/file_io.hpp"

namespace rolekit::cli {

namespace {

struct ShowOptions {
    LibraryOptions library;
    std::string id;
};

ExitCode run_show(const ShowOptions& options, const Terminal& t) {
    const Arguments loaded =
        open_arguments(t, {options.id}, options.library, std::set<DocumentKind>{});
    if (loaded.docs.empty()) return ExitCode::usage;  // open_arguments said why
    const Document& doc = *loaded.docs.front();
    // The document as written: its comments and layout are part of what a
    // user wants to see and copy.
    const auto& streamed = loaded.workspace.stream_texts();
    if (const auto it = streamed.find(doc.path); it != streamed.end()) {
        print(it->second);
        return ExitCode::ok;
    }
    const ReadResult text = read_text_file(doc.path, LoadOptions{}.max_file_size);
    if (!text.ok()) {
        print_findings(t, {Finding{"io-error", Severity::error, doc.path, {}, text.error, {}}});
        return ExitCode::usage;
    }
    print(text.text);
    return ExitCode::ok;
}

}  // namespace

Command register_show(CLI::App& parent) {
    auto options = std::make_shared<ShowOptions>();
    CLI::App* app = parent.add_subcommand("show", "Print one document of the library as YAML");
    app->add_option("id", options->id, "Document id (see 'rolekit list')")->required();
    add_library_options(*app, options->library);
    return Command{app, [options](const Terminal& t) { return run_show(*options, t); }};
}

}  // namespace rolekit::cli
