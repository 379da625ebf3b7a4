#pragma once
// Shared helpers for the doctest suite.

#include <filesystem>
#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

#include "rolekit/file_system.hpp"
#include "rolekit/library.hpp"
#include "rolekit/load.hpp"
#include "rolekit/text_printer.hpp"

namespace rolekit::test {

// Marks the running test case as skipped, saying why; the caller returns.
// CTest then shows the test as skipped, not passed (tests/main.cpp).
void skip(const std::string& why);

inline std::filesystem::path source_dir() { return ROLEKIT_TEST_SOURCE_DIR; }
inline std::filesystem::path frameworks_dir() { return source_dir() / "frameworks"; }
// ../shared beside the repository; absent in a user's clone, so tests that
// need it skip.
inline std::filesystem::path shared_dir() { return source_dir().parent_path() / "shared"; }

// The shipped frameworks/, loaded once per test run.
inline const Library& builtin() {
    static const Library lib = load_library({frameworks_dir()});
    return lib;
}

inline const Document& builtin_doc(const std::string& id) {
    const Document* d = builtin().documents.find(id);
    REQUIRE_MESSAGE(d, "no built-in document " << id);
    return *d;
}

inline LoadResult load_text(std::string_view text, std::string_view path = "test.yaml") {
    return load_document(text, path);
}

// A finding exactly as the text printer shows it (no colour), with the
// source line taken from `text`.
inline std::string render(const Finding& f, std::string_view text) {
    SourceCache sources;
    sources.add(f.file, std::string(text));
    return format_finding(f, sources, TextStyle{false, true});
}

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The built-in library under lib/ of a file system held in memory.
inline MemoryFileSystem library_in_memory() {
    MemoryFileSystem files;
    for (const std::filesystem::path& f : disk().yaml_files(frameworks_dir()))
        files.add(std::filesystem::path("lib") / std::filesystem::relative(f, frameworks_dir()), read_file(f));
    return files;
}

inline void write_file(const std::filesystem::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

inline std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A path quoted for the shell.
inline std::string shell_quote(const std::filesystem::path& p) { return shell_quote(p.string()); }

// A fresh, empty directory for one test's files.
inline std::filesystem::path temp_dir(const std::string& name) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("rolekit-cli-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

struct Run {
    int exit_code = -1;  // -1: killed by a signal
    std::string out;     // stdout
    std::string err;     // stderr
};

// Runs `binary <args>` (a built rolekit) through the shell with a clean ROLEKIT_PATH;
// `prefix` is shell text before the command (`timeout 10`, `cd DIR &&`,
// `producer |`), `env` assignments for it.
inline Run run_program(const std::string& binary, const std::string& args, const std::string& env,
                       const std::string& prefix) {
    // Per process and call: CTest runs test cases in parallel processes, and
    // a test may run several at once from its own threads.
    static std::atomic<int> calls = 0;
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() /
        ("rolekit-cli-run-" + std::to_string(::getpid()) + "-" + std::to_string(++calls));
    std::filesystem::create_directories(dir);
    const std::filesystem::path out = dir / "out", err = dir / "err";
    const std::string cmd = "{ " + prefix + " env -u ROLEKIT_PATH " + env + " " + binary + " " +
                            args + " >" + out.string() + " 2>" + err.string() + "; }";
    const int status = std::system(cmd.c_str());
    Run r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    std::filesystem::remove_all(dir);
    return r;
}

inline Run run_rolekit(const std::string& args, const std::string& env = "",
                       const std::string& prefix = "") {
    return run_program(ROLEKIT_BINARY, args, env, prefix);
}

// The same with the test-only build that has the test hooks
// (ROLEKIT_TEST_INTERNAL_ERROR): the installed rolekit has none.
inline Run run_rolekit_with_hooks(const std::string& args, const std::string& env) {
    return run_program(ROLEKIT_TEST_HOOKS_BINARY, args, env, "");
}

// Runs a checker script from tests/. nullopt means it could not run (no
// python3, or the script's own skip code 77 for a module or file it lacks):
// the test case has then been marked skipped (skip), so that a check that did
// not run is never counted as passed.
inline std::optional<int> run_python(const std::string& script,
                                     const std::vector<std::filesystem::path>& args) {
    // Debian's python3 is the one scripts/install-deps.sh gives jsonschema to;
    // another python3 earlier on PATH may lack it.
    const std::string python =
        std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    std::string cmd = python + " " + shell_quote((source_dir() / "tests" / script).string());
    for (const auto& a : args) cmd += " " + shell_quote(a.string());
    const int status = std::system(cmd.c_str());
    if (status == -1 || !WIFEXITED(status)) return 1;
    const int code = WEXITSTATUS(status);
    if (code == 127 || code == 77) {
        skip(code == 127
                 ? "python3 is not installed (" + script + ")"
                 : script + " cannot run here: a Python module or file it needs is missing");
        return std::nullopt;
    }
    return code;
}

}  // namespace rolekit::test

namespace doctest {
template <>
struct StringMaker<rolekit::Position> {
    static String convert(const rolekit::Position& p) {
        return (std::to_string(p.line) + ":" + std::to_string(p.column)).c_str();
    }
};
}  // namespace doctest
