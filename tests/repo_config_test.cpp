// `.rolekit.yaml` as every command reads it (issue 26): the walk up stopping
// at the folder holding `.git`, `catalogs` and `paths` mistakes, what
// `rolekit config` prints, and the ids "did you mean" chooses from.

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <set>

#include "rolekit/repo_config.hpp"
#include "rolekit/workspace.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

// A repository in memory: a config naming a local catalogue and a folder of
// profiles, a `.git` folder at its top, and a config above it that must
// never be read.
MemoryFileSystem repository(const std::string& config) {
    MemoryFileSystem files;
    files.add("home/.rolekit.yaml", "fail-on: info\n");
    files.add("home/repo/.git/HEAD", "ref: refs/heads/main\n");
    files.add("home/repo/.rolekit.yaml", config);
    files.add("home/repo/catalogues/local-nos.yaml",
              "kind: NosCatalog\nformat: 1\nid: local-nos\n");
    files.add("home/repo/templates/overlays/x.yaml", "kind: LocalityOverlay\n");
    return files;
}

}  // namespace

TEST_CASE("find_repo_config: the nearest walking up, never above the folder holding .git") {
    MemoryFileSystem files = repository("fail-on: warning\n");
    CHECK(find_repo_config("home/repo/templates/overlays", files) ==
          fs::path("home/repo/.rolekit.yaml"));
    files.add("home/other/.git/HEAD", "");
    files.add("home/other/sub/a.yaml", "");
    // home/.rolekit.yaml is above the repository's top: not used.
    const ConfigSearch search = search_repo_config("home/other/sub", files);
    CHECK_FALSE(search.file);
    CHECK(search.at_git);
    CHECK(search.last == fs::path("home/other"));
    // Outside any repository the walk goes up to the file system's root.
    files.add("loose/a/b.yaml", "");
    const ConfigSearch loose = search_repo_config("loose/a", files);
    CHECK_FALSE(loose.file);
    CHECK_FALSE(loose.at_git);
}

TEST_CASE(
    ".rolekit.yaml: catalogs and paths that are not there, or not of their kind, are errors at "
    "their line") {
    MemoryFileSystem files = repository(
        "catalogs:\n  - catalogues/local-nos.yaml\n  - catalogues/missing.yaml\n  - templates\n"
        "paths:\n  - templates\n  - catalogues/local-nos.yaml\n  - nowhere\n");
    const RepoConfigResult r = load_repo_config("home/repo/.rolekit.yaml", files);
    CHECK_FALSE(r.config);
    REQUIRE(r.findings.size() == 4);
    CHECK(test::render(r.findings[0], "") ==
          "home/repo/.rolekit.yaml:3:5: error[schema-value]: 'catalogues/missing.yaml' is not a "
          "file (there is "
          "nothing there)\n"
          "  hint: 'catalogs' names files relative to the folder holding .rolekit.yaml\n");
    CHECK(test::render(r.findings[1], "") ==
          "home/repo/.rolekit.yaml:4:5: error[schema-value]: 'templates' is not a file (it is a "
          "folder)\n"
          "  hint: 'catalogs' names files relative to the folder holding .rolekit.yaml\n");
    CHECK(test::render(r.findings[2], "") ==
          "home/repo/.rolekit.yaml:7:5: error[schema-value]: 'catalogues/local-nos.yaml' is not a "
          "folder (it is "
          "a file)\n"
          "  hint: 'paths' names folders relative to the folder holding .rolekit.yaml\n");
    CHECK(test::render(r.findings[3], "") ==
          "home/repo/.rolekit.yaml:8:5: error[schema-value]: 'nowhere' is not a folder (there is "
          "nothing there)\n"
          "  hint: 'paths' names folders relative to the folder holding .rolekit.yaml\n");
}

TEST_CASE("describe_config: the config in force, how it was found, and each setting") {
    MemoryFileSystem files = repository(
        "catalogs:\n  - catalogues/local-nos.yaml\npaths:\n  - templates\nrules:\n  nos-duplicate: "
        "off\n"
        "  nos-in-core-and-role: error\nignore:\n  - drafts/**\nfail-on: warning\n");
    const ConfigReport found = describe_config({}, "home/repo/templates/overlays", files);
    CHECK(found.usable);
    CHECK(found.findings.empty());
    CHECK(found.text ==
          "config:   home/repo/.rolekit.yaml (the nearest walking up from the working folder)\n"
          "root:     home/repo (reports name files relative to it)\n"
          "catalogs:\n"
          "  catalogues/local-nos.yaml  -> home/repo/catalogues/local-nos.yaml\n"
          "paths:\n"
          "  templates  -> home/repo/templates\n"
          "rules:\n"
          "  nos-duplicate: off\n"
          "  nos-in-core-and-role: error\n"
          "ignore:\n"
          "  drafts/**\n"
          "fail-on:  warning\n");

    files.add("home/repo/strict.yaml", "ignore: []\n");
    const ConfigReport named = describe_config({"home/repo/strict.yaml"}, "home/repo", files);
    CHECK(named.text ==
          "config:   home/repo/strict.yaml (given with --config)\n"
          "root:     home/repo (reports name files relative to it)\n"
          "catalogs: none (only --catalog)\n"
          "paths:    none (only --path, $ROLEKIT_PATH and the built-in library)\n"
          "rules:    every rule at its default severity (rolekit rules lists them)\n"
          "ignore:   none\n"
          "fail-on:  error (the default; --fail-on changes it)\n");

    const std::string defaults =
        "root:     . (the working folder: reports name files relative to it)\n"
        "catalogs: none (only --catalog)\n"
        "paths:    none (only --path, $ROLEKIT_PATH and the built-in library)\n"
        "rules:    every rule at its default severity (rolekit rules lists them)\n"
        "ignore:   none\n"
        "fail-on:  error (the default; --fail-on changes it)\n";
    CHECK(describe_config({{}, true}, "home/repo", files).text ==
          "config:   none (--no-config)\n" + defaults);
    files.add("home/bare/.git/HEAD", "");
    files.add("home/bare/sub/a.yaml", "");
    CHECK(describe_config({}, "home/bare/sub", files).text ==
          "config:   none (no .rolekit.yaml walking up from the working folder to the folder "
          "holding .git, "
          "home/bare)\n" +
              defaults);
}

TEST_CASE("describe_config: a config with errors gives its findings and no text") {
    MemoryFileSystem files = repository("fail-on: loud\n");
    const ConfigReport r = describe_config({}, "home/repo", files);
    CHECK_FALSE(r.usable);
    CHECK(r.text.empty());
    REQUIRE(r.findings.size() == 1);
    CHECK(test::render(r.findings[0], "") ==
          "home/repo/.rolekit.yaml:1:10: error[schema-value]: 'loud' is not a severity\n"
          "  hint: use error, warning or info\n");
}

TEST_CASE("Workspace::known_ids: the ids of one kind, references and inputs, each once") {
    const MemoryFileSystem files = test::library_in_memory();
    WorkspaceOptions o;
    o.files = &files;
    o.search_path = {"lib"};
    o.reference_kinds = std::set<DocumentKind>{DocumentKind::nos_catalog};
    const Workspace ws = Workspace::open({}, o);
    const std::vector<std::string> profiles = ws.known_ids(DocumentKind::role_profile);
    CHECK(std::count(profiles.begin(), profiles.end(), "ld-peer-support-worker-l3") == 1);
    CHECK(std::count(profiles.begin(), profiles.end(), "wiltshire-ld-psw") == 0);  // an overlay
    const std::vector<std::string> overlays = ws.known_ids(DocumentKind::locality_overlay);
    CHECK(std::count(overlays.begin(), overlays.end(), "wiltshire-ld-psw") == 1);
}

TEST_CASE(".rolekit.yaml: a FIFO named as a catalogue is an error, never read") {
    // Every command would read it and wait for a writer that never comes.
    const std::filesystem::path dir = test::temp_dir("config-fifo");
    REQUIRE(::mkfifo((dir / "cat.yaml").c_str(), 0600) == 0);
    test::write_file(dir / ".rolekit.yaml", "catalogs:\n  - cat.yaml\n");
    const RepoConfigResult r = load_repo_config(dir / ".rolekit.yaml");
    CHECK_FALSE(r.config);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].message == "'cat.yaml' is not a file (it is a FIFO, device or socket)");
}
