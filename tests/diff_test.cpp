// diff_profiles and diff_revisions on the seeds: the trainer's Level 3 vs
// Level 8 comparison pinned against a reading of the two templates, self
// diffs, and revision diffs of the apprenticeship standard with edits.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

#include "rolekit/diff_report.hpp"
#include "rolekit/library.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const Library& library() { return test::builtin(); }

const Document& doc(const std::string& id) { return test::builtin_doc(id); }

std::vector<std::string> titles(const std::vector<NosEntry>& entries) {
    std::vector<std::string> out;
    for (const NosEntry& e : entries) out.push_back(e.title);
    std::sort(out.begin(), out.end());
    return out;
}

Document edited(const std::string& id, const std::vector<std::pair<std::string, std::string>>& edits) {
    std::string text = test::read_file(doc(id).path);
    for (const auto& [from, to] : edits) {
        const auto at = text.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, from);
        text.replace(at, from.size(), to);
    }
    LoadResult r = load_document(text, "edited.yaml");
    REQUIRE(r.document);
    return std::move(*r.document);
}

}  // namespace

TEST_CASE("Level 3 Peer Support Worker vs Level 8 Strategic Manager") {
    const ProfileDiff d = diff_profiles(doc("ld-peer-support-worker-l3"), doc("ld-strategic-manager-l8"),
                                        library().documents);
    CHECK(d.a.level == 3);
    CHECK(d.b.level == 8);
    // 33 distinct NOS in the Level 3 template (35 entries, two repeats), 53 in the Level 8 one.
    CHECK(d.only_a.size() == 17);
    CHECK(d.only_b.size() == 37);
    CHECK(d.both.size() == 16);
    // Shared: 13 of the Level 3 core set, and three Level 3 role-specific NOS.
    CHECK(titles(d.both) == std::vector<std::string>{
                                "Act within the limits of your competence and authority",
                                "Advise and inform others on services",
                                "Advise on access to and use of services",
                                "Communicate effectively in a health care environment",
                                "Comply with legal requirements for maintaining confidentiality in healthcare",
                                "Contribute to the effectiveness of teams",
                                "Develop and maintain your professional networks",
                                "Make sure your actions contribute to a positive and safe working culture",
                                "Make sure your own actions reduce risks to health and safety",
                                "Manage and organise your own time and activities",
                                "Monitor your own work practices",
                                "Perform hand hygiene to prevent the spread of infection",
                                "Store and retrieve information using a filing system",
                                "Support the safeguarding of individuals",
                                "Uphold the rights of individuals",
                                "Use digital communications"});
    // The one Level 3 core NOS the Level 7 core set does not have.
    CHECK(std::count_if(d.only_a.begin(), d.only_a.end(),
                        [](const NosEntry& e) { return e.section.kind == SectionKind::core; }) == 1);
    CHECK(d.only_a[0].area == "1");  // grouped by area in map order
    CHECK(d.only_b.back().title == "Manage budgets");
    REQUIRE(d.moved.size() == 2);
    CHECK(d.moved[0].b.title == "Develop and maintain your professional networks");
    CHECK(d.moved[0].a.section.kind == SectionKind::role_specific);
    CHECK(d.moved[0].b.section.kind == SectionKind::core);
    CHECK(d.moved[1].a.function == "Manage and organize your own time and activities");
    CHECK(d.moved[1].b.function == "Manage and organise your own time and activities");
    const auto field = [&](const std::string& name) {
        return std::find_if(d.changed_fields.begin(), d.changed_fields.end(),
                            [&](const FieldChange& f) { return f.field == name; });
    };
    REQUIRE(field("basic_info.named_role") != d.changed_fields.end());
    CHECK(field("basic_info.named_role")->lines.size() == 2);
    CHECK(field("references") != d.changed_fields.end());
    CHECK(field("cpd.impact_method") == d.changed_fields.end());  // the same in both
}

TEST_CASE("--sections limits what is compared") {
    const ProfileDiff d = diff_profiles(doc("ld-peer-support-worker-l3"), doc("ld-strategic-manager-l8"),
                                        library().documents, {{SectionKind::core}});
    CHECK(d.only_a.size() == 1);
    CHECK(d.only_a[0].title == "Develop your knowledge and practice");
    CHECK(d.both.size() == 13);
    CHECK(d.only_b.size() == 22 - 13);
}

TEST_CASE("a document diffed with itself is empty") {
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"}) {
        const ProfileDiff d = diff_profiles(doc(id), doc(id), library().documents);
        CHECK(d.empty());
        CHECK(d.both.size() > 30);
    }
    CHECK(diff_revisions(doc("peer-worker-l3"), doc("peer-worker-l3")).empty());
    CHECK(diff_revisions(doc("nccmh-psw-mental-health"), doc("nccmh-psw-mental-health")).empty());
}

TEST_CASE("a revision of the apprenticeship standard shows each edit") {
    const Document b = edited(
        "peer-worker-l3",
        {{"text: the core values and principles of peer support", "text: the core values and principles of mutual peer support"},
         {"    knowledge: [K1, K2, K3, K4, K5, K6, K7, K8]", "    knowledge: [K1, K2, K3, K4, K5, K6, K7, K8, K60]"},
         {"    skills: [S6, S7, S8, S9]", "    skills: [S6, S7, S8]"},
         {"  - id: K59\n", "  - id: K60\n    text: digital inclusion and how to support people online\n  - id: K59\n"},
         {"duration_months: 15", "duration_months: 18"}});
    const RevisionDiff d = diff_revisions(doc("peer-worker-l3"), b);
    CHECK(render_revision_diff(d, DiffFormat::text, false) ==
          // Two revisions of one standard: by file (the library's by its id).
          "a: peer-worker-l3\n"
          "b: edited.yaml\n"
          "\nItems\n"
          "  ~ knowledge K1: the core values and principles of {+mutual+} peer support\n"
          "  + knowledge K60: digital inclusion and how to support people online\n"
          "\nMappings\n"
          "  D1 knowledge: +K60\n"
          "  D2 skills: -S9\n"
          "\nChanged fields\n"
          "  duration_months\n"
          "    - 15\n"
          "    + 18\n");
}

TEST_CASE("a renumbered item is matched by its text, and a removed one reported") {
    const Document b = edited("peer-worker-l3", {{"  - {id: B6, name: Mutuality}", "  - {id: B7, name: Mutuality}"},
                                                 {"  - {id: B5, name: Innovative}\n", ""}});
    const RevisionDiff d = diff_revisions(doc("peer-worker-l3"), b);
    const std::string json = render_revision_diff(d, DiffFormat::json, false);
    const auto j = nlohmann::json::parse(json);
    REQUIRE(j["items"].size() == 2);
    CHECK(j["items"][0]["id"] == "B5");
    CHECK(j["items"][0]["change"] == "removed");
    CHECK(j["items"][1]["old_id"] == "B6");
    CHECK(j["items"][1]["id"] == "B7");
    CHECK(j["items"][1]["change"] == "renumbered");
}

TEST_CASE("a competence map revision: reworded principle and remapped unit") {
    const Document b = edited("nccmh-psw-mental-health",
                              {{"domains: [values-and-principles]", "domains: [values-and-principles, practice-issues]"}});
    const RevisionDiff d = diff_revisions(doc("nccmh-psw-mental-health"), b);
    CHECK(d.items.empty());
    REQUIRE(d.mappings.size() == 1);
    CHECK(d.mappings[0].from == "1.1");
    CHECK(d.mappings[0].added == std::vector<std::string>{"practice-issues"});
}

TEST_CASE("diff JSON is the documented contract") {
    const ProfileDiff d = diff_profiles(doc("ld-peer-support-worker-l3"), doc("ld-strategic-manager-l8"),
                                        library().documents);
    const auto j = nlohmann::json::parse(render_profile_diff(d, DiffFormat::json, false, library().documents));
    CHECK(j["a"] == nlohmann::json{{"id", "ld-peer-support-worker-l3"}, {"title", "Peer Support Worker"}, {"level", 3}});
    CHECK(j["b"]["level"] == 8);
    CHECK(j["only_a"].size() == 17);
    CHECK(j["only_b"].size() == 37);
    CHECK(j["both"].size() == 16);
    for (const char* key : {"title", "code", "section", "area", "function"}) CHECK(j["both"][0].contains(key));
    // The profiles give NOS by title only: no code to report.
    CHECK(j["both"][0]["code"].is_null());
    CHECK(j["only_a"][0]["code"].is_null());
    CHECK(j["moved"].size() == 2);
    CHECK(j["moved"][0]["a"]["section"] == "role_specific");
    CHECK(j["changed_fields"].size() == d.changed_fields.size());
    // Local competences: neither national template has any, the keys are there all the same.
    for (const char* key : {"local_only_a", "local_only_b", "local_changed"}) CHECK(j["summary"][key] == 0);
    CHECK(j["local_competences"] == nlohmann::json{{"only_a", nlohmann::json::array()},
                                                   {"only_b", nlohmann::json::array()},
                                                   {"changed", nlohmann::json::array()}});
    const auto ordered =
        nlohmann::ordered_json::parse(render_profile_diff(d, DiffFormat::json, false, library().documents));
    std::vector<std::string> keys;  // in the documented order
    for (const auto& [key, value] : ordered.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"a", "b", "summary", "only_a", "only_b", "both", "moved",
                                           "changed_fields", "retitled", "local_competences"});
}

TEST_CASE("diff pages: GFM tables and one self-contained HTML page") {
    const ProfileDiff d = diff_profiles(doc("ld-peer-support-worker-l3"), doc("ld-strategic-manager-l8"),
                                        library().documents);
    const std::string md = render_profile_diff(d, DiffFormat::markdown, false, library().documents);
    CHECK(md.rfind("# Peer Support Worker (Level 3) compared with Strategic Manager (Level 8)\n", 0) == 0);
    CHECK(md.find("| \\+ Added | 2\\. Personal and People Development |") != std::string::npos);
    const std::string html = render_profile_diff(d, DiffFormat::html, false, library().documents);
    CHECK(html.find("<html lang=\"en\">") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    const std::filesystem::path page = std::filesystem::temp_directory_path() / "rolekit-diff-page.html";
    test::write_file(page, html);
    if (auto rc = test::run_python("check_html.py", {page})) CHECK(*rc == 0);
}

TEST_CASE("a NOS written with another title is retitled, another order shows in its section") {
    // The shipped profiles give NOS by title only (the seeds print no codes):
    // give the first one a code, as a local profile may.
    Document a = doc("ld-strategic-manager-l8");
    std::get<RoleProfile>(a.body).competences.core.front().nos.front().code.value = "TEST01";
    Document b = a;
    CompetenceGroups& core = std::get<RoleProfile>(b.body).competences.core;
    const auto several = std::find_if(core.begin(), core.end(), [](const CompetenceGroup& g) { return g.nos.size() > 1; });
    REQUIRE(several != core.end());
    std::swap(several->nos[0], several->nos[1]);
    NosRef& first = core.front().nos.front();
    REQUIRE(first.has_code());
    const std::string old_title = first.title.value;
    first.title.value = "Communicate well";
    const ProfileDiff d = diff_profiles(a, b, library().documents);
    CHECK(d.only_a.empty());
    CHECK(d.only_b.empty());
    CHECK(d.moved.empty());
    REQUIRE(d.retitled.size() == 1);
    CHECK(d.retitled[0].a.title == old_title);
    CHECK(d.retitled[0].b.title == "Communicate well");
    CHECK(d.retitled[0].b.code == first.code.value);
    REQUIRE(d.changed_fields.size() == 1);
    CHECK(d.changed_fields[0].field == "competences.core");
    const std::string text = render_profile_diff(d, DiffFormat::text, false, library().documents);
    CHECK(text.find("moved: 0   retitled: 1\n") != std::string::npos);
    CHECK(text.find("\nRetitled\n    - " + first.code.value + " " + old_title + "\n    + " + first.code.value +
                    " Communicate well  [core: ") != std::string::npos);
    const auto j = nlohmann::json::parse(render_profile_diff(d, DiffFormat::json, false, library().documents));
    CHECK(j["summary"]["retitled"] == 1);
    CHECK(j["retitled"][0]["a"]["title"] == old_title);
    CHECK(j["retitled"][0]["section"] == "core");
}

TEST_CASE("a NOS listed once less, or a group without NOS, is a difference") {
    const Document& a = doc("ld-peer-support-worker-l3");
    Document b = a;
    // The template lists this NOS twice; b drops the second listing.
    const std::string repeated = "Support individuals to access information on services and facilities";
    RoleProfile& q = std::get<RoleProfile>(b.body);
    std::vector<std::pair<CompetenceGroup*, std::size_t>> listings;
    for (CompetenceGroups* section : {&q.competences.core, &q.competences.role_specific})
        for (CompetenceGroup& g : *section)
            for (std::size_t i = 0; i < g.nos.size(); ++i)
                if (g.nos[i].title.value == repeated) listings.emplace_back(&g, i);
    REQUIRE(listings.size() == 2);
    auto& [group, index] = listings.back();
    group->nos.erase(group->nos.begin() + static_cast<std::ptrdiff_t>(index));
    const ProfileDiff d = diff_profiles(a, b, library().documents);
    CHECK(d.only_a.empty());
    CHECK(d.moved.empty());
    REQUIRE(d.changed_fields.size() == 1);
    CHECK(d.changed_fields[0].field == "competences.role_specific");
    std::vector<EditOp> changed;
    for (const EditOp& op : d.changed_fields[0].lines)
        if (op.op != ' ') changed.push_back(op);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].op == '-');
    CHECK(changed[0].text.ends_with(": " + repeated));

    Document c = a;
    CompetenceGroup empty;
    empty.area = Text{std::string("2")};
    empty.function = Text{std::string("Develop others")};
    std::get<RoleProfile>(c.body).competences.locality.push_back(empty);
    const ProfileDiff e = diff_profiles(a, c, library().documents);
    REQUIRE(e.changed_fields.size() == 1);
    CHECK(e.changed_fields[0].field == "competences.locality");
    CHECK(e.changed_fields[0].lines[0].text == "area 2, Develop others: (no NOS)");
}

TEST_CASE("diff text shows control characters in ids and titles as escapes, JSON keeps them") {
    const Document& a = doc("ld-peer-support-worker-l3");
    Document b = a;
    b.id.value = "evil\x1b]0;owned\x07\nid: forged";
    std::get<RoleProfile>(b.body).title.value = "Peer\x1b[2J Support\x07\nWorker";
    const ProfileDiff d = diff_profiles(a, b, library().documents);
    const std::string text = render_profile_diff(d, DiffFormat::text, false, library().documents);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text.find("b: Peer\\x1b[2J Support\\x07\\nWorker (evil\\x1b]0;owned\\x07\\nid: forged), Level 3\n") !=
          std::string::npos);
    CHECK(text.find("\nid: forged") == std::string::npos);  // no forged line
    const auto j = nlohmann::json::parse(render_profile_diff(d, DiffFormat::json, false, library().documents));
    CHECK(j["b"]["id"] == b.id.value);
    CHECK(j["b"]["title"] == std::get<RoleProfile>(b.body).title.value);

    Document s = doc("peer-worker-l3");
    auto& knowledge = std::get<OccupationalStandard>(s.body).knowledge;
    knowledge[0].id.value = "K1\x1b[31m";
    knowledge[0].text.value += "\x07";
    const std::string revision = render_revision_diff(diff_revisions(doc("peer-worker-l3"), s), DiffFormat::text, false);
    CHECK(revision.find('\x1b') == std::string::npos);
    CHECK(revision.find('\x07') == std::string::npos);
    CHECK(revision.find("  ~ knowledge K1 -> K1\\x1b[31m: ") != std::string::npos);
}
