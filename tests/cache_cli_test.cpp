// The validation cache through the binary: --no-cache, `cache info` and
// `cache clear`, where the cache lives, and runs at once.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::frameworks_dir;
using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;

namespace {

// Bucket files (docs/cache.md).
std::size_t entry_count(const fs::path& cache) {
    if (!fs::exists(cache / "rolekit-cache-v2")) return 0;
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(cache / "rolekit-cache-v2")) ++n;
    return n;
}

fs::path copy_of_library(const fs::path& dir) {
    fs::copy(frameworks_dir(), dir / "repo", fs::copy_options::recursive);
    return dir / "repo";
}

}  // namespace

TEST_CASE("validate reports the same with --no-cache and a cold and warm cache") {
    const fs::path dir = temp_dir("cache-states");
    const fs::path repo = copy_of_library(dir);
    const std::string env = "ROLEKIT_CACHE_DIR=" + shell_quote((dir / "cache").string());
    const std::string args = "validate --no-builtin --format sarif " + shell_quote(repo.string());
    const Run off = run_rolekit(args + " --no-cache", env);
    CHECK(off.exit_code == 0);
    CHECK(entry_count(dir / "cache") == 0);
    for (const char* state : {"cold", "warm"}) {
        CAPTURE(state);
        const Run r = run_rolekit(args, env);
        CHECK(r.exit_code == off.exit_code);
        CHECK(r.out == off.out);
        CHECK(r.err == off.err);
    }
    CHECK(entry_count(dir / "cache") > 5);
    // Text with source excerpts, warm.
    const std::string text = "validate --no-builtin " + shell_quote(repo.string());
    CHECK(run_rolekit(text, env).out == run_rolekit(text + " --no-cache", env).out);
}

TEST_CASE("cache info and cache clear") {
    const fs::path dir = temp_dir("cache-info");
    const fs::path repo = copy_of_library(dir);
    const std::string env = "ROLEKIT_CACHE_DIR=" + shell_quote((dir / "cache").string());
    const Run empty = run_rolekit("cache info", env);
    CHECK(empty.exit_code == 0);
    CHECK(empty.out == "location: " + (dir / "cache").string() +
                           "\nstate:    usable\nentries:  0\nsize:     0.0 KiB (0 bytes)\n"
                           "limit:    256.0 MiB (268435456 bytes)\n");
    CHECK(run_rolekit("validate --no-builtin " + shell_quote(repo.string()), env).exit_code == 0);
    // The ten files and the references.
    const Run info = run_rolekit("cache info", env);
    CHECK(info.out.find("entries:  11\n") != std::string::npos);
    const Run cleared = run_rolekit("cache clear", env);
    CHECK(cleared.exit_code == 0);
    CHECK(cleared.out.starts_with("removed 11 entries, "));
    CHECK(entry_count(dir / "cache") == 0);
    CHECK(run_rolekit("cache", env).exit_code == 2);
}

TEST_CASE("the cache is under XDG_CACHE_HOME or HOME when ROLEKIT_CACHE_DIR is not set") {
    const fs::path dir = temp_dir("cache-location");
    const fs::path repo = copy_of_library(dir);
    const std::string validate = "validate --no-builtin " + shell_quote(repo.string());
    const std::string xdg =
        "-u ROLEKIT_CACHE_DIR XDG_CACHE_HOME=" + shell_quote((dir / "xdg").string());
    CHECK(run_rolekit(validate, xdg).exit_code == 0);
    CHECK(entry_count(dir / "xdg" / "rolekit") > 0);
    const std::string home =
        "-u ROLEKIT_CACHE_DIR -u XDG_CACHE_HOME HOME=" + shell_quote((dir / "home").string());
    CHECK(run_rolekit(validate, home).exit_code == 0);
    CHECK(entry_count(dir / "home" / ".cache" / "rolekit") > 0);
    CHECK(run_rolekit("cache info", home)
              .out.starts_with("location: " + (dir / "home").string() + "/.cache/rolekit\n"));
    // Nowhere to put it: validate runs without, cache info says why.
    const std::string nowhere = "-u ROLEKIT_CACHE_DIR -u XDG_CACHE_HOME -u HOME";
    CHECK(run_rolekit(validate, nowhere).exit_code == 0);
    const Run info = run_rolekit("cache info", nowhere);
    CHECK(info.exit_code == 2);
    CHECK(info.err.find("no cache location") != std::string::npos);
    // A cache directory that cannot be made: the same report, no error.
    rolekit::test::write_file(dir / "file", "x");
    const std::string blocked =
        "ROLEKIT_CACHE_DIR=" + shell_quote((dir / "file" / "cache").string());
    const Run r = run_rolekit(validate, blocked);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == run_rolekit(validate + " --no-cache", blocked).out);
}

TEST_CASE("validate processes at once share one cache") {
    const fs::path dir = temp_dir("cache-concurrent");
    const fs::path repo = copy_of_library(dir);
    const std::string cache = shell_quote((dir / "cache").string());
    const std::string args = "validate --no-builtin --format json " + shell_quote(repo.string());
    const Run expected = run_rolekit(args + " --no-cache");
    // Four runs started together, twice (cold, then warm), each output kept.
    std::string script;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 4; ++i)
            script +=
                "ROLEKIT_CACHE_DIR=" + cache + " " + ROLEKIT_BINARY + " " + args + " >" +
                shell_quote((dir / ("out" + std::to_string(round) + std::to_string(i))).string()) +
                " & ";
        script += "wait; ";
    }
    REQUIRE(std::system(script.c_str()) == 0);
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < 4; ++i)
            CHECK(rolekit::test::read_file(
                      dir / ("out" + std::to_string(round) + std::to_string(i))) == expected.out);
}
