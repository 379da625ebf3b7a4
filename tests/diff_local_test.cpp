// diff of local profiles: the local competences (not NOS) two role profiles
// state, and a local profile's own identity, on the built-in Wiltshire
// overlay merged into the national Level 3 template.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "rolekit/diff_report.hpp"
#include "rolekit/merge.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const DocumentSet& context() {
    return test::builtin().documents;
}

// `rolekit merge ld-peer-support-worker-l3 wiltshire-ld-psw`, through the library.
Document wiltshire() {
    const Document& overlay = test::builtin_doc("wiltshire-ld-psw");
    MergeResult r =
        merge_checked(test::builtin_doc("ld-peer-support-worker-l3"), {&overlay}, context());
    REQUIRE(r.merged);
    return std::move(*r.merged);
}

LocalCompetences& locals(Document& d) {
    return std::get<RoleProfile>(d.body).local_competences;
}

std::string text(const ProfileDiff& d) {
    return render_profile_diff(d, DiffFormat::text, false, context());
}

const std::string kStatement = "See the more complex, higher risk cases";
const std::string kEvidence =
    "Peer support in place in some Liaison and Diversion services (Liaison and Diversion news "
    "article, "
    "September 2017)";
const std::string kFrom = "wiltshire-ld-psw (Wiltshire Liaison and Diversion Service)";

}  // namespace

TEST_CASE(
    "diff: the merged Wiltshire profile has one local competence the national template has not") {
    const ProfileDiff d =
        diff_profiles(test::builtin_doc("ld-peer-support-worker-l3"), wiltshire(), context());
    CHECK(d.local_only_a.empty());
    CHECK(d.local_changed.empty());
    REQUIRE(d.local_only_b.size() == 1);
    const LocalEntry& e = d.local_only_b[0];
    CHECK(e.statement == kStatement);
    CHECK(e.area == "H");
    CHECK(e.function == "Manage demands for services");
    CHECK(e.evidence == kEvidence);
    CHECK(e.source == "wiltshire-ld-psw");
    CHECK(e.locality == "Wiltshire Liaison and Diversion Service");

    const std::string t = text(d);
    CHECK(t.find("moved: 0\nLocal competences only in a: 0   only in b: 1   changed: 0\n") !=
          std::string::npos);
    CHECK(
        t.find(
            "\nLocal competences only in b\n"
            "  H. Management and Administration\n"
            "    + See the more complex, higher risk cases  [local: Manage demands for services]\n"
            "\nChanged fields\n") != std::string::npos);

    const auto j =
        nlohmann::json::parse(render_profile_diff(d, DiffFormat::json, false, context()));
    CHECK(j["summary"]["local_only_a"] == 0);
    CHECK(j["summary"]["local_only_b"] == 1);
    CHECK(j["summary"]["local_changed"] == 0);
    CHECK(j["local_competences"]["only_a"] == nlohmann::json::array());
    CHECK(j["local_competences"]["changed"] == nlohmann::json::array());
    CHECK(j["local_competences"]["only_b"][0] ==
          nlohmann::json{{"statement", kStatement},
                         {"area", "H"},
                         {"function", "Manage demands for services"},
                         {"evidence", kEvidence},
                         {"source", "wiltshire-ld-psw"},
                         {"locality", "Wiltshire Liaison and Diversion Service"}});

    const std::string md = render_profile_diff(d, DiffFormat::markdown, false, context());
    CHECK(md.find("\n## \u2212 Local competences removed: only in Peer Support Worker (Level 3, "
                  "ld-peer-support-worker-l3) (0)\n\n"
                  "*None.*\n") != std::string::npos);
    CHECK(md.find("| \\+ Added | H. Management and Administration | Manage demands for services | " +
                  kStatement + " | " + kEvidence + " |\n") != std::string::npos);
    CHECK(md.find("\n## \\~ Local competences changed (0)\n\n*None.*\n") != std::string::npos);
    const std::string html = render_profile_diff(d, DiffFormat::html, false, context());
    CHECK(html.find("<td>" + kStatement + "</td>") != std::string::npos);
    const std::filesystem::path page =
        std::filesystem::temp_directory_path() / "rolekit-diff-local-page.html";
    test::write_file(page, html);
    if (auto rc = test::run_python("check_html.py", {page})) CHECK(*rc == 0);
}

TEST_CASE(
    "diff: a local competence with another area, function or evidence is changed, matched by its "
    "words") {
    const Document a = wiltshire();
    Document b = a;
    LocalCompetence& c = locals(b).at(0);
    c.area.value = "5";
    c.function.value =
        "Monitor the progress and quality of work within your area of responsibility";
    c.evidence.value = "Wiltshire L&D service specification";
    c.statement.value = "See the more complex, higher-risk cases.";  // same words
    const ProfileDiff d = diff_profiles(a, b, context());
    CHECK(d.local_only_a.empty());
    CHECK(d.local_only_b.empty());
    REQUIRE(d.local_changed.size() == 1);
    CHECK(d.local_changed[0].a.area == "H");
    CHECK(d.local_changed[0].b.area == "5");
    CHECK_MESSAGE(d.changed_fields.empty(), text(d));
    CHECK(text(d).find(
              "\nLocal competences changed\n"
              "    ~ See the more complex, higher risk cases -> See the more complex, higher-risk "
              "cases.\n"
              "        a: area H, Manage demands for services; evidence: " +
              kEvidence + "; from " + kFrom +
              "\n"
              "        b: area 5, Monitor the progress and quality of work within your area of "
              "responsibility; evidence: Wiltshire L&D service specification; from " +
              kFrom + "\n") != std::string::npos);
    const auto j =
        nlohmann::json::parse(render_profile_diff(d, DiffFormat::json, false, context()));
    CHECK(j["summary"]["local_changed"] == 1);
    CHECK(j["local_competences"]["changed"][0]["statement"] ==
          "See the more complex, higher-risk cases.");
    CHECK(j["local_competences"]["changed"][0]["a"]["evidence"] == kEvidence);
    CHECK(j["local_competences"]["changed"][0]["b"]["area"] == "5");

    // Only the evidence dropped: still a change, evidence null in JSON.
    Document e = a;
    locals(e).at(0).evidence.value.clear();
    const ProfileDiff de = diff_profiles(a, e, context());
    REQUIRE(de.local_changed.size() == 1);
    CHECK(nlohmann::json::parse(render_profile_diff(
        de, DiffFormat::json, false, context()))["local_competences"]["changed"][0]["b"]["evidence"]
              .is_null());
}

TEST_CASE(
    "diff: a removed local competence is only in a, --sections without locality leaves them out") {
    const Document a = wiltshire();
    Document b = a;
    locals(b).clear();
    const ProfileDiff d = diff_profiles(a, b, context());
    REQUIRE(d.local_only_a.size() == 1);
    CHECK(d.local_only_a[0].statement == kStatement);
    CHECK(d.local_only_b.empty());
    CHECK_FALSE(d.empty());
    const std::string t = text(d);
    CHECK(t.find("   moved: 0\nLocal competences only in a: 1   only in b: 0   changed: 0\n\n") !=
          std::string::npos);
    CHECK(t.ends_with(
        "\nLocal competences only in a\n"
        "  H. Management and Administration\n"
        "    - See the more complex, higher risk cases  [local: Manage demands for services]\n"));
    CHECK(diff_profiles(a, b, context(), {{SectionKind::core}}).empty());
    CHECK(diff_profiles(a, b, context(), {{SectionKind::locality}}).local_only_a.size() == 1);
}

TEST_CASE("diff: local competences kept in both but listed in another order") {
    const Document a = wiltshire();
    Document b = a;
    LocalCompetence second = locals(b).at(0);
    second.statement.value = "Allocate lower risk cases to the volunteers";
    locals(b).push_back(second);
    Document c = b;
    std::swap(locals(c)[0], locals(c)[1]);
    const ProfileDiff d = diff_profiles(b, c, context());
    CHECK(d.local_only_a.empty());
    CHECK(d.local_only_b.empty());
    CHECK(d.local_changed.empty());
    REQUIRE(d.changed_fields.size() == 1);
    CHECK(d.changed_fields[0].field == "local_competences (order)");
    CHECK(text(d).find("\nChanged fields\n  local_competences (order)\n") != std::string::npos);
}

TEST_CASE(
    "diff: a local profile's version, approval, organisation and contact are changed fields") {
    const Document a = wiltshire();
    Document b = a;
    LocalIdentity& id = std::get<RoleProfile>(b.body).local;
    id.version.value = "1.2";
    id.approved_by.value = "Head of Criminal Justice Services";
    id.approved_on.value = "2026-03-01";
    id.organisation.value = "Wiltshire Health and Care";
    id.contact.value = "ld.team@example.org";
    const ProfileDiff d = diff_profiles(a, b, context());
    std::vector<std::string> fields;
    for (const FieldChange& f : d.changed_fields) fields.push_back(f.field);
    CHECK(fields == std::vector<std::string>{"version", "approved_by", "approved_on",
                                             "organisation", "contact"});
    CHECK(text(d).find("\nChanged fields\n"
                       "  version\n    + 1.2\n"
                       "  approved_by\n    + Head of Criminal Justice Services\n"
                       "  approved_on\n    + 2026-03-01\n"
                       "  organisation\n    + Wiltshire Health and Care\n"
                       "  contact\n    + ld.team@example.org\n") != std::string::npos);
    Document c = b;
    std::get<RoleProfile>(c.body).local.approved_on.value = "2026-04-15";
    const ProfileDiff e = diff_profiles(b, c, context());
    REQUIRE(e.changed_fields.size() == 1);
    CHECK(text(e).find("  approved_on\n    - 2026-03-01\n    + 2026-04-15\n") != std::string::npos);
}
