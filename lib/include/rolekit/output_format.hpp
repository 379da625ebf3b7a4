#pragma once
// Every format rolekit writes, once: its --format name, the file extensions
// that name it, what it is and whether it is binary; and for each command
// that writes, the formats it writes and its default. Adding a format, or
// letting a command write one more, is a line here (output_format.cpp).
//
// A command's format is chosen from --format and the -o file's name by
// choose_output_format: a file whose name promises one format never holds
// another.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rolekit {

enum class OutputFormat {
    text,
    markdown,
    html,
    json,
    sarif,
    junit,
    github,
    yaml,
    case_package,
    docx,
    pdf,
    csv,
    xlsx
};

struct OutputFormatInfo {
    OutputFormat format;
    std::string_view name;                         // as --format takes it
    std::span<const std::string_view> extensions;  // lower case, no dot; the first is the usual one
    std::string_view description;                  // one line
    bool binary = false;                           // never written to a terminal
};

// In OutputFormat order.
std::span<const OutputFormatInfo> output_formats();
const OutputFormatInfo& output_format_info(OutputFormat format);
std::optional<OutputFormat> output_format_from_name(std::string_view name);

// The commands that write a result in one of these formats.
enum class OutputCommand {
    render,
    diff,
    validate,
    rules,
    export_case,
    import_case,
    schema,
    merge,
    init_overlay
};

struct CommandOutput {
    OutputCommand command;
    std::string_view name;                  // as typed: "render", "init overlay"
    std::span<const OutputFormat> formats;  // what it writes, in the order help lists them
    OutputFormat default_format;            // with neither --format nor a file extension
    bool format_option = false;             // takes --format
    std::string_view output_option;         // "-o", "--output-file"; empty: standard output only
};

// In OutputCommand order.
std::span<const CommandOutput> command_outputs();
const CommandOutput& command_output(OutputCommand command);
// Its formats' names, for --format's choices (check, completion, "did you mean").
std::vector<std::string_view> format_names(OutputCommand command);
// "markdown (.md, .markdown) or html (.html, .htm)".
std::string formats_in_words(OutputCommand command);
// --format's help: its formats, that the file's extension chooses, the default.
std::string format_option_help(OutputCommand command);

struct FormatRequest {
    std::string_view format;          // --format as given; empty: not given
    std::string_view output;          // the -o file; empty or "-": standard output
    bool stdout_is_terminal = false;  // where standard output goes, when it is the output
};

// The format, or why none can be written: `message` and `hint` for a usage
// error (exit 2), before anything is written.
struct FormatChoice {
    std::optional<OutputFormat> format;
    std::string message;
    std::string hint;
};

// The -o file's extension, in any case, names the format unless --format
// is given; --format may name the format of a file whose extension no format
// claims, but not contradict one that does. An extension no format of the
// command claims is refused, save for a command with one format and no
// --format (nothing could say otherwise). Standard output, or a file with no
// extension: --format, else the command's default. A binary format is
// refused on a terminal.
FormatChoice choose_output_format(OutputCommand command, const FormatRequest& request);
// The same for a command's row (tests: a command that writes a binary format).
FormatChoice choose_output_format(const CommandOutput& command, const FormatRequest& request);

// docs/output-formats.md's tables: the formats, then the commands.
std::string output_formats_markdown();

}  // namespace rolekit
