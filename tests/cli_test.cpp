// Drives the built `rolekit` binary end to end: flags, exit codes, output.

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

#include "rolekit/encoding_comments.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::read_file;
using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

TEST_CASE("rolekit --version and --help") {
    Run v = run_rolekit("--version");
    CHECK(v.exit_code == 0);
    CHECK(v.out == std::string("rolekit ") + ROLEKIT_VERSION + "\n");
    Run h = run_rolekit("--help");
    CHECK(h.exit_code == 0);
    CHECK(h.out.find("list") != std::string::npos);
    CHECK(h.out.find("show") != std::string::npos);
}

TEST_CASE("usage errors exit 2, never CLI11's own codes") {
    CHECK(run_rolekit("").exit_code == 2);
    CHECK(run_rolekit("frobnicate").exit_code == 2);
    CHECK(run_rolekit("list --bogus").exit_code == 2);
    CHECK(run_rolekit("show").exit_code == 2);
}

TEST_CASE("rolekit list shows every built-in document, sorted by kind and id") {
    Run r = run_rolekit("list");
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.rfind("KIND", 0) == 0);
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8", "health-nos",
                           "health-functional-map", "skills-for-health-career-framework",
                           "nccmh-psw-mental-health", "peer-worker-l3"}) {
        CAPTURE(id);
        CHECK(r.out.find(std::string("  ") + id + " ") != std::string::npos);
    }
    // Columns are as wide as their widest entry.
    CHECK(r.out.find("\nRoleProfile           ld-peer-support-worker-l3           Peer Support Worker\n") !=
          std::string::npos);
    CHECK(run_rolekit("list").out == r.out);  // deterministic
}

TEST_CASE("--no-builtin, --path and ROLEKIT_PATH choose what is loaded") {
    const fs::path dir = temp_dir("paths");
    write_file(dir / "map.yaml",
          "kind: FunctionalMap\nformat: 1\nid: my-map\ntitle: Mine\nareas:\n"
          "  - {key: \"1\", name: Communication}\n");
    Run only = run_rolekit("list --no-builtin --path " + dir.string());
    CHECK(only.exit_code == 0);
    CHECK(only.out == "KIND           ID      TITLE\nFunctionalMap  my-map  Mine\n");
    Run env = run_rolekit("list --no-builtin", "ROLEKIT_PATH=/nonexistent-a:" + dir.string());
    CHECK(env.exit_code == 2);  // the missing directory is reported...
    CHECK(env.err.find("/nonexistent-a: error[io-error]: no such file or directory") !=
          std::string::npos);
    CHECK(env.out.find("my-map") != std::string::npos);  // ...and the rest still listed
    Run both = run_rolekit("list --path " + dir.string());
    CHECK(both.out.find("my-map") != std::string::npos);
    CHECK(both.out.find("ld-peer-support-worker-l3") != std::string::npos);
}

TEST_CASE("rolekit list reports broken files with file:line:col and exits 2 if unusable") {
    const fs::path dir = temp_dir("broken");
    write_file(dir / "bad.yaml", "kind: RoleProfile\nformat: 1\nid: [oops\n");
    Run r = run_rolekit("list --no-builtin --path " + dir.string());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find((dir / "bad.yaml").string() + ":") == 0);
    CHECK(r.err.find("error[yaml-syntax]") != std::string::npos);
}

TEST_CASE("rolekit show prints the document as written, without the library's encoding comments") {
    const std::string file =
        read_file(rolekit::test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    Run r = run_rolekit("show ld-peer-support-worker-l3");
    CHECK(r.exit_code == 0);
    CHECK(r.out == rolekit::without_encoding_comments(file));
    CHECK(r.out.find("# Encoded from seed file:") == std::string::npos);
    CHECK(file.find("# Encoded from seed file:") != std::string::npos);
    CHECK(r.out.find("# Transferable Role Profile:") == 0);
    Run source = run_rolekit("show --source ld-peer-support-worker-l3");
    CHECK(source.exit_code == 0);
    CHECK(source.out == file);  // the file as it is, byte for byte
    // A file named, or standard input, is shown by the same rule.
    const fs::path dir = temp_dir("show-file");
    write_file(dir / "mine.yaml", file);
    CHECK(run_rolekit("show " + shell_quote(dir / "mine.yaml")).out == r.out);
    CHECK(run_rolekit("show - < " + shell_quote(dir / "mine.yaml")).out == r.out);
    CHECK(run_rolekit("show --source - < " + shell_quote(dir / "mine.yaml")).out == file);
    Run missing = run_rolekit("show ld-peer-support-worker");
    CHECK(missing.exit_code == 2);
    CHECK(missing.out.empty());
    CHECK(missing.err ==
          "rolekit: error[unknown-id]: no document with id 'ld-peer-support-worker'\n"
          "  hint: did you mean 'ld-peer-support-worker-l3'? ('rolekit list' shows every id)\n");
}

TEST_CASE("an installed rolekit finds its library under share/rolekit, and its man page") {
    const fs::path prefix = temp_dir("install");
    const std::string install = "cmake --install " + std::string(ROLEKIT_BUILD_DIR) + " --prefix " +
                                prefix.string() + " >/dev/null";
    REQUIRE(std::system(install.c_str()) == 0);
    const fs::path exe = prefix / "bin/rolekit";
    REQUIRE(fs::exists(exe));
    const fs::path shared = prefix / "share/rolekit/frameworks/profiles/ld-peer-support-worker-l3.yaml";
    CHECK(fs::exists(shared));
    // rolekit(1), as the program makes it from its commands.
    const fs::path man = prefix / "share/man/man1/rolekit.1";
    REQUIRE(fs::exists(man));
    CHECK(read_file(man) == run_rolekit("__man").out);
    const std::string cmd = "cd / && env -u ROLEKIT_PATH " + exe.string() + " list --paths";
    FILE* pipe = ::popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    char buf[4096];
    while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
    CHECK(::pclose(pipe) == 0);
    CHECK(out.find(shared.string()) != std::string::npos);
    CHECK(out.find(rolekit::test::frameworks_dir().string()) == std::string::npos);
}

TEST_CASE("rolekit validate: exit codes and the text report") {
    const std::string fw = rolekit::test::frameworks_dir().string();
    Run ok = run_rolekit("validate " + fw);
    CHECK(ok.exit_code == 0);
    CHECK(ok.out.find("warning[core-level-mismatch]") != std::string::npos);
    // The profiles' title-only NOS carry rolekit-disable-line nos-uncoded comments.
    const std::string summary = "\n10 files checked: 0 errors, 7 warnings, 0 infos, 11 suppressed\n";
    REQUIRE(ok.out.size() > summary.size());
    CHECK(ok.out.substr(ok.out.size() - summary.size()) == summary);
    CHECK(run_rolekit("validate --fail-on warning " + fw).exit_code == 1);
    CHECK(run_rolekit("validate --fail-on warning --disable nos-duplicate --disable "
                      "nos-in-core-and-role --disable core-level-mismatch --disable "
                      "domain-without-unit " + fw)
              .exit_code == 0);

    const fs::path dir = temp_dir("validate");
    write_file(dir / "p.yaml", "kind: LocalityOverlay\nformat: 1\nid: o\nbase: nowhere\nlocality: L\n");
    Run bad = run_rolekit("validate " + (dir / "p.yaml").string());
    CHECK(bad.exit_code == 1);
    CHECK(bad.out == (dir / "p.yaml").string() +
                         ":4:7: error[overlay-base-missing]: base profile 'nowhere' is not among "
                         "the loaded documents\n"
                         "  base: nowhere\n"
                         "        ^\n"
                         "  hint: load the base profile (with --path), or correct the id\n"
                         "1 file checked: 1 error, 0 warnings, 0 infos\n");
}

TEST_CASE("rolekit validate: unusable input is exit 2 and still a finding in JSON") {
    const fs::path dir = temp_dir("validate-junk");
    write_file(dir / "junk.yaml", std::string("\x7f" "ELF\x02\x01\x01\0\0", 9));
    Run r = run_rolekit("validate --format json " + (dir / "junk.yaml").string());
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("\"rule\": \"yaml-encoding\"") != std::string::npos);
    CHECK(r.out.find("\"errors\": 1") != std::string::npos);
}

TEST_CASE("rolekit validate: bad options are usage errors") {
    Run unknown_rule = run_rolekit("validate --disable no-such-rule .");
    CHECK(unknown_rule.exit_code == 2);
    CHECK(unknown_rule.err.find("unknown rule 'no-such-rule'") != std::string::npos);
    CHECK(run_rolekit("validate --format xml .").exit_code == 2);
    CHECK(run_rolekit("validate --fail-on never .").exit_code == 2);
}

TEST_CASE("rolekit merge: stdout, -o written whole, byte-identical, never over an input") {
    Run r = run_rolekit("merge ld-peer-support-worker-l3 wiltshire-ld-psw");
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.rfind("kind: RoleProfile\nformat: 1\nid: wiltshire-ld-psw\n", 0) == 0);
    CHECK(run_rolekit("merge ld-peer-support-worker-l3 wiltshire-ld-psw").out == r.out);

    const fs::path dir = temp_dir("merge");
    const fs::path out = dir / "local.yaml";
    Run written = run_rolekit("merge ld-peer-support-worker-l3 wiltshire-ld-psw -o " + out.string());
    CHECK(written.exit_code == 0);
    CHECK(written.out.empty());
    CHECK(written.err == "wrote " + out.string() + "\n");
    CHECK(read_file(out) == r.out);
    // The result passes validate (the base's own warnings only).
    Run check = run_rolekit("validate " + out.string());
    CHECK(check.exit_code == 0);
    CHECK(check.out.find("0 errors") != std::string::npos);

    const fs::path overlay = dir / "overlay.yaml";
    fs::copy_file(rolekit::test::frameworks_dir() / "overlays/wiltshire-ld-psw.yaml", overlay);
    const std::string before = read_file(overlay);
    Run refused = run_rolekit("merge ld-peer-support-worker-l3 " + overlay.string() + " -o " +
                              overlay.string());
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("error[output-is-input]: refusing to write over a file this command reads") !=
          std::string::npos);
    CHECK(read_file(overlay) == before);
}

TEST_CASE("rolekit merge: a refusal writes nothing and exits 1") {
    const fs::path dir = temp_dir("merge-refuse");
    write_file(dir / "o.yaml", "kind: LocalityOverlay\nformat: 1\nid: o\nbase: ld-peer-support-worker-l3\n"
                          "locality: L\nrole_specific: []\n");
    Run r = run_rolekit("merge ld-peer-support-worker-l3 " + (dir / "o.yaml").string() + " -o " +
                        (dir / "out.yaml").string());
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err == (dir / "o.yaml").string() +
                       ":6:1: error[overlay-touches-national]: an overlay cannot change "
                       "'role_specific' of the national profile\n"
                       "  role_specific: []\n"
                       "  ^\n"
                       "  hint: national sections are fixed; add locality competences under "
                       "'competences' instead\n"
                       "merge refused: nothing written\n");
    CHECK_FALSE(fs::exists(dir / "out.yaml"));
    CHECK(run_rolekit("merge no-such-profile wiltshire-ld-psw").exit_code == 2);
}

TEST_CASE("rolekit nos search and init overlay") {
    Run found = run_rolekit("nos search volunteers --area H");
    CHECK(found.exit_code == 0);
    CHECK(found.out ==
          "CODE  TITLE                         AREA  FUNCTION\n"
          "-     Induct volunteers             H     Recruit, select and retain colleagues (and volunteers)\n"
          "-     Lead and Motivate Volunteers  H     Recruit, select and retain colleagues (and volunteers)\n"
          "-     Recruit and place volunteers  H     Recruit, select and retain colleagues (and volunteers)\n");
    CHECK(run_rolekit("nos search volunteers --area h").out == found.out);
    Run none = run_rolekit("nos search zebra");
    CHECK(none.exit_code == 1);
    CHECK(none.err.find("hint: the built-in catalogue holds only the NOS the national templates use; add your "
                        "own with --catalog FILE\n") != std::string::npos);
    CHECK(run_rolekit("nos").exit_code == 2);

    Run area = run_rolekit("nos search --area Z");
    CHECK(area.exit_code == 2);
    CHECK(area.err == "rolekit: error: unknown area 'Z'\n  hint: the areas are 1, 2, 3, 4, 5, 6, A, B, C, D, F, H\n");
    for (const std::string bad : {"-n 0", "-n -1", "-n 1001", "-n x"}) {
        CAPTURE(bad);
        Run r = run_rolekit("nos search volunteers " + bad);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
    }
    Run huge = run_rolekit("nos search " + std::string(100000, 'c'));
    CHECK(huge.exit_code == 2);
    CHECK(huge.err.find("a search word of 100000 characters; words are at most 100") != std::string::npos);

    Run listed = run_rolekit("nos search");
    CHECK(listed.exit_code == 0);
    const std::string total = run_rolekit("nos search -n 1000").out;
    const std::size_t all = static_cast<std::size_t>(std::count(total.begin(), total.end(), '\n')) - 1;
    CHECK(std::count(listed.out.begin(), listed.out.end(), '\n') == 21);
    CHECK(listed.err == fmt::format("20 of {0} shown; -n {0} shows them all\n", all));
    CHECK(run_rolekit("-q nos search").err.empty());

    const fs::path dir = temp_dir("init");
    const fs::path file = dir / "brum.yaml";
    Run made = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality 'Birmingham L&D' "
                           "--id brum -o " + file.string());
    CHECK(made.exit_code == 0);
    CHECK(read_file(file).find("id: brum\nbase: ld-peer-support-worker-l3\nlocality: Birmingham L&D\n") !=
          std::string::npos);
    CHECK(run_rolekit("validate " + file.string()).exit_code == 0);
    // Without --id: the locality's place and the base title's initials; the
    // starter's commands name the file written.
    Run dorset = run_rolekit(
        "init overlay --base ld-peer-support-worker-l3 --locality 'Dorset Liaison and "
        "Diversion Service' -o " +
        shell_quote(dir / "dorset.yaml"));
    CHECK(dorset.exit_code == 0);
    const std::string starter = read_file(dir / "dorset.yaml");
    CHECK(starter.find("\nid: dorset-psw\n") != std::string::npos);
    CHECK(starter.find("rolekit merge " + (dir / "dorset.yaml").string() + " -o " +
                       (dir / "dorset-profile.yaml").string() + "\n") != std::string::npos);
    Run printed =
        run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality 'Birmingham L&D'");
    CHECK(printed.exit_code == 0);
    CHECK(printed.out.find("\nid: birmingham-psw\n") != std::string::npos);
    CHECK(printed.out.find("#   check it:                rolekit validate OVERLAY.yaml\n") !=
          std::string::npos);
    write_file(file, "mine");
    Run again = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality X -o " + file.string());
    CHECK(again.exit_code == 2);
    CHECK(read_file(file) == "mine");
    CHECK(run_rolekit("init overlay --base health-nos --locality X").exit_code == 2);
}

TEST_CASE("rolekit diff: exit codes, --exit-code, kinds") {
    Run d = run_rolekit("diff ld-peer-support-worker-l3 ld-strategic-manager-l8");
    CHECK(d.exit_code == 0);
    CHECK(d.out.find("NOS only in a: 17   only in b: 37   in both: 16   moved: 2\n") != std::string::npos);
    CHECK(run_rolekit("diff --exit-code ld-peer-support-worker-l3 ld-strategic-manager-l8").exit_code == 1);
    CHECK(run_rolekit("diff --exit-code ld-peer-support-worker-l3 ld-peer-support-worker-l3").exit_code == 0);
    CHECK(run_rolekit("diff --exit-code peer-worker-l3 peer-worker-l3").exit_code == 0);
    Run kinds = run_rolekit("diff ld-peer-support-worker-l3 peer-worker-l3");
    CHECK(kinds.exit_code == 2);
    CHECK(kinds.err.find("cannot compare RoleProfile ld-peer-support-worker-l3 with "
                         "OccupationalStandard peer-worker-l3") != std::string::npos);
    Run json = run_rolekit("diff --format json --sections core ld-peer-support-worker-l3 ld-strategic-manager-l8");
    CHECK(json.exit_code == 0);
    CHECK(json.out.find("\"only_a\": 1,") != std::string::npos);
    CHECK(run_rolekit("diff --sections nope a b").exit_code == 2);
}

TEST_CASE("diff --sections refuses a misspelt name with the names it takes, instead of comparing nothing") {
    Run typo = run_rolekit("diff --sections core,rol_specific ld-peer-support-worker-l3 ld-strategic-manager-l8");
    CHECK(typo.exit_code == 2);
    CHECK(typo.out.empty());
    CHECK(typo.err ==
          "rolekit: error: --sections: rol_specific not in {core,role_specific,facets,locality}\n"
          "  hint: did you mean 'role_specific'? (one of: core, role_specific, facets, locality)\n");
    Run far = run_rolekit("diff --sections=everything ld-peer-support-worker-l3 ld-strategic-manager-l8");
    CHECK(far.exit_code == 2);
    CHECK(far.err == "rolekit: error: --sections: everything not in {core,role_specific,facets,locality}\n"
                     "  hint: one of: core, role_specific, facets, locality\n");
}

TEST_CASE("commands refuse a document with load errors instead of half-using it") {
    const fs::path dir = temp_dir("load-errors");
    write_file(dir / "p.yaml", "kind: RoleProfile\nformat: 1\nid: p\ntitle: T\nservice: S\nlevel: 3\n");
    for (const std::string cmd : {"render ", "merge ", "diff ld-peer-support-worker-l3 "}) {
        CAPTURE(cmd);
        Run r = run_rolekit(cmd + (dir / "p.yaml").string() + (cmd == "merge " ? " wiltshire-ld-psw" : ""));
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find("error[schema-missing-field]: RoleProfile is missing required field 'basic_info'") !=
              std::string::npos);
    }
}
