// Issue 26, point 2: for one repository and its config, validating any subset
// of its files reports, for those files, exactly what validating the whole
// repository reports for them (id-collision, which needs two files, aside):
// every file alone, each folder, from the root and from a subdirectory.
// Through the binary, as pre-commit and CI run it.

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "rolekit/library.hpp"
#include "rolekit/repo_config.hpp"
#include "rolekit/validate.hpp"
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

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// A repository as the CI maintainer keeps one: the built-in
// profiles as templates, the overlays beside them, a local NOS catalogue one
// overlay uses, a profile with an error, and two profiles with one id.
fs::path repository(const std::string& name) {
    const fs::path dir = temp_dir(name);
    fs::create_directories(dir / ".git");
    fs::create_directories(dir / "templates/overlays");
    fs::create_directories(dir / "catalogues");
    for (const char* p : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"})
        fs::copy_file(frameworks_dir() / "profiles" / (std::string(p) + ".yaml"),
                      dir / "templates" / (std::string(p) + ".yaml"));
    for (const char* o : {"birmingham-ld-psw", "northumbria-ld-psw"})
        fs::copy_file(frameworks_dir() / "overlays" / (std::string(o) + ".yaml"),
                      dir / "templates/overlays" / (std::string(o) + ".yaml"));
    write_file(dir / "catalogues/local-nos.yaml",
               "kind: NosCatalog\nformat: 1\nid: local-nos\ntitle: Our own standards\nstandards:\n"
               "  - code: LOCAL1\n    title: Run the local peer group\n    functions:\n"
               "      - {area: H, function: Provide leadership}\n    status: current\n");
    write_file(dir / "templates/overlays/wiltshire-ld-psw.yaml",
               replaced(read_file(frameworks_dir() / "overlays/wiltshire-ld-psw.yaml"),
                        "      - Lead your team\n",
                        "      - Lead your team\n      - Run the local peer group\n"));
    // An error: a misspelt key.
    write_file(
        dir / "templates/broken-l3.yaml",
        replaced(replaced(read_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml"),
                          "id: ld-peer-support-worker-l3", "id: broken-l3"),
                 "title: Peer Support Worker", "titel: Peer Support Worker"));
    // One id in two files.
    fs::copy_file(frameworks_dir() / "profiles/ld-strategic-manager-l8.yaml",
                  dir / "templates/overlays/zz-copy.yaml");
    write_file(dir / ".rolekit.yaml",
               "catalogs:\n  - catalogues/local-nos.yaml\npaths:\n  - templates\n");
    return dir;
}

const std::vector<std::string> kFiles = {
    "catalogues/local-nos.yaml",
    "templates/broken-l3.yaml",
    "templates/ld-peer-support-worker-l3.yaml",
    "templates/ld-strategic-manager-l8.yaml",
    "templates/overlays/birmingham-ld-psw.yaml",
    "templates/overlays/northumbria-ld-psw.yaml",
    "templates/overlays/wiltshire-ld-psw.yaml",
    "templates/overlays/zz-copy.yaml",
};

using Key = std::tuple<std::string, std::string, int, int, std::string, std::string>;

// What a JSON report says, finding by finding, for the files in `only`
// (every file when empty); id-collision apart.
std::multiset<Key> findings_of(const Run& r, const std::set<std::string>& only,
                               std::size_t* collisions = nullptr) {
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    std::multiset<Key> out;
    for (const nlohmann::json& f : doc.at("findings")) {
        const std::string file = f.value("file", "");
        if (f.at("rule") == "id-collision") {
            if (collisions != nullptr) ++*collisions;
            continue;
        }
        if (!only.empty() && only.count(file) == 0) continue;
        out.emplace(f.at("rule"), file, f.value("line", 0), f.value("column", 0), f.at("message"),
                    f.at("severity"));
    }
    return out;
}

Run validate_in(const fs::path& dir, const std::string& args) {
    return run_rolekit("validate --no-cache --format json " + args, "",
                       "cd " + shell_quote(dir.string()) + " &&");
}

}  // namespace

TEST_CASE(
    "scope: any subset reports, for its files, what the whole repository run reports for them") {
    const fs::path dir = repository("scope-repo");
    const Run whole = validate_in(dir, "");
    REQUIRE(whole.exit_code == 1);
    std::size_t collisions = 0;
    const std::multiset<Key> all = findings_of(whole, {}, &collisions);
    CHECK(collisions == 1);
    std::set<std::string> rules, severities, files;
    for (const Key& k : all) {
        rules.insert(std::get<0>(k));
        files.insert(std::get<1>(k));
        severities.insert(std::get<5>(k));
    }
    CHECK(severities == std::set<std::string>{"error", "warning", "info"});
    CHECK(rules.count("schema-unknown-key") == 1);
    CHECK(rules.count("nos-unknown") == 0);  // the local catalogue serves the overlay
    CHECK(files.count("templates/broken-l3.yaml") == 1);
    // Without the config the overlay's local NOS is unknown: the config is what makes this hold.
    CHECK(validate_in(dir, "--no-config templates/overlays/wiltshire-ld-psw.yaml")
              .out.find("nos-unknown") != std::string::npos);

    const auto expected = [&](const std::set<std::string>& subset) {
        std::multiset<Key> out;
        for (const Key& k : all)
            if (subset.count(std::get<1>(k))) out.insert(k);
        return out;
    };
    // (argument from the root, from templates/, the files it names)
    std::vector<std::tuple<std::string, std::string, std::set<std::string>>> subsets;
    for (const std::string& f : kFiles) {
        const std::string from_templates =
            f.rfind("templates/", 0) == 0 ? f.substr(std::string("templates/").size()) : "../" + f;
        subsets.emplace_back(f, from_templates, std::set<std::string>{f});
    }
    for (const std::string folder : {"templates", "templates/overlays", "catalogues"}) {
        std::set<std::string> in;
        for (const std::string& f : kFiles)
            if (f.rfind(folder + "/", 0) == 0) in.insert(f);
        const std::string from_templates = folder == "templates"            ? "."
                                           : folder == "templates/overlays" ? "overlays"
                                                                            : "../catalogues";
        subsets.emplace_back(folder, from_templates, in);
    }
    subsets.emplace_back(".", "..", std::set<std::string>(kFiles.begin(), kFiles.end()));
    for (const auto& [from_root, from_templates, in] : subsets) {
        CAPTURE(from_root);
        const Run root = validate_in(dir, shell_quote(from_root));
        CHECK(root.err.empty());
        CHECK(findings_of(root, in) == expected(in));
        const Run sub = validate_in(dir / "templates", shell_quote(from_templates));
        CHECK(sub.err.empty());
        CHECK(findings_of(sub, in) == expected(in));
    }
}

TEST_CASE("scope: through the library, each file alone gives its findings of the whole run") {
    const fs::path dir = fs::absolute(repository("scope-library"));
    const rolekit::RepoConfigResult config = rolekit::load_repo_config(dir / ".rolekit.yaml");
    REQUIRE(config.config);
    const auto run = [&](const std::vector<std::string>& inputs) {
        rolekit::ValidateOptions o;
        o.inputs = inputs;
        std::vector<std::string> paths;
        for (const fs::path& p : config.config->paths) paths.push_back(p.string());
        o.workspace.search_path = rolekit::library_search_path(paths);
        o.workspace.catalogs = config.config->catalogs;
        o.workspace.names =
            rolekit::ReportPaths(dir);  // the root named: the working folder is elsewhere
        std::multiset<Key> out;
        for (const rolekit::Finding& f : rolekit::validate(o).report.findings)
            if (f.rule != "id-collision")
                out.emplace(std::string(f.rule), f.file, f.pos.line, f.pos.column, f.message,
                            std::string(rolekit::severity_name(f.severity)));
        return out;
    };
    const std::multiset<Key> all = run({dir.string()});
    CHECK(all.size() > 5);
    for (const std::string& file : kFiles) {
        CAPTURE(file);
        std::multiset<Key> expected;
        for (const Key& k : all)
            if (std::get<1>(k) == file) expected.insert(k);
        std::multiset<Key> alone;
        for (const Key& k : run({(dir / file).string()}))
            if (std::get<1>(k) == file) alone.insert(k);
        CHECK(alone == expected);
    }
}
