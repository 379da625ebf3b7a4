// A rendered page fit to hand to HR and new staff (issue 23): no row, table or
// section without a value, names and titles instead of ids, and NOS codes from
// the loaded catalogues. Verbatim fragments of real built-in documents' pages.

#include <doctest/doctest.h>

#include "rolekit/check.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/render.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const DocumentSet& builtin_scope() {
    return test::builtin().documents;
}

const Document& doc(const std::string& id) {
    return test::builtin_doc(id);
}

bool has(const std::string& page, const std::string& fragment) {
    return page.find(fragment) != std::string::npos;
}

// The overlay of issue 23.
const char* const kDorsetOverlay = R"(kind: LocalityOverlay
format: 1
id: dorset-ld-psw
base: ld-peer-support-worker-l3
locality: Dorset Liaison and Diversion Service
competences:
  - area: H
    function: Participate in meetings
    nos:
      - Represent one's own agency at other agencies' meetings
)";

// The overlay of issue 23, merged onto the built-in Level 3 template. The
// overlay itself is not in the scope: its locality comes from what merge
// recorded on the group it added.
Document dorset_profile() {
    const LoadResult overlay = load_document(kDorsetOverlay,
                                             "o.yaml");
    REQUIRE(overlay.document);
    const MergeResult m = merge_overlays(doc("ld-peer-support-worker-l3"), {&*overlay.document},
                                         CheckContext(builtin_scope()));
    REQUIRE(m.merged);
    return *m.merged;
}

RoleProfile& profile_of(Document& d) {
    return std::get<RoleProfile>(d.body);
}

}  // namespace

TEST_CASE("a local profile's page says where it comes from in names and titles, never ids") {
    const Document dorset = dorset_profile();
    const std::string md = render_document(dorset, builtin_scope(), RenderFormat::markdown);
    CHECK(has(
        md,
        "| Based on | The national Skills for Health template Peer Support Worker (Career "
        "Framework Level 3, revised February 2023) |\n\n"
        "Dorset Liaison and Diversion Service — local profile; based on the national Skills for "
        "Health template Peer Support Worker (Career Framework Level 3, revised February "
        "2023).\n\n## Level Descriptor\n"));
    CHECK(
        has(md,
            "## Locality Specific Competences\n\nAdded by Dorset Liaison and Diversion Service\n\n"
            "| Underpinning principle | Reference function | Competence |\n| --- | --- | --- |\n"
            "| H. Management and Administration | Participate in meetings | Represent one's own "
            "agency at "
            "other agencies' meetings |\n\n"));
    const std::string html = render_document(dorset, builtin_scope(), RenderFormat::html);
    CHECK(has(html,
              "<p>Dorset Liaison and Diversion Service — local profile; based on the national "
              "Skills for Health template Peer Support Worker (Career Framework Level 3, revised "
              "February 2023).</p>\n<h2>Level Descriptor</h2>\n"));
    CHECK(has(html,
              "<h2>Locality Specific Competences</h2>\n<p>Added by Dorset Liaison and Diversion "
              "Service</p>\n<table class=\"competence-table\">"));
    for (const std::string& page : {md, html})
        for (const char* id : {"dorset-ld-psw", "ld-peer-support-worker-l3"}) {
            CAPTURE(id);
            CHECK_FALSE(has(page, id));
        }
}

TEST_CASE("what cannot be looked up is said in words, without an id") {
    Document d = dorset_profile();
    profile_of(d).derived_from->overlays.push_back(
        Text{"elsewhere-ld-psw", {}});  // added nothing, not loaded
    const DocumentSet nothing;          // neither the base nor any overlay is loaded
    const std::string md = render_document(d, nothing, RenderFormat::markdown);
    CHECK(has(
        md,
        "\nDorset Liaison and Diversion Service and one other locality — local profile; based on "
        "the national Skills for Health template Peer Support Worker (Career Framework Level 3, "
        "revised February 2023).\n"));
    // Neither the group nor a loaded overlay names the locality.
    profile_of(d).competences.locality[0].locality = Text{};
    profile_of(d).derived_from->overlays.pop_back();
    const std::string unknown = render_document(d, nothing, RenderFormat::markdown);
    CHECK(unknown.rfind(
              "# Peer Support Worker\n\nLiaison and Diversion Service · Career Framework Level 3\n",
              0) == 0);
    CHECK(
        has(unknown,
            "\nLocal profile; based on the national Skills for Health template Peer Support Worker "
            "(Career Framework Level 3, revised February 2023).\n"));
    CHECK(has(unknown,
              "## Locality Specific Competences\n\nAdded locally\n\n| Underpinning principle"));
    for (const char* id : {"dorset-ld-psw", "elsewhere-ld-psw", "ld-peer-support-worker-l3"}) {
        CAPTURE(id);
        CHECK_FALSE(has(md, id));
        CHECK_FALSE(has(unknown, id));
    }
    // A national template records no derivation and says nothing of one.
    const std::string national =
        render_document(doc("ld-peer-support-worker-l3"), builtin_scope(), RenderFormat::markdown);
    CHECK(has(national, "| Publisher | Skills for Health |\n\n## Level Descriptor\n"));
}

TEST_CASE("rows, tables and sections with no value are left out") {
    const std::string md =
        render_document(doc("ld-peer-support-worker-l3"), builtin_scope(), RenderFormat::markdown);
    // CPD's formal learning gives no title, awarding body, credit or level;
    // learning gives no registration.
    CHECK(has(md,
              "| Continuing professional development | Detail |\n| --- | --- |\n"
              "| Statutory and Mandatory learning of particular relevance to the role | "
              "Safeguarding<br>Data "
              "Protection<br>Information Governance |\n"
              "| Informal learning | Negotiated at appraisal/performance review |\n"));
    CHECK(has(md,
              "through APEL and should enable progression to other formal learning |\n\n"
              "## Continuing Professional Development\n"));
    for (const char* absent :
         {"Title:", "Awarding body:", "Credit:", "Level:", "Leading to registration"}) {
        CAPTURE(absent);
        CHECK_FALSE(has(md, absent));
    }
    const std::string html =
        render_document(doc("ld-peer-support-worker-l3"), builtin_scope(), RenderFormat::html);
    CHECK(has(html,
              "Information Governance</td></tr>\n<tr><th scope=\"row\">Informal learning</th>"
              "<td>Negotiated at appraisal/performance review</td></tr>\n"));
    CHECK_FALSE(has(html, "Title:"));
    CHECK_FALSE(has(html, "Leading to registration"));

    // Given in part: only what is given. Emptied: the whole section goes.
    Document d = doc("ld-peer-support-worker-l3");
    RoleProfile& p = profile_of(d);
    p.cpd->formal->title = Text{"Level 3 Diploma in Peer Support", {}};
    p.cpd->formal->level = Text{"3", {}};
    p.revision = Text{};
    p.basic_info.area_of_work = Text{};
    p.level_descriptor = Text{};
    p.competences.role_specific.clear();
    p.learning = Learning{};
    const DocumentSet no_framework;  // no career framework to lend a level descriptor
    const std::string partial = render_document(d, no_framework, RenderFormat::markdown);
    CHECK(
        has(partial,
            "| Formal endorsed learning | Title: Level 3 Diploma in Peer Support<br>Level: 3 |\n"));
    CHECK(
        has(partial, "| Career Framework level | Level 3 |\n| Publisher | Skills for Health |\n"));
    CHECK(has(partial, "| Named Role | Peer Support Worker |\n| Experience Required |"));
    CHECK(has(partial, "\n## Basic Information\n"));
    for (const char* absent :
         {"## Level Descriptor", "## Role Specific Competences",
          "## Indicative Learning and Development", "| Revision |", "| Area of Work |"}) {
        CAPTURE(absent);
        CHECK_FALSE(has(partial, absent));
    }
    const std::string partial_html = render_document(d, no_framework, RenderFormat::html);
    CHECK(has(partial_html,
              "<th scope=\"row\">Formal endorsed learning</th><td>Title: Level 3 Diploma in Peer "
              "Support<br>Level: 3</td>"));
    CHECK_FALSE(has(partial_html, "<h2>Level Descriptor</h2>"));
    CHECK_FALSE(has(partial_html, "<h2>Indicative Learning and Development</h2>"));
}

TEST_CASE("a competence map and a standard leave out what they do not give") {
    Document map = doc("nccmh-psw-mental-health");
    auto& m = std::get<CompetenceMap>(map.body);
    for (Principle& principle : m.principles) principle.description = Text{};
    const std::string map_md = render_document(map, builtin_scope(), RenderFormat::markdown);
    CHECK_FALSE(has(map_md, "\n## Values and principles\n"));  // a domain has its name too
    CHECK(has(map_md, "## Domains\n"));
    m.principles.resize(1);
    m.principles[0].description = Text{"Hope and recovery.", {}};
    CHECK(has(
        render_document(map, builtin_scope(), RenderFormat::html),
        "<h2>Values and principles</h2>\n<table>\n<thead><tr><th scope=\"col\">Principle</th>"));

    Document standard = doc("peer-worker-l3");
    auto& s = std::get<OccupationalStandard>(standard.body);
    s.duties.clear();
    s.skills.clear();
    const std::string std_md = render_document(standard, builtin_scope(), RenderFormat::markdown);
    CHECK_FALSE(has(std_md, "## Duties"));
    CHECK_FALSE(has(std_md, "## Skills"));
    CHECK(has(std_md, "## Knowledge\n\n| ID | Knowledge |\n| --- | --- |\n| K1 | "));
    const std::string std_html = render_document(standard, builtin_scope(), RenderFormat::html);
    CHECK_FALSE(has(std_html, "<h2>Duties</h2>"));
    CHECK(has(std_html, "<h2>Knowledge</h2>\n<table>\n"));
}

TEST_CASE(
    "a NOS given by title shows the code a loaded catalogue has for it, and none where none has") {
    const std::string md =
        render_document(doc("ld-peer-support-worker-l3"), builtin_scope(), RenderFormat::markdown);
    CHECK(has(md,
              "|   | Reflect on your own practice | SFHGEN23 Monitor your own work practices |\n"));
    // Uncoded in the built-in catalogue: the title alone.
    CHECK(has(
        md,
        "| 1\\. Communication | Communicate effectively | Communicate effectively in a health care "
        "environment |\n"));
    const std::string html =
        render_document(doc("ld-peer-support-worker-l3"), builtin_scope(), RenderFormat::html);
    CHECK(has(html, "<td>SFHGEN23 Monitor your own work practices</td>"));
    CHECK(has(html, "<td>Communicate effectively in a health care environment</td>"));
    // The codes come from the scope: render --catalog's catalogues, the
    // library's. Without a catalogue there is none to show.
    const std::string bare =
        render_document(doc("ld-peer-support-worker-l3"), DocumentSet{}, RenderFormat::markdown);
    CHECK(has(bare, "| Monitor your own work practices |\n"));
    CHECK_FALSE(has(bare, "SFHGEN23"));

    // A catalogue loaded first that lists the title uncoded does not hide the
    // code a later one has.
    const LoadResult mine = load_document(R"(kind: NosCatalog
format: 1
id: my-nos
title: Our NOS
standards:
  - code: null
    title: Monitor your own work practices
    status: uncoded
)",
                                          "my-nos.yaml");
    REQUIRE(mine.document);
    DocumentSet scope;
    REQUIRE(scope.add(*mine.document).empty());
    scope.set_fallback(&builtin_scope());
    CHECK(has(render_document(doc("ld-peer-support-worker-l3"), scope, RenderFormat::markdown),
              "| SFHGEN23 Monitor your own work practices |\n"));
}

TEST_CASE(
    "rolekit render of a merged profile names its national template (the commands of issue 23)") {
    const auto dir = test::temp_dir("handover-page");
    test::write_file(dir / "o.yaml", kDorsetOverlay);
    const test::Run merged =
        test::run_rolekit("merge ld-peer-support-worker-l3 " + test::shell_quote(dir / "o.yaml") +
                          " -o " + test::shell_quote(dir / "m.yaml"));
    REQUIRE(merged.exit_code == 0);
    const test::Run md = test::run_rolekit("render " + test::shell_quote(dir / "m.yaml"));
    CHECK(md.exit_code == 0);
    CHECK(md.err.empty());
    CHECK(
        has(md.out,
            "\n\nDorset Liaison and Diversion Service — local profile; based on the national "
            "Skills for Health template Peer Support Worker (Career Framework Level 3, revised "
            "February 2023).\n\n## Level Descriptor\n"));
    CHECK_FALSE(has(md.out, "Title:"));
    CHECK_FALSE(has(md.out, "dorset-ld-psw"));
    CHECK_FALSE(has(md.out, "ld-peer-support-worker-l3"));
}

