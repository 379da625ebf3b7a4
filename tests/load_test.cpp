#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace rolekit;
using rolekit::test::load_text;
using rolekit::test::render;

namespace {

const char* const kMinimalProfile = R"(kind: RoleProfile
format: 1
id: test-role
title: Peer Support Worker
service: Liaison and Diversion Service
level: 3
basic_info:
  named_role: Peer Support Worker
  area_of_work: Liaison and Diversion
  experience_required: Must be at least 18 years old.
scope: |
  The purpose and scope of this role.
competences:
  core:
    - area: "1"
      function: Communicate effectively
      nos:
        - Communicate effectively in a health care environment
        - {code: SFHGEN97, title: Communicate effectively in a health care environment}
  role_specific: []
)";

// The only finding of loading `text`, rendered as the text printer shows it.
std::string only_finding(const std::string& text) {
    LoadResult r = load_text(text);
    REQUIRE(r.findings.size() == 1);
    return render(r.findings[0], text);
}

std::string with_line_replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a minimal RoleProfile loads into the typed model with positions") {
    LoadResult r = load_text(kMinimalProfile);
    REQUIRE(r.findings.empty());
    REQUIRE(r.document);
    const Document& doc = *r.document;
    CHECK(doc.kind == DocumentKind::role_profile);
    CHECK(doc.id.value == "test-role");
    CHECK(doc.id.pos == Position{3, 5});
    CHECK(doc.path == "test.yaml");
    const RoleProfile* p = doc.as<RoleProfile>();
    REQUIRE(p);
    CHECK(p->level.value == 3);
    CHECK(p->level.pos == Position{6, 8});
    CHECK(p->core_level() == 3);
    CHECK(p->scope.value == "The purpose and scope of this role.\n");
    REQUIRE(p->competences.core.size() == 1);
    const CompetenceGroup& g = p->competences.core[0];
    CHECK(g.area.value == "1");
    CHECK(g.function.value == "Communicate effectively");
    CHECK(g.pos == Position{15, 7});
    REQUIRE(g.nos.size() == 2);
    CHECK_FALSE(g.nos[0].has_code());
    CHECK(g.nos[0].title.pos == Position{18, 11});
    CHECK(g.nos[1].code.value == "SFHGEN97");
    CHECK(g.nos[1].title.value == "Communicate effectively in a health care environment");
    CHECK(p->competences.role_specific.empty());
    CHECK_FALSE(p->learning);
}

TEST_CASE("yaml-syntax: the parser's message at its position") {
    const std::string text = "kind: RoleProfile\nformat: 1\nid: [x\n";
    LoadResult r = load_text(text);
    CHECK_FALSE(r.usable());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "yaml-syntax");
    CHECK(r.findings[0].file == "test.yaml");
}

TEST_CASE("duplicate-key") {
    const std::string text = with_line_replaced(kMinimalProfile, "level: 3\n", "level: 3\nlevel: 4\n");
    CHECK(only_finding(text) ==
          "test.yaml:7:1: error[duplicate-key]: duplicate key 'level' (first defined at line 6, "
          "column 1)\n"
          "  level: 4\n"
          "  ^\n"
          "  hint: remove one of the two entries; YAML mappings cannot repeat a key\n");
}

TEST_CASE("schema-missing-field points at the mapping that lacks it") {
    const std::string text =
        with_line_replaced(kMinimalProfile, "  area_of_work: Liaison and Diversion\n", "");
    CHECK(only_finding(text) ==
          "test.yaml:8:3: error[schema-missing-field]: basic_info is missing required field "
          "'area_of_work'\n"
          "    named_role: Peer Support Worker\n"
          "    ^\n");
}

TEST_CASE("schema-type") {
    SUBCASE("a list where text belongs") {
        const std::string text =
            with_line_replaced(kMinimalProfile, "title: Peer Support Worker", "title: [a, b]");
        CHECK(only_finding(text) ==
              "test.yaml:4:8: error[schema-type]: 'title' must be text, not a list\n"
              "  title: [a, b]\n"
              "         ^\n");
    }
    SUBCASE("a quoted number where a number belongs") {
        const std::string text = with_line_replaced(kMinimalProfile, "level: 3", "level: \"3\"");
        CHECK(only_finding(text) ==
              "test.yaml:6:8: error[schema-type]: 'level' must be a whole number, not \"3\"\n"
              "  level: \"3\"\n"
              "         ^\n"
              "  hint: write the number without quotes or a tag\n");
    }
    SUBCASE("a mapping where a list belongs") {
        const std::string text =
            with_line_replaced(kMinimalProfile, "  role_specific: []", "  role_specific: {a: 1}");
        CHECK(only_finding(text) ==
              "test.yaml:20:18: error[schema-type]: 'role_specific' must be a list, not a "
              "mapping\n"
              "    role_specific: {a: 1}\n"
              "                   ^\n");
    }
}

TEST_CASE("schema-value: a level outside the Career Framework") {
    const std::string text = with_line_replaced(kMinimalProfile, "level: 3", "level: 10");
    CHECK(only_finding(text) ==
          "test.yaml:6:8: error[schema-value]: 'level' must be between 1 and 9, not 10\n"
          "  level: 10\n"
          "         ^\n");
}

TEST_CASE("schema-unknown-key with a did-you-mean hint, and x- extensions ignored") {
    SUBCASE("typo") {
        const std::string text =
            with_line_replaced(kMinimalProfile, "scope: |", "x-note: kept\nscop: |");
        LoadResult r = load_text(text);
        REQUIRE(r.findings.size() == 2);  // unknown 'scop' and missing 'scope'
        CHECK(render(r.findings[0], text) ==
              "test.yaml:1:1: error[schema-missing-field]: RoleProfile is missing required "
              "field 'scope'\n"
              "  kind: RoleProfile\n"
              "  ^\n");
        CHECK(render(r.findings[1], text) ==
              "test.yaml:12:1: error[schema-unknown-key]: unknown key 'scop' in RoleProfile\n"
              "  scop: |\n"
              "  ^\n"
              "  hint: did you mean 'scope'?\n");
    }
    SUBCASE("nothing close") {
        const std::string text =
            with_line_replaced(kMinimalProfile, "level: 3\n", "level: 3\nbudget: 100\n");
        CHECK(only_finding(text) ==
              "test.yaml:7:1: error[schema-unknown-key]: unknown key 'budget' in RoleProfile\n"
              "  budget: 100\n"
              "  ^\n"
              "  hint: extensions must start with 'x-'\n");
    }
    SUBCASE("nested") {
        const std::string text =
            with_line_replaced(kMinimalProfile, "      function:", "      fucntion:");
        LoadResult r = load_text(text);
        REQUIRE(r.findings.size() == 2);
        CHECK(r.findings[0].rule == "schema-missing-field");
        CHECK(r.findings[1].rule == "schema-unknown-key");
        CHECK(r.findings[1].message == "unknown key 'fucntion' in competence group");
        CHECK(r.findings[1].hint == "did you mean 'function'?");
    }
}

TEST_CASE("schema-bad-id") {
    const std::string text = with_line_replaced(kMinimalProfile, "id: test-role", "id: Test_Role");
    CHECK(only_finding(text) ==
          "test.yaml:3:5: error[schema-bad-id]: invalid id 'Test_Role'\n"
          "  id: Test_Role\n"
          "      ^\n"
          "  hint: ids use lower-case letters, digits and '-', starting with a letter or digit\n");
}

TEST_CASE("unknown kind and unknown format make the document unusable") {
    SUBCASE("kind") {
        const std::string text =
            with_line_replaced(kMinimalProfile, "kind: RoleProfile", "kind: RoleProfil");
        LoadResult r = load_text(text);
        CHECK_FALSE(r.usable());
        REQUIRE(r.findings.size() == 1);
        CHECK(render(r.findings[0], text) ==
              "test.yaml:1:7: error[schema-unknown-kind]: unknown kind 'RoleProfil'\n"
              "  kind: RoleProfil\n"
              "        ^\n"
              "  hint: kind must be one of: RoleProfile, LocalityOverlay, NosCatalog, "
              "FunctionalMap, CareerFramework, CompetenceMap, OccupationalStandard\n");
    }
    SUBCASE("format") {
        const std::string text = with_line_replaced(kMinimalProfile, "format: 1", "format: 2");
        LoadResult r = load_text(text);
        CHECK_FALSE(r.usable());
        REQUIRE(r.findings.size() == 1);
        CHECK(render(r.findings[0], text) ==
              "test.yaml:2:9: error[schema-unknown-format]: unknown format version 2\n"
              "  format: 2\n"
              "          ^\n"
              "  hint: this rolekit reads format 1\n");
    }
    SUBCASE("not a mapping") {
        LoadResult r = load_text("- a\n- b\n");
        CHECK_FALSE(r.usable());
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].message == "document must be a mapping, not a list");
    }
}

TEST_CASE("NosCatalog: code null only with status uncoded") {
    const std::string head = "kind: NosCatalog\nformat: 1\nid: cat\nstandards:\n";
    CHECK(load_text(head + "  - {code: null, title: A}\n").findings.empty());
    CHECK(load_text(head + "  - {code: X1, title: A, status: withdrawn, replaced_by: X2}\n")
              .findings.empty());
    LoadResult r = load_text(head + "  - {code: null, title: A, status: current}\n");
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "schema-value");
    CHECK(r.findings[0].message == "NOS 'A' has no code, so its status must be 'uncoded'");
    r = load_text(head + "  - {title: A}\n");
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "schema-missing-field");
    r = load_text(head + "  - {code: X, title: A, status: gone}\n");
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].message == "unknown NOS status 'gone'");
}

TEST_CASE("LocalityOverlay records attempts to change the national profile") {
    LoadResult r = load_text(R"(kind: LocalityOverlay
format: 1
id: local
base: test-role
locality: Somewhere
level: 4
competences:
  core:
    - {area: "1", function: f, nos: [x]}
  locality:
    - {area: B, function: g, nos: [y]}
)");
    REQUIRE(r.findings.empty());
    const auto* o = r.document->as<LocalityOverlay>();
    REQUIRE(o);
    REQUIRE(o->national_changes.size() == 2);
    CHECK(o->national_changes[0].value == "level");
    CHECK(o->national_changes[0].pos == Position{6, 1});
    CHECK(o->national_changes[1].value == "core");
    CHECK(o->national_changes[1].pos == Position{8, 3});
    REQUIRE(o->competences.size() == 1);
    CHECK(o->competences[0].area.value == "B");
}

TEST_CASE("every kind's required fields are checked") {
    struct Case {
        const char* kind;
        const char* first_missing;
    };
    for (const Case& c : {Case{"RoleProfile", "title"}, Case{"LocalityOverlay", "base"},
                          Case{"NosCatalog", "standards"}, Case{"FunctionalMap", "areas"},
                          Case{"CareerFramework", "levels"}, Case{"CompetenceMap", "title"},
                          Case{"OccupationalStandard", "title"}}) {
        CAPTURE(c.kind);
        LoadResult r = load_text(std::string("kind: ") + c.kind + "\nformat: 1\nid: x\n");
        REQUIRE(r.usable());
        REQUIRE_FALSE(r.findings.empty());
        CHECK(r.findings[0].rule == "schema-missing-field");
        CHECK(r.findings[0].message ==
              std::string(c.kind) + " is missing required field '" + c.first_missing + "'");
    }
}

TEST_CASE("required text may not be empty, and a group needs at least one NOS") {
    const std::string empty_title =
        with_line_replaced(kMinimalProfile, "title: Peer Support Worker", "title: \"\"");
    CHECK(only_finding(empty_title) ==
          "test.yaml:4:8: error[schema-missing-field]: 'title' in RoleProfile is empty\n"
          "  title: \"\"\n"
          "         ^\n");
    const std::string no_nos = with_line_replaced(
        kMinimalProfile, "  role_specific: []", "  role_specific:\n    - {area: A, function: f, nos: []}");
    CHECK(only_finding(no_nos) ==
          "test.yaml:21:7: error[schema-missing-field]: competence group lists no NOS\n"
          "      - {area: A, function: f, nos: []}\n"
          "        ^\n"
          "  hint: list at least one NOS under 'nos', or remove the group\n");
}

// Messages that used to mislead (issue 12): each names the mistake, where it is.

TEST_CASE("yaml-syntax: a quote left open runs on to the next string's quote") {
    // yaml-cpp said "end of map not found" at 15:14, just after the quote
    // that the string ran on to.
    const std::string text = with_line_replaced(kMinimalProfile, "title: Peer Support Worker",
                                                "title: \"Peer Support Worker");
    LoadResult r = load_text(text);
    CHECK_FALSE(r.usable());
    REQUIRE(r.findings.size() == 1);
    CHECK(render(r.findings[0], text) ==
          "test.yaml:4:8: error[yaml-syntax]: unterminated quoted string: it runs on to the \" at "
          "line 15, column 13\n"
          "  title: \"Peer Support Worker\n"
          "         ^\n"
          "  hint: add the closing \" where the text ends; a string that goes on over several "
          "lines must indent them further\n");
}

TEST_CASE("yaml-syntax: a quote left open to the end of the file") {
    // yaml-cpp accepted this, with the rest of the file inside the string.
    const std::string text = std::string(kMinimalProfile) + "x-note: 'unfinished\nx-other: 1\n";
    LoadResult r = load_text(text);
    CHECK_FALSE(r.usable());
    REQUIRE(r.findings.size() == 1);
    CHECK(render(r.findings[0], text) ==
          "test.yaml:21:9: error[yaml-syntax]: unterminated quoted string\n"
          "  x-note: 'unfinished\n"
          "          ^\n"
          "  hint: add the closing ' where the text ends\n");
}

TEST_CASE("yaml-syntax: a tab in the indentation") {
    // yaml-cpp said "illegal map value" at 8:13, with no word of tabs.
    const std::string text =
        with_line_replaced(kMinimalProfile, "  named_role:", "\tnamed_role:");
    LoadResult r = load_text(text);
    CHECK_FALSE(r.usable());
    REQUIRE(r.findings.size() == 1);
    CHECK(render(r.findings[0], text) ==
          "test.yaml:8:1: error[yaml-syntax]: tab character used for indentation; YAML indents "
          "with spaces\n"
          "   named_role: Peer Support Worker\n"
          "  ^\n"
          "  hint: replace the tab with spaces\n");
}

TEST_CASE("yaml-encoding: a UTF-32 file is called UTF-32") {
    std::string text = "\xFF\xFE";
    text += std::string(2, '\0');
    for (const char c : std::string(kMinimalProfile))
        text += std::string(1, c) + std::string(3, '\0');
    LoadResult r = load_text(text);
    CHECK_FALSE(r.usable());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "yaml-encoding");
    CHECK(r.findings[0].pos == Position{1, 1});
    CHECK(r.findings[0].message == "file is UTF-32; rolekit reads UTF-8 only");
}

TEST_CASE("yaml-tag: a tag outside the core schema is an error, and the document still loads") {
    const std::string text = with_line_replaced(
        kMinimalProfile, "      function: Communicate effectively",
        "      function: !local Communicate effectively");
    LoadResult r = load_text(text);
    REQUIRE(r.usable());
    REQUIRE(r.findings.size() == 1);
    CHECK(render(r.findings[0], text) ==
          "test.yaml:16:17: error[yaml-tag]: tag '!local' is not allowed; rolekit documents hold "
          "plain text\n"
          "        function: !local Communicate effectively\n"
          "                  ^\n"
          "  hint: remove the tag; rolekit reads each value by the field it is in\n");
    const RoleProfile* p = r.document->as<RoleProfile>();
    REQUIRE(p);
    CHECK(p->competences.core[0].function.value == "Communicate effectively");

    const std::string binary = with_line_replaced(kMinimalProfile, "title: Peer Support Worker",
                                                  "title: !!binary UGVlcg==");
    CHECK(only_finding(binary) ==
          "test.yaml:4:8: error[yaml-tag]: tag '!!binary' is not allowed; rolekit documents hold "
          "plain text\n"
          "  title: !!binary UGVlcg==\n"
          "         ^\n"
          "  hint: remove the tag; rolekit reads each value by the field it is in\n");
}

TEST_CASE("yaml-tag: core schema tags are allowed, a tagged number is still not a number") {
    const std::string str_title = with_line_replaced(
        kMinimalProfile, "title: Peer Support Worker", "title: !!str Peer Support Worker");
    LoadResult r = load_text(str_title);
    CHECK(r.findings.empty());
    const std::string int_level = with_line_replaced(kMinimalProfile, "level: 3", "level: !!int 3");
    CHECK(only_finding(int_level) ==
          "test.yaml:6:8: error[schema-type]: 'level' must be a whole number, not \"3\"\n"
          "  level: !!int 3\n"
          "         ^\n"
          "  hint: write the number without quotes or a tag\n");
}
