// Named files taken as a directory scan takes them (--skip-other-yaml,
// --force-exclude): what a pre-commit hook needs, since pre-commit names every
// changed YAML file. Through the library, from memory.

#include <doctest/doctest.h>

#include "rolekit/repo_config.hpp"
#include "rolekit/validate.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const std::string kL3 = "frameworks/profiles/ld-peer-support-worker-l3.yaml";

// A repository as a commit touches it: a profile, a broken rolekit document,
// drafts, and the YAML of other tools.
MemoryFileSystem repository() {
    MemoryFileSystem files;
    files.add("repo/profiles/l3.yaml", test::read_file(test::source_dir() / kL3));
    files.add("repo/broken.yaml", "knd: RoleProfile\nformat: 1\nid: broken\n");
    files.add("repo/.github/workflows/ci.yml", "name: CI\non: [push]\njobs: {}\n");
    files.add("repo/.pre-commit-config.yaml", "repos: []\n");
    files.add("repo/compose.yml", "services:\n  web:\n    image: nginx\n");
    files.add("repo/.rolekit.yaml", "ignore:\n  - drafts/\n");
    files.add("repo/drafts/wip.yaml", "kind: RoleProfile\nformat: 1\nid: wip\n");
    files.add("repo/drafts/keep.yaml", "kind: RoleProfile\nformat: 1\nid: keep\n");
    files.add("repo/old-x.yaml", "kind: RoleProfile\nformat: 1\nid: old-x\n");
    files.add("only-other/compose.yml", "services: {}\n");
    return files;
}

ValidateOptions options_for(const FileSystem& files, std::vector<std::string> inputs) {
    ValidateOptions o;
    o.inputs = std::move(inputs);
    o.workspace.files = &files;
    return o;
}

// "file:line rule", one line per finding, in order.
std::string summary(const ValidationReport& r) {
    std::string out;
    for (const Finding& f : r.findings)
        out += f.file + ":" + std::to_string(f.pos.line) + " " + f.rule + "\n";
    return out;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("--skip-other-yaml: named files that are not rolekit documents are skipped and counted") {
    const MemoryFileSystem files = repository();
    const std::vector<std::string> named{"repo/profiles/l3.yaml", "repo/.github/workflows/ci.yml",
                                         "repo/.pre-commit-config.yaml", "repo/.rolekit.yaml",
                                         "repo/broken.yaml"};
    ValidateOptions o = options_for(files, named);

    // Without it, a named file is checked whatever it holds, and the named
    // config yields no document.
    const ValidateResult strict = validate(o);
    CHECK_FALSE(strict.usable);
    CHECK(has(summary(strict.report), "repo/.github/workflows/ci.yml:1 schema-missing-field\n"));
    CHECK(has(summary(strict.report), "repo/.pre-commit-config.yaml:1 schema-missing-field\n"));
    CHECK(has(summary(strict.report), "repo/.rolekit.yaml:0 no-documents\n"));
    CHECK(strict.report.other_yaml_skipped == 0);

    o.scan.named_as_scanned = true;
    const ValidateResult r = validate(o);
    CHECK(r.report.files == std::vector<std::string>{"repo/profiles/l3.yaml", "repo/broken.yaml"});
    CHECK(r.report.other_yaml_skipped == 2);  // the workflow and the pre-commit config
    const std::string s = summary(r.report);
    CHECK_FALSE(has(s, "ci.yml"));
    CHECK_FALSE(has(s, "pre-commit"));
    CHECK_FALSE(has(s, ".rolekit.yaml"));
    // A broken rolekit envelope is still reported, as in a scan.
    CHECK(has(s, "repo/broken.yaml:1 schema-missing-field\n"));
}

TEST_CASE(
    "--skip-other-yaml: other YAML alone passes, but a named folder of it is still no-documents") {
    const MemoryFileSystem files = repository();
    ValidateOptions o = options_for(
        files, {"repo/.github/workflows/ci.yml", "repo/compose.yml", "repo/.rolekit.yaml"});
    o.scan.named_as_scanned = true;
    const ValidateResult r = validate(o);
    CHECK(r.usable);
    CHECK(r.report.findings.empty());
    CHECK(r.report.files.empty());
    CHECK(r.report.other_yaml_skipped == 2);

    ValidateOptions folder = options_for(files, {"only-other"});
    folder.scan.named_as_scanned = true;
    const ValidateResult f = validate(folder);
    CHECK_FALSE(f.usable);
    CHECK(summary(f.report) == "only-other:0 no-documents\n");
}

TEST_CASE(
    "--force-exclude: --exclude and the config's ignore leave out named files, by name or by a "
    "folder above") {
    const MemoryFileSystem files = repository();
    RepoConfig config;
    config.file = "repo/.rolekit.yaml";
    // As in git, a file under an excluded folder cannot be included again.
    config.ignore = {"drafts/", "!drafts/keep.yaml"};
    ValidateOptions o = options_for(files, {"repo/drafts/wip.yaml", "repo/drafts/keep.yaml",
                                            "repo/old-x.yaml", "repo/profiles/l3.yaml"});
    o.scan.exclude.add(".", {"repo/old-*.yaml"});
    use_config(config, o);

    // Without it, a file named is checked even where a scan would not go.
    const ValidateResult named = validate(o);
    CHECK(named.report.files == std::vector<std::string>{"repo/drafts/wip.yaml",
                                                         "repo/drafts/keep.yaml", "repo/old-x.yaml",
                                                         "repo/profiles/l3.yaml"});

    o.scan.force_exclude = true;
    const ValidateResult r = validate(o);
    CHECK(r.report.files == std::vector<std::string>{"repo/profiles/l3.yaml"});
    CHECK_FALSE(has(summary(r.report), "drafts"));
    CHECK_FALSE(has(summary(r.report), "old-x"));
    CHECK(r.report.other_yaml_skipped == 0);  // left out, not skipped

    // A commit of excluded files only passes.
    ValidateOptions only = options_for(files, {"repo/drafts/wip.yaml"});
    use_config(config, only);
    only.scan.force_exclude = true;
    const ValidateResult e = validate(only);
    CHECK(e.usable);
    CHECK(e.report.findings.empty());
    CHECK(e.report.files.empty());
}
