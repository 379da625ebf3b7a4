// No write lands on what a run reads (issue 21): an input however spelled, a
// scanned file, a catalogue, a search-path file, the config in force, the
// baseline being read, or another output of the same run. Each case runs the
// binary in a fresh folder and checks the file it tried to write over is
// byte for byte what it was.

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::frameworks_dir;
using rolekit::test::read_file;
using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

namespace {

const std::string kRefused =
    ": error[output-is-input]: refusing to write over a file this command reads\n"
    "  hint: choose another output file\n";

// A project: a profile, a local catalogue, a search-path folder and a config.
fs::path project(const std::string& name) {
    const fs::path dir = temp_dir(name);
    fs::create_directories(dir / "profiles");
    fs::create_directories(dir / "lib");
    fs::copy_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml",
                  dir / "profiles/p.yaml");
    fs::copy_file(frameworks_dir() / "catalogues/health-nos.yaml", dir / "catalog.yaml");
    fs::copy_file(frameworks_dir() / "maps/health-functional-map.yaml", dir / "lib/map.yaml");
    write_file(dir / ".rolekit.yaml", "fail-on: error\n");
    return dir;
}

Run in(const fs::path& dir, const std::string& args, const std::string& env = "") {
    return run_rolekit(args, env, "cd " + shell_quote(dir.string()) + " && timeout 60");
}

}  // namespace

TEST_CASE(
    "--write-baseline refuses every spelling of a file the run reads, and leaves it as it was") {
    const fs::path dir = project("write-baseline-inputs");
    fs::create_symlink("profiles/p.yaml", dir / "link.yaml");
    fs::create_hard_link(dir / "profiles/p.yaml", dir / "hard.yaml");
    const std::string before = read_file(dir / "profiles/p.yaml");
    const std::string config = read_file(dir / ".rolekit.yaml");
    const std::string catalog = read_file(dir / "catalog.yaml");
    const std::string map = read_file(dir / "lib/map.yaml");
    const std::string absolute = (dir / "profiles/p.yaml").string();
    struct Case {
        std::string target;
        std::string args;
        std::string env;
    };
    const Case cases[] = {
        {"profiles/p.yaml", "profiles/p.yaml", ""},
        {"./profiles/p.yaml", "profiles/p.yaml", ""},
        {absolute, "profiles/p.yaml", ""},
        {"link.yaml", "profiles/p.yaml", ""},
        {"hard.yaml", "profiles/p.yaml", ""},
        {"profiles/p.yaml", "profiles", ""},  // a scanned file
        {".rolekit.yaml", "profiles/p.yaml", ""},
        {"catalog.yaml", "--catalog catalog.yaml profiles/p.yaml", ""},
        {"lib/map.yaml", "--path lib profiles/p.yaml", ""},
        {"lib/map.yaml", "profiles/p.yaml", "ROLEKIT_PATH=lib"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.target);
        CAPTURE(c.args);
        const Run r =
            in(dir, "validate --write-baseline " + shell_quote(c.target) + " " + c.args, c.env);
        CHECK(r.exit_code == 2);
        CHECK(r.err == c.target + kRefused);
        CHECK(r.out == "");
        CHECK(read_file(dir / "profiles/p.yaml") == before);
        CHECK(read_file(dir / ".rolekit.yaml") == config);
        CHECK(read_file(dir / "catalog.yaml") == catalog);
        CHECK(read_file(dir / "lib/map.yaml") == map);
        CHECK(fs::is_symlink(dir / "link.yaml"));
    }
    fs::remove_all(dir);
}

TEST_CASE("--output-file refuses the config and the inputs, as -o does") {
    const fs::path dir = project("output-file-config");
    const std::string config = read_file(dir / ".rolekit.yaml");
    // A .yaml name is not a report's: refused by its name, before the run.
    Run r = in(dir, "validate --format json --output-file .rolekit.yaml profiles/p.yaml");
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "rolekit: error: --format json contradicts '.rolekit.yaml', which names yaml\n"
          "  hint: name a file ending in .json\n");
    CHECK(read_file(dir / ".rolekit.yaml") == config);
    // Named so that a report could be written there: refused as files the run reads.
    fs::copy_file(dir / ".rolekit.yaml", dir / "settings");
    r = in(dir, "validate --config settings --format json --output-file ./settings profiles/p.yaml");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "./settings" + kRefused);
    CHECK(read_file(dir / "settings") == config);
    fs::copy_file(dir / "profiles/p.yaml", dir / "profiles/p");
    const std::string profile = read_file(dir / "profiles/p");
    r = in(dir, "validate --format json --output-file ./profiles/p profiles/p");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "./profiles/p" + kRefused);
    CHECK(read_file(dir / "profiles/p") == profile);
    fs::remove_all(dir);
}

TEST_CASE("--output-file and --write-baseline naming one file are refused before the run") {
    const fs::path dir = project("two-outputs");
    for (const char* second : {"x.json", "./x.json", "../rolekit-cli-two-outputs/x.json"}) {
        CAPTURE(second);
        const Run r = in(dir, "validate --output-file x.json --write-baseline " +
                                  std::string(second) + " profiles/p.yaml");
        CHECK(r.exit_code == 2);
        CHECK(
            r.err ==
            std::string(second) +
                ": error[output-is-input]: --output-file and --write-baseline name the same file\n"
                "  hint: write the report and the baseline to two files\n");
        CHECK_FALSE(fs::exists(dir / "x.json"));
    }
    fs::remove_all(dir);
}

TEST_CASE(
    "a baseline being read is never the one written, and a new baseline records every finding") {
    const fs::path dir = project("baseline-rewrite");
    Run r = in(dir, "validate --write-baseline b.json profiles/p.yaml");
    REQUIRE(r.exit_code == 0);
    CHECK(r.err == "wrote b.json (3 findings)\n");
    const std::string baseline = read_file(dir / "b.json");
    r = in(dir, "validate --baseline b.json --write-baseline ./b.json profiles/p.yaml");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "./b.json" + kRefused);
    CHECK(read_file(dir / "b.json") == baseline);
    // Filtered by the old baseline, the run reports nothing new; the new
    // baseline still holds all three.
    r = in(dir, "validate --baseline b.json --write-baseline c.json profiles/p.yaml");
    CHECK(r.exit_code == 0);
    CHECK(r.err == "wrote c.json (3 findings)\n");
    CHECK(read_file(dir / "c.json") == baseline);
    fs::remove_all(dir);
}

TEST_CASE(
    "a baseline entry of the wrong type is exit 2 with its JSON pointer, never an internal error") {
    const fs::path dir = project("baseline-types");
    write_file(dir / "b.json",
               R"({"rolekit_baseline": 1, "findings": [{"rule": 7, "file": "p.yaml"}]})");
    Run r = in(dir, "validate --baseline b.json profiles/p.yaml");
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "b.json: error[io-error]: not a rolekit baseline: /findings/0/rule is number, not a "
          "string (write it "
          "again with --write-baseline)\n");
    write_file(dir / "b.json", R"({"rolekit_baseline": "1", "findings": []})");
    r = in(dir, "validate --baseline b.json profiles/p.yaml");
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "b.json: error[io-error]: not a rolekit baseline (write one with --write-baseline)\n");
    write_file(dir / "b.json", R"({"rolekit_baseline": 1, "findings": [-1e400]})");
    r = in(dir, "validate --baseline b.json profiles/p.yaml");
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "b.json: error[io-error]: not a rolekit baseline (write one with --write-baseline)\n");
    fs::remove_all(dir);
}

TEST_CASE("a discovered .rolekit.yaml that is not a regular file is an error, as with --config") {
    const fs::path dir = project("config-kinds");
    fs::remove(dir / ".rolekit.yaml");
    const std::string hint =
        "  hint: a config must be a YAML file; remove this one, or run with --no-config\n";
    SUBCASE("a directory") {
        fs::create_directory(dir / ".rolekit.yaml");
        const Run r = in(dir, "validate profiles/p.yaml");
        CHECK(r.exit_code == 2);
        CHECK(r.err == ".rolekit.yaml: error[io-error]: is a directory, not a file\n" + hint);
        CHECK(in(dir, "validate --config .rolekit.yaml profiles/p.yaml").err == r.err);
    }
    SUBCASE("a dangling symbolic link") {
        fs::create_symlink("nowhere.yaml", dir / ".rolekit.yaml");
        const Run r = in(dir, "validate profiles/p.yaml");
        CHECK(r.exit_code == 2);
        CHECK(r.err ==
              ".rolekit.yaml: error[io-error]: no such file (a symbolic link to a missing file)\n" +
                  hint);
    }
    SUBCASE("a symbolic-link loop") {
        fs::create_symlink(".rolekit.yaml", dir / ".rolekit.yaml");
        const Run r = in(dir, "validate profiles/p.yaml");
        CHECK(r.exit_code == 2);
        CHECK(r.err ==
              ".rolekit.yaml: error[io-error]: too many levels of symbolic links (a symbolic-link "
              "loop?)\n" +
                  hint);
    }
    SUBCASE("a FIFO, which would block a read") {
        REQUIRE(::mkfifo((dir / ".rolekit.yaml").c_str(), 0644) == 0);
        const Run r = in(dir, "validate profiles/p.yaml");
        CHECK(r.exit_code == 2);
        CHECK(r.err ==
              ".rolekit.yaml: error[io-error]: is not a regular file (a FIFO, device or socket)\n" +
                  hint);
        CHECK(in(dir, "validate --config .rolekit.yaml profiles/p.yaml").err == r.err);
    }
    CHECK(in(dir, "validate --no-config -q profiles/p.yaml").exit_code == 0);
    fs::remove_all(dir);
}

TEST_CASE("a missing named file is counted in the summary as one that could not be read") {
    const fs::path dir = project("missing-named");
    const Run r = in(dir, "validate profiles/p.yaml nothere.yaml --no-config");
    CHECK(r.exit_code == 2);
    CHECK(r.out.starts_with("nothere.yaml: error[io-error]: no such file or directory\n"));
    CHECK(r.out.ends_with(
        "1 file checked, 1 could not be read: 1 error, 3 warnings, 0 infos, 3 suppressed\n"));
    fs::remove_all(dir);
}

TEST_CASE(
    "findings on built-in library files name them <builtin>/…, not where rolekit is installed") {
    const Run r =
        run_rolekit("merge health-nos " +
                    shell_quote((frameworks_dir() / "overlays/wiltshire-ld-psw.yaml").string()));
    CHECK(r.exit_code == 1);  // the merge was refused
    CHECK(
        r.err.starts_with("<builtin>/catalogues/health-nos.yaml:13:1: error[merge-wrong-kind]: "
                          "<builtin>/catalogues/health-nos.yaml "
                          "is a NosCatalog, not a RoleProfile\n  kind: NosCatalog\n  ^\n"));
    CHECK(r.err.find(frameworks_dir().string()) == std::string::npos);
}
