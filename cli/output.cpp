#include "output.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <sstream>

#include "rolekit/file_io.hpp"
#include "rolekit/text_printer.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

void print(std::string_view text) {
    if (std::string e = write_all(STDOUT_FILENO, text); !e.empty()) throw WriteError("standard output", e);
}

void print_error(std::string_view text) {
    if (std::string e = write_all(STDERR_FILENO, text); !e.empty()) throw WriteError("standard error", e);
}

void print_usage_error(std::string_view message) { print_error(fmt::format("rolekit: error: {}\n", message)); }

void print_findings(const Findings& findings, const Workspace* workspace) {
    if (findings.empty()) return;
    SourceCache sources;
    if (workspace != nullptr)
        for (const auto& [name, text] : workspace->stream_texts()) sources.add(name, text);
    std::ostringstream out;
    print_findings(out, findings, sources, TextStyle{::isatty(STDERR_FILENO) == 1, true});
    print_error(out.str());
}

ExitCode write_output(const std::string& path, const std::string& content, const Workspace& workspace) {
    if (path.empty() || path == "-") {
        print(content);
        return ExitCode::ok;
    }
    if (workspace.reads(path)) {
        print_findings({Finding{"output-is-input", Severity::error, visible(path), {},
                                "refusing to write over a file this command reads",
                                "choose another -o file"}});
        return ExitCode::usage;
    }
    if (const std::string error = write_file_atomic(path, content); !error.empty())
        throw WriteError(visible(path), error);
    print_error(fmt::format("wrote {}\n", visible(path)));
    return ExitCode::ok;
}

}  // namespace rolekit::cli
