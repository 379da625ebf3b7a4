// The page comparing two role profiles, as a trainer reads it: the roles by
// name, the summary and the chart first, what the second role adds before
// what only the first has, every row marked by a sign and a word as well as
// a colour, sections in the template's words; the chart as inline SVG.

#include <doctest/doctest.h>

#include "rolekit/diff_report.hpp"
#include "rolekit/library.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const DocumentSet& ctx() {
    return test::builtin().documents;
}

ProfileDiff l3_l8() {
    return diff_profiles(test::builtin_doc("ld-peer-support-worker-l3"),
                         test::builtin_doc("ld-strategic-manager-l8"), ctx());
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("the L3 vs L8 page opens with the roles' names, the summary and the chart") {
    const std::string md = render_profile_diff(l3_l8(), DiffFormat::markdown, false, ctx());
    const std::string opening = md.substr(0, md.find("| Change |"));
    CHECK(opening ==
          "# Peer Support Worker (Level 3) compared with Strategic Manager (Level 8)\n"
          "\n"
          "What Strategic Manager (Level 8) adds, what only Peer Support Worker (Level 3) has, and "
          "what both share\n"
          "\n"
          "## Summary\n"
          "\n"
          "- \\+ 37 NOS only in Strategic Manager (Level 8): what it adds\n"
          "- \u2212 17 NOS only in Peer Support Worker (Level 3)\n"
          "- \\= 16 NOS in both, 2 of them moved to another section, area or function\n"
          "- \\~ 20 other fields changed\n"
          "\n"
          "*Where the roles differ: NOS in each functional-map area, only in Peer Support Worker "
          "(Level 3), in both, or only in Strategic Manager (Level 8). A moved NOS counts as in "
          "both, under the area Strategic Manager (Level 8) gives it.*\n"
          "\n"
          "|  | \u2212 Only in Peer Support Worker (Level 3) | \\= In both | \\+ Only in Strategic "
          "Manager (Level 8) |\n"
          "| --- | --- | --- | --- |\n"
          "| 1\\. Communication | 5 | 3 | 0 |\n"
          "| 2\\. Personal and People Development | 2 | 2 | 5 |\n"
          "| 3\\. Health, Safety and Security | 0 | 4 | 3 |\n"
          "| 4\\. Service Improvement | 0 | 0 | 1 |\n"
          "| 5\\. Quality | 0 | 2 | 6 |\n"
          "| 6\\. Equality &amp; Diversity | 0 | 1 | 1 |\n"
          "| A. Assessment | 1 | 0 | 0 |\n"
          "| B. Health Intervention | 2 | 1 | 0 |\n"
          "| C. Health Promotion and Protection | 3 | 0 | 1 |\n"
          "| D. Information Management / Information and Communication Technology | 0 | 1 | 0 |\n"
          "| F. Education, Learning and Research | 0 | 0 | 3 |\n"
          "| H. Management and Administration | 4 | 2 | 17 |\n"
          "\n"
          "## \\+ Added: only in Strategic Manager (Level 8) (37)\n"
          "\n");
}

TEST_CASE("the L3 vs L8 HTML page draws the chart as inline SVG with a text alternative") {
    const std::string html = render_profile_diff(l3_l8(), DiffFormat::html, false, ctx());
    CHECK(count(html,
                "<svg class=\"chart\" role=\"img\" aria-labelledby=\"diff-chart-title "
                "diff-chart-desc\"") == 1);
    CHECK(html.find(
              "<title id=\"diff-chart-title\">Where the roles differ: NOS in each functional-map "
              "area, only "
              "in Peer Support Worker (Level 3), in both, or only in Strategic Manager (Level 8). "
              "A moved NOS "
              "counts as in both, under the area Strategic Manager (Level 8) gives it.</title>") !=
          std::string::npos);
    // The legend: the sign and the words of each part.
    CHECK(html.find(">\u2212 Only in Peer Support Worker (Level 3)</text>") != std::string::npos);
    CHECK(html.find(">= In both</text>") != std::string::npos);
    CHECK(html.find(">+ Only in Strategic Manager (Level 8)</text>") != std::string::npos);
    // One bar for each of the 12 areas either role lists a NOS under, drawn
    // to one scale: H (4 + 2 + 17 = 23 NOS) is the longest, 660 units.
    CHECK(count(html, "<g><title>") == 12);
    CHECK(html.find("<g><title>H. Management and Administration: 4 only in the first, 2 in both, "
                    "17 only in the "
                    "second</title>") != std::string::npos);
    CHECK(html.find("width=\"487\" height=\"22\" fill=\"#00703c\"") !=
          std::string::npos);  // 17 * 660 / 23
    // The counts table stays, visible, after the picture.
    CHECK(html.find("</svg>\n<table class=\"chart-counts\">") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("Only in a") == std::string::npos);
    CHECK(html.find("Only in b") == std::string::npos);
    CHECK(html.find("In a<") == std::string::npos);
    CHECK(html.find("role_specific") == std::string::npos);
    // Rows marked by colour (class) and by sign and word.
    CHECK(count(html, "<tr class=\"added\"><td>+ Added</td>") == 37);
    CHECK(count(html, "<tr class=\"removed\"><td>\u2212 Removed</td>") == 17);
    CHECK(count(html, "<tr class=\"moved\"><td>~ Moved</td>") == 2);
    CHECK(count(html, "<tr><td>= In both</td>") == 16);
    // What Level 8 adds comes before what only Level 3 has.
    CHECK(html.find("<h2>+ Added: only in Strategic Manager (Level 8) (37)</h2>") <
          html.find("<h2>\u2212 Removed: only in Peer Support Worker (Level 3) (17)</h2>"));
    CHECK(html == render_profile_diff(l3_l8(), DiffFormat::html, false, ctx()));
}

TEST_CASE("the Moved table names sections in the template's words") {
    const std::string md = render_profile_diff(l3_l8(), DiffFormat::markdown, false, ctx());
    CHECK(md.find("| Change | Competence | From Peer Support Worker (Level 3) to Strategic Manager "
                  "(Level 8) |\n"
                  "| --- | --- | --- |\n"
                  "| \\~ Moved | Develop and maintain your professional networks | Section: "
                  "Role-specific competences "
                  "\u2192 Core competences<br>Reference function: Develop your own practice \u2192 "
                  "Develop your own "
                  "knowledge and practice |\n"
                  "| \\~ Moved | Manage and organise your own time and activities | Reference "
                  "function: Manage and "
                  "organize your own time and activities \u2192 Manage and organise your own time "
                  "and activities |\n") != std::string::npos);
    CHECK(md.find("role_specific") == std::string::npos);
}

TEST_CASE("a hostile role title stays text in the chart") {
    ProfileDiff d = l3_l8();
    d.b.title = "</text><script>alert(1)</script>";
    const std::string html = render_profile_diff(d, DiffFormat::html, false, ctx());
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("</text><script") == std::string::npos);
    CHECK(html.find(
              ">+ Only in &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; (Level 8)</text>") !=
          std::string::npos);
}

TEST_CASE("two revisions of one profile: In both only with all") {
    const Document& l3 = test::builtin_doc("ld-peer-support-worker-l3");
    Document edited = l3;
    std::get<RoleProfile>(edited.body).competences.role_specific.front().nos.pop_back();
    const ProfileDiff d = diff_profiles(l3, edited, ctx());
    REQUIRE(d.only_a.size() == 1);
    const std::string changes = render_profile_diff(d, DiffFormat::markdown, false, ctx());
    CHECK(changes.find("## \\= In both") == std::string::npos);
    CHECK(changes.find("## \u2212 Removed: only in ") != std::string::npos);
    const std::string all = render_profile_diff(d, DiffFormat::markdown, false, ctx(), true);
    CHECK(all.find("## \\= In both (" + std::to_string(d.both.size()) + ")\n") !=
          std::string::npos);
}

TEST_CASE("two revisions of one profile: a page of changes only, titled as a revision page") {
    const Document& l3 = test::builtin_doc("ld-peer-support-worker-l3");
    Document edited = l3;
    edited.path = "edited.yaml";
    std::get<RoleProfile>(edited.body).basic_info.named_role.value =
        "Peer Support Worker (Lived Experience)";
    const ProfileDiff d = diff_profiles(l3, edited, ctx());
    REQUIRE(d.only_a.empty());
    REQUIRE(d.only_b.empty());
    // No empty Added or Removed sections, no chart of no difference, no In both.
    CHECK(render_profile_diff(d, DiffFormat::markdown, false, ctx()) ==
          "# Peer Support Worker: changes between revisions\n\n"
          "From ld-peer-support-worker-l3 (Revised February 2023) to edited.yaml (Revised February "
          "2023)\n\n"
          "## Summary\n\n"
          "- \\+ 0 NOS only in edited.yaml (Revised February 2023): what it adds\n"
          "- \u2212 0 NOS only in ld-peer-support-worker-l3 (Revised February 2023)\n"
          "- \\= 33 NOS in both\n"
          "- \\~ 1 other field changed\n\n"
          "## Changed fields\n\n"
          "### Named Role\n\n"
          "Peer Support Worker **(Lived Experience)**\n");
    const std::string all = render_profile_diff(d, DiffFormat::markdown, false, ctx(), true);
    CHECK(all.find("## \\+ Added: only in edited.yaml (Revised February 2023) (0)\n\n*None.*\n") !=
          std::string::npos);
    CHECK(all.find("## \\= In both (33)\n") != std::string::npos);
}
