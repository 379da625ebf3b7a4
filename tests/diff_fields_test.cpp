// Every field reaches the diff. Each built-in document of the three kinds diff
// compares is first made fuller (every optional field the model holds given,
// x- keys added), then every scalar in it is changed, one at a time: the diff
// must not be empty, and its text report must name the change.

#include <doctest/doctest.h>

#include <functional>
#include <set>

#include "diff/diff_labels.hpp"
#include "rolekit/diff_report.hpp"
#include "test_support.hpp"
#include "tree_support.hpp"

using namespace rolekit;

namespace {

using test::YamlNode;

YamlNode* value_of(YamlNode& map, const std::string& key) {
    for (std::size_t i = 0; i + 1 < map.children.size(); i += 2)
        if (map.children[i].value == key) return &map.children[i + 1];
    return nullptr;
}

YamlNode& at(YamlNode& map, const std::string& key) {
    YamlNode* v = value_of(map, key);
    REQUIRE_MESSAGE(v, "no key " << key);
    return *v;
}

// Adds (or replaces) `key` with the value written in YAML.
void put(YamlNode& map, const std::string& key, const std::string& yaml) {
    YamlNode value = test::parse_tree(yaml);
    if (YamlNode* v = value_of(map, key)) {
        *v = std::move(value);
        return;
    }
    map.children.push_back(test::plain_scalar(key));
    map.children.push_back(std::move(value));
}

YamlNode& item(YamlNode& sequence, std::size_t i) {
    REQUIRE(i < sequence.children.size());
    return sequence.children[i];
}

// The Level 8 profile with a facet, a merged locality group, derived_from,
// a local identity, a local competence and x- keys: every field of
// role_profile.hpp and local_profile.hpp.
YamlNode fuller_profile() {
    YamlNode doc =
        test::parse_tree(test::read_file(test::builtin_doc("ld-strategic-manager-l8").path));
    YamlNode& competences = at(doc, "competences");
    put(competences, "facets", R"(
- name: Custody
  groups:
    - area: "B"
      function: Refer individuals to services for treatment and care
      nos: [{code: SFHAA1, title: Recognise problematic use of alcohol, x-nos-note: checked}]
      x-facet-note: custody suites only
)");
    put(competences, "locality", R"(
- area: "2"
  function: Support the development of the knowledge and practice of individuals
  nos: [Peer training and mentoring]
  source: wiltshire-ld-psw
  locality: Wiltshire
)");
    put(item(at(competences, "core"), 0), "x-group-note", "reviewed 2024");
    put(doc, "derived_from", "{base: ld-peer-support-worker-l3, overlays: [wiltshire-ld-psw]}");
    put(at(doc, "basic_info"), "x-source", "{page: 12, tags: [a, \"12\"]}");
    put(at(doc, "learning"), "formal", "[A first course, A second course]");
    put(at(doc, "cpd"), "formal", "{title: T, awarding_body: AB, credit: \"10\", level: \"4\"}");
    put(at(doc, "cpd"), "statutory_mandatory", "[Safeguarding, Data Protection]");
    put(at(doc, "cpd"), "x-cpd-note", "yearly");
    put(doc, "x-review", "|\n  Two lines\n  of notes.\n");
    // A local profile's identity and a merged local competence. (approved_on
    // is a date, which a marker glued to it would make unreadable: the diff
    // of two real dates is in diff_local_test.cpp.)
    put(doc, "version", "\"1.2\"");
    put(doc, "approved_by", "Head of Criminal Justice Services");
    put(doc, "organisation", "An NHS Trust");
    put(doc, "contact", "team@example.org");
    put(doc, "local_competences", R"(
- area: H
  function: Manage demands for services
  statement: See the more complex cases
  evidence: The service specification
  source: wiltshire-ld-psw
  locality: Wiltshire
  x-local-note: agreed in 2026
)");
    return doc;
}

// The apprenticeship standard with a behaviour's text (knowledge and skills
// have no name) and x- keys: every field of occupational_standard.hpp (the
// shipped file gives the occupation profile's sections and job titles).
YamlNode fuller_standard() {
    YamlNode doc = test::parse_tree(test::read_file(test::builtin_doc("peer-worker-l3").path));
    put(item(at(doc, "behaviours"), 0), "text", "commits to the values of peer support");
    put(item(at(doc, "duties"), 0), "behaviours", "[B1, B2]");
    put(item(at(doc, "duties"), 0), "x-duty-note", "[one, two]");
    put(item(at(doc, "skills"), 0), "x-skill-note", "a note");
    put(doc, "x-review", "reviewed");
    return doc;
}

// The competence map with areas and nested statements: every field of
// competence_map.hpp.
YamlNode fuller_map() {
    YamlNode doc =
        test::parse_tree(test::read_file(test::builtin_doc("nccmh-psw-mental-health").path));
    put(item(at(doc, "domains"), 0), "areas", R"(
- id: sharing-experience
  name: Sharing lived experience
  statements:
    - text: An ability to share experience safely
      parts:
        - text: An ability to judge what to share
      x-statement-note: from 4.5
  x-area-note: drafted
)");
    put(item(at(doc, "principles"), 0), "x-principle-note", "table 1");
    put(item(at(doc, "curriculum"), 0), "x-section-note", "section one");
    put(item(at(item(at(doc, "curriculum"), 0), "units"), 0), "x-unit-note", "unit one");
    put(doc, "x-review", "reviewed");
    return doc;
}

struct Leaf {
    std::string path;
    YamlNode* node;
};

// Every scalar that is a value (not a key), in document order.
void leaves(YamlNode& n, const std::string& path, std::vector<Leaf>& out) {
    if (n.is_scalar()) out.push_back({path, &n});
    for (std::size_t i = 0; i < n.children.size(); ++i) {
        if (n.is_map() && i % 2 == 0) continue;
        leaves(n.children[i],
               path + "/" + (n.is_map() ? n.children[i - 1].value : std::to_string(i)), out);
    }
}

bool is_number(const YamlNode& n) {
    return n.plain && !n.value.empty() &&
           n.value.find_first_not_of("0123456789") == std::string::npos;
}

// The key a leaf is under: "/duties/0/knowledge/3" -> "knowledge",
// "/basic_info/x-source/tags/1" -> "x-source".
std::string last_key(const std::string& path) {
    std::string key, part;
    for (std::size_t i = 1; i <= path.size(); ++i) {
        if (i < path.size() && path[i] != '/') {
            part += path[i];
            continue;
        }
        if (part.rfind("x-", 0) == 0) return part;  // a value inside an extension is the extension's
        if (part.find_first_not_of("0123456789") != std::string::npos) key = part;
        part.clear();
    }
    return key;
}

Document load(const std::string& text) {
    LoadResult r = load_document(text, "changed.yaml");
    REQUIRE(r.document);
    for (const Finding& f : r.findings) CHECK_MESSAGE(f.severity != Severity::error, f.message);
    return std::move(*r.document);
}

using Differ =
    std::function<std::string(const Document&, const Document&)>;  // "" when no difference

// Changes each scalar in turn: a number by one, text by a marker word glued
// to it. Returns the keys whose values were changed.
std::set<std::string> change_every_field(YamlNode doc, const Differ& diff) {
    const Document original = load(test::emit_tree(doc));
    CHECK(diff(original, original).empty());
    std::vector<Leaf> all;
    leaves(doc, "", all);
    std::set<std::string> keys;
    for (std::size_t k = 0; k < all.size(); ++k) {
        const Leaf& leaf = all[k];
        if (leaf.path == "/kind" || leaf.path == "/format") continue;
        CAPTURE(leaf.path);
        const std::string before = leaf.node->value;
        const bool number = is_number(*leaf.node);
        const std::string marker = "zq" + std::to_string(k);
        leaf.node->value = number ? std::to_string(std::stoi(before) + 1) : before + marker;
        const std::string report = diff(original, load(test::emit_tree(doc)));
        leaf.node->value = before;
        REQUIRE_FALSE(report.empty());
        const std::string key = last_key(leaf.path);
        // A number names its field; text shows itself with the marker.
        if (number)
            CHECK_MESSAGE(report.find(key == "section" ? "sections" : key) != std::string::npos,
                          report);
        else
            CHECK_MESSAGE(report.find(marker) != std::string::npos, report);
        keys.insert(key);
    }
    return keys;
}

void check_keys(const std::set<std::string>& changed,
                const std::vector<std::string>& model_fields) {
    for (const std::string& f : model_fields)
        CHECK_MESSAGE(changed.count(f), "no value of " << f << " was changed");
}

}  // namespace

TEST_CASE("diff: every field of a RoleProfile, changed alone, is reported") {
    const DocumentSet& context = test::builtin().documents;
    const auto keys =
        change_every_field(fuller_profile(), [&](const Document& a, const Document& b) {
            const ProfileDiff d = diff_profiles(a, b, context);
            return d.empty() ? std::string()
                             : render_profile_diff(d, DiffFormat::text, false, context);
        });
    // role_profile.hpp and competence_group.hpp, field by field.
    check_keys(keys, {"id",
                      "title",
                      "service",
                      "level",
                      "revision",
                      "publisher",
                      "level_descriptor",
                      "named_role",
                      "area_of_work",
                      "experience_required",
                      "scope",
                      "core_level",
                      "area",
                      "function",
                      "code",
                      "name",
                      "source",
                      "locality",
                      "transferable_role",
                      "formal",
                      "informal",
                      "nos_used",
                      "credits",
                      "accreditation",
                      "apel_progression",
                      "registration",
                      "statutory_mandatory",
                      "awarding_body",
                      "credit",
                      "impact_method",
                      "funding",
                      "frequency",
                      "references",
                      "base",
                      "overlays",
                      "x-review",
                      "x-source",
                      "x-facet-note",
                      "x-group-note",
                      "x-cpd-note",
                      "version",
                      "approved_by",
                      "organisation",
                      "contact",
                      "statement",
                      "evidence",
                      "x-local-note"});
}

TEST_CASE("diff: every field of an OccupationalStandard, changed alone, is reported") {
    const auto keys =
        change_every_field(fuller_standard(), [](const Document& a, const Document& b) {
            const RevisionDiff d = diff_revisions(a, b);
            return d.empty() ? std::string() : render_revision_diff(d, DiffFormat::text, false);
        });
    check_keys(keys, {"id", "title", "level", "duration_months", "reference", "occupation_summary",
                      "broad_purpose", "key_relationships", "responsibilities",
                      "typical_job_titles", "entry_requirements", "text", "knowledge", "skills",
                      "behaviours", "name", "x-duty-note", "x-review"});
}

TEST_CASE("diff: every field of a CompetenceMap, changed alone, is reported") {
    const auto keys = change_every_field(fuller_map(), [](const Document& a, const Document& b) {
        const RevisionDiff d = diff_revisions(a, b);
        return d.empty() ? std::string() : render_revision_diff(d, DiffFormat::text, false);
    });
    check_keys(keys, {"id", "title", "revision", "name", "description", "text", "section",
                      "domains", "x-curriculum-heading", "x-area-note", "x-statement-note",
                      "x-principle-note", "x-section-note", "x-unit-note", "x-review"});
}

// Pages name a changed field in the template's words (diff_labels.hpp): every
// path the diffs produce when any one value of the built-in documents changes
// has a label from the format's table; only x- keys and groups by their index
// show as written.
TEST_CASE("diff pages: every changed field of the built-in documents has its name in words") {
    std::set<std::string> paths;
    const auto collect = [&](std::string_view kind, const std::vector<FieldChange>& fields) {
        for (const FieldChange& f : fields) {
            const std::string label = detail::field_label(kind, f.field);
            const bool as_written = f.field.starts_with("x-") ||
                                    f.field.find(".x-") != std::string::npos ||
                                    f.field.find('[') != std::string::npos;
            CHECK_MESSAGE((label == f.field) == as_written, f.field << " is shown as " << label);
            CHECK_MESSAGE((as_written || label.find('_') == std::string::npos), label);
            paths.insert(std::string(kind) + " " + f.field);
        }
    };
    const DocumentSet& context = test::builtin().documents;
    change_every_field(fuller_profile(), [&](const Document& a, const Document& b) {
        const ProfileDiff d = diff_profiles(a, b, context);
        collect("RoleProfile", d.changed_fields);
        return d.empty() ? std::string() : render_profile_diff(d, DiffFormat::text, false, context);
    });
    for (auto [kind, doc] : {std::pair{"OccupationalStandard", fuller_standard()},
                             std::pair{"CompetenceMap", fuller_map()}})
        change_every_field(doc, [&, kind = kind](const Document& a, const Document& b) {
            const RevisionDiff d = diff_revisions(a, b);
            collect(kind, d.changed_fields);
            return d.empty() ? std::string() : render_revision_diff(d, DiffFormat::text, false);
        });
    // Each kind's text fields, lists and x- keys were met.
    for (const char* path :
         {"RoleProfile basic_info.named_role", "RoleProfile scope", "RoleProfile references",
          "RoleProfile cpd.formal.awarding_body", "RoleProfile x-review",
          "OccupationalStandard typical_job_titles", "OccupationalStandard duration_months",
          "CompetenceMap revision", "CompetenceMap x-review"})
        CHECK_MESSAGE(paths.count(path), path);
}
