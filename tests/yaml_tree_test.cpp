#include <doctest/doctest.h>

#include "../lib/src/yaml_tree.hpp"

using rolekit::detail::parse_yaml;
using rolekit::detail::YamlNode;

TEST_CASE("yaml tree keeps 1-based positions and tells plain from quoted scalars") {
    auto r = parse_yaml("a: 1\nb:\n  - \"2\"\n  - ~\n");
    REQUIRE(r.root);
    REQUIRE(r.findings.empty());
    const YamlNode& root = *r.root;
    REQUIRE(root.is_map());
    REQUIRE(root.map_size() == 2);
    CHECK(root.children[0].value == "a");
    CHECK(root.children[1].pos.line == 1);
    CHECK(root.children[1].pos.column == 4);
    CHECK(root.children[1].plain);
    const YamlNode& list = root.children[3];
    REQUIRE(list.is_sequence());
    CHECK(list.children[0].value == "2");
    CHECK_FALSE(list.children[0].plain);
    CHECK(list.children[0].pos.line == 3);
    CHECK(list.children[0].pos.column == 5);
    CHECK(list.children[1].is_null());
}

TEST_CASE("duplicate mapping keys are reported at the second key") {
    auto r = parse_yaml("a: 1\nb: 2\na: 3\n");
    REQUIRE(r.root);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "duplicate-key");
    CHECK(r.findings[0].pos.line == 3);
    CHECK(r.findings[0].pos.column == 1);
    CHECK(r.findings[0].message == "duplicate key 'a' (first defined at line 1, column 1)");
}

TEST_CASE("a plain and a quoted key with the same text are duplicates") {
    auto r = parse_yaml("1: a\n'1': b\n");
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "duplicate-key");
}

TEST_CASE("aliases are expanded into copies") {
    auto r = parse_yaml("a: &x [1, 2]\nb: *x\n");
    REQUIRE(r.root);
    CHECK(r.findings.empty());
    CHECK(r.root->children[3].children.size() == 2);
}

TEST_CASE("an alias copies its anchor's node, whether its parents are open or finished") {
    auto r = parse_yaml("a: &x {b: &y [1, &z 2], c: [&w 3, *w]}\nd: *y\ne: *x\nf: [*z]\n");
    REQUIRE(r.root);
    CHECK(r.findings.empty());
    const YamlNode& root = *r.root;
    CHECK(root.children[1].children[3].children[1].value == "3");  // alias in an open list
    const YamlNode& d = root.children[3];
    REQUIRE(d.is_sequence());
    REQUIRE(d.children.size() == 2);
    CHECK(d.children[1].value == "2");
    const YamlNode& e = root.children[5];
    REQUIRE(e.is_map());
    CHECK(e.children[0].value == "b");
    CHECK(e.children[2].value == "c");
    CHECK(root.children[7].children[0].value == "2");
}

TEST_CASE("nested anchors around a long list cost time and memory linear in the input") {
    // Anchored nodes used to be copied when complete: 400 anchors x 100,000
    // items took minutes and gigabytes.
    std::string text;
    for (int i = 0; i < 400; ++i) text += "&a" + std::to_string(i) + " [";
    for (int i = 0; i < 100000; ++i) text += i ? ", x" : "x";
    text += std::string(400, ']') + "\n";
    auto r = parse_yaml(text);
    REQUIRE(r.root);
    CHECK(r.findings.empty());
}

TEST_CASE("a recursive alias is an error, not a crash") {
    for (const char* text : {"&a [*a]", "&a {x: *a}", "a: &x\n  b: *x\n"}) {
        CAPTURE(text);
        auto r = parse_yaml(text);
        CHECK_FALSE(r.root);
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].rule == "yaml-alias");
    }
}

TEST_CASE("a billion-laughs document fails fast") {
    std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k) text += (k ? ", *a" : "*a") + std::to_string(i - 1);
        text += "]\n";
    }
    auto r = parse_yaml(text);
    CHECK_FALSE(r.root);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "yaml-alias");
    CHECK(r.findings[0].message == "aliases expand to more than 100000 nodes");
}

TEST_CASE("exactly one document") {
    SUBCASE("empty") {
        for (const char* text : {"", "   \n", "# only a comment\n"}) {
            auto r = parse_yaml(text);
            CHECK_FALSE(r.root);
            REQUIRE(r.findings.size() == 1);
            CHECK(r.findings[0].rule == "yaml-documents");
            CHECK(r.findings[0].message == "file holds no YAML document");
        }
    }
    SUBCASE("two documents") {
        auto r = parse_yaml("a: 1\n---\nb: 2\n");
        CHECK_FALSE(r.root);
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].rule == "yaml-documents");
        CHECK(r.findings[0].pos.line == 2);
    }
}

TEST_CASE("syntax errors carry yaml-cpp's position, 1-based") {
    auto r = parse_yaml("a: [1, 2\nb: 3\n");
    CHECK_FALSE(r.root);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "yaml-syntax");
    CHECK(r.findings[0].pos.line >= 1);
}

TEST_CASE("deep nesting is a syntax error with a clear message") {
    std::string text(600, '[');
    text += std::string(600, ']');
    auto r = parse_yaml(text);
    CHECK_FALSE(r.root);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "yaml-syntax");
    CHECK(r.findings[0].message == "nesting is too deep for a rolekit document");
}

TEST_CASE("text that is not UTF-8 is rejected with its position") {
    SUBCASE("invalid UTF-8") {
        auto r = parse_yaml("a: ok\nb: caf\xE9\n");
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].rule == "yaml-encoding");
        CHECK(r.findings[0].pos.line == 2);
        CHECK(r.findings[0].pos.column == 7);
        CHECK(r.findings[0].message == "invalid UTF-8 byte 0xE9");
    }
    SUBCASE("NUL byte") {
        auto r = parse_yaml(std::string("a: b\0c\n", 7));
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].message == "NUL byte in text (is this a binary file?)");
    }
    SUBCASE("control character") {
        auto r = parse_yaml("a: \x1b[31m\n");
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].message == "control character 0x1B in text");
    }
    SUBCASE("valid multi-byte text and a BOM pass") {
        auto r = parse_yaml("\xEF\xBB\xBFtitle: Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80\n");
        REQUIRE(r.root);
        CHECK(r.findings.empty());
    }
}
