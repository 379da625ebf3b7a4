#include "cmd_export.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <ctime>
#include <memory>

#include "rolekit/case.hpp"
#include "rolekit/file_io.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

struct ExportOptions {
    std::string document;
    std::string format = "case";
    std::string output;
    std::string uri_base;
    std::string creator;
    LibraryOptions library;
};

// The seconds CASE dates can hold: years 1970 to 9999 (four digits), UTC.
constexpr std::int64_t kLastSecond = 253402300799;  // 9999-12-31T23:59:59Z

// SOURCE_DATE_EPOCH as seconds, or an error printed and nothing.
std::optional<std::int64_t> source_date_epoch(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || end != text.data() + text.size() || ec == std::errc::invalid_argument) {
        print_usage_error(fmt::format("SOURCE_DATE_EPOCH is '{}', not a number of seconds", visible(text)));
        return std::nullopt;
    }
    if (ec == std::errc::result_out_of_range || value < 0 || value > kLastSecond) {
        print_usage_error(fmt::format("SOURCE_DATE_EPOCH is '{}', outside 0 to {} (the years 1970 to 9999 that "
                                      "CASE dates hold)",
                                      visible(text), kLastSecond));
        return std::nullopt;
    }
    return value;
}

// SOURCE_DATE_EPOCH (reproducible builds) when set, else the file's last
// modification, else now: exporting an unchanged file twice gives the same
// bytes.
std::optional<std::int64_t> last_change(const Document& doc) {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr) return source_date_epoch(epoch);
    if (const FileStat st = stat_file(doc.path); st.type == FileType::regular) {
        if (st.mtime >= 0 && st.mtime <= kLastSecond) return st.mtime;
        print_usage_error(fmt::format("{} was last modified outside the years 1970 to 9999 that CASE dates hold; "
                                      "set SOURCE_DATE_EPOCH",
                                      visible(doc.path)));
        return std::nullopt;
    }
    return static_cast<std::int64_t>(std::time(nullptr));
}

ExitCode run_export(const ExportOptions& o) {
    // NOS listed by title get their codes from the catalogues.
    const Arguments loaded = open_arguments({o.document}, o.library, std::set{DocumentKind::nos_catalog});
    if (loaded.docs.empty()) return ExitCode::usage;
    const Document& doc = *loaded.docs.front();
    const std::optional<std::int64_t> when = last_change(doc);
    if (!when) return ExitCode::usage;
    const std::string text = export_case(doc, loaded.workspace.scope(), CaseExportOptions{o.uri_base, *when, o.creator});
    return write_output(o.output, text, loaded.workspace);
}

}  // namespace

Command register_export(CLI::App& parent) {
    auto o = std::make_shared<ExportOptions>();
    CLI::App* app = parent.add_subcommand("export", "Export a document as a CASE 1.1 package (JSON)");
    app->add_option("document", o->document, "A file, - (standard input) or a library id")
        ->required()
        ->type_name("FILE|ID");
    app->add_option("--format", o->format, "case: a CASE 1.1 CFPackage (the only format so far)")
        ->check(CLI::IsMember({"case"}))
        ->capture_default_str();
    app->add_option("--uri-base", o->uri_base,
                    "Each uri is URL/IDENTIFIER (default: urn:uuid:IDENTIFIER)")
        ->type_name("URL");
    app->add_option("--creator", o->creator,
                    "CFDocument.creator: who publishes the framework (default: the document's "
                    "publisher, or an overlay's locality)")
        ->type_name("NAME");
    add_output_option(*app, o->output);
    add_library_options(*app, o->library);
    return Command{app, [o] { return run_export(*o); }};
}

}  // namespace rolekit::cli
