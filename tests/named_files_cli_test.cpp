// validate --skip-other-yaml and --force-exclude through the binary, as the
// pre-commit hook runs them: at a repository's top, naming the changed YAML.

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
using rolekit::test::write_file;

namespace {

fs::path repository(const std::string& name) {
    const fs::path dir = temp_dir(name);
    fs::create_directories(dir / ".git");
    fs::create_directories(dir / "profiles");
    fs::create_directories(dir / "drafts");
    write_file(dir / ".rolekit.yaml", "ignore:\n  - drafts/\n");
    write_file(dir / ".pre-commit-config.yaml", "repos: []\n");
    write_file(dir / "drafts/wip.yaml", "kind: RoleProfile\nformat: 1\nid: wip\n");
    fs::copy_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml",
                  dir / "profiles/l3.yaml");
    return dir;
}

Run validate_in(const fs::path& dir, const std::string& args) {
    return run_rolekit("validate " + args, "", "cd " + shell_quote(dir.string()) + " &&");
}

const std::string kChanged =
    ".pre-commit-config.yaml .rolekit.yaml drafts/wip.yaml profiles/l3.yaml";

}  // namespace

TEST_CASE(
    "validate names the changed files as pre-commit does: other YAML and ignored files are errors "
    "without the flags") {
    const fs::path dir = repository("named-files-strict");
    const Run r = validate_in(dir, kChanged);
    CHECK(r.exit_code == 2);
    CHECK(r.out.find(".pre-commit-config.yaml:1:1: error[schema-missing-field]: document is "
                     "missing required field "
                     "'kind'\n") != std::string::npos);
    CHECK(
        r.out.find(".rolekit.yaml: error[no-documents]: no rolekit documents in .rolekit.yaml\n") !=
        std::string::npos);
    CHECK(r.out.find("drafts/wip.yaml:1:1: error[schema-missing-field]") != std::string::npos);
}

TEST_CASE("validate --skip-other-yaml --force-exclude takes named files as a scan does") {
    const fs::path dir = repository("named-files-hook");
    const Run r = validate_in(dir, "--skip-other-yaml --force-exclude " + kChanged);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("pre-commit") == std::string::npos);
    CHECK(r.out.find("drafts") == std::string::npos);
    CHECK(
        r.out.find("\n1 other YAML file skipped\n1 file checked: 0 errors, 3 warnings, 0 infos") !=
        std::string::npos);

    // Each flag alone does its part only.
    const Run skip = validate_in(dir, "--skip-other-yaml " + kChanged);
    CHECK(skip.exit_code == 1);  // the draft has findings, but is a document
    CHECK(skip.out.find("drafts/wip.yaml:1:1: error[schema-missing-field]") != std::string::npos);
    CHECK(skip.out.find("pre-commit") == std::string::npos);
    const Run exclude = validate_in(dir, "--force-exclude " + kChanged);
    CHECK(exclude.exit_code == 2);
    CHECK(exclude.out.find("drafts") == std::string::npos);
    CHECK(exclude.out.find(".pre-commit-config.yaml:1:1: error[schema-missing-field]") !=
          std::string::npos);

    // A commit of other YAML only passes, and says what it skipped.
    const Run other = validate_in(
        dir, "--skip-other-yaml --force-exclude .pre-commit-config.yaml drafts/wip.yaml");
    CHECK(other.exit_code == 0);
    CHECK(other.out ==
          "1 other YAML file skipped\n0 files checked: 0 errors, 0 warnings, 0 infos\n");

    // --exclude from the command line applies to named files too.
    const Run cli = validate_in(dir, "--force-exclude --exclude profiles/ profiles/l3.yaml");
    CHECK(cli.exit_code == 0);
    CHECK(cli.out == "0 files checked: 0 errors, 0 warnings, 0 infos\n");
}
