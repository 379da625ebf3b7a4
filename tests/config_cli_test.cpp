// The repository's config in every command (issue 26), through the binary:
// a git repository whose `.rolekit.yaml` names a local catalogue and a folder
// of profiles; each command run from a subdirectory finds them through it,
// not with --no-config, from another file with --config; a config above the
// folder holding `.git` is never read. And `rolekit config`, and "did you
// mean" for a misspelt base.

#include <doctest/doctest.h>

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

const std::string kHousing = "Support individuals to find and keep housing (test entry)";

// outer/.rolekit.yaml (never read from inside repo/ or plain/, which hold
// .git), outer/repo/ with its own config, catalogue, profile and overlay,
// outer/plain/ a repository with no config.
fs::path repository(const std::string& name) {
    const fs::path outer = temp_dir(name);
    const fs::path repo = outer / "repo";
    for (const char* d :
         {"repo/.git", "repo/catalogues", "repo/templates/profiles", "repo/templates/overlays",
          "repo/other", "plain/.git", "plain/sub", "loose/sub"})
        fs::create_directories(outer / d);
    write_file(outer / ".rolekit.yaml", "paths:\n  - repo/templates/profiles\n");
    write_file(repo / ".rolekit.yaml",
               "catalogs:\n  - catalogues/local-nos.yaml\npaths:\n  - templates/profiles\n");
    write_file(repo / "other.yaml", "paths:\n  - other\n");
    write_file(
        repo / "catalogues/local-nos.yaml",
        "kind: NosCatalog\nformat: 1\nid: local-nos\ntitle: Our service's own NOS\nstandards:\n"
        "  - code: null\n    status: uncoded\n    title: " +
            kHousing +
            "\n    functions:\n      - area: C\n        function: Enable people to address issues "
            "relating to their health and wellbeing\n");
    std::string profile = read_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    const std::string id = "id: ld-peer-support-worker-l3\n";
    REQUIRE(profile.find(id) != std::string::npos);
    write_file(repo / "other/other-l3.yaml",
               std::string(profile).replace(profile.find(id), id.size(), "id: other-l3\n"));
    profile.replace(profile.find(id), id.size(), "id: local-l3\n");
    write_file(repo / "templates/profiles/local-l3.yaml", profile);
    write_file(
        repo / "templates/overlays/housing.yaml",
        "kind: LocalityOverlay\nformat: 1\nid: housing\nbase: local-l3\nlocality: Example Service\n"
        "competences:\n  - area: C\n    function: Enable people to address issues relating to "
        "their "
        "health and wellbeing\n    nos:\n      - " +
            kHousing + "\n");
    return outer;
}

Run in(const fs::path& dir, const std::string& args) {
    return run_rolekit(args, "", "cd " + shell_quote(dir.string()) + " &&");
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("config in every command: found from a subdirectory, --no-config, --config OTHER") {
    const fs::path outer = repository("config-every-command");
    const fs::path sub = outer / "repo/templates/overlays";

    Run validate = in(sub, "validate housing.yaml");
    CHECK(validate.exit_code == 0);
    CHECK(validate.out == "1 file checked: 0 errors, 0 warnings, 0 infos\n");
    Run validate_none = in(sub, "validate housing.yaml --no-config");
    CHECK(validate_none.exit_code == 1);
    CHECK(has(validate_none.out,
              "housing.yaml:4:7: error[overlay-base-missing]: base profile 'local-l3' is not "
              "among the loaded documents\n"));
    CHECK(has(validate_none.out, "error[nos-unknown]"));

    for (const std::string command : {"merge", "render"}) {
        CAPTURE(command);
        Run made = in(sub, command + " housing.yaml");
        CHECK(made.exit_code == 0);
        CHECK(has(made.out, kHousing));
        Run none = in(sub, command + " housing.yaml --no-config");
        CHECK(none.exit_code == 2);
        CHECK(has(none.err,
                  "error[overlay-base-missing]: base 'local-l3' names no RoleProfile on the search "
                  "path"));
    }

    for (const std::string command : {"show local-l3", "diff local-l3 ld-peer-support-worker-l3",
                                      "export --format csv local-l3", "render local-l3"}) {
        CAPTURE(command);
        CHECK(in(sub, command).exit_code == 0);
        Run none = in(sub, command + " --no-config");
        CHECK(none.exit_code == 2);
        CHECK(has(none.err, "error[unknown-id]: no document with id 'local-l3'"));
        // --config OTHER: that file's paths, not the nearest config's.
        CHECK(in(sub, command + " --config ../../other.yaml").exit_code == 2);
    }
    Run other = in(sub, "show other-l3 --config ../../other.yaml");
    CHECK(other.exit_code == 0);
    CHECK(has(other.out, "other-l3"));
    CHECK(in(sub, "show other-l3").exit_code == 2);

    Run search = in(sub, "nos search housing");
    CHECK(search.exit_code == 0);
    CHECK(has(search.out, kHousing));
    CHECK(in(sub, "nos search housing --no-config").exit_code == 1);

    Run list = in(sub, "list --paths");
    CHECK(list.exit_code == 0);
    CHECK(has(list.out, "local-l3"));
    CHECK(has(list.out, "templates/profiles/local-l3.yaml"));
    CHECK(has(list.out, "local-nos"));
    Run list_none = in(sub, "list --no-config");
    CHECK_FALSE(has(list_none.out, "local-l3"));
    CHECK_FALSE(has(list_none.out, "local-nos"));
}

TEST_CASE("config in every command: a config above the folder holding .git is not read") {
    const fs::path outer = repository("config-above-git");
    // plain/ holds .git: outer/.rolekit.yaml is outside the repository.
    Run list = in(outer / "plain/sub", "list");
    CHECK(list.exit_code == 0);
    CHECK_FALSE(has(list.out, "local-l3"));
    CHECK(in(outer / "plain/sub", "show local-l3").exit_code == 2);
    Run config = in(outer / "plain/sub", "config");
    CHECK(config.exit_code == 0);
    CHECK(has(config.out,
              "config:   none (no .rolekit.yaml walking up from the working folder to the folder "
              "holding .git, ..)\n"));
    // Without .git the walk goes on up, and finds it: the test above can fail.
    Run loose = in(outer / "loose/sub", "show local-l3");
    CHECK(loose.exit_code == 0);
}

TEST_CASE("rolekit config: the file in force, how it was found, and its settings") {
    const fs::path outer = repository("config-command");
    const fs::path sub = outer / "repo/templates/overlays";
    Run found = in(sub, "config");
    CHECK(found.exit_code == 0);
    CHECK(found.err.empty());
    CHECK(found.out ==
          "config:   ../../.rolekit.yaml (the nearest walking up from the working folder)\n"
          "root:     ../.. (reports name files relative to it)\n"
          "catalogs:\n"
          "  catalogues/local-nos.yaml  -> ../../catalogues/local-nos.yaml\n"
          "paths:\n"
          "  templates/profiles  -> ../../templates/profiles\n"
          "rules:    every rule at its default severity (rolekit rules lists them)\n"
          "ignore:   none\n"
          "fail-on:  error (the default; --fail-on changes it)\n");

    Run named = in(sub, "config --config ../../other.yaml");
    CHECK(named.exit_code == 0);
    CHECK(has(named.out, "config:   ../../other.yaml (given with --config)\n"));
    CHECK(has(named.out, "  other  -> ../../other\n"));

    Run none = in(sub, "config --no-config");
    CHECK(none.exit_code == 0);
    CHECK(has(none.out, "config:   none (--no-config)\nroot:     . (the working folder"));

    write_file(outer / "repo/.rolekit.yaml", "catalogs:\n  - catalogues/nowhere.yaml\n");
    Run bad = in(sub, "config");
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err ==
          "../../.rolekit.yaml:2:5: error[schema-value]: 'catalogues/nowhere.yaml' is not a file "
          "(there is "
          "nothing there)\n"
          "    - catalogues/nowhere.yaml\n"
          "      ^\n"
          "  hint: 'catalogs' names files relative to the folder holding .rolekit.yaml\n");
}

TEST_CASE("did you mean: a misspelt base in validate, merge and render") {
    const fs::path dir = temp_dir("config-misspelt-base");
    std::string overlay = read_file(frameworks_dir() / "overlays/wiltshire-ld-psw.yaml");
    const std::string base = "base: ld-peer-support-worker-l3\n";
    REQUIRE(overlay.find(base) != std::string::npos);
    overlay.replace(overlay.find(base), base.size(), "base: ld-peer-suport-worker-l3\n");
    write_file(dir / "wiltshire.yaml", overlay);

    Run validate = in(dir, "validate wiltshire.yaml");
    CHECK(validate.exit_code == 1);
    CHECK(has(validate.out,
              "wiltshire.yaml:19:7: error[overlay-base-missing]: base profile "
              "'ld-peer-suport-worker-l3' is not among the loaded documents\n"
              "  base: ld-peer-suport-worker-l3\n"));
    CHECK(has(validate.out,
              "  hint: did you mean 'ld-peer-support-worker-l3'? (else load the base profile "
              "with --path)\n"));
    for (const std::string command : {"merge", "render"}) {
        CAPTURE(command);
        Run r = in(dir, command + " wiltshire.yaml");
        CHECK(r.exit_code == 2);
        CHECK(
            has(r.err,
                "wiltshire.yaml:19:7: error[overlay-base-missing]: base 'ld-peer-suport-worker-l3' "
                "names no RoleProfile on the search path\n"));
        CHECK(has(
            r.err,
            "  hint: did you mean 'ld-peer-support-worker-l3'? (else add its folder with --path, "
            "or name the base first: rolekit merge BASE OVERLAY...)\n"));
    }
}

TEST_CASE("did you mean: a base misspelt, whether its profile is scanned or a reference") {
    const fs::path dir = temp_dir("config-misspelt-local-base");
    fs::create_directories(dir / "profiles");
    std::string profile = read_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    const std::string id = "id: ld-peer-support-worker-l3\n";
    profile.replace(profile.find(id), id.size(), "id: local-psw-level3\n");
    write_file(dir / "profiles/local.yaml", profile);
    write_file(dir / "overlay.yaml",
               "kind: LocalityOverlay\nformat: 1\nid: o\nbase: local-psw-levl3\nlocality: Example "
               "Service\n");
    const std::string hint =
        "overlay.yaml:4:7: error[overlay-base-missing]: base profile 'local-psw-levl3' is not "
        "among the loaded documents\n  base: local-psw-levl3\n        ^\n"
        "  hint: did you mean 'local-psw-level3'? (else load the base profile with --path)\n";
    // The profile scanned with the overlay (an input nobody refers to), or
    // found on --path: the same hint.
    Run scanned = in(dir, "validate .");
    CHECK(scanned.exit_code == 1);
    CHECK(has(scanned.out, hint));
    Run referenced = in(dir, "validate overlay.yaml --path profiles");
    CHECK(referenced.exit_code == 1);
    CHECK(has(referenced.out, hint));
}

TEST_CASE("did you mean: an id not found, in every command that takes one") {
    const std::string typo = "ld-peer-suport-worker-l3";
    for (const std::string& command :
         {"show " + typo, "render " + typo, "diff " + typo + " ld-strategic-manager-l8",
          "export " + typo, "merge " + typo + " wiltshire-ld-psw",
          "init overlay --locality X --base " + typo}) {
        CAPTURE(command);
        Run r = run_rolekit(command);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(
            r.err ==
            "rolekit: error[unknown-id]: no document with id 'ld-peer-suport-worker-l3'\n"
            "  hint: did you mean 'ld-peer-support-worker-l3'? ('rolekit list' shows every id)\n");
    }
}

TEST_CASE("validate --output: did you mean --output-file") {
    Run r = run_rolekit("validate --output x.sarif " + shell_quote(frameworks_dir() / "profiles"));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "rolekit: error: unknown option '--output' for 'rolekit validate'\n  hint: did you mean "
          "'--output-file'?\n");
}

TEST_CASE(
    "rolekit config: in completion, from the registered commands (the man page: "
    "cli_conventions_test)") {
    CHECK(has(run_rolekit("__complete co").out, "config\n"));
    Run options = run_rolekit("__complete config --");
    CHECK(has(options.out, "--config\n"));
    CHECK(has(options.out, "--no-config\n"));
}

TEST_CASE("config rules count for merge and render of an overlay as for validate") {
    // An overlay with a NOS no catalogue has: validate fails, merge refuses.
    // The repository turning nos-unknown into a warning makes all three go
    // ahead, the warning shown; the config's rules reach every checking command.
    const fs::path outer = repository("config-rules-merge");
    const fs::path repo = outer / "repo";
    write_file(
        repo / "templates/overlays/unknown.yaml",
        "kind: LocalityOverlay\nformat: 1\nid: unknown\nbase: local-l3\nlocality: Example\n"
        "competences:\n  - area: C\n    function: Enable people to address issues relating to "
        "their health and wellbeing\n    nos:\n      - A standard no catalogue has\n");
    const std::string finding = "templates/overlays/unknown.yaml:10:9: ";
    for (const std::string command : {"validate", "merge", "render"}) {
        CAPTURE(command);
        const Run strict = in(repo, command + " templates/overlays/unknown.yaml");
        CHECK(strict.exit_code == 1);  // validate finds it; merge and render refuse
        CHECK(has(strict.out + strict.err, finding + "error[nos-unknown]"));
    }
    write_file(repo / ".rolekit.yaml",
               "catalogs:\n  - catalogues/local-nos.yaml\npaths:\n  - templates/profiles\n"
               "rules:\n  nos-unknown: warning\n");
    for (const std::string command : {"validate", "merge", "render"}) {
        CAPTURE(command);
        const Run relaxed = in(repo, command + " templates/overlays/unknown.yaml");
        CHECK(relaxed.exit_code == 0);
        CHECK(has(relaxed.out + relaxed.err, finding + "warning[nos-unknown]"));
    }
}

TEST_CASE("no output replaces the config in force, nor is written as .rolekit.yaml") {
    const fs::path outer = repository("config-never-written");
    const fs::path repo = outer / "repo";
    const std::string config = read_file(repo / ".rolekit.yaml");

    const Run nearest = in(repo, "merge templates/overlays/housing.yaml -o .rolekit.yaml");
    CHECK(nearest.exit_code == 2);
    CHECK(has(nearest.err,
              ".rolekit.yaml: error[output-is-input]: refusing to write over a file this command "
              "reads\n"));
    write_file(repo / "full.yaml", config);
    const Run given =
        in(repo, "merge templates/overlays/housing.yaml --config full.yaml -o full.yaml");
    CHECK(given.exit_code == 2);
    CHECK(has(
        given.err,
        "full.yaml: error[output-is-input]: refusing to write over a file this command reads\n"));
    // Without a config in force the name is still refused: every later
    // command would take the document for the repository's config.
    const Run none =
        in(outer / "plain/sub",
           "merge ld-peer-support-worker-l3 wiltshire-ld-psw -o .rolekit.yaml --no-config");
    CHECK(none.exit_code == 2);
    CHECK(has(none.err,
              ".rolekit.yaml: error[output-is-input]: refusing to write to .rolekit.yaml: that is "
              "the name of the repository's config, never of a document\n"));
    CHECK_FALSE(fs::exists(outer / "plain/sub/.rolekit.yaml"));
    CHECK(read_file(repo / ".rolekit.yaml") == config);
    CHECK(read_file(repo / "full.yaml") == config);
}
