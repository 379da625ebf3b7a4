#pragma once
// Everything rolekit prints or writes goes through here, and every write is
// checked: a full disk is an error (exit 2), never a silent half-written
// report; a closed pipe on standard output ends rolekit quietly (exit 0).

#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "color.hpp"
#include "exit_code.hpp"
#include "rolekit/finding.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit::cli {

// A write that failed: main prints "rolekit: error writing <where>: <reason>"
// and exits 2.
struct WriteError : std::runtime_error {
    WriteError(std::string where_, std::string reason_)
        : std::runtime_error("error writing " + where_ + ": " + reason_),
          where(std::move(where_)),
          reason(std::move(reason_)) {}
    std::string where;
    std::string reason;
};

// Standard output is a pipe whose reader has gone (`rolekit list | head -1`):
// nobody wants the rest, so main ends quietly with exit 0, as ripgrep and
// other Unix filters do. Any other failed write stays a WriteError.
struct OutputClosed : WriteError {
    OutputClosed() : WriteError("standard output", "the reader closed the pipe") {}
};

// Standard output and standard error; throw WriteError (OutputClosed for a
// closed pipe on standard output).
void print(std::string_view text);
void print_error(std::string_view text);

// A usage-level error: "rolekit: error: <message>" on stderr.
void print_usage_error(std::string_view message);

// A Word document SOURCE_DATE_EPOCH cannot date: exit 2 saying why, as
// export does (a date silently dropped would not be what was asked), else
// nullopt.
std::optional<ExitCode> docx_date_refused();

// How this run prints: made once, in main, from --color and -q
// (terminal_of, cli_common.hpp) and handed to the command that runs; no
// global switch.
struct Terminal {
    ColorChoice color = ColorChoice::automatic;
    // -q/--quiet: status lines ("wrote FILE", summaries) are left out;
    // results, findings and errors are not.
    bool quiet = false;
    // Whether what is written to file descriptor `fd` is coloured.
    bool colored(int fd) const { return use_color(color, fd); }
};

// A status line to stderr, unless quiet.
void print_status(const Terminal& terminal, std::string_view text);

// Findings to stderr, coloured as the terminal says; source lines of
// standard input and FIFOs come from the workspace that read them.
void print_findings(const Terminal& terminal, const Findings& findings,
                    const Workspace* workspace = nullptr);

// After a refused merge's findings (merge, render OVERLAY): the line
// saying so, whatever -q says, and exit code 1.
ExitCode merge_refused();

// What a write does to a file already at its path: replaces it atomically
// (-o of most commands), or leaves it alone and fails (`init`, which starts a
// new document and must never lose one someone has edited).
enum class Existing { replace, keep };

// Writes `content` to `path`, whole or not at all; a failure (the file
// already there for Existing::keep) throws WriteError. No status line: for
// files written without one (`__man FILE` in the build).
void write_file(const std::string& path, const std::string& content,
                Existing existing = Existing::replace);

// A command's result to standard output (`path` empty or "-"), or to `path`,
// whole or not at all. Refused (exit 2, nothing written) when `path` is a file
// the command reads: any input, and anything on the search path.
ExitCode write_output(const Terminal& terminal, const std::string& path, const std::string& content,
                      const Workspace& workspace, Existing existing = Existing::replace);
// The same, for a command that says itself which files it read; `note`
// follows "wrote FILE" on the status line.
ExitCode write_output(const Terminal& terminal, const std::string& path, const std::string& content,
                      const std::function<bool(const std::filesystem::path&)>& reads,
                      std::string_view note = {}, Existing existing = Existing::replace);

}  // namespace rolekit::cli
