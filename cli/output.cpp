#include "output.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>

#include "rolekit/file_io.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/render.hpp"
#include "rolekit/repo_config.hpp"
#include "rolekit/text_printer.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

void print(std::string_view text) {
    if (std::string e = write_all(STDOUT_FILENO, text); !e.empty()) {
        // EPIPE, not SIGPIPE: main ignores the signal so that it can end quietly.
        if (e == std::strerror(EPIPE)) throw OutputClosed();
        throw WriteError("standard output", e);
    }
}

void print_error(std::string_view text) {
    if (std::string e = write_all(STDERR_FILENO, text); !e.empty())
        throw WriteError("standard error", e);
}

std::optional<ExitCode> docx_date_refused() {
    const std::string problem = docx_date_problem(std::getenv("SOURCE_DATE_EPOCH"));
    if (problem.empty()) return std::nullopt;
    print_usage_error(problem);
    return ExitCode::usage;
}

void print_usage_error(std::string_view message) {
    print_error(fmt::format("rolekit: error: {}\n", message));
}

void print_status(const Terminal& terminal, std::string_view text) {
    if (!terminal.quiet) print_error(text);
}

ExitCode merge_refused() {
    print_error(fmt::format("{}\n", kMergeRefused));
    return ExitCode::findings;
}

void print_findings(const Terminal& terminal, const Findings& findings,
                    const Workspace* workspace) {
    if (findings.empty()) return;
    SourceCache sources(workspace != nullptr ? workspace->names() : ReportPaths{});
    if (workspace != nullptr)
        for (const auto& [name, text] : workspace->stream_texts()) sources.add(name, text);
    std::ostringstream out;
    print_findings(out, findings, sources, TextStyle{terminal.colored(STDERR_FILENO), true});
    print_error(out.str());
}

void write_file(const std::string& path, const std::string& content, Existing existing) {
    const std::string error = existing == Existing::keep ? write_file_new(path, content)
                                                         : write_file_atomic(path, content);
    if (!error.empty()) throw WriteError(visible(path), error);
}

ExitCode write_output(const Terminal& terminal, const std::string& path, const std::string& content,
                      const Workspace& workspace, Existing existing) {
    return write_output(
        terminal, path, content, [&](const std::filesystem::path& p) { return workspace.reads(p); },
        {}, existing);
}

ExitCode write_output(const Terminal& terminal, const std::string& path, const std::string& content,
                      const std::function<bool(const std::filesystem::path&)>& reads,
                      std::string_view note, Existing existing) {
    if (path.empty() || path == "-") {
        print(content);
        return ExitCode::ok;
    }
    // Checked before the write, whatever `existing` says: a file the command
    // reads is refused as such, not as merely "already there".
    if (reads(path)) {
        print_findings(terminal, {Finding{"output-is-input",
                                          Severity::error,
                                          visible(path),
                                          {},
                                          "refusing to write over a file this command reads",
                                          "choose another output file"}});
        return ExitCode::usage;
    }
    // rolekit never reads a `.rolekit.yaml` as a document: one written there
    // would be taken for the repository's config by every later command.
    if (std::filesystem::path(path).filename() == kConfigFileName) {
        print_findings(terminal, {Finding{"output-is-input",
                                          Severity::error,
                                          visible(path),
                                          {},
                                          "refusing to write to .rolekit.yaml: that is the name of "
                                          "the repository's config, never of a document",
                                          "choose another output file"}});
        return ExitCode::usage;
    }
    write_file(path, content, existing);
    print_status(terminal, fmt::format("wrote {}{}\n", visible(path), note));
    return ExitCode::ok;
}

}  // namespace rolekit::cli
