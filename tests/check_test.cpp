// Every check rule with an input that fails it and one that passes.

#include <doctest/doctest.h>

#include "rolekit/check.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const char* const kCatalog = R"(kind: NosCatalog
format: 1
id: cat
standards:
  - {code: GEN97, title: Communicate effectively in a health care environment}
  - {code: GEN23, title: Monitor your own work practices}
  - {code: OLD1, title: Keep paper records, status: withdrawn, replaced_by: GEN23}
  - {code: null, title: Support individuals who are distressed}
)";

const char* const kMap = R"(kind: FunctionalMap
format: 1
id: map
areas:
  - {key: "1", name: Communication, functions: [Communicate effectively]}
  - {key: "2", name: Personal and People Development, functions: [Reflect on your own practice]}
  - {key: B, name: Health Intervention, functions: [Support individuals who are distressed]}
)";

const char* const kCareer = R"(kind: CareerFramework
format: 1
id: cf
levels:
  - level: 3
    core:
      - area: "1"
        function: Communicate effectively
        nos: [Communicate effectively in a health care environment]
      - area: "2"
        function: Reflect on your own practice
        nos: [Monitor your own work practices]
)";

// A Level 3 profile whose core and role-specific sections are given.
std::string profile(const std::string& competences, int level = 3) {
    return "kind: RoleProfile\nformat: 1\nid: p\ntitle: T\nservice: S\nlevel: " +
           std::to_string(level) +
           "\nbasic_info: {named_role: N, area_of_work: A, experience_required: E}\nscope: x\n"
           "competences:\n" +
           competences;
}

const std::string kGoodCompetences = R"(  core:
    - area: "1"
      function: Communicate effectively
      nos: [{code: GEN97, title: Communicate effectively in a health care environment}]
    - area: "2"
      function: Reflect on your own practice
      nos: [{code: GEN23, title: Monitor your own work practices}]
  role_specific:
    - area: B
      function: Support individuals who are distressed
      nos: [Support individuals who are distressed]
)";

struct Checked {
    DocumentSet set;
    Findings findings;
};

// Checks `text` (as file test.yaml) with the catalogue, map and career
// framework above as context.
Findings check(const std::string& text, bool with_context = true) {
    DocumentSet set;
    LoadResult r = load_document(text, "test.yaml");
    for (const Finding& f : r.findings) CAPTURE(f.message);
    REQUIRE(r.findings.empty());
    REQUIRE(r.document);
    set.add(std::move(*r.document));
    if (with_context)
        for (const char* ctx : {kCatalog, kMap, kCareer})
            set.add(std::move(*load_document(ctx, "context.yaml").document));
    return check_document(set.documents().front(), CheckContext(set));
}

// The rule ids of `findings`, space-separated, for readable comparisons.
std::string rule_ids(const Findings& findings) {
    std::string out;
    for (const Finding& f : findings) out += (out.empty() ? "" : " ") + f.rule;
    return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a consistent profile has no findings") {
    CHECK(check(profile(kGoodCompetences)).empty());
}

TEST_CASE("without reference documents only self-contained rules run") {
    CHECK(check(profile(replaced(kGoodCompetences, "area: B", "area: Z")), false).empty());
}

TEST_CASE("unknown-area") {
    const Findings f = check(profile(replaced(kGoodCompetences, "area: B", "area: Z")));
    REQUIRE(rule_ids(f) == "unknown-area");
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].pos == Position{18, 13});
    CHECK(f[0].message == "area 'Z' is not in the functional map");
    CHECK(f[0].hint == "the areas are: 1, 2, B");
}

TEST_CASE("function-not-in-area") {
    const Findings f = check(profile(replaced(kGoodCompetences, "function: Reflect on your own practice",
                                              "function: Communicate effectively")));
    REQUIRE(rule_ids(f) == "function-not-in-area");
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].message ==
          "reference function 'Communicate effectively' is not listed under area 2 (Personal and "
          "People Development)");
    CHECK(f[0].hint == "the functional map lists it under area 1 (Communication)");

    // Listed nowhere, but near one of the area's: did you mean.
    const Findings typo = check(profile(replaced(kGoodCompetences, "function: Reflect on your own practice",
                                                 "function: Reflect on you own practise")));
    REQUIRE(rule_ids(typo) == "function-not-in-area");
    CHECK(typo[0].hint == "did you mean 'Reflect on your own practice'?");
}

TEST_CASE("nos-unknown by title and by code, with the closest titles") {
    Findings f = check(profile(replaced(kGoodCompetences, "nos: [Support individuals who are distressed]",
                                        "nos: [Support individuals who are distressed locally]")));
    REQUIRE(rule_ids(f) == "nos-unknown");
    CHECK(f[0].message == "NOS 'Support individuals who are distressed locally' is not in any loaded catalogue");
    CHECK(f[0].hint == "closest catalogue entries: 'Support individuals who are distressed'");
    // The core no longer matches the framework's set either.
    f = check(profile(replaced(kGoodCompetences, "code: GEN23", "code: GEN99")));
    REQUIRE(rule_ids(f) == "core-set-mismatch nos-unknown");
    CHECK(f[1].message == "NOS code GEN99 is not in any loaded catalogue");
    CHECK(f[1].hint == "closest catalogue entries: 'GEN23 Monitor your own work practices'");
}

TEST_CASE("nos-title-mismatch shows the catalogue's wording") {
    const Findings f = check(profile(replaced(kGoodCompetences, "title: Monitor your own work practices",
                                              "title: Monitor your work practices")));
    REQUIRE(rule_ids(f) == "nos-title-mismatch");
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].message == "title of NOS GEN23 differs from the catalogue's wording");
    CHECK(f[0].hint == "NOS wording is fixed nationally; the catalogue has 'Monitor your own work practices'");
}

TEST_CASE("nos-uncoded: a title-only entry whose code the catalogue knows") {
    const Findings f = check(profile(replaced(kGoodCompetences,
                                              "{code: GEN23, title: Monitor your own work practices}",
                                              "Monitor your own work practices")));
    REQUIRE(rule_ids(f) == "nos-uncoded");
    CHECK(f[0].severity == Severity::info);
    CHECK(f[0].message == "NOS 'Monitor your own work practices' is given by title only; its code is GEN23");
    CHECK(f[0].hint == "write it as {code: GEN23, title: Monitor your own work practices}");
}

TEST_CASE("nos-withdrawn names the replacement") {
    const std::string text = replaced(kGoodCompetences, "nos: [Support individuals who are distressed]",
                                      "nos: [Support individuals who are distressed, {code: OLD1}]");
    const Findings f = check(profile(text));
    REQUIRE(rule_ids(f) == "nos-withdrawn");
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].message == "NOS OLD1 'Keep paper records' is withdrawn");
    CHECK(f[0].hint == "replaced by GEN23 'Monitor your own work practices'");
}

TEST_CASE("nos-duplicate within a section, and nos-in-core-and-role across core and role") {
    SUBCASE("same section") {
        const Findings f = check(profile(replaced(
            kGoodCompetences, "nos: [Support individuals who are distressed]",
            "nos: [Support individuals who are distressed, Support individuals who are distressed]")));
        REQUIRE(rule_ids(f) == "nos-duplicate");
        CHECK(f[0].severity == Severity::warning);
        CHECK(f[0].message ==
              "NOS 'Support individuals who are distressed' is listed more than once (first at "
              "line 20, role-specific section)");
    }
    SUBCASE("core and role-specific, matched by code even when one entry has no code") {
        const Findings f = check(profile(kGoodCompetences + R"(    - area: "2"
      function: Reflect on your own practice
      nos: [Monitor your own work practices]
)"));
        REQUIRE(rule_ids(f) == "nos-uncoded nos-duplicate nos-in-core-and-role");
        CHECK(f[2].message ==
              "NOS 'Monitor your own work practices' is in both the core (line 16) and the "
              "role-specific section");
    }
}

TEST_CASE("core-level-mismatch") {
    const std::string stated_for_7 = replaced(kGoodCompetences, "  core:\n", "  core_level: 7\n  core:\n");
    const Findings f = check(profile(stated_for_7, 8));
    REQUIRE(rule_ids(f) == "core-level-mismatch");
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].message == "the core set is stated for Level 7, but this is a Level 8 profile");
    CHECK(check(profile(replaced(kGoodCompetences, "  core:\n", "  core_level: 3\n  core:\n"))).empty());
}

TEST_CASE("core-set-mismatch lists what is missing and extra") {
    const std::string text = replaced(kGoodCompetences, R"(    - area: "2"
      function: Reflect on your own practice
      nos: [{code: GEN23, title: Monitor your own work practices}]
  role_specific:)",
                                      R"(    - area: B
      function: Support individuals who are distressed
      nos: [Support individuals who are distressed]
  role_specific:)");
    const Findings f = check(profile(text));
    REQUIRE(rule_ids(f) == "core-set-mismatch nos-duplicate nos-in-core-and-role");
    CHECK(f[0].message == "the core differs from the career framework's Level 3 core set: 1 missing, 1 extra");
    CHECK(f[0].hint ==
          "missing 'Monitor your own work practices'; not in the framework's set 'Support "
          "individuals who are distressed'");
    // A level the framework has no core set for is not compared.
    CHECK(rule_ids(check(profile(text, 4))) == "nos-duplicate nos-in-core-and-role");
}

namespace {

std::string standard(const std::string& duties, const std::string& k = "[{id: K1, text: k1}, {id: K2, text: k2}]",
                     const std::string& s = "[{id: S1, text: s1}]") {
    return "kind: OccupationalStandard\nformat: 1\nid: std\ntitle: Peer worker\nlevel: 3\nduties:\n" +
           duties + "knowledge: " + k + "\nskills: " + s + "\nbehaviours: [{id: B1, name: Committed}]\n";
}

const std::string kDuties =
    "  - {id: D1, text: d1, knowledge: [K1, K2], skills: [S1], behaviours: [B1]}\n";

}  // namespace

TEST_CASE("ksb rules on an occupational standard") {
    CHECK(check(standard(kDuties)).empty());
    SUBCASE("ksb-numbering: a gap and a repeat") {
        Findings f = check(standard(kDuties, "[{id: K1, text: a}, {id: K3, text: b}]"));
        REQUIRE(rule_ids(f) == "ksb-unknown-ref ksb-numbering ksb-unreferenced");
        CHECK(f[1].message == "id K3 is out of sequence: expected K2");
        f = check(standard(kDuties, "[{id: K1, text: a}, {id: K2, text: b}, {id: K2, text: c}]"));
        REQUIRE(rule_ids(f) == "ksb-numbering");
        CHECK(f[0].message == "id K2 is used twice (first at line 8)");
    }
    SUBCASE("ksb-unknown-ref") {
        const Findings f = check(standard(replaced(kDuties, "skills: [S1]", "skills: [S1, S9]")));
        REQUIRE(rule_ids(f) == "ksb-unknown-ref");
        CHECK(f[0].severity == Severity::error);
        CHECK(f[0].message == "duty D1 names S9, which is not in the skills list");
    }
    SUBCASE("ksb-unreferenced") {
        const Findings f = check(standard(replaced(kDuties, "knowledge: [K1, K2]", "knowledge: [K1]")));
        REQUIRE(rule_ids(f) == "ksb-unreferenced");
        CHECK(f[0].message == "knowledge item K2 is used by no duty");
    }
}

namespace {

std::string competence_map(const std::string& unit_domains) {
    return "kind: CompetenceMap\nformat: 1\nid: cm\ntitle: T\ndomains:\n"
           "  - {id: values, name: Values}\n  - {id: self-care, name: Self-care}\n"
           "curriculum:\n  - section: 1\n    name: S\n    units:\n"
           "      - {id: \"1.1\", name: U, domains: " +
           unit_domains + "}\n";
}

}  // namespace

TEST_CASE("unit-unknown-domain and domain-without-unit") {
    CHECK(check(competence_map("[values, self-care]")).empty());
    Findings f = check(competence_map("[values, self-cares]"));
    REQUIRE(rule_ids(f) == "domain-without-unit unit-unknown-domain");
    CHECK(f[0].message == "no curriculum unit covers domain 'self-care'");
    CHECK(f[1].severity == Severity::error);
    CHECK(f[1].message == "unit 1.1 is mapped to domain 'self-cares', which the map does not have");
    CHECK(f[1].hint == "the domains are: 'values', 'self-care'");
}

TEST_CASE("overlay-base-missing and overlay-touches-national") {
    const std::string head = "kind: LocalityOverlay\nformat: 1\nid: o\nlocality: L\n";
    const std::string groups =
        "competences:\n  - {area: B, function: Support individuals who are distressed, nos: "
        "[Support individuals who are distressed]}\n";
    Findings f = check(head + "base: nowhere\n" + groups);
    REQUIRE(rule_ids(f) == "overlay-base-missing");
    CHECK(f[0].message == "base profile 'nowhere' is not among the loaded documents");
    CHECK(check(head + "base: cf\n" + groups).size() == 1);  // cf is not a RoleProfile

    f = check(head + "base: nowhere\nlevel: 4\n");
    REQUIRE(rule_ids(f) == "overlay-base-missing overlay-touches-national");
    CHECK(f[1].severity == Severity::error);
    CHECK(f[1].message == "an overlay cannot change 'level' of the national profile");
}
