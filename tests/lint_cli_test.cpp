// rolekit validate as a CI job runs it (issue 13): at a repository root,
// with a .rolekit.yaml, suppressions and a baseline. Through the binary.

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

// A repository of templates as CI sees it: a profile beside the YAML of other tools.
fs::path repository(const std::string& name) {
    const fs::path dir = temp_dir(name);
    fs::create_directories(dir / ".github/workflows");
    fs::create_directories(dir / "profiles");
    write_file(dir / ".github/workflows/ci.yml", "name: CI\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n");
    write_file(dir / ".yamllint.yaml", "extends: default\n");
    write_file(dir / "docker-compose.yml", "services:\n  web:\n    image: nginx\n");
    fs::copy_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml", dir / "profiles/l3.yaml");
    return dir;
}

Run validate_in(const fs::path& dir, const std::string& args) {
    return run_rolekit("validate " + args, "", "cd " + shell_quote(dir.string()) + " &&");
}

}  // namespace

TEST_CASE("validate at a repository root checks rolekit documents only") {
    const fs::path dir = repository("lint-root");
    Run r = validate_in(dir, "");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("ci.yml") == std::string::npos);
    CHECK(r.out.find("docker-compose.yml") == std::string::npos);
    CHECK(r.out.find("1 file checked: 0 errors, 3 warnings, 0 infos") != std::string::npos);
    CHECK(r.out.find("1 other YAML file skipped") != std::string::npos);

    Run excluded = validate_in(dir, ". --exclude profiles/");
    CHECK(excluded.exit_code == 2);
    CHECK(excluded.out.find(".: error[no-documents]: no rolekit documents in .") != std::string::npos);

    fs::create_directories(dir / "empty");
    Run empty = validate_in(dir, "empty");
    CHECK(empty.exit_code == 2);
    CHECK(empty.out.find("empty: error[no-documents]: no rolekit documents in empty\n") != std::string::npos);
}

TEST_CASE(".rolekit.yaml is found from a subdirectory, and --config / --no-config choose") {
    const fs::path dir = repository("lint-config");
    write_file(dir / ".rolekit.yaml", "rules:\n  nos-duplicate: off\nfail-on: warning\n");
    Run r = validate_in(dir / "profiles", ".");
    CHECK(r.exit_code == 1);  // nos-in-core-and-role is still a warning, and fail-on is warning
    CHECK(r.out.find("nos-duplicate") == std::string::npos);
    CHECK(r.out.find("1 file checked: 0 errors, 1 warning, 0 infos") != std::string::npos);
    CHECK(validate_in(dir / "profiles", ". --fail-on error").exit_code == 0);  // the command line wins
    Run none = validate_in(dir / "profiles", ". --no-config");
    CHECK(none.exit_code == 0);
    CHECK(none.out.find("3 warnings") != std::string::npos);

    write_file(dir / "strict.yaml", "rules:\n  nos-in-core-and-role: error\n");
    Run strict = validate_in(dir, "--config strict.yaml profiles");
    CHECK(strict.exit_code == 1);
    CHECK(strict.out.find("error[nos-in-core-and-role]") != std::string::npos);

    write_file(dir / ".rolekit.yaml", "rulez:\n  nos-duplicate: off\n");
    Run bad = validate_in(dir, ".");
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err == ".rolekit.yaml:1:1: error[schema-unknown-key]: unknown key 'rulez' in .rolekit.yaml\n"
                     "  rulez:\n  ^\n  hint: did you mean 'rules'?\n");
}

TEST_CASE("inline suppressions through the command line") {
    const fs::path dir = repository("lint-suppress");
    std::string text = read_file(dir / "profiles/l3.yaml");
    text.insert(0, "# rolekit-disable-file nos-duplicate, nos-in-core-and-role, ksb-numbering\n");
    write_file(dir / "profiles/l3.yaml", text);
    Run r = validate_in(dir, "profiles");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("profiles/l3.yaml:1:61: warning[unused-suppression]: 'ksb-numbering' is disabled here but "
                     "nothing here reports it\n") != std::string::npos);
    // 3 by this comment; 3 more by the template's own nos-uncoded comments.
    CHECK(r.out.find("1 file checked: 0 errors, 1 warning, 0 infos, 6 suppressed") != std::string::npos);
}

TEST_CASE("a baseline lets CI fail on new findings only") {
    const fs::path dir = repository("lint-baseline");
    Run wrote = validate_in(dir, "--write-baseline baseline.json profiles");
    CHECK(wrote.exit_code == 0);
    CHECK(wrote.err == "wrote baseline.json (3 findings)\n");
    Run quiet = validate_in(dir, "-q --write-baseline quiet.json profiles");
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.err.empty());
    CHECK(read_file(dir / "quiet.json") == read_file(dir / "baseline.json"));
    Run clean = validate_in(dir, "--baseline baseline.json --fail-on warning profiles");
    CHECK(clean.exit_code == 0);
    CHECK(clean.out.find("3 in the baseline") != std::string::npos);

    // A new problem fails; the old ones stay quiet.
    std::string text = read_file(dir / "profiles/l3.yaml");
    text.replace(text.find("title: Peer Support Worker"), 26, "titel: Peer Support Worker");
    write_file(dir / "profiles/l3.yaml", text);
    Run fresh = validate_in(dir, "--baseline baseline.json profiles");
    CHECK(fresh.exit_code == 1);
    CHECK(fresh.out.find("error[schema-unknown-key]") != std::string::npos);
    CHECK(fresh.out.find("nos-duplicate") == std::string::npos);

    Run missing = validate_in(dir, "--baseline nope.json profiles");
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "nope.json: error[io-error]: no such file or directory\n");
}

TEST_CASE("a rule that makes a file unusable cannot be disabled or turned off") {
    const fs::path dir = repository("lint-unusable");
    Run flag = validate_in(dir, "--disable yaml-syntax profiles");
    CHECK(flag.exit_code == 2);
    CHECK(flag.err.find("rule 'yaml-syntax' cannot be disabled: a file it reports cannot be checked at all") !=
          std::string::npos);
    Run typo = validate_in(dir, "--disable nos-uncodde profiles");
    CHECK(typo.exit_code == 2);
    CHECK(typo.err.find("unknown rule 'nos-uncodde' (did you mean 'nos-uncoded'?)") != std::string::npos);
    write_file(dir / ".rolekit.yaml", "rules:\n  yaml-syntax: off\n");
    Run config = validate_in(dir, "profiles");
    CHECK(config.exit_code == 2);
    CHECK((config.out + config.err).find(".rolekit.yaml:2:3: error[schema-value]: rule 'yaml-syntax' cannot be changed") !=
          std::string::npos);
}

TEST_CASE(".rolekit.yaml: a misspelt rule or severity is exit 2 with 'did you mean'") {
    const fs::path dir = repository("lint-config-names");
    write_file(dir / ".rolekit.yaml",
               "rules:\n  nos-duplicat: off\n  nos-uncoded: warnin\nfail-on: infoo\n");
    Run r = validate_in(dir, "profiles");
    CHECK(r.exit_code == 2);
    const std::string all = r.out + r.err;
    CHECK(all.find(".rolekit.yaml:2:3: error[schema-value]: unknown rule 'nos-duplicat'") !=
          std::string::npos);
    CHECK(all.find("  hint: did you mean 'nos-duplicate'? ('rolekit rules' lists them)\n") !=
          std::string::npos);
    CHECK(all.find(".rolekit.yaml:3:16: error[schema-value]: 'warnin' is not a severity") !=
          std::string::npos);
    CHECK(all.find("  hint: did you mean 'warning'? (use error, warning, info or off)\n") !=
          std::string::npos);
    CHECK(all.find(".rolekit.yaml:4:10: error[schema-value]: 'infoo' is not a severity") !=
          std::string::npos);
    CHECK(all.find("  hint: did you mean 'info'? (use error, warning or info)\n") !=
          std::string::npos);
}
