#include "rolekit/output_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <stdexcept>

#include "rolekit/visible_text.hpp"

namespace rolekit {

namespace {

using F = OutputFormat;
using namespace std::string_view_literals;

constexpr std::array kTxt = {"txt"sv};
constexpr std::array kMd = {"md"sv, "markdown"sv};
constexpr std::array kHtml = {"html"sv, "htm"sv};
constexpr std::array kJson = {"json"sv};
constexpr std::array kSarif = {"sarif"sv};
constexpr std::array kXml = {"xml"sv};
constexpr std::span<const std::string_view> kNone;
constexpr std::array kYaml = {"yaml"sv, "yml"sv};
constexpr std::array kDocx = {"docx"sv};
constexpr std::array kPdf = {"pdf"sv};
constexpr std::array kCsv = {"csv"sv};
constexpr std::array kXlsx = {"xlsx"sv};

// One row per format, in OutputFormat order.
constexpr std::array<OutputFormatInfo, 13> kFormats = {{
    {F::text, "text", kTxt, "plain text for a terminal", false},
    {F::markdown, "markdown", kMd, "GitHub-flavoured Markdown", false},
    {F::html, "html", kHtml, "one self-contained HTML page, printable on A4", false},
    {F::json, "json", kJson, "JSON for scripts", false},
    {F::sarif, "sarif", kSarif, "SARIF 2.1.0, for code-scanning tools", false},
    {F::junit, "junit", kXml, "JUnit XML, for CI test reports", false},
    {F::github, "github", kNone, "GitHub Actions workflow commands", false},
    {F::yaml, "yaml", kYaml, "a rolekit document", false},
    {F::case_package, "case", kJson, "a CASE 1.1 CFPackage (JSON)", false},
    {F::docx, "docx", kDocx, "a Word document", true},
    {F::pdf, "pdf", kPdf, "a PDF document, A4 pages", true},
    {F::csv, "csv", kCsv, "a spreadsheet table: CSV (RFC 4180, UTF-8, CRLF)", false},
    {F::xlsx, "xlsx", kXlsx, "an Excel workbook", true},
}};

// What each command writes; its first format is not necessarily its default.
constexpr std::array kRender = {F::markdown, F::html, F::docx, F::pdf};
constexpr std::array kDiff = {F::text, F::markdown, F::html, F::json, F::docx, F::pdf, F::csv, F::xlsx};
constexpr std::array kValidate = {F::text, F::json, F::sarif, F::junit, F::github};
constexpr std::array kRules = {F::text, F::markdown};
constexpr std::array kExport = {F::case_package, F::csv, F::xlsx};
constexpr std::array kYamlOnly = {F::yaml};
constexpr std::array kJsonOnly = {F::json};

// One row per command, in OutputCommand order.
constexpr std::array<CommandOutput, 9> kCommands = {{
    {OutputCommand::render, "render", kRender, F::markdown, true, "-o"},
    {OutputCommand::diff, "diff", kDiff, F::text, true, "-o"},
    {OutputCommand::validate, "validate", kValidate, F::text, true, "-o"},
    {OutputCommand::rules, "rules", kRules, F::text, true, ""},
    {OutputCommand::export_case, "export", kExport, F::case_package, true, "-o"},
    {OutputCommand::import_case, "import", kYamlOnly, F::yaml, false, "-o"},
    {OutputCommand::schema, "schema", kJsonOnly, F::json, false, "-o"},
    {OutputCommand::merge, "merge", kYamlOnly, F::yaml, false, "-o"},
    {OutputCommand::init_overlay, "init overlay", kYamlOnly, F::yaml, false, "-o"},
}};

bool claims(const OutputFormatInfo& info, std::string_view ext) {
    return std::find(info.extensions.begin(), info.extensions.end(), ext) != info.extensions.end();
}

// The file's extension in lower case, without the dot; empty for standard
// output and a name without one (".profile" has none).
std::string extension_of(std::string_view output) {
    if (output.empty() || output == "-") return "";
    std::string ext = std::filesystem::path(output).filename().extension().string();
    if (!ext.empty()) ext.erase(0, 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// The format `ext` names: among the command's first (export's .json is a
// CASE package), else among all.
std::optional<OutputFormat> named_by(const CommandOutput& c, std::string_view ext) {
    for (OutputFormat f : c.formats)
        if (claims(output_format_info(f), ext)) return f;
    for (const OutputFormatInfo& info : kFormats)
        if (claims(info, ext)) return info.format;
    return std::nullopt;
}

bool writes(const CommandOutput& c, OutputFormat f) {
    return std::find(c.formats.begin(), c.formats.end(), f) != c.formats.end();
}

// ".md or .markdown".
std::string extensions_in_words(const OutputFormatInfo& info) {
    std::string out;
    for (std::size_t i = 0; i < info.extensions.size(); ++i)
        out += fmt::format("{}.{}",
                           i == 0                            ? ""
                           : i + 1 == info.extensions.size() ? " or "
                                                             : ", ",
                           info.extensions[i]);
    return out;
}

FormatChoice refused(std::string message, std::string hint) {
    return {std::nullopt, std::move(message), std::move(hint)};
}

std::string in_words(std::span<const OutputFormat> formats) {
    std::string out;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        const OutputFormatInfo& info = output_format_info(formats[i]);
        out += i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ";
        out += info.name;
        if (!info.extensions.empty()) out += fmt::format(" ({})", extensions_in_words(info));
    }
    return out;
}

std::string name_it_so(const CommandOutput& c) {
    return fmt::format("{} writes {}: name the file so", c.name, in_words(c.formats));
}

// An extension that names a format (`named`, if any) and a --format (`given`, if any).
FormatChoice by_extension(const CommandOutput& c, const FormatRequest& r, std::string_view ext,
                          std::optional<OutputFormat> named, std::optional<OutputFormat> given) {
    if (named && given && *named != *given && !claims(output_format_info(*given), ext)) {
        const OutputFormatInfo& g = output_format_info(*given);
        const std::string rename =
            g.extensions.empty() ? fmt::format("name a file with no extension for {}", g.name)
                                 : fmt::format("name a file ending in {}", extensions_in_words(g));
        return refused(fmt::format("--format {} contradicts '{}', which names {}", g.name,
                                   visible(r.output), output_format_info(*named).name),
                       writes(c, *named) ? fmt::format("leave out --format to write {}, or {}",
                                                       output_format_info(*named).name, rename)
                                         : rename);
    }
    if (given) return {given, {}, {}};
    if (named && writes(c, *named)) return {named, {}, {}};
    if (named)
        return refused(fmt::format("{} does not write {} ('{}' names it)", c.name,
                                   output_format_info(*named).name, visible(r.output)),
                       name_it_so(c));
    if (!c.format_option && c.formats.size() == 1) return {c.formats.front(), {}, {}};
    return refused(
        fmt::format("{} does not write .{} files ('{}')", c.name, visible(ext), visible(r.output)),
        name_it_so(c) + (c.format_option ? ", or give --format to choose one" : ""));
}

}  // namespace

std::span<const OutputFormatInfo> output_formats() {
    return kFormats;
}

const OutputFormatInfo& output_format_info(OutputFormat format) {
    return kFormats.at(static_cast<std::size_t>(format));
}

std::optional<OutputFormat> output_format_from_name(std::string_view name) {
    for (const OutputFormatInfo& info : kFormats)
        if (info.name == name) return info.format;
    return std::nullopt;
}

std::span<const CommandOutput> command_outputs() {
    return kCommands;
}

const CommandOutput& command_output(OutputCommand command) {
    return kCommands.at(static_cast<std::size_t>(command));
}

std::vector<std::string_view> format_names(OutputCommand command) {
    std::vector<std::string_view> out;
    for (OutputFormat f : command_output(command).formats)
        out.push_back(output_format_info(f).name);
    return out;
}

std::string formats_in_words(OutputCommand command) {
    return in_words(command_output(command).formats);
}

std::string format_option_help(OutputCommand command) {
    const CommandOutput& c = command_output(command);
    const std::string_view fallback = output_format_info(c.default_format).name;
    if (c.output_option.empty())  // no file: no extension to name
        return fmt::format("{} (default: {})", fmt::join(format_names(command), " or "), fallback);
    return fmt::format("{}; default: the {} file's extension, else {}", formats_in_words(command),
                       c.output_option, fallback);
}

FormatChoice choose_output_format(OutputCommand command, const FormatRequest& request) {
    return choose_output_format(command_output(command), request);
}

FormatChoice choose_output_format(const CommandOutput& c, const FormatRequest& request) {
    std::optional<OutputFormat> given;
    if (!request.format.empty()) {
        given = output_format_from_name(request.format);
        std::vector<std::string_view> names;
        for (OutputFormat f : c.formats) names.push_back(output_format_info(f).name);
        if (!given || !writes(c, *given))
            return refused(fmt::format("{} does not write '{}'", c.name, visible(request.format)),
                           fmt::format("--format takes {}", fmt::join(names, ", ")));
    }
    const std::string ext = extension_of(request.output);
    FormatChoice choice = ext.empty() ? FormatChoice{given.value_or(c.default_format), {}, {}}
                                      : by_extension(c, request, ext, named_by(c, ext), given);
    const bool to_stdout = request.output.empty() || request.output == "-";
    if (choice.format && to_stdout && request.stdout_is_terminal &&
        output_format_info(*choice.format).binary)
        return refused(fmt::format("refusing to write {} to a terminal",
                                   output_format_info(*choice.format).name),
                       "name a file with -o, or pipe the output");
    return choice;
}

namespace {

std::string commands_writing(OutputFormat f) {
    std::vector<std::string_view> names;
    for (const CommandOutput& c : kCommands)
        if (writes(c, f)) names.push_back(c.name);
    return names.empty() ? "— (not yet)" : fmt::format("{}", fmt::join(names, ", "));
}

std::string dotted(std::span<const std::string_view> extensions) {
    std::vector<std::string> out;
    for (std::string_view e : extensions) out.push_back(fmt::format("`.{}`", e));
    return out.empty() ? "—" : fmt::format("{}", fmt::join(out, ", "));
}

}  // namespace

std::string output_formats_markdown() {
    std::string out =
        "| format | file extensions | what it is | binary | written by |\n| --- | --- | --- | --- "
        "| --- |\n";
    for (const OutputFormatInfo& info : kFormats)
        out += fmt::format("| `{}` | {} | {} | {} | {} |\n", info.name, dotted(info.extensions),
                           info.description, info.binary ? "yes" : "no",
                           commands_writing(info.format));
    out += "\n| command | writes to | formats | default |\n| --- | --- | --- | --- |\n";
    for (const CommandOutput& c : kCommands) {
        std::vector<std::string> names;
        for (OutputFormat f : c.formats)
            names.push_back(fmt::format("`{}`", output_format_info(f).name));
        out += fmt::format("| `{}` | {} | {} | `{}` |\n", c.name,
                           c.output_option.empty()
                               ? "standard output"
                               : fmt::format("`{}` or standard output", c.output_option),
                           fmt::join(names, ", "), output_format_info(c.default_format).name);
    }
    return out;
}

}  // namespace rolekit
