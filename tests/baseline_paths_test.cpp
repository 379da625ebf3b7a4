// Issue 26, point 3: one name per file in every report, and a baseline that
// matches however the files were named and wherever rolekit runs from.

#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "rolekit/baseline.hpp"
#include "rolekit/builtin_location.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

using test::frameworks_dir;
using test::read_file;
using test::Run;
using test::run_rolekit;
using test::shell_quote;
using test::temp_dir;
using test::write_file;

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// A repository (a `.git` folder, no config unless a test writes one): two
// templates with warnings, one with an error, and a copy of one of them
// under another name (an id-collision).
fs::path repository(const std::string& name) {
    const fs::path dir = temp_dir(name);
    fs::create_directories(dir / ".git");
    fs::create_directories(dir / "templates/overlays");
    const fs::path l3 = frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml";
    fs::copy_file(l3, dir / "templates/l3.yaml");
    fs::copy_file(frameworks_dir() / "profiles/ld-strategic-manager-l8.yaml",
                  dir / "templates/l8.yaml");
    fs::copy_file(frameworks_dir() / "overlays/wiltshire-ld-psw.yaml",
                  dir / "templates/overlays/wiltshire.yaml");
    write_file(dir / "templates/broken.yaml",
               replaced(replaced(read_file(l3), "id: ld-peer-support-worker-l3", "id: broken"),
                        "title: Peer Support Worker", "titel: Peer Support Worker"));
    fs::copy_file(frameworks_dir() / "profiles/ld-strategic-manager-l8.yaml",
                  dir / "templates/x.yaml");
    return dir;
}

Run rolekit_in(const fs::path& dir, const std::string& args) {
    return run_rolekit(args, "", "cd " + shell_quote(dir.string()) + " &&");
}

const std::string kCollision =
    "templates/x.yaml:14:5: error[id-collision]: id 'ld-strategic-manager-l8' is already used by "
    "templates/l8.yaml";

}  // namespace

TEST_CASE(
    "baseline place: files are stored from the baseline's folder and reported from the root") {
    const fs::path root = temp_dir("baseline-place");
    const BaselinePlace at_root{root / "baseline.json", ReportPaths(root)};
    CHECK(at_root.stored("templates/a.yaml") == "templates/a.yaml");
    const BaselinePlace in_ci{root / "ci/baseline.json", ReportPaths(root)};
    CHECK(in_ci.stored("templates/a.yaml") == "../templates/a.yaml");
    CHECK(in_ci.reported("../templates/a.yaml") == "templates/a.yaml");
    const std::string builtin =
        (builtin_frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml").string();
    CHECK(in_ci.stored(builtin) == "<builtin>/profiles/ld-peer-support-worker-l3.yaml");
    CHECK(in_ci.reported("<builtin>/profiles/ld-peer-support-worker-l3.yaml") ==
          "<builtin>/profiles/ld-peer-support-worker-l3.yaml");
    // Run from templates/ with no config: the report names files from there.
    const BaselinePlace from_sub{root / "baseline.json", ReportPaths(root / "templates")};
    CHECK(from_sub.stored("a.yaml") == "templates/a.yaml");
    CHECK(from_sub.reported("templates/a.yaml") == "a.yaml");
}

TEST_CASE("baseline: one written by an earlier rolekit with ./ paths reads as one written now") {
    MemoryFileSystem files;
    files.add("old.json", R"({"rolekit_baseline": 1, "findings": [
  {"rule": "id-collision", "file": "./templates/x.yaml", "message": "id 'a' is already used by ./templates/l8.yaml", "line": "id: a"},
  {"rule": "nos-duplicate", "file": "templates//l3.yaml", "message": "listed twice", "line": "- x"}
]}
)");
    const BaselineRead read = read_baseline("old.json", files);
    REQUIRE(read.error.empty());
    REQUIRE(read.entries.size() == 2);
    CHECK(read.entries[0].file == "templates/x.yaml");
    CHECK(read.entries[0].message == "id 'a' is already used by templates/l8.yaml");
    CHECK(read.entries[1].file == "templates/l3.yaml");
}

TEST_CASE(
    "reports: every format names files one way, however the folder was named and from where") {
    const fs::path dir = repository("paths-formats");
    for (const std::string format : {"text", "json", "sarif", "junit", "github"}) {
        CAPTURE(format);
        const std::string args = "validate --no-cache --format " + format;
        for (const auto& [where, extra] : std::vector<std::pair<fs::path, std::string>>{
                 {dir, ""}, {dir, " ."}, {dir, " ./templates"}, {dir, " templates/"}}) {
            CAPTURE(extra);
            const Run r = rolekit_in(where, args + extra);
            CHECK(r.exit_code == 1);
            CHECK(r.out.find("templates/broken.yaml") != std::string::npos);
            CHECK(r.out.find("./templates") == std::string::npos);
            CHECK(r.out.find("templates//") == std::string::npos);
        }
        // From a subdirectory, with the config at the repository's top.
        write_file(dir / ".rolekit.yaml", "fail-on: error\n");
        const Run sub = rolekit_in(dir / "templates/overlays", args + " ..");
        fs::remove(dir / ".rolekit.yaml");
        CHECK(sub.exit_code == 1);
        CHECK(sub.out.find("templates/broken.yaml") != std::string::npos);
        CHECK(sub.out.find("../") == std::string::npos);
        CHECK(sub.out.find("./templates") == std::string::npos);
    }
    const Run github = rolekit_in(dir, "validate --no-cache --format github .");
    CHECK(github.out.find("::error file=templates/broken.yaml,line=") != std::string::npos);
    const Run text = rolekit_in(dir, "validate --no-cache .");
    CHECK(text.out.find(kCollision + "\n") != std::string::npos);
}

TEST_CASE("baseline: written at the root, it matches from any spelling and any folder") {
    const fs::path dir = repository("paths-baseline");
    const Run wrote = rolekit_in(dir, "validate --no-cache --write-baseline baseline.json");
    REQUIRE(wrote.exit_code == 0);
    const std::string stored = read_file(dir / "baseline.json");
    CHECK(stored.find(R"("file":"templates/x.yaml")") != std::string::npos);
    CHECK(stored.find("already used by templates/l8.yaml") != std::string::npos);
    CHECK(stored.find("./") == std::string::npos);

    const auto clean = [](const Run& r) {
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("baseline-fixed") == std::string::npos);
        CHECK(r.out.find("0 errors, 0 warnings, 0 infos") != std::string::npos);
    };
    clean(rolekit_in(dir, "validate --no-cache --baseline baseline.json"));
    clean(rolekit_in(dir, "validate --no-cache --baseline baseline.json ."));
    clean(rolekit_in(dir, "validate --no-cache --baseline baseline.json templates/"));
    clean(rolekit_in(dir, "validate --no-cache --baseline ./baseline.json ./templates/x.yaml"));
    clean(rolekit_in(dir, "validate --no-cache --baseline baseline.json templates/l3.yaml"));
    clean(rolekit_in(dir / "templates", "validate --no-cache --baseline ../baseline.json"));
    clean(rolekit_in(dir / "templates",
                     "validate --no-cache --baseline ../baseline.json x.yaml l8.yaml"));
    clean(rolekit_in(dir / "templates/overlays",
                     "validate --no-cache --baseline ../../baseline.json ../.."));

    // An earlier rolekit's baseline (`./templates/…`, inside messages too) still matches.
    std::string old = stored;
    for (std::size_t at = 0; (at = old.find("templates/", at)) != std::string::npos; at += 12)
        old.insert(at, "./");
    write_file(dir / "old.json", old);
    clean(rolekit_in(dir, "validate --no-cache --baseline old.json templates"));
    clean(rolekit_in(dir / "templates", "validate --no-cache --baseline ../old.json"));

    // A fixed entry is named as the findings are, and only once.
    write_file(dir / "templates/broken.yaml",
               replaced(read_file(dir / "templates/broken.yaml"), "titel: Peer", "title: Peer"));
    const Run fixed =
        rolekit_in(dir / "templates", "validate --no-cache --baseline ../baseline.json");
    CHECK(fixed.exit_code == 0);
    CHECK(fixed.out ==
          "broken.yaml: info[baseline-fixed]: fixed since the baseline: [schema-missing-field] "
          "RoleProfile is "
          "missing required field 'title'\n"
          "  hint: write the baseline again (--write-baseline) to drop it\n"
          "broken.yaml: info[baseline-fixed]: fixed since the baseline: [schema-unknown-key] "
          "unknown key 'titel' "
          "in RoleProfile\n"
          "  hint: write the baseline again (--write-baseline) to drop it\n"
          "5 files checked: 0 errors, 0 warnings, 2 infos, 12 suppressed, 9 in the baseline\n");
}

TEST_CASE(
    "baseline: an id-collision is neither fixed nor new when only one of its files is checked") {
    const fs::path dir = repository("paths-collision");
    REQUIRE(rolekit_in(dir, "validate --no-cache --write-baseline baseline.json").exit_code == 0);
    // Named in the other order, the collision is still reported at x.yaml.
    const Run reversed = rolekit_in(dir, "validate --no-cache templates/x.yaml templates/l8.yaml");
    CHECK(reversed.out.find(kCollision + "\n") != std::string::npos);
    for (const std::string args :
         {"templates/x.yaml", "templates/l8.yaml", "templates/x.yaml templates/l3.yaml"}) {
        CAPTURE(args);
        const Run one = rolekit_in(dir, "validate --no-cache --baseline baseline.json " + args);
        CHECK(one.exit_code == 0);
        CHECK(one.out.find("id-collision") == std::string::npos);
    }
    // Both files, the collision gone: now it is fixed.
    write_file(dir / "templates/x.yaml", replaced(read_file(dir / "templates/x.yaml"),
                                                  "id: ld-strategic-manager-l8", "id: x"));
    const Run gone = rolekit_in(dir, "validate --no-cache --baseline baseline.json templates");
    CHECK(gone.out.find(
              "templates/x.yaml: info[baseline-fixed]: fixed since the baseline: [id-collision] id "
              "'ld-strategic-manager-l8' is already used by templates/l8.yaml\n") !=
          std::string::npos);
}

TEST_CASE("baseline: kept in a subfolder, it names files from there") {
    const fs::path dir = repository("paths-ci-baseline");
    write_file(dir / ".rolekit.yaml", "fail-on: warning\n");
    fs::create_directories(dir / "ci");
    REQUIRE(
        rolekit_in(dir / "templates", "validate --no-cache --write-baseline ../ci/baseline.json ..")
            .exit_code == 0);
    const std::string stored = read_file(dir / "ci/baseline.json");
    CHECK(stored.find(R"("file":"../templates/broken.yaml")") != std::string::npos);
    CHECK(stored.find("already used by ../templates/l8.yaml") != std::string::npos);
    for (const auto& [where, args] : std::vector<std::pair<fs::path, std::string>>{
             {dir, "--baseline ci/baseline.json"},
             {dir / "ci", "--baseline baseline.json .."},
             {dir / "templates", "--baseline ../ci/baseline.json ."},
             {dir / "templates", "--baseline ../ci/baseline.json x.yaml"}}) {
        CAPTURE(args);
        const Run r = rolekit_in(where, "validate --no-cache " + args);
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("0 errors, 0 warnings, 0 infos") != std::string::npos);
    }
}
