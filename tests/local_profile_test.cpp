// A local profile's own identity and its local competences (issue 23): read
// and checked in an overlay, carried by merge into the profile, written back,
// and shown on the page as the local profile's, beside the national template
// it is based on. On the built-in Wiltshire overlay and Level 3 template.

#include <doctest/doctest.h>

#include "rolekit/check.hpp"
#include "rolekit/load.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/render.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const DocumentSet& builtin_scope() {
    return test::builtin().documents;
}

// The built-in Wiltshire overlay with `extra` appended to it.
Document wiltshire_with(const std::string& extra) {
    const std::string text = document_to_yaml(test::builtin_doc("wiltshire-ld-psw")) + extra;
    const LoadResult r = load_document(text, "wiltshire.yaml");
    for (const Finding& f : r.findings) CAPTURE(f.message);
    REQUIRE(r.findings.empty());
    return *r.document;
}

const char* const kIdentity = R"(version: "1.2"
approved_by: Head of Criminal Justice Services
approved_on: 2026-03-03
organisation: Avon and Wiltshire Mental Health Partnership NHS Trust
contact: workforce@example.org
)";

Findings checked(const std::string& text) {
    const LoadResult r = load_document(text, "overlay.yaml");
    Findings out = r.findings;
    if (r.document) {
        const Findings more = check_document(*r.document, CheckContext(builtin_scope()));
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

std::vector<std::string> lines(const Findings& findings) {
    std::vector<std::string> out;
    for (const Finding& f : findings)
        out.push_back(fmt::format("{}:{}: {}[{}]: {}", f.pos.line, f.pos.column,
                                  severity_name(f.severity), f.rule.id(), f.message));
    return out;
}

const char* const kHead = R"(kind: LocalityOverlay
format: 1
id: dorset-psw
base: ld-peer-support-worker-l3
locality: Dorset Liaison and Diversion Service
)";

}  // namespace

TEST_CASE("an overlay's approval date must be a real YYYY-MM-DD date") {
    for (const char* bad : {"2026-02-30", "2026-13-01", "3 March 2026", "2026-3-3", "+026-03-03"}) {
        CAPTURE(bad);
        CHECK(lines(checked(std::string(kHead) + "approved_on: " + bad + "\n")) ==
              std::vector<std::string>{fmt::format(
                  "6:14: error[schema-value]: 'approved_on' must be a date written YYYY-MM-DD, "
                  "not \"{}\"",
                  bad)});
    }
    for (const char* good : {"2026-03-03", "2024-02-29", "\"2026-12-31\""}) {
        CAPTURE(good);
        CHECK(checked(std::string(kHead) + "approved_on: " + good + "\n").empty());
    }
}

TEST_CASE("local competences are checked: placement, the same statement twice, a NOS in disguise") {
    const std::string text = std::string(kHead) + R"(local_competences:
  - area: H
    function: Manage demands for services
    statement: See the more complex, higher risk cases
  - area: H
    function: Provide leadership
    statement: see the more complex, higher-risk cases.
  - area: H
    function: Provide leadership
    statement: Lead your team
  - area: Z
    function: Anything
    statement: Know the local women's services
  - area: B
    function: Manage a budget
    statement: ""
)";
    CHECK(lines(checked(text)) ==
          std::vector<std::string>{
              "21:16: error[schema-missing-field]: 'statement' in local competence is empty",
              "12:16: warning[local-competence-twice]: this local competence is already stated at "
              "line 9",
              "15:16: warning[local-competence-is-nos]: local competence is the NOS 'Lead your team'",
              "16:11: error[unknown-area]: area 'Z' is not in the functional map",
              "20:15: warning[function-not-in-area]: reference function 'Manage a budget' is not "
              "listed under area B (Health Intervention)"});
}

TEST_CASE("merge carries the overlay's identity and local competences into the local profile") {
    const Document overlay = wiltshire_with(kIdentity);
    const MergeResult m = merge_overlays(test::builtin_doc("ld-peer-support-worker-l3"), {&overlay},
                                         CheckContext(builtin_scope()));
    REQUIRE(m.merged);
    CHECK(m.findings.empty());
    const auto& p = std::get<RoleProfile>(m.merged->body);
    // The national template's facts stay what they were; the local ones are its own.
    CHECK(p.revision.value == "Revised February 2023");
    CHECK(p.publisher.value == "Skills for Health");
    CHECK(p.local.version.value == "1.2");
    CHECK(p.local.approved_on.value == "2026-03-03");
    CHECK(p.local.organisation.value == "Avon and Wiltshire Mental Health Partnership NHS Trust");
    REQUIRE(p.local_competences.size() == 1);
    CHECK(p.local_competences[0].statement.value == "See the more complex, higher risk cases");
    CHECK(p.local_competences[0].source.value == "wiltshire-ld-psw");
    CHECK(p.local_competences[0].locality.value == "Wiltshire Liaison and Diversion Service");
    // Written and read back, the profile is the same.
    const std::string yaml = document_to_yaml(*m.merged);
    CHECK(yaml.find("publisher: Skills for Health\nversion: \"1.2\"\napproved_by: Head of Criminal "
                    "Justice Services\napproved_on: \"2026-03-03\"\n") != std::string::npos);
    const LoadResult back = load_document(yaml, "merged.yaml");
    REQUIRE(back.document);
    CHECK(back.findings.empty());
    CHECK(document_to_yaml(*back.document) == yaml);
}

TEST_CASE("a second overlay's copy of a local competence is not added twice") {
    const Document first = wiltshire_with("");
    const LoadResult second = load_document(std::string(kHead) + R"(local_competences:
  - area: H
    function: Manage demands for services
    statement: See the more complex, higher risk cases.
version: "2.0"
)",
                                            "second.yaml");
    REQUIRE(second.document);
    const MergeResult m =
        merge_overlays(test::builtin_doc("ld-peer-support-worker-l3"), {&first, &*second.document},
                       CheckContext(builtin_scope()));
    REQUIRE(m.merged);
    CHECK(lines(m.findings) ==
          std::vector<std::string>{"9:16: warning[local-competence-twice]: this local competence "
                                   "is already in the profile; not added again"});
    const auto& p = std::get<RoleProfile>(m.merged->body);
    CHECK(p.local_competences.size() == 1);
    CHECK(p.local.version.value == "2.0");  // a later overlay's value replaces an earlier one's
}

TEST_CASE("a local profile's page shows its own identity and what it is based on") {
    const Document overlay = wiltshire_with(kIdentity);
    const MergeResult m = merge_overlays(test::builtin_doc("ld-peer-support-worker-l3"), {&overlay},
                                         CheckContext(builtin_scope()));
    REQUIRE(m.merged);
    const std::string md = render_document(*m.merged, builtin_scope(), RenderFormat::markdown);
    CHECK(md.find("| Local role profile |  |\n| --- | --- |\n"
                  "| Locality | Wiltshire Liaison and Diversion Service |\n"
                  "| Organisation | Avon and Wiltshire Mental Health Partnership NHS Trust |\n"
                  "| Service | Liaison and Diversion Service |\n"
                  "| Role | Lead Peer Support Worker |\n"
                  "| Career Framework level | Level 3 |\n"
                  "| Version | 1\\.2 |\n"
                  "| Approved by | Head of Criminal Justice Services |\n"
                  "| Approved on | 3 March 2026 |\n"
                  "| Contact | workforce@example.org |\n"
                  "| Based on | The national Skills for Health template Peer Support Worker (Career "
                  "Framework Level 3, revised February 2023) |\n\n"
                  "Wiltshire Liaison and Diversion Service — local profile, version 1.2, approved "
                  "by Head of Criminal Justice Services on 3 March 2026; based on the national "
                  "Skills for Health template Peer Support Worker (Career Framework Level 3, "
                  "revised February 2023).\n") != std::string::npos);
    // Nothing national is presented as the local profile's own.
    CHECK(md.find("| Revision |") == std::string::npos);
    CHECK(md.find("| Publisher |") == std::string::npos);
    CHECK(md.find("| H. Management and Administration | Manage demands for services | Local "
                  "competence: See the more complex, higher risk cases<br>Evidence: Peer support in "
                  "place in some Liaison and Diversion services (Liaison and Diversion news article, "
                  "September 2017) |\n") != std::string::npos);
    const std::string html = render_document(*m.merged, builtin_scope(), RenderFormat::html);
    CHECK(html.find("<tr><th scope=\"row\">Approved on</th><td>3 March 2026</td></tr>") !=
          std::string::npos);
    CHECK(html.find("<td>Local competence: See the more complex, higher risk cases<br>Evidence: ") !=
          std::string::npos);
    // The national template itself keeps its revision and publisher rows.
    const std::string national = render_document(test::builtin_doc("ld-peer-support-worker-l3"),
                                                 builtin_scope(), RenderFormat::markdown);
    CHECK(national.find("| Revision | Revised February 2023 |\n| Publisher | Skills for Health |\n") !=
          std::string::npos);
    CHECK(national.find("Based on") == std::string::npos);
}
