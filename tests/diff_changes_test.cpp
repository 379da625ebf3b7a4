// What changed, as pages show it to people: field names in the template's
// words, changed text as marked words, revision pages of changes only (and
// with --all the rest), each revision named by its file; and the CLI's
// `diff - -` and `-q --exit-code`.

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <utility>

#include "diff/diff_labels.hpp"
#include "rolekit/diff_report.hpp"
#include "test_support.hpp"

using namespace rolekit;
using test::Run;
using test::run_rolekit;

namespace {

using Edits = std::vector<std::pair<std::string, std::string>>;

// A built-in document's text with each edit made once (each must be found).
std::string edited(const std::string& id, const Edits& edits) {
    std::string text = test::read_file(test::builtin_doc(id).path);
    for (const auto& [from, to] : edits) {
        const auto at = text.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, from);
        text.replace(at, from.size(), to);
    }
    return text;
}

Document load(const std::string& text, const std::string& path) {
    LoadResult r = load_document(text, path);
    REQUIRE(r.document);
    return std::move(*r.document);
}

// The peer worker standard's next revision of docs/diff.md: K1 reworded, K60
// added and mapped to D1, S9 unmapped from D2, a longer duration.
Document standard_2025() {
    const auto path = test::source_dir() / "docs" / "examples" / "peer-worker-l3-2025.yaml";
    return load(test::read_file(path), "docs/examples/peer-worker-l3-2025.yaml");
}

// The competence map with a new revision: a principle added, a unit renamed,
// a unit mapped to a domain.
Document map_2021() {
    return load(edited("nccmh-psw-mental-health",
                       {{"revision: February 2020 (consultation period)", "revision: March 2021"},
                        {"principles:\n",
                         "principles:\n  - name: Hope\n    description: Believing "
                         "that recovery is possible.\n"},
                        {"Understanding recovery-focused approaches",
                         "Understanding recovery-focused and trauma-informed approaches"},
                        {"Knowledge of mental health and associated physical health "
                         "conditions\n        domains: []",
                         "Knowledge of mental health and associated physical health "
                         "conditions\n        domains: [practice-issues]"}}),
                "/tmp/nccmh-2021/nccmh-psw-mental-health.yaml");
}

// The Level 3 profile revised: the named role renamed, a scope paragraph
// reworded, a reference added.
Document profile_2026() {
    return load(
        edited("ld-peer-support-worker-l3",
               {{"named_role: Peer Support Worker", "named_role: Peer Support Practitioner"},
                {"to encourage individuals with complex needs",
                 "to encourage and support individuals with complex needs"},
                {"  - NHS England Liaison and Diversion Standard Service Specification (2019)",
                 "  - NHS England Liaison and Diversion Standard Service Specification (2019)\n"
                 "  - Liaison and Diversion Peer Support Guide (2024)"}}),
        "psw-2026.yaml");
}

std::string revision_page(const Document& a, const Document& b, DiffFormat format,
                          bool all = false) {
    return render_revision_diff(diff_revisions(a, b), format, false, all);
}

std::string profile_page(const Document& b, DiffFormat format) {
    const DocumentSet& context = test::builtin().documents;
    const Document& a = test::builtin_doc("ld-peer-support-worker-l3");
    return render_profile_diff(diff_profiles(a, b, context), format, false, context);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a changed field's path in the template's words") {
    using detail::field_label;
    CHECK(field_label("RoleProfile", "basic_info.named_role") == "Named Role");
    CHECK(field_label("RoleProfile", "scope") == "Scope of the Role");
    CHECK(field_label("RoleProfile", "competences.role_specific") == "Role Specific Competences");
    CHECK(field_label("RoleProfile", "competences.facet:Custody") == "Facet Custody");
    CHECK(field_label("RoleProfile", "cpd.formal.awarding_body") ==
          "Continuing Professional Development: Formal endorsed learning: Awarding body");
    CHECK(field_label("RoleProfile", "local_competences (order)") == "Order of Local competences");
    CHECK(field_label("RoleProfile", "id") == "ID");
    CHECK(field_label("OccupationalStandard", "knowledge (order)") == "Order of Knowledge");
    CHECK(field_label("OccupationalStandard", "duties.D1.skills (order)") ==
          "Order of Duty D1: Skills");
    CHECK(field_label("CompetenceMap", "units.1.1.domains (order)") ==
          "Order of Curriculum unit 1.1: Domains");
    CHECK(field_label("CompetenceMap", "sections (order)") == "Order of Curriculum");
    CHECK(field_label("CompetenceMap", "areas") == "Areas");
    // Extensions, groups by index and what the table lacks: as written.
    CHECK(field_label("RoleProfile", "x-review") == "x-review");
    CHECK(field_label("RoleProfile", "competences.core[2].nos[0].x-note") ==
          "competences.core[2].nos[0].x-note");
    CHECK(field_label("RoleProfile", "basic_info.nickname") == "basic_info.nickname");
    CHECK(field_label("CompetenceMap", "knowledge") == "knowledge");
}

TEST_CASE("two revisions are named by file, then revision, and a library document by its id") {
    DiffSide a{"m", "Map", std::nullopt, "old/m.yaml", "February 2020", ""};
    DiffSide b{"m", "Map", std::nullopt, "new/m.yaml", "March 2021", "1.2"};
    CHECK(detail::side_name(a, b) == "old/m.yaml (February 2020)");
    CHECK(detail::side_name(b, a) == "new/m.yaml (March 2021, version 1.2)");
    b.path = "drafts/m-2021.yaml";
    CHECK(detail::side_name(a, b) == "m.yaml (February 2020)");
    CHECK(detail::side_name(b, a) == "m-2021.yaml (March 2021, version 1.2)");
    a.path = test::builtin_doc("peer-worker-l3").path;
    CHECK(detail::side_name(a, b) == "m (February 2020)");
    a.path = "-";
    CHECK(detail::side_name(a, b) == "standard input (February 2020)");
    // Two documents: by title and level.
    b.id = "n";
    b.level = 3;
    CHECK(detail::side_name(b, a) == "Map (Level 3)");
}

TEST_CASE("a revision page of an edited competence map: the changes only, in words") {
    const Document& a = test::builtin_doc("nccmh-psw-mental-health");
    CHECK(
        revision_page(a, map_2021(), DiffFormat::markdown) ==
        "# Peer Support Worker Competence Framework for Mental Health: changes between revisions\n"
        "\n"
        "From nccmh-psw-mental-health, February 2020 (consultation period) to "
        "nccmh-psw-mental-health.yaml (March 2021)\n"
        "\n"
        "## Items\n"
        "\n"
        "| Change | List | ID | Text |\n"
        "| --- | --- | --- | --- |\n"
        "| \\+ added | Values and principles | Hope | Believing that recovery is possible. |\n"
        "| \\~ reworded | Units | 1\\.2 | Understanding recovery-focused **and trauma-informed** "
        "approaches |\n"
        "\n"
        "## Mappings\n"
        "\n"
        "| From | List | Added | Removed |\n"
        "| --- | --- | --- | --- |\n"
        "| 1\\.3 | Domains | \\+ practice-issues |   |\n"
        "\n"
        "## Changed fields\n"
        "\n"
        "### Revision\n"
        "\n"
        "~~February 2020 (consultation period)~~ **March 2021**\n");
}

TEST_CASE("a revision page shows changes only, and --all adds every unchanged item") {
    const Document& a = test::builtin_doc("peer-worker-l3");
    const Document b = standard_2025();
    const RevisionDiff d = diff_revisions(a, b);
    const auto& s = std::get<OccupationalStandard>(a.body);
    const std::size_t items =
        s.duties.size() + s.knowledge.size() + s.skills.size() + s.behaviours.size();
    // K1 reworded; K60 added: every other item of the standard is kept.
    REQUIRE(d.items.size() == 2);
    CHECK(d.kept.size() == items - 1);
    const std::string changes = revision_page(a, b, DiffFormat::markdown);
    CHECK(changes.find("Unchanged items") == std::string::npos);
    CHECK(changes.find("| K2 |") == std::string::npos);
    CHECK(changes.find("| D3 |") == std::string::npos);
    const std::string all = revision_page(a, b, DiffFormat::markdown, true);
    CHECK(all.find("## Unchanged items\n\n| List | ID | Text |\n| --- | --- | --- |\n"
                   "| Duties | D1 | Establish safe, supportive and respectful relationships with "
                   "individuals, carers and families |\n") != std::string::npos);
    const std::string unchanged = all.substr(all.find("## Unchanged items"));
    CHECK(count(unchanged, "| Knowledge | K") == s.knowledge.size() - 1);
    CHECK(count(unchanged, "| Skills | S") == s.skills.size());
    CHECK(unchanged.find("| Knowledge | K1 |") == std::string::npos);  // reworded: not unchanged
    // The text report and JSON are as they were: changes only.
    CHECK(render_revision_diff(d, DiffFormat::text, false, true) ==
          render_revision_diff(d, DiffFormat::text, false, false));
    CHECK(render_revision_diff(d, DiffFormat::json, false, true).find("K2") == std::string::npos);
}

TEST_CASE("pages mark changed words with <ins>/<del>, never git's {+ +} markup") {
    const Document b = standard_2025();
    const std::string html =
        revision_page(test::builtin_doc("peer-worker-l3"), b, DiffFormat::html);
    CHECK(html.find("<td>the core values and principles of <ins>mutual</ins> peer support</td>") !=
          std::string::npos);
    CHECK(html.find("<tr class=\"added\"><td>+ added</td><td>Knowledge</td><td>K60</td>") !=
          std::string::npos);
    CHECK(html.find("<p class=\"changes\"><del>15</del> <ins>18</ins></p>") != std::string::npos);
    const std::string profile = profile_page(profile_2026(), DiffFormat::html);
    for (const std::string& page : {html, profile}) {
        CHECK(page.find("{+") == std::string::npos);
        CHECK(page.find("[-") == std::string::npos);
        CHECK(page.find("basic_info") == std::string::npos);
    }
    CHECK(profile.find("<h3>Named Role</h3>\n<p class=\"changes\">Peer Support <del>Worker</del> "
                       "<ins>Practitioner</ins></p>") != std::string::npos);
    CHECK(profile.find("to encourage <ins>and support</ins> individuals") != std::string::npos);
    CHECK(profile.find("<tr class=\"added\"><td>+ added</td><td>Liaison and Diversion Peer Support "
                       "Guide (2024)</td></tr>") != std::string::npos);
    const std::string md = profile_page(profile_2026(), DiffFormat::markdown);
    CHECK(md.find("### Named Role\n\nPeer Support ~~Worker~~ **Practitioner**\n") !=
          std::string::npos);
    CHECK(md.find("### References\n\n| Change | Entry |\n| --- | --- |\n| \\+ added | Liaison and "
                  "Diversion Peer Support Guide (2024) |\n") != std::string::npos);
}

TEST_CASE("an order of items in words: before and after") {
    const Document a = load(edited("peer-worker-l3", {}), "a/peer-worker-l3.yaml");
    // B1 and B2 swapped in the list of behaviours.
    const std::string text = edited(
        "peer-worker-l3", {{"  - {id: B1, name: Committed}\n  - {id: B2, name: Empowering}\n",
                            "  - {id: B2, name: Empowering}\n  - {id: B1, name: Committed}\n"}});
    const std::string md =
        revision_page(a, load(text, "b/peer-worker-l3.yaml"), DiffFormat::markdown);
    CHECK(md.find("From a/peer-worker-l3.yaml to b/peer-worker-l3.yaml\n") != std::string::npos);
    CHECK(md.find("### Order of Behaviours changed\n\n|  | Order |\n| --- | --- |\n") !=
          std::string::npos);
    CHECK(md.find("| Before | B1, B2, B3, B4, B5, B6 |\n") != std::string::npos);
    CHECK(md.find("| After | B2, B1, B3, B4, B5, B6 |\n") != std::string::npos);
}

TEST_CASE("rolekit diff - - is refused before standard input is read") {
    // Standard input is a FIFO no one writes to (opened for reading and
    // writing, so that opening it does not wait): reading it would wait for
    // ever, so only a refusal made first ends in time.
    const auto fifo = test::temp_dir("diff-stdin-twice") / "in";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const Run r =
        run_rolekit("diff - -", "", "exec 0<>" + test::shell_quote(fifo) + "; timeout 10");
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "rolekit: error: A and B are both standard input (-), which can be read only once: give "
          "one of them as a file or a library id\n");
}

TEST_CASE("rolekit diff -q --exit-code prints nothing: the exit code says") {
    const std::string revision =
        test::shell_quote(test::source_dir() / "docs" / "examples" / "peer-worker-l3-2025.yaml");
    const Run differ = run_rolekit("diff -q --exit-code peer-worker-l3 " + revision);
    CHECK(differ.exit_code == 1);
    CHECK(differ.out.empty());
    CHECK(differ.err.empty());
    const Run same =
        run_rolekit("diff -q --exit-code ld-peer-support-worker-l3 ld-peer-support-worker-l3");
    CHECK(same.exit_code == 0);
    CHECK(same.out.empty());
    CHECK(same.err.empty());
    // Bad input still says what is wrong.
    const Run bad = run_rolekit("diff -q --exit-code peer-worker-l3 no-such-standard");
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err ==
          "rolekit: error[unknown-id]: no document with id 'no-such-standard'\n"
          "  hint: 'rolekit list' shows every id\n");
    // -q alone still prints the report; a file asked for is still written.
    CHECK(run_rolekit("diff -q peer-worker-l3 " + revision).out.find("+ knowledge K60") !=
          std::string::npos);
    const auto dir = test::temp_dir("diff-quiet");
    const Run file = run_rolekit("diff -q --exit-code peer-worker-l3 " + revision + " -o " +
                                 test::shell_quote(dir / "changes.md"));
    CHECK(file.exit_code == 1);
    CHECK(file.out.empty());
    CHECK(test::read_file(dir / "changes.md").find("| \\+ added | Knowledge | K60 |") !=
          std::string::npos);
}

TEST_CASE("two revisions of one profile: the text leaves out the NOS in both unless --all") {
    const auto dir = test::temp_dir("diff-profile-revisions");
    test::write_file(dir / "psw-2026.yaml",
                     test::read_file(test::builtin_doc("ld-peer-support-worker-l3").path));
    const std::string args =
        "ld-peer-support-worker-l3 " + test::shell_quote(dir / "psw-2026.yaml");
    const Run changes = run_rolekit("diff " + args);
    CHECK(changes.exit_code == 0);
    CHECK(changes.out ==
          "a: ld-peer-support-worker-l3 (Revised February 2023)\n"
          "b: psw-2026.yaml (Revised February 2023)\n\n"
          "NOS only in a: 0   only in b: 0   in both: 33   moved: 0\n");
    const Run all = run_rolekit("diff --all " + args);
    CHECK(all.out.find("\nIn both\n") != std::string::npos);
    // Two profiles: "In both" as before.
    CHECK(run_rolekit("diff ld-peer-support-worker-l3 ld-strategic-manager-l8")
              .out.find("\nIn both\n") != std::string::npos);
}
