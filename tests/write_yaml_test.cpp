// document_to_yaml: every shipped document, with and without x- keys in every
// mapping, written back with every key and value it had and no other, and
// byte-stable when loaded and written again.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "rolekit/load.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"
#include "tree_support.hpp"

using namespace rolekit;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> framework_files() {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(test::frameworks_dir()))
        if (e.path().extension() == ".yaml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

Document load_clean(const std::string& text, const std::string& path) {
    LoadResult r = load_document(text, path);
    for (const Finding& f : r.findings) CAPTURE(f.message);
    REQUIRE(r.findings.empty());
    REQUIRE(r.document);
    return std::move(*r.document);
}

// Loads `text`, writes it, loads and writes that again: the two writings are
// the same bytes, and the first has exactly the leaves of `text`.
void check_round_trip(const std::string& text, const std::string& path) {
    CAPTURE(path);
    const std::string written = document_to_yaml(load_clean(text, path));
    CAPTURE(written);
    CHECK(document_to_yaml(load_clean(written, path)) == written);
    CHECK(test::leaf_diff(test::leaves(test::parse_tree(text)),
                          test::leaves(test::parse_tree(written))) == "");
}

// A shipped document's tree, changed by `edit`, as text.
template <class Edit>
std::string edited(const fs::path& file, Edit edit) {
    test::YamlNode tree = test::parse_tree(test::read_file(file));
    edit(tree);
    return test::emit_tree(tree);
}

test::YamlNode& value_of(test::YamlNode& map, std::string_view key) {
    for (std::size_t i = 0; i + 1 < map.children.size(); i += 2)
        if (map.children[i].value == key) return map.children[i + 1];
    FAIL("no key " << key);
    return map;
}

}  // namespace

TEST_CASE("writing a shipped document keeps every key and value and adds none") {
    const auto files = framework_files();
    REQUIRE(files.size() >= 8);
    for (const fs::path& file : files) check_round_trip(test::read_file(file), file.string());
}

TEST_CASE("x- keys in every mapping of every shipped document survive load and write") {
    for (const fs::path& file : framework_files()) {
        int added = 0;
        const std::string text = edited(
            file, [&](test::YamlNode& tree) { added = test::add_extensions(tree, "x-note-"); });
        CAPTURE(file);
        CHECK(added >= 8);  // the smallest overlay has 8 mappings
        check_round_trip(text, file.string());
    }
}

TEST_CASE("x- keys survive in the shapes the shipped documents do not use") {
    const fs::path profile = test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml";
    SUBCASE("facets, and NOS entries and competence statements written as mappings") {
        // Facets made of the core groups; every NOS entry as {title: ...}.
        const std::string text = edited(profile, [](test::YamlNode& tree) {
            test::YamlNode& competences = value_of(tree, "competences");
            test::YamlNode facet = test::parse_tree("{name: A facet}");
            facet.children.push_back(test::plain_scalar("groups"));
            facet.children.push_back(value_of(competences, "core"));
            test::YamlNode facets = test::parse_tree("[]");
            facets.children.push_back(facet);
            competences.children.push_back(test::plain_scalar("facets"));
            competences.children.push_back(facets);
            for (test::YamlNode& group : value_of(competences, "role_specific").children)
                for (test::YamlNode& nos : value_of(group, "nos").children)
                    if (nos.is_scalar()) {
                        test::YamlNode entry = test::parse_tree("{title: t}");
                        entry.children[1] = nos;
                        nos = entry;
                    }
            test::add_extensions(tree, "x-shape-");
        });
        CHECK(text.find("facets:") != std::string::npos);
        check_round_trip(text, "facets.yaml");
    }
    SUBCASE("an overlay's competences written as a mapping") {
        const fs::path overlay = test::frameworks_dir() / "overlays/wiltshire-ld-psw.yaml";
        const std::string text = edited(overlay, [](test::YamlNode& tree) {
            test::YamlNode& competences = value_of(tree, "competences");
            test::YamlNode wrapped = test::parse_tree("{locality: []}");
            wrapped.children[1] = competences;
            competences = wrapped;
            test::add_extensions(tree, "x-shape-");
        });
        check_round_trip(text, "overlay.yaml");
    }
    SUBCASE("competence statements with parts, as mappings") {
        const fs::path map = test::frameworks_dir() / "competence/nccmh-psw-mental-health.yaml";
        const std::string text = edited(map, [](test::YamlNode& tree) {
            for (test::YamlNode& domain : value_of(tree, "domains").children)
                for (std::size_t i = 0; i + 1 < domain.children.size(); i += 2)
                    if (domain.children[i].value == "statements")
                        for (test::YamlNode& s : domain.children[i + 1].children)
                            if (s.is_scalar()) {
                                test::YamlNode entry = test::parse_tree("{text: t, parts: [p]}");
                                entry.children[1] = s;
                                s = entry;
                            }
            test::add_extensions(tree, "x-shape-");
        });
        check_round_trip(text, "map.yaml");
    }
}

TEST_CASE("an optional key is written when the document had it, even empty, and only then") {
    const std::string head =
        "kind: RoleProfile\nformat: 1\nid: p\ntitle: T\nservice: S\nlevel: 3\n"
        "basic_info: {named_role: R, area_of_work: A, experience_required: E}\nscope: S\n"
        "competences: {core: [], role_specific: []}\n";
    const test::YamlNode written = test::parse_tree(document_to_yaml(load_clean(
        head + "learning: {transferable_role: X, formal: [], registration: \"\", nos_used: ~}\n",
        "p.yaml")));
    const auto all = test::leaves(written);
    std::map<std::string, std::string> learning, competences;
    for (const auto& [path, value] : all) {
        if (path.rfind("/learning/", 0) == 0) learning[path] = value;
        if (path.rfind("/competences/", 0) == 0) competences[path] = value;
    }
    CHECK(learning == std::map<std::string, std::string>{{"/learning/transferable_role", "X"},
                                                         {"/learning/formal", "[]"},
                                                         {"/learning/registration", ""},
                                                         {"/learning/nos_used", "~"}});
    CHECK(competences == std::map<std::string, std::string>{{"/competences/core", "[]"},
                                                            {"/competences/role_specific", "[]"}});
    CHECK_FALSE(all.count("/cpd"));
    CHECK_FALSE(all.count("/references"));
}

TEST_CASE("x- values of every kind read back the same, quoted or plain") {
    // What the writer must not turn into something else: text that looks
    // like a number, a boolean or null, YAML indicators, control characters,
    // odd keys, tags (dropped: the text stays), aliases (expanded), deep
    // nesting.
    const std::string text = R"(kind: FunctionalMap
format: 1
id: m
areas: []
x-values:
  - 12
  - "12"
  - 1e3
  - "0x1F"
  - .inf
  - "true"
  - yes
  - "null"
  - "~"
  - ""
  - " padded "
  - "- dash"
  - ": colon"
  - "a: b"
  - "a #b"
  - "[a]"
  - "{a}"
  - "*a"
  - "&a"
  - "!a"
  - "%a"
  - "@a"
  - "`a"
  - "'a'"
  - "\"a\""
  - "tab\there"
  - "bell\a and escape\e and del\x7f"
  - "line\nbreak"
  - "ends in newline\n"
  - "cr\rhere"
  - "é ü 中文 🙂"
  - !!str 3
  - !!map {a: 1}
  - &anchor {shared: [1, 2]}
  - *anchor
  - )" + std::string(70, '[') + "deep" + std::string(70, ']') + R"(
"x-odd keys":
  "": empty key
  ~: null key
  "multi\nline": key
  ? [complex, key]
  : value
  "12": quoted number key
  13: plain number key
"x-\nnewline in the key": 1
x-: bare
)";
    const Document doc = load_clean(text, "values.yaml");
    const std::string written = document_to_yaml(doc);
    CAPTURE(written);
    const Document back = load_clean(written, "values.yaml");
    CHECK(document_to_yaml(back) == written);
    // The tree keeps no tags, so this also says that `!!str 3` comes back as
    // "3" and `!!map {a: 1}` as {a: 1}. (A tag outside the core schema, such
    // as `!custom`, is a yaml-tag error even under x- keys: it would be lost.)
    CHECK(test::leaf_diff(test::leaves(test::parse_tree(text)),
                          test::leaves(test::parse_tree(written))) == "");
    const auto& extensions = std::get<FunctionalMap>(back.body).extras.extensions;
    REQUIRE(extensions.size() == 4);
    CHECK(extensions[2].key == "x-\nnewline in the key");
    CHECK(extensions[3].key == "x-");
}
