// Revision diffs: the pairing of renumbered and reworded items against the
// rule written out plainly (every removed item against every added one), and
// what else two revisions can differ in: mappings of renumbered, added and
// removed duties, the order of a list, a unit's section.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "rolekit/diff_report.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;  // id, text

Document standard(const Pairs& knowledge) {
    OccupationalStandard s;
    s.title = Text{std::string("S")};
    s.level = Located<int>{3};
    for (const auto& [id, text] : knowledge) {
        Ksb k;
        k.id = Text{id};
        k.text = Text{text};
        s.knowledge.push_back(k);
    }
    Document d;
    d.kind = DocumentKind::occupational_standard;
    d.id = Text{std::string("s")};
    d.body = s;
    return d;
}

OccupationalStandard& body(Document& d) {
    return std::get<OccupationalStandard>(d.body);
}

std::set<std::string> word_set(const std::string& text) {
    const auto w = split_words(text);
    return {w.begin(), w.end()};
}

// The rule as docs/diff.md states it, in the obvious quadratic way.
std::vector<std::string> reference_changes(const Pairs& a, const Pairs& b) {
    const auto has = [](const Pairs& list, const std::string& id) {
        return std::any_of(list.begin(), list.end(), [&](const auto& x) { return x.first == id; });
    };
    const auto text_in = [](const Pairs& list, const std::string& id) {
        for (const auto& x : list)
            if (x.first == id) return x.second;
        return std::string();
    };
    std::vector<std::string> out;
    Pairs removed, added;
    for (const auto& x : a)
        if (!has(b, x.first))
            removed.push_back(x);
        else if (text_in(b, x.first) != x.second)
            out.push_back("reworded " + x.first);
    for (const auto& y : b)
        if (!has(a, y.first)) added.push_back(y);
    for (const auto& r : removed) {
        auto best = added.end();
        double best_score = 0.5;
        for (auto it = added.begin(); it != added.end(); ++it) {
            const auto x = word_set(r.second), y = word_set(it->second);
            std::size_t common = 0;
            for (const auto& w : x) common += y.count(w);
            const double score = x.empty() || y.empty()
                                     ? 0
                                     : static_cast<double>(common) /
                                           static_cast<double>(x.size() + y.size() - common);
            if (score > best_score) {
                best_score = score;
                best = it;
            }
        }
        if (best == added.end()) {
            out.push_back("removed " + r.first);
            continue;
        }
        out.push_back((r.second == best->second ? "renumbered " : "reworded ") + r.first + " -> " +
                      best->first);
        added.erase(best);
    }
    for (const auto& y : added) out.push_back("added " + y.first);
    return out;
}

std::vector<std::string> changes(const RevisionDiff& d) {
    std::vector<std::string> out;
    for (const ItemChange& c : d.items)
        out.push_back(std::string(change_name(c.change)) + " " +
                      (c.old_id.empty() ? "" : c.old_id + " -> ") + c.id);
    return out;
}

// Short texts from a few words: many ties, many scores near 0.5.
Pairs random_items(std::mt19937& rng, int n, int first_id) {
    static const std::vector<std::string> words = {"care", "support", "people", "the",
                                                   "and",  "rights",  "risk",   "safe",
                                                   "team", "values",  "plan",   "own"};
    Pairs out;
    for (int i = 0; i < n; ++i) {
        std::string text;
        const int length = static_cast<int>(rng() % 6);
        for (int k = 0; k < length; ++k) text += (k ? " " : "") + words[rng() % words.size()];
        out.emplace_back("K" + std::to_string(first_id + static_cast<int>(rng() % (2 * n))), text);
    }
    return out;
}

}  // namespace

TEST_CASE("revision pairing follows the rule: best words above 0.5, first of a tie, A's order") {
    std::mt19937 rng(7);
    for (int round = 0; round < 300; ++round) {
        CAPTURE(round);
        Pairs a = random_items(rng, 1 + round % 12, 1);
        Pairs b = random_items(rng, 1 + round % 9, 1 + round % 7);
        // Ids given twice are matched occurrence by occurrence, which the
        // plain rule (first occurrence only) does not model.
        const auto unique = [](Pairs& list) {
            std::set<std::string> seen;
            std::erase_if(list, [&](const auto& x) { return !seen.insert(x.first).second; });
        };
        unique(a);
        unique(b);
        const RevisionDiff d = diff_revisions(standard(a), standard(b));
        CHECK(changes(d) == reference_changes(a, b));
    }
}

TEST_CASE("revision pairing: a word set equal beats a closer wording listed earlier") {
    const RevisionDiff d = diff_revisions(standard({{"K1", "support people to plan care"}}),
                                          standard({{"K2", "support people to plan their care"},
                                                    {"K3", "care plan to people support"}}));
    CHECK(changes(d) == std::vector<std::string>{"reworded K1 -> K3", "added K2"});
}

TEST_CASE("revision pairing: half the words is not enough") {
    // 2 words in common of 4 distinct: similarity 0.5.
    const RevisionDiff d = diff_revisions(standard({{"K1", "safe care plans"}}),
                                          standard({{"K2", "safe care teams"}}));
    CHECK(changes(d) == std::vector<std::string>{"removed K1", "added K2"});
}

TEST_CASE("revision diff: mappings of renumbered, added and removed duties") {
    Document a = standard({{"K1", "values"}, {"K2", "rights"}, {"K3", "risk"}});
    Document b = a;
    Duty d1;
    d1.id = Text{std::string("D1")};
    d1.text = Text{std::string("Support people")};
    d1.knowledge = {Text{std::string("K1")}, Text{std::string("K2")}};
    Duty d2 = d1;
    d2.id = Text{std::string("D2")};
    d2.text = Text{std::string("Keep records")};
    body(a).duties = {d1, d2};
    Duty renumbered = d1;
    renumbered.id = Text{std::string("D7")};
    renumbered.knowledge = {Text{std::string("K1")}, Text{std::string("K3")}};
    Duty added = d2;
    added.id = Text{std::string("D8")};
    added.text = Text{std::string("Work in a team")};
    body(b).duties = {renumbered, added};
    const std::string text = render_revision_diff(diff_revisions(a, b), DiffFormat::text, false);
    CHECK(text ==
          "a: S (s), Level 3\n"
          "b: S (s), Level 3\n"
          "\nItems\n"
          "  ~ duties D1 -> D7: Support people\n"
          "  - duties D2: Keep records\n"
          "  + duties D8: Work in a team\n"
          "\nMappings\n"
          "  D7 knowledge: +K3 -K2\n"
          "  D8 knowledge: +K1 +K2\n"
          "  D2 knowledge: -K1 -K2\n");
}

TEST_CASE("revision diff: a list in another order, and a mapping's order") {
    Document a = standard({{"K1", "values"}, {"K2", "rights"}, {"K3", "risk"}});
    Document b = standard({{"K2", "rights"}, {"K1", "values"}, {"K3", "risk"}});
    Duty d;
    d.id = Text{std::string("D1")};
    d.knowledge = {Text{std::string("K1")}, Text{std::string("K2")}};
    body(a).duties = {d};
    std::swap(d.knowledge[0], d.knowledge[1]);
    body(b).duties = {d};
    const RevisionDiff diff = diff_revisions(a, b);
    CHECK(diff.items.empty());
    CHECK(diff.mappings.empty());
    REQUIRE(diff.changed_fields.size() == 2);
    CHECK(diff.changed_fields[0].field == "knowledge (order)");
    CHECK(diff.changed_fields[1].field == "duties.D1.knowledge (order)");
    CHECK(render_revision_diff(diff, DiffFormat::text, false).find("No differences") ==
          std::string::npos);
}

TEST_CASE("revision diff: a competence map's unit moved to another section, a section renamed") {
    const Document& a = test::builtin_doc("nccmh-psw-mental-health");
    Document b = a;
    auto& curriculum = std::get<CompetenceMap>(b.body).curriculum;
    REQUIRE(curriculum.size() >= 2);
    curriculum[1].units.push_back(curriculum[0].units.back());
    curriculum[0].units.pop_back();
    curriculum[1].name.value += " (revised)";
    const RevisionDiff d = diff_revisions(a, b);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].list == "sections");
    CHECK(d.items[0].change == ItemChangeKind::reworded);
    REQUIRE(d.mappings.size() == 2);
    CHECK(d.mappings[0].from == "1");
    CHECK(d.mappings[0].list == "units");
    CHECK(d.mappings[0].removed == std::vector<std::string>{"1.8"});
    CHECK(d.mappings[1].added == std::vector<std::string>{"1.8"});
}

TEST_CASE("revision diff: the JSON and text name change kinds as before") {
    const RevisionDiff d = diff_revisions(
        standard({{"K1", "values"}, {"K2", "old rights text here"}, {"K3", "risk"}}),
        standard({{"K2", "new rights text here"}, {"K4", "values"}, {"K5", "plans"}}));
    const auto j = nlohmann::json::parse(render_revision_diff(d, DiffFormat::json, false));
    std::vector<std::string> kinds;
    for (const auto& item : j["items"]) kinds.push_back(item["change"]);
    CHECK(kinds == std::vector<std::string>{"reworded", "renumbered", "removed", "added"});
    CHECK(j["items"][0].contains("words"));
    CHECK_FALSE(j["items"][1].contains("words"));
}
