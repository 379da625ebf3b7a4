#include "cmd_import.hpp"

#include <fmt/format.h>

#include <memory>
#include <optional>

#include "rolekit/case.hpp"
#include "rolekit/file_io.hpp"
#include "rolekit/file_set.hpp"
#include "rolekit/file_system.hpp"
#include "rolekit/load.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

struct ImportOptions {
    std::string format;
    std::string input;
    std::string output;
};

// The same bound as a YAML input's (--max-file-size's default).
constexpr std::uintmax_t kMaxInput = LoadOptions{}.max_file_size;

std::string kept_summary(const std::map<std::string, int>& kept) {
    std::vector<std::string> parts;
    // What is kept is named by the package's own keys: shown inert.
    for (const auto& [what, count] : kept) parts.push_back(fmt::format("{} {}", count, visible(what)));
    return fmt::format("{}", fmt::join(parts, ", "));
}

// The package's text, or an error printed and nothing.
std::optional<std::string> read_package(const ImportOptions& o, const std::string& where) {
    ReadResult read = o.input == "-" ? disk().read_stdin(kMaxInput) : read_text_file(o.input, kMaxInput);
    if (!read.ok()) {
        print_error(fmt::format("rolekit: error: {}: {}\n", visible(where), visible(read.error)));
        return std::nullopt;
    }
    return std::move(read.text);
}

// The map as YAML, or an error printed and nothing: a package that is not
// CASE, or a map no command could load again (over --max-file-size's
// default), is refused before anything is written.
std::optional<std::string> map_yaml(const CaseImport& imported, const std::string& where) {
    if (imported.error) {
        const std::string place = imported.error->pointer.empty() ? "" : visible(imported.error->pointer) + ": ";
        print_error(fmt::format("{}: error: {}{}\n", visible(where), place, visible(imported.error->message)));
        return std::nullopt;
    }
    CaseMapYaml made = case_map_yaml(*imported.document, visible(where), kMaxInput);
    if (!made.error.empty()) {
        print_error(fmt::format("{}: error: {}\n", visible(where), made.error));
        return std::nullopt;
    }
    return std::move(made.yaml);
}

ExitCode run_import(const ImportOptions& o, const Terminal& t) {
    if (!choose_format(OutputCommand::import_case, {}, o.output)) return ExitCode::usage;
    const std::string where = o.input == "-" ? "<stdin>" : o.input;
    const std::optional<std::string> text = read_package(o, where);
    if (!text) return ExitCode::usage;
    const CaseImport imported = import_case(*text);
    const std::optional<std::string> yaml = map_yaml(imported, where);
    if (!yaml) return ExitCode::usage;
    if (!imported.kept.empty())
        print_status(t,
                     fmt::format("{}: kept under x-case (the format has no place for them): {}\n",
                                 visible(where), kept_summary(imported.kept)));
    FileSet read;
    if (o.input != "-") read.add(o.input);
    const auto reads_input = [&](const std::filesystem::path& p) { return read.contains(p); };
    const ExitCode written = write_output(t, o.output, *yaml, reads_input);
    if (written != ExitCode::ok) return written;
    // A package can hold what a map may not (an empty title): say so as
    // validate would, with the file written for the user to fix.
    const bool to_stdout = o.output.empty() || o.output == "-";
    const LoadResult check = load_document(*yaml, to_stdout ? "<stdout>" : o.output);
    print_findings(t, check.findings);
    return has_errors(check.findings) ? ExitCode::findings : ExitCode::ok;
}

}  // namespace

Command register_import(CLI::App& parent) {
    auto o = std::make_shared<ImportOptions>();
    CLI::App* app = parent.add_subcommand("import", "Import a CASE 1.1 (or 1.0) package as a CompetenceMap");
    app->add_option("format", o->format, "case: a CFPackage in JSON")
        ->required()
        ->check(CLI::IsMember({"case"}))
        ->type_name("FORMAT");
    app->add_option("input", o->input, "The package: a file or - (standard input)")->required()->type_name("FILE");
    add_output_option(*app, o->output);
    return Command{app, [o](const Terminal& t) { return run_import(*o, t); }};
}

}  // namespace rolekit::cli
