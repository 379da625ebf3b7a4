// validate(): the whole run as a library call, on the shipped library, on
// hand-made trees and on the benchmark corpus.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "rolekit/validate.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

std::string summary_of(const ValidationReport& r) {
    std::string out;
    for (const Finding& f : r.findings)
        out += fs::path(f.file).filename().string() + ":" + std::to_string(f.pos.line) + " " +
               std::string(severity_name(f.severity)) + " " + f.rule + "\n";
    return out;
}

ValidateOptions options(const std::vector<fs::path>& inputs, bool builtin = true, unsigned threads = 0) {
    ValidateOptions o;
    for (const fs::path& p : inputs) o.inputs.push_back(p.string());
    if (builtin) o.workspace.search_path = {test::frameworks_dir()};
    o.workspace.threads = threads;
    return o;
}

ValidateResult run(const std::vector<fs::path>& inputs, bool builtin = true, unsigned threads = 0) {
    return validate(options(inputs, builtin, threads));
}

}  // namespace

TEST_CASE("the shipped library validates with the seeds' real defects as warnings") {
    const ValidateResult r = run({test::frameworks_dir()});
    CHECK(r.usable);
    CHECK(r.report.files.size() == 10);
    CHECK_FALSE(fails(r.report, Severity::error));
    CHECK(fails(r.report, Severity::warning));
    CHECK(summary_of(r.report) ==
          "nccmh-psw-mental-health.yaml:65 warning domain-without-unit\n"
          "nccmh-psw-mental-health.yaml:95 warning domain-without-unit\n"
          "nccmh-psw-mental-health.yaml:98 warning domain-without-unit\n"
          "ld-peer-support-worker-l3.yaml:134 warning nos-duplicate\n"
          "ld-peer-support-worker-l3.yaml:134 warning nos-in-core-and-role\n"
          "ld-peer-support-worker-l3.yaml:151 warning nos-duplicate\n"
          "ld-strategic-manager-l8.yaml:36 warning core-level-mismatch\n");
}

TEST_CASE("findings are reported only for the named files, never for context") {
    const fs::path l8 = test::frameworks_dir() / "profiles/ld-strategic-manager-l8.yaml";
    const ValidateResult r = run({l8});
    CHECK(r.report.files == std::vector<std::string>{l8.string()});
    CHECK(summary_of(r.report) == "ld-strategic-manager-l8.yaml:36 warning core-level-mismatch\n");
}

TEST_CASE("a named copy of a built-in document shadows it, and two named copies collide") {
    const fs::path dir = test::temp_dir("validate-shadow");
    fs::copy(test::frameworks_dir(), dir / "copy", fs::copy_options::recursive);
    const ValidateResult shadowed = run({dir / "copy"});
    CHECK(shadowed.usable);
    CHECK(summary_of(shadowed.report).find("id-collision") == std::string::npos);

    fs::copy(test::frameworks_dir() / "maps", dir / "again");
    const ValidateResult clash = run({dir / "copy", dir / "again"});
    const auto collision = std::find_if(clash.report.findings.begin(), clash.report.findings.end(),
                                        [](const Finding& f) { return f.rule == "id-collision"; });
    REQUIRE(collision != clash.report.findings.end());
    // At the name that sorts later, whichever was named first.
    CHECK(collision->file == (dir / "copy/maps/health-functional-map.yaml").string());
    CHECK(collision->message == "id 'health-functional-map' is already used by " +
                                    (dir / "again/health-functional-map.yaml").string());
}

TEST_CASE("unusable input: a missing path and a file that is not YAML") {
    const fs::path dir = test::temp_dir("validate-unusable");
    std::ofstream(dir / "junk.yaml") << "kind: [\n";
    const ValidateResult r = run({dir / "missing.yaml", dir / "junk.yaml"}, false);
    CHECK_FALSE(r.usable);
    CHECK(summary_of(r.report) == "missing.yaml:0 error io-error\njunk.yaml:2 error yaml-syntax\n");
}

TEST_CASE("--disable and --fail-on") {
    ValidateOptions o = options({test::frameworks_dir() / "profiles"});
    o.disabled = {"nos-duplicate", "core-level-mismatch"};
    const ValidateResult r = validate(o);
    CHECK(summary_of(r.report) == "ld-peer-support-worker-l3.yaml:134 warning nos-in-core-and-role\n");
    CHECK_FALSE(fails(r.report, Severity::error));
    CHECK(fails(r.report, Severity::warning));
    CHECK(fails(r.report, Severity::info));
}

TEST_CASE("results do not depend on the number of threads") {
    const fs::path dir = test::temp_dir("validate-threads");
    fs::copy(test::frameworks_dir(), dir, fs::copy_options::recursive);
    std::ofstream(dir / "broken.yaml") << "kind: RoleProfile\nformat: 1\nid: b\ntitel: x\n";
    const std::string one = summary_of(run({dir}, true, 1).report);
    CHECK(one == summary_of(run({dir}, true, 4).report));
    CHECK(one.find("broken.yaml:4 error schema-unknown-key") != std::string::npos);
}

TEST_CASE("benchmark corpus: every seeded defect with its rule, and no other error") {
    const fs::path gen = test::shared_dir() / "bench/gen_corpus.py";
    if (!fs::exists(gen) || std::system("/usr/bin/python3 -c 'import yaml' 2>/dev/null") != 0) {
        rolekit::test::skip("../shared or python3-yaml is absent");
        return;
    }
    const fs::path dir = test::temp_dir("validate-corpus");
    // Seed 3 at this size seeds every kind of defect.
    const std::string cmd = "/usr/bin/python3 " + gen.string() + " " + (dir / "c").string() +
                            " --profiles 300 --nos 400 --overlays 50 --seed 3 >/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    const std::map<std::string, std::string> rule_of = {{"bad-area", "unknown-area"},
                                                        {"unknown-nos", "nos-unknown"},
                                                        {"title-mismatch", "nos-title-mismatch"},
                                                        {"duplicate-nos", "nos-duplicate"}};
    std::set<std::pair<std::string, std::string>> expected;
    std::ifstream defects(dir / "c/expected-defects.txt");
    for (std::string line; std::getline(defects, line);) {
        std::istringstream words(line);
        std::string id, kind;
        words >> id >> kind;
        expected.emplace(id, rule_of.at(kind));
    }
    CHECK(expected.size() == 6);

    const ValidateResult r = run({dir / "c"}, false);
    CHECK(r.usable);
    std::set<std::pair<std::string, std::string>> found;
    for (const Finding& f : r.report.findings) {
        const std::string id = fs::path(f.file).stem().string();
        if (expected.count({id, f.rule})) {
            found.emplace(id, f.rule);
            continue;
        }
        CAPTURE(f.file + ": " + f.rule + ": " + f.message);
        CHECK(f.severity != Severity::error);
    }
    CHECK(found == expected);
}

TEST_CASE("a context file that cannot be used is reported, not silently dropped") {
    const fs::path dir = test::temp_dir("validate-broken-context");
    fs::create_directories(dir / "ctx");
    std::ofstream(dir / "ctx/nos.yaml") << "kind: NosCatalog\nformat: 1\nid: c\nstandards: [\n";
    std::ofstream(dir / "ctx/ok.yaml") << "kind: NosCatalog\nformat: 1\nid: d\ntitel: x\nstandards: []\n";
    ValidateOptions o = options({test::frameworks_dir() / "maps"}, false);
    o.workspace.search_path = {dir / "ctx"};
    const ValidateResult r = validate(o);
    CHECK_FALSE(r.usable);
    // The unusable one is reported; the other's schema findings are not ours to report.
    CHECK(summary_of(r.report) == "nos.yaml:5 error yaml-syntax\n");
}

TEST_CASE("collisions and overlay bases are found whether files are kept or streamed") {
    const fs::path dir = test::temp_dir("validate-streamed");
    const fs::path l3 = test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml";
    fs::create_directories(dir / "a");
    fs::create_directories(dir / "b");
    fs::copy_file(l3, dir / "a/one.yaml");
    fs::copy_file(l3, dir / "b/two.yaml");  // same id, no overlay refers to it: both streamed
    std::ofstream(dir / "b/overlay.yaml") << "kind: LocalityOverlay\nformat: 1\nid: o\n"
                                             "base: ../a/one.yaml\nlocality: L\n"
                                             "competences:\n  - area: \"1\"\n    function: Communicate effectively\n"
                                             "    nos: [Communicate effectively in a health care environment]\n";
    const ValidateResult r = run({dir});
    const std::string s = summary_of(r.report);
    CHECK(s.find("two.yaml:11 error id-collision") != std::string::npos);
    // A collision is reported, never a reason to drop a file: both are checked in full.
    CHECK(s.find("two.yaml:134 warning nos-duplicate") != std::string::npos);
    CHECK(s.find("one.yaml:134 warning nos-duplicate") != std::string::npos);
    // The base given as a path resolved (else overlay-base-missing), and its NOS are known.
    CHECK(s.find("overlay.yaml:9 warning overlay-nos-in-base") != std::string::npos);
    CHECK(s.find("overlay-base-missing") == std::string::npos);
}

namespace {

// A folder as the README's quick start leaves it: the Wiltshire overlay and
// the profile `rolekit merge` made from it, side by side (one id).
fs::path overlay_and_product(const std::string& name) {
    const fs::path dir = test::temp_dir(name);
    fs::copy_file(test::frameworks_dir() / "overlays/wiltshire-ld-psw.yaml", dir / "wiltshire.yaml");
    const test::Run merged = test::run_rolekit("merge wiltshire-ld-psw -o " + test::shell_quote(dir / "wiltshire-profile.yaml"));
    REQUIRE(merged.exit_code == 0);
    return dir;
}

std::string collisions(const ValidationReport& r) {
    std::string out;
    for (const Finding& f : r.findings)
        if (f.rule == "id-collision") out += fs::path(f.file).filename().string() + ": " + f.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("id-collision: an overlay and the profile merged from it may share their id") {
    const fs::path dir = overlay_and_product("validate-product");
    const ValidateResult r = run({dir});
    CHECK(r.report.files.size() == 2);
    CHECK(collisions(r.report).empty());
    CHECK_FALSE(fails(r.report, Severity::error));

    // An overlay stacked on that local profile (base: its id) builds on the
    // profile, never on the overlay with the same id, in whichever order
    // they load.
    test::write_file(dir / "a-stacked.yaml", "kind: LocalityOverlay\nformat: 1\nid: stacked\nbase: wiltshire-ld-psw\n"
                                             "locality: Swindon\n");
    const ValidateResult stacked = run({dir / "wiltshire.yaml", dir / "a-stacked.yaml", dir / "wiltshire-profile.yaml"});
    CHECK(summary_of(stacked.report).find("overlay-base-missing") == std::string::npos);
    CHECK(collisions(stacked.report).empty());
}

TEST_CASE("id-collision: unrelated documents with one id still collide") {
    const fs::path dir = overlay_and_product("validate-not-product");
    std::string profile = test::read_file(dir / "wiltshire-profile.yaml");
    // The same profile without derived_from: not known to be the overlay's.
    const auto from = profile.find("derived_from:");
    REQUIRE(from != std::string::npos);
    const auto to = profile.find("\n", profile.find("  overlays: [wiltshire-ld-psw]", from));
    std::string plain = profile;
    plain.erase(from, to + 1 - from);
    test::write_file(dir / "wiltshire-profile.yaml", plain);
    CHECK(collisions(run({dir}).report) ==
          "wiltshire.yaml: id 'wiltshire-ld-psw' is already used by " + (dir / "wiltshire-profile.yaml").string() + "\n");

    // derived_from naming the overlay, but from another base.
    std::string other = profile;
    other.replace(other.find("base: ld-peer-support-worker-l3", from), 31, "base: ld-strategic-manager-l8");
    test::write_file(dir / "wiltshire-profile.yaml", other);
    CHECK_FALSE(collisions(run({dir}).report).empty());

    // Two overlays with one id: never a product.
    test::write_file(dir / "wiltshire-profile.yaml", profile);
    fs::copy_file(dir / "wiltshire.yaml", dir / "wiltshire-copy.yaml");
    CHECK(collisions(run({dir}).report) ==
          "wiltshire.yaml: id 'wiltshire-ld-psw' is already used by " + (dir / "wiltshire-copy.yaml").string() + "\n");
}

TEST_CASE("id-collision: the validation cache keeps what tells a product from a collision") {
    const fs::path dir = overlay_and_product("validate-product-cache");
    const CacheStore cache(dir.parent_path() / "validate-product-cache-store");
    ValidateOptions o = options({dir});
    o.cache = &cache;
    const ValidateResult cold = validate(o);
    const ValidateResult warm = validate(o);
    CHECK(collisions(cold.report).empty());
    CHECK(collisions(warm.report).empty());
    CHECK(summary_of(warm.report) == summary_of(cold.report));
    CHECK(summary_of(warm.report) == summary_of(run({dir}).report));
}
