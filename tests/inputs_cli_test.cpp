// What users name on the command line, through the built binary: files, ids,
// standard input, FIFOs, directories; diff, merge, render and init as a new
// user first runs them (issue 11).

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
using rolekit::test::source_dir;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

namespace {

const fs::path kStandard = frameworks_dir() / "standards/peer-worker-l3.yaml";
const fs::path kRevision = source_dir() / "docs/examples/peer-worker-l3-2025.yaml";

}  // namespace

// docs/diff.md's own example runs in docs_examples (tests/docs_examples.py).
TEST_CASE("diff: a library id against a revised file compares the file as written") {
    Run r = run_rolekit("diff peer-worker-l3 " + shell_quote(kRevision));
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("duration_months\n    - 15\n    + 18\n") != std::string::npos);
    CHECK(run_rolekit("diff --exit-code peer-worker-l3 " + shell_quote(kRevision)).exit_code == 1);
}

TEST_CASE("diff: two revisions with one id, the same file twice, and standard input") {
    const fs::path dir = temp_dir("inputs-revisions");
    fs::copy_file(kStandard, dir / "old.yaml");
    fs::copy_file(kRevision, dir / "new.yaml");
    Run both = run_rolekit("diff --exit-code " + shell_quote(dir / "old.yaml") + " " + shell_quote(dir / "new.yaml"));
    CHECK(both.exit_code == 1);
    CHECK(both.err.empty());
    CHECK(both.out.find("+ knowledge K60: digital inclusion") != std::string::npos);

    Run same = run_rolekit("diff --exit-code " + shell_quote(dir / "old.yaml") + " " + shell_quote(dir / "old.yaml"));
    CHECK(same.exit_code == 0);
    CHECK(same.err.empty());
    CHECK(same.out.find("No differences.") != std::string::npos);
    CHECK(run_rolekit("diff --exit-code " + shell_quote(dir / "old.yaml") + " " + shell_quote(dir / "../" / dir.filename() / "old.yaml"))
              .exit_code == 0);

    Run piped = run_rolekit("diff --exit-code - " + shell_quote(dir / "new.yaml") + " < " + shell_quote(dir / "old.yaml"));
    CHECK(piped.exit_code == 1);
    // The same report, its first side named as what it was read from.
    CHECK(piped.out.starts_with("a: standard input\nb: new.yaml\n"));
    CHECK(both.out.starts_with("a: old.yaml\nb: new.yaml\n"));
    CHECK(piped.out.substr(piped.out.find('\n')) == both.out.substr(both.out.find('\n')));
}

TEST_CASE("diff: a git-style revision diff, old side from git show through standard input") {
    if (std::system("command -v git >/dev/null 2>&1") != 0) {
        rolekit::test::skip("git is not installed");
        return;
    }
    const fs::path dir = temp_dir("inputs-git");
    fs::copy_file(kStandard, dir / "standard.yaml");
    const std::string git = "git -C " + shell_quote(dir) + " -c user.name=t -c user.email=t@example.org ";
    REQUIRE(std::system((git + "init -q && " + git + "add standard.yaml && " + git + "commit -qm one").c_str()) == 0);
    fs::copy_file(kRevision, dir / "standard.yaml", fs::copy_options::overwrite_existing);
    Run r = run_rolekit("diff - standard.yaml", "", "cd " + shell_quote(dir) + " && " + git + "show HEAD:standard.yaml |");
    CAPTURE(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("~ knowledge K1: the core values and principles of {+mutual+} peer support\n") !=
          std::string::npos);
    CHECK(r.out.find("D2 skills: -S9\n") != std::string::npos);
}

TEST_CASE("render, show and diff read a FIFO once, validate does not hang on one") {
    const fs::path dir = temp_dir("inputs-fifo");
    const fs::path fifo = dir / "pipe.yaml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string feed = "cat " + shell_quote(kStandard) + " > " + shell_quote(fifo) + " & ";
    Run rendered = run_rolekit("render " + shell_quote(fifo), "", feed + "timeout 20");
    CHECK(rendered.exit_code == 0);
    CHECK(rendered.out.rfind("# Peer worker", 0) == 0);
    Run diffed = run_rolekit("diff --exit-code peer-worker-l3 " + shell_quote(fifo), "", feed + "timeout 20");
    CHECK(diffed.exit_code == 0);
    Run checked = run_rolekit("validate --no-builtin " + shell_quote(fifo), "", feed + "timeout 20");
    CHECK(checked.exit_code == 0);
    CHECK(checked.out.find("1 file checked") != std::string::npos);
    // /dev/stdin is a path like any other.
    Run dev = run_rolekit("render /dev/stdin < " + shell_quote(kStandard));
    CHECK(dev.exit_code == 0);
    CHECK(dev.out == rendered.out);
}

TEST_CASE("named inputs that cannot be used always say why") {
    const fs::path dir = temp_dir("inputs-bad");
    fs::create_directories(dir / "x.yaml");
    for (const std::string cmd : {"render ", "show ", "diff peer-worker-l3 ", "merge ld-peer-support-worker-l3 "}) {
        CAPTURE(cmd);
        Run r = run_rolekit(cmd + shell_quote(dir / "x.yaml"));
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err == (dir / "x.yaml").string() +
                           ": error[io-error]: is a directory, not a file\n  hint: name one document's file\n");
        Run missing = run_rolekit(cmd + shell_quote(dir / "nope.yaml"));
        CHECK(missing.exit_code == 2);
        CHECK(missing.err == (dir / "nope.yaml").string() + ": error[io-error]: no such file or directory\n");
    }
    Run unknown = run_rolekit("render ld-peer-support-worker-l");
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "rolekit: error[unknown-id]: no document with id 'ld-peer-support-worker-l'\n"
                         "  hint: did you mean 'ld-peer-support-worker-l3'? ('rolekit list' shows every id)\n");
    fs::create_symlink("loop.yaml", dir / "loop.yaml");
    Run loop = run_rolekit("render " + shell_quote(dir / "loop.yaml"));
    CHECK(loop.exit_code == 2);
    CHECK(loop.err == (dir / "loop.yaml").string() +
                          ": error[io-error]: too many levels of symbolic links (a symbolic-link loop?)\n");
}

TEST_CASE("validate: one file reached twice is one input, '-' is standard input") {
    const fs::path dir = temp_dir("inputs-validate");
    fs::create_directories(dir / "d");
    fs::copy_file(kStandard, dir / "d/a.yaml");
    for (const std::string args : {"d d/a.yaml", "d ./d", "d/a.yaml ./d/../d/a.yaml"}) {
        CAPTURE(args);
        Run r = run_rolekit("validate " + args, "", "cd " + shell_quote(dir) + " &&");
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("id-collision") == std::string::npos);
        CHECK(r.out.find("1 file checked") != std::string::npos);
    }
    write_file(dir / "bad.yaml", "kind: OccupationalStandard\nformat: 1\nid: s\ntitel: x\n");
    Run piped = run_rolekit("validate - < " + shell_quote(dir / "bad.yaml"));
    CHECK(piped.exit_code == 1);
    CHECK(piped.out.find("<stdin>:4:1: error[schema-unknown-key]: unknown key 'titel' in OccupationalStandard\n"
                         "  titel: x\n  ^\n") != std::string::npos);
}

TEST_CASE("merge checks its inputs first: any error refuses it, warnings do not") {
    const fs::path dir = temp_dir("inputs-merge-checks");
    const std::string head = "kind: LocalityOverlay\nformat: 1\nid: o\nbase: ld-peer-support-worker-l3\nlocality: L\n";
    write_file(dir / "reworded.yaml", head + "competences:\n  - area: \"1\"\n    function: Communicate effectively\n"
                                             "    nos: [Communicate really effectively with people]\n");
    write_file(dir / "area-e.yaml", head + "competences:\n  - area: E\n    function: Communicate effectively\n"
                                           "    nos: [Communicate effectively with people]\n");
    for (const char* file : {"reworded.yaml", "area-e.yaml"}) {
        CAPTURE(file);
        Run r = run_rolekit("merge ld-peer-support-worker-l3 " + shell_quote(dir / file) + " -o " + shell_quote(dir / "out.yaml"));
        CHECK(r.exit_code == 1);
        CHECK(r.out.empty());
        CHECK(r.err.find((dir / file).string() + ":9:") != std::string::npos);
        CHECK(r.err.find(": error[") != std::string::npos);
        CHECK_FALSE(fs::exists(dir / "out.yaml"));
    }
    Run area = run_rolekit("merge ld-peer-support-worker-l3 " + shell_quote(dir / "area-e.yaml"));
    CHECK(area.err.find(":7:11: error[unknown-area]") != std::string::npos);

    // A warning (a NOS the base already has) prints and the merge goes on.
    write_file(dir / "dup.yaml", head + "competences:\n  - area: \"1\"\n    function: Communicate effectively\n"
                                        "    nos: [Communicate effectively with people]\n");
    Run warned = run_rolekit("merge ld-peer-support-worker-l3 " + shell_quote(dir / "dup.yaml"));
    CHECK(warned.exit_code == 0);
    CHECK(warned.err.find("warning[overlay-nos-in-base]") != std::string::npos);
    CHECK(warned.out.rfind("kind: RoleProfile\n", 0) == 0);

    // A missing base path is the rule validate uses, not a mismatch.
    write_file(dir / "pathbase.yaml", "kind: LocalityOverlay\nformat: 1\nid: p\nbase: ../nowhere/base.yaml\n"
                                      "locality: L\ncompetences: []\n");
    Run missing = run_rolekit("merge ld-peer-support-worker-l3 " + shell_quote(dir / "pathbase.yaml"));
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("error[overlay-base-missing]") != std::string::npos);
    CHECK(missing.err.find("overlay-base-mismatch") == std::string::npos);

    // The same overlay twice, however spelled.
    Run twice = run_rolekit("merge ld-peer-support-worker-l3 wiltshire-ld-psw " +
                            shell_quote(frameworks_dir() / "overlays/../overlays/wiltshire-ld-psw.yaml"));
    CHECK(twice.exit_code == 1);
    CHECK(twice.err.find("error[overlay-repeated]: overlay 'wiltshire-ld-psw' is given twice (as overlay 1 and 2)") !=
          std::string::npos);
    CHECK(twice.err.find("already used by") == std::string::npos);
}

TEST_CASE("merge and render read standard input") {
    Run merged = run_rolekit("merge - wiltshire-ld-psw < " +
                             shell_quote(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml"));
    CHECK(merged.exit_code == 0);
    CHECK(merged.out == run_rolekit("merge ld-peer-support-worker-l3 wiltshire-ld-psw").out);
    Run rendered = run_rolekit("render - < " + shell_quote(kStandard));
    CHECK(rendered.exit_code == 0);
    CHECK(rendered.out == run_rolekit("render peer-worker-l3").out);
}

TEST_CASE("init overlay writes only starters that validate, or refuses and says why") {
    const fs::path dir = temp_dir("inputs-init");
    Run good = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality 'Dorset: L&D # custody' -o " +
                           shell_quote(dir / "dorset.yaml"));
    CHECK(good.exit_code == 0);
    Run checked = run_rolekit("validate " + shell_quote(dir / "dorset.yaml"));
    CHECK(checked.exit_code == 0);
    CHECK(checked.out.find("0 errors, 0 warnings") != std::string::npos);

    Run newline = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality \"$(printf 'Foo\\nid: evil')\"");
    CHECK(newline.exit_code == 2);
    CHECK(newline.out.empty());
    CHECK(newline.err == "rolekit: error: --locality 'Foo\\nid: evil' holds control characters\n"
                         "  hint: a locality is one line of text\n");
    Run empty = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality ''");
    CHECK(empty.exit_code == 2);
    CHECK(empty.err == "rolekit: error: --locality is empty\n"
                       "  hint: name the local service, e.g. --locality 'Wiltshire L&D Service'\n");
    Run bad_id = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality X --id 'Bad ID'");
    CHECK(bad_id.exit_code == 2);
    CHECK(bad_id.err == "rolekit: error: 'Bad ID' is not a valid id\n"
                        "  hint: ids use lower-case letters, digits and '-', starting with a letter or digit\n");
    Run no_slug = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality '&&&'");
    CHECK(no_slug.exit_code == 2);
    CHECK(no_slug.out.empty());
    CHECK(no_slug.err ==
          "rolekit: error: --locality '&&&' has no word to make an id from\n"
          "  hint: give the overlay's id with --id, e.g. --id my-service\n");
}
