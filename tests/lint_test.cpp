// validate in CI (issue 13): directory scans, .rolekit.yaml, inline
// suppressions, the baseline. Through the library, from memory where the
// disk does not matter.

#include <doctest/doctest.h>

#include <algorithm>

#include "rolekit/baseline.hpp"
#include "rolekit/repo_config.hpp"
#include "rolekit/path_filter.hpp"
#include "rolekit/suppressions.hpp"
#include "rolekit/validate.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

const std::string kL3 = "frameworks/profiles/ld-peer-support-worker-l3.yaml";

std::string l3_text() { return test::read_file(test::source_dir() / kL3); }

MemoryFileSystem repository() {
    MemoryFileSystem files;
    for (const fs::path& f : disk().yaml_files(test::frameworks_dir()))
        files.add(fs::path("lib") / fs::relative(f, test::frameworks_dir()), test::read_file(f));
    return files;
}

ValidateOptions options_for(const FileSystem& files, std::vector<std::string> inputs) {
    ValidateOptions o;
    o.inputs = std::move(inputs);
    o.workspace.search_path = {"lib"};
    o.workspace.files = &files;
    return o;
}

std::string summary(const ValidationReport& r) {
    std::string out;
    for (const Finding& f : r.findings)
        out += f.file + ":" + std::to_string(f.pos.line) + " " + f.rule + "\n";
    return out;
}

}  // namespace

TEST_CASE("scan: hidden files, .gitignore and --exclude leave files out, other YAML is counted") {
    MemoryFileSystem files = repository();
    files.add("repo/profiles/l3.yaml", l3_text());
    files.add("repo/.github/workflows/ci.yml", "name: CI\non: [push]\njobs: {}\n");
    files.add("repo/.yamllint.yaml", "extends: default\n");
    files.add("repo/docker-compose.yml", "services:\n  web:\n    image: nginx\n");
    files.add("repo/k8s.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: x}\n");
    files.add("repo/drafts/wip.yaml", "kind: RoleProfile\nformat: 1\nid: wip\n");
    files.add("repo/build/out.yaml", "kind: RoleProfile\nformat: 1\nid: out\n");
    files.add("repo/build/keep.yaml", "kind: RoleProfile\nformat: 1\nid: keep\n");
    files.add("repo/.gitignore", "build/*\n!build/keep.yaml\n");
    files.add("repo/broken.yaml", "knd: RoleProfile\nformat: 1\nid: broken\n");
    ValidateOptions o = options_for(files, {"repo"});
    o.scan.exclude.add(".", {"drafts/"});
    const ValidateResult r = validate(o);
    CHECK(r.report.files == std::vector<std::string>{"repo/broken.yaml", "repo/build/keep.yaml", "repo/profiles/l3.yaml"});
    CHECK(r.report.other_yaml_skipped == 2);  // docker-compose.yml and k8s.yaml; hidden ones are not met
    // A broken rolekit envelope is still reported.
    CHECK(summary(r.report).find("repo/broken.yaml:1 schema-missing-field") != std::string::npos);
}

TEST_CASE("scan: a named path that gives no document is an error, a named file is always checked") {
    MemoryFileSystem files = repository();
    files.add("only-other/compose.yml", "services: {}\n");
    files.add("empty/.keep.yaml", "kind: RoleProfile\n");
    files.add("named.yml", "services: {}\n");
    const ValidateResult r = validate(options_for(files, {"only-other", "empty", "named.yml"}));
    CHECK_FALSE(r.usable);
    CHECK(summary(r.report) ==
          "only-other:0 no-documents\nempty:0 no-documents\nnamed.yml:1 schema-missing-field\n"
          "named.yml:1 schema-missing-field\nnamed.yml:1 schema-missing-field\n");
    CHECK(r.report.findings[0].message == "no rolekit documents in only-other");
}

TEST_CASE("path filter: gitignore semantics") {
    PathFilter f;
    f.add("root", {"# comment", "*.tmp.yaml", "/top.yaml", "docs/**/old.yaml", "cache/", "!keep.tmp.yaml"});
    CHECK(f.excludes("root/a/b.tmp.yaml", false));
    CHECK_FALSE(f.excludes("root/a/keep.tmp.yaml", false));
    CHECK(f.excludes("root/top.yaml", false));
    CHECK_FALSE(f.excludes("root/a/top.yaml", false));
    CHECK(f.excludes("root/docs/old.yaml", false));
    CHECK(f.excludes("root/docs/x/y/old.yaml", false));
    CHECK(f.excludes("root/a/cache", true));
    CHECK_FALSE(f.excludes("root/a/cache", false));
    CHECK_FALSE(f.excludes("elsewhere/b.tmp.yaml", false));
    CHECK(glob_matches("drafts/**", "drafts/a/b.yaml"));
    CHECK_FALSE(glob_matches("drafts/*", "drafts/a/b.yaml"));
}

TEST_CASE(".rolekit.yaml: rules, ignore and fail-on, mistakes at their line and column") {
    MemoryFileSystem files = repository();
    files.add("repo/.rolekit.yaml",
              "rules:\n  nos-duplicate: off\n  nos-in-core-and-role: error\nignore:\n  - drafts/**\nfail-on: warning\n");
    files.add("repo/profiles/l3.yaml", l3_text());
    files.add("repo/drafts/wip.yaml", "kind: RoleProfile\nformat: 1\nid: wip\n");
    const RepoConfigResult config = load_repo_config("repo/.rolekit.yaml", files);
    REQUIRE(config.config);
    CHECK(config.config->fail_on == Severity::warning);
    ValidateOptions o = options_for(files, {"repo"});
    use_config(*config.config, o);
    const ValidateResult r = validate(o);
    CHECK(r.report.files == std::vector<std::string>{"repo/profiles/l3.yaml"});
    REQUIRE(r.report.findings.size() == 1);
    CHECK(r.report.findings[0].rule == "nos-in-core-and-role");
    CHECK(r.report.findings[0].severity == Severity::error);

    files.add("bad/.rolekit.yaml", "rules:\n  nos-duplicat: off\n  nos-uncoded: loud\nfail_on: warning\n");
    const RepoConfigResult bad = load_repo_config("bad/.rolekit.yaml", files);
    CHECK_FALSE(bad.config);
    REQUIRE(bad.findings.size() == 3);
    CHECK(test::render(bad.findings[0], "") ==
          "bad/.rolekit.yaml:2:3: error[schema-value]: unknown rule 'nos-duplicat'\n"
          "  hint: did you mean 'nos-duplicate'? ('rolekit rules' lists them)\n");
    CHECK(test::render(bad.findings[1], "") ==
          "bad/.rolekit.yaml:3:16: error[schema-value]: 'loud' is not a severity\n"
          "  hint: use error, warning, info or off\n");
    CHECK(test::render(bad.findings[2], "") ==
          "bad/.rolekit.yaml:4:1: error[schema-unknown-key]: unknown key 'fail_on' in .rolekit.yaml\n"
          "  hint: did you mean 'fail-on'?\n");
    CHECK(find_repo_config("repo/profiles", files) == fs::path("repo/.rolekit.yaml"));
}

TEST_CASE("config in force: --no-config, --config FILE, else the nearest .rolekit.yaml") {
    MemoryFileSystem files;
    files.add("repo/.rolekit.yaml", "fail-on: warning\n");
    files.add("repo/other.yaml", "fail-on: info\n");
    files.add("repo/bad.yaml", "fail-on: loud\n");
    files.add("repo/profiles/p.yaml", "x");
    CHECK_FALSE(config_in_force({{}, true}, "repo/profiles", files));
    CHECK_FALSE(config_in_force({"repo/other.yaml", true}, "repo/profiles", files));
    CHECK_FALSE(config_in_force({}, "elsewhere", files));

    const auto nearest = config_in_force({}, "repo/profiles", files);
    REQUIRE(nearest);
    REQUIRE(nearest->config);
    CHECK(nearest->config->file == fs::path("repo/.rolekit.yaml"));
    CHECK(nearest->config->fail_on == Severity::warning);

    const auto named = config_in_force({"repo/other.yaml"}, "repo/profiles", files);
    REQUIRE(named);
    REQUIRE(named->config);
    CHECK(named->config->fail_on == Severity::info);

    // A config that cannot be used is in force all the same: the run stops.
    const auto bad = config_in_force({"repo/bad.yaml"}, "repo", files);
    REQUIRE(bad);
    CHECK_FALSE(bad->config);
    CHECK_FALSE(bad->findings.empty());
}

TEST_CASE("--fail-on: the command line wins over the config's fail-on, then error") {
    RepoConfig config;
    CHECK(effective_fail_on(std::nullopt, std::nullopt) == Severity::error);
    CHECK(effective_fail_on(std::nullopt, config) == Severity::error);
    CHECK(effective_fail_on(Severity::info, config) == Severity::info);
    config.fail_on = Severity::warning;
    CHECK(effective_fail_on(std::nullopt, config) == Severity::warning);
    CHECK(effective_fail_on(Severity::error, config) == Severity::error);
    CHECK(effective_fail_on(Severity::info, config) == Severity::info);
}

TEST_CASE("suppressions: line, next line and file, unused ones are reported") {
    const std::string text = "a: 1\n"
                             "b: 2   # rolekit-disable-line nos-duplicate, nos-unknown\n"
                             "# rolekit-disable-next-line unknown-area -- the area is new\n"
                             "c: 3\n"
                             "# rolekit-disable-file domain-without-unit\n"
                             "d: '# rolekit-disable-file nos-unknown'\n";
    const Findings findings = {
        {"nos-duplicate", Severity::warning, "f.yaml", {2, 4}, "dup", {}},
        {"unknown-area", Severity::error, "f.yaml", {4, 4}, "area", {}},
        {"domain-without-unit", Severity::warning, "f.yaml", {1, 1}, "domain", {}},
        {"nos-duplicate", Severity::warning, "f.yaml", {4, 1}, "not silenced: another line", {}},
        {"nos-unknown", Severity::error, "f.yaml", {6, 1}, "not silenced: the directive is in a string", {}},
    };
    const Suppressed s = apply_suppressions(text, "f.yaml", findings);
    CHECK(s.suppressed.size() == 3);
    std::string kept;
    for (const Finding& f : s.kept) kept += f.rule + "@" + std::to_string(f.pos.line) + ":" + std::to_string(f.pos.column) + " ";
    CHECK(kept == "nos-duplicate@4:1 nos-unknown@6:1 unused-suppression@2:46 ");
    CHECK(s.kept.back().message == "'nos-unknown' is disabled here but nothing here reports it");
}

TEST_CASE("suppressions: through validate, counted and kept for SARIF") {
    MemoryFileSystem files = repository();
    std::string l3 = l3_text();
    // Line 134 holds the NOS listed twice; silence one of its two findings there.
    std::size_t at = 0;
    for (int line = 1; line < 134; ++line) at = l3.find('\n', at) + 1;
    l3.insert(l3.find('\n', at), "  # rolekit-disable-line nos-in-core-and-role");
    files.add("l3.yaml", l3);
    const ValidateResult r = validate(options_for(files, {"l3.yaml"}));
    CHECK(summary(r.report) == "l3.yaml:134 nos-duplicate\nl3.yaml:151 nos-duplicate\n");
    // This comment's one, and the template's own three nos-uncoded comments.
    REQUIRE(r.report.suppressed.size() == 4);
    CHECK(std::count_if(r.report.suppressed.begin(), r.report.suppressed.end(),
                        [](const Finding& f) { return f.rule == "nos-in-core-and-role"; }) == 1);
    CHECK(std::count_if(r.report.suppressed.begin(), r.report.suppressed.end(),
                        [](const Finding& f) { return f.rule == "nos-uncoded"; }) == 3);
}

TEST_CASE("baseline: findings recorded are not reported, edits elsewhere keep it valid, fixed ones are listed") {
    MemoryFileSystem files = repository();
    files.add("l3.yaml", l3_text());
    const ValidateResult first = validate(options_for(files, {"l3.yaml"}));
    REQUIRE(first.report.findings.size() == 3);
    const std::string json = baseline_to_json(baseline_of(first.report, first.flagged_lines, {"baseline.json", first.names}));
    files.add("baseline.json", json);
    const BaselineRead read = read_baseline("baseline.json", files);
    REQUIRE(read.error.empty());
    REQUIRE(read.entries.size() == 3);

    // Two lines added at the top: every finding moves down, and still matches.
    files.add("l3.yaml", "# a new comment\n# and another\n" + l3_text());
    ValidateOptions o = options_for(files, {"l3.yaml"});
    o.baseline = read.entries;
    o.baseline_file = "baseline.json";
    const ValidateResult again = validate(o);
    CHECK(again.report.findings.empty());
    CHECK(again.report.in_baseline == 3);
    CHECK(again.report.baseline_used);

    // One of the duplicates removed: its entry is fixed.
    std::string fixed = l3_text();
    std::size_t at = 0;
    for (int line = 1; line < 151; ++line) at = fixed.find('\n', at) + 1;
    fixed.erase(at, fixed.find('\n', at) + 1 - at);
    files.add("l3.yaml", fixed);
    const ValidateResult after = validate(o);
    REQUIRE(after.report.findings.size() == 1);
    CHECK(after.report.findings[0].rule == "baseline-fixed");
    CHECK(after.report.findings[0].severity == Severity::info);
    CHECK(after.report.findings[0].message.rfind("fixed since the baseline: [nos-duplicate] ", 0) == 0);
    CHECK(read_baseline("l3.yaml", files).error == "not a rolekit baseline (write one with --write-baseline)");
}
