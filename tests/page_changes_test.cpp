// The blocks of comparison pages: marked words, coloured rows and the bar
// chart's text alternative, as each backend writes them.

#include <doctest/doctest.h>

#include "render/render_blocks.hpp"
#include "rolekit/diff.hpp"

using namespace rolekit;
using detail::TextRun;

namespace {

std::vector<TextRun> word_changes(const std::string& a, const std::string& b) {
    return detail::text_runs(diff_sequences(split_words(a), split_words(b)));
}

// The page's body: what follows the title (and, in HTML, the header).
std::string body_of(const std::string& page, const std::string& after) {
    const auto at = page.find(after);
    REQUIRE(at != std::string::npos);
    return page.substr(at + after.size());
}

}  // namespace

TEST_CASE("a word diff becomes runs that start and end at a word") {
    const auto runs = word_changes("Supports people with learning disabilities",
                                   "Supports and guides people with autism");
    REQUIRE(runs.size() == 6);
    CHECK(runs[0].mark == TextRun::Mark::kept);
    CHECK(runs[0].text == "Supports ");
    CHECK(runs[1].mark == TextRun::Mark::inserted);
    CHECK(runs[1].text == "and guides");
    CHECK(runs[2].text == " people with ");
    CHECK(runs[3].mark == TextRun::Mark::deleted);
    CHECK(runs[3].text == "learning disabilities");
    CHECK(runs[4].mark == TextRun::Mark::kept);
    CHECK(runs[4].text == " ");
    CHECK(runs[5].mark == TextRun::Mark::inserted);
    CHECK(runs[5].text == "autism");
    CHECK(detail::text_runs({}).empty());
}

TEST_CASE("marked words: <del>/<ins> in HTML, ~~old~~ and **new** in Markdown, escaped in both") {
    detail::Page page;
    page.title = "T";
    page.changes(word_changes("Risk <b>low</b> *now*", "Risk <i>high</i> *now*"));
    CHECK(body_of(detail::page_to_markdown(page), "# T\n\n") ==
          "Risk ~~&lt;b&gt;low&lt;/b&gt;~~ **&lt;i&gt;high&lt;/i&gt;** \\*now\\*\n");
    const std::string html = detail::page_to_html(page);
    CHECK(html.find("<p class=\"changes\">Risk <del>&lt;b&gt;low&lt;/b&gt;</del> "
                    "<ins>&lt;i&gt;high&lt;/i&gt;</ins> *now*</p>") != std::string::npos);
}

TEST_CASE("a comparison row is coloured in HTML by its change, and a cell may hold marked words") {
    detail::Table t;
    t.header = {"Change", "Competence"};
    t.rows.push_back(
        detail::Row({std::vector<std::string>{"+ Added"}, std::vector<std::string>{"HT4"}},
                    detail::RowChange::added));
    t.rows.push_back(
        detail::Row({std::vector<std::string>{"~ Reworded"}, word_changes("a b", "a c")},
                    detail::RowChange::changed));
    detail::Page page;
    page.title = "T";
    page.table(t);
    const std::string html = detail::page_to_html(page);
    CHECK(html.find("<tr class=\"added\"><td>+ Added</td><td>HT4</td></tr>") != std::string::npos);
    CHECK(
        html.find(
            "<tr class=\"changed\"><td>~ Reworded</td><td>a <del>b</del> <ins>c</ins></td></tr>") !=
        std::string::npos);
    CHECK(body_of(detail::page_to_markdown(page), "| --- | --- |\n") ==
          "| \\+ Added | HT4 |\n| \\~ Reworded | a ~~b~~ **c** |\n");
}

TEST_CASE("a bar chart's counts are its text alternative in every backend") {
    detail::BarChart chart;
    chart.title = "Where the roles differ";
    chart.first_name = "A (Level 3)";
    chart.second_name = "B (Level 8)";
    chart.bars = {{"1. Communication", 2, 3, 4}};
    detail::Page page;
    page.title = "T";
    page.chart(chart);
    CHECK(body_of(detail::page_to_markdown(page), "# T\n\n") ==
          "*Where the roles differ*\n\n"
          "|  | \u2212 Only in A (Level 3) | \\= In both | \\+ Only in B (Level 8) |\n"
          "| --- | --- | --- | --- |\n"
          "| 1\\. Communication | 2 | 3 | 4 |\n");
    detail::Page none;
    none.chart({});
    CHECK(none.blocks.empty());
}
