// Globs (workspace/glob.hpp): the same answers as glibc's fnmatch on names,
// gitignore's `**` across directories, and no pattern that makes a scan hang.
#include <doctest/doctest.h>
#include <fnmatch.h>

#include <chrono>
#include <random>

#include "rolekit/path_filter.hpp"
#include "test_support.hpp"
#include "workspace/glob.hpp"

using rolekit::PathFilter;
using rolekit::detail::Glob;
using rolekit::detail::GlobSegment;

TEST_CASE("glob: a name pattern answers as fnmatch does, on 20000 generated pairs") {
    // Small alphabets make matches likely; every construct appears.
    const std::vector<std::string> pieces = {"a",    "b",     "*",   "?",    "[ab]",
                                             "[!a]", "[a-c]", "\\*", "[]a]", "["};
    std::mt19937 gen(21);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), length(0, 6),
        letter(0, 3);
    int matched = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string pattern, name;
        for (std::size_t k = length(gen); k > 0; --k) pattern += pieces[piece(gen)];
        for (std::size_t k = length(gen); k > 0; --k) name += "abc*"[letter(gen)];
        const bool expected = ::fnmatch(pattern.c_str(), name.c_str(), 0) == 0;
        INFO("pattern '" << pattern << "' name '" << name << "'");
        REQUIRE(GlobSegment(pattern).matches(name) == expected);
        matched += expected ? 1 : 0;
    }
    CHECK(matched > 1000);  // the pairs exercise matches, not only mismatches
}

TEST_CASE("glob: ** spans any number of directories, * stays within one name") {
    CHECK(Glob("drafts/**").matches("drafts/a/b.yaml"));
    CHECK_FALSE(Glob("drafts/*").matches("drafts/a/b.yaml"));
    CHECK(Glob("**/b.yaml").matches("b.yaml"));
    CHECK(Glob("**/b.yaml").matches("x/y/z/b.yaml"));
    CHECK(Glob("a/**/b").matches("a/b"));
    CHECK(Glob("a/**/b").matches("a/x/y/b"));
    CHECK_FALSE(Glob("a/**/b").matches("a/x/y/c"));
    CHECK(Glob("[[:digit:]]*.yaml").matches("3rd.yaml"));
    CHECK_FALSE(Glob("[[:digit:]]*.yaml").matches("rd.yaml"));
}

TEST_CASE("glob: hostile patterns on a deep path answer at once") {
    std::string pattern;
    for (int i = 0; i < 12; ++i) pattern += "**/";
    pattern += "nomatch";
    std::string deep;
    for (int i = 0; i < 30; ++i) deep += "d" + std::to_string(i) + "/";
    deep += "file.yaml";
    const std::string long_name(250, 'a');
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 100; ++i) {
        CHECK_FALSE(Glob(pattern).matches(deep));
        CHECK_FALSE(GlobSegment("*a*a*a*a*a*a*a*a*a*a*a*a*b").matches(long_name));
    }
    PathFilter filter;
    filter.add("/r", {pattern, "*a*a*a*a*a*a*a*a*a*a*a*a*b"});
    CHECK_FALSE(filter.excludes("/r/" + deep, false));
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    // A hang guard, not a speed test (bench/ measures speed): backtracking
    // took longer than any CI run allows; this takes milliseconds, even under ASan.
    CHECK(took.count() < 30.0);
}

TEST_CASE("glob: validate scans a 30-level tree under a hostile .gitignore, --exclude and ignore") {
    namespace fs = std::filesystem;
    const fs::path root = rolekit::test::temp_dir("hostile-glob");
    fs::path dir = root;
    for (int i = 0; i < 30; ++i) dir /= "d" + std::to_string(i);
    fs::create_directories(dir);
    fs::copy_file(rolekit::test::frameworks_dir() / "profiles" / "ld-peer-support-worker-l3.yaml",
                  dir / "p.yaml");
    std::string pattern;
    for (int i = 0; i < 12; ++i) pattern += "**/";
    pattern += "nomatch";
    rolekit::test::write_file(root / ".gitignore", pattern + "\n");
    rolekit::test::write_file(root / ".rolekit.yaml", "ignore:\n  - '" + pattern + "'\n");
    const rolekit::test::Run r = rolekit::test::run_rolekit(
        "validate --no-cache -q --exclude '" + pattern + "' .", "",
        "cd " + rolekit::test::shell_quote(root.string()) + " && timeout 60");
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    fs::remove_all(root);
}
