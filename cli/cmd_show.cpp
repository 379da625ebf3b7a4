#include "cmd_show.hpp"

#include <fmt/format.h>

#include <memory>

#include "rolekit/encoding_comments.hpp"
#include "rolekit/file_io.hpp"

namespace rolekit::cli {

namespace {

struct ShowOptions {
    LibraryOptions library;
    std::string id;
    bool source = false;
};

// The document as written: its comments and layout are part of what a user
// wants to see and copy. Only the built-in library's notes on how it encoded
// its seeds go, unless --source asks for the file as it is.
ExitCode print_shown(const std::string& text, bool source) {
    print(source ? text : without_encoding_comments(text));
    return ExitCode::ok;
}

ExitCode run_show(const ShowOptions& options, const Terminal& t) {
    const Arguments loaded =
        open_arguments(t, {options.id}, options.library, std::set<DocumentKind>{});
    if (loaded.docs.empty()) return ExitCode::usage;  // open_arguments said why
    const Document& doc = *loaded.docs.front();
    const auto& streamed = loaded.workspace.stream_texts();
    if (const auto it = streamed.find(doc.path); it != streamed.end())
        return print_shown(it->second, options.source);
    const ReadResult text = read_text_file(doc.source_file(), LoadOptions{}.max_file_size);
    if (!text.ok()) {
        print_findings(t, {Finding{"io-error", Severity::error, doc.path, {}, text.error, {}}});
        return ExitCode::usage;
    }
    return print_shown(text.text, options.source);
}

}  // namespace

Command register_show(CLI::App& parent) {
    auto options = std::make_shared<ShowOptions>();
    CLI::App* app = parent.add_subcommand("show", "Print one document of the library as YAML");
    app->add_option("id", options->id, "Document id (see 'rolekit list')")->required();
    app->add_flag(
        "--source", options->source,
        "Print the file exactly as it is, with the library's notes on its seed documents");
    add_library_options(*app, options->library);
    return Command{app, [options](const Terminal& t) { return run_show(*options, t); }};
}

}  // namespace rolekit::cli
