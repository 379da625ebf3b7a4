// The occupation profile of an OccupationalStandard (issue 16): occupation
// summary, broad purpose, key relationships, responsibilities, typical job
// titles and entry requirements. The shipped Peer worker standard holds seed
// 002's text (compared with the seed when ../shared is present, with fixed
// strings always); the keys are optional and typed; render shows them in the
// seed's order; writing keeps them, in a stable order.

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "rolekit/diff.hpp"
#include "rolekit/render.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const OccupationalStandard& shipped() {
    return std::get<OccupationalStandard>(test::builtin_doc("peer-worker-l3").body);
}

// Runs of spaces and line breaks as one space, none at either end: the seed is
// text extracted from a PDF, with its page and column breaks.
std::string words(const std::string& s) {
    std::istringstream in(s);
    std::string out, w;
    while (in >> w) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::size_t word_count(const std::string& s) {
    std::istringstream in(s);
    std::size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The seed's text between the line `from` and the line `to` (exclusive).
std::string between(const std::string& seed, const std::string& from, const std::string& to) {
    const std::size_t a = seed.find(from + "\n");
    REQUIRE_MESSAGE(a != std::string::npos, "seed has no line " << from);
    const std::size_t start = a + from.size() + 1;
    const std::size_t end = seed.find("\n" + to, start);
    REQUIRE_MESSAGE(end != std::string::npos, "seed has no line " << to);
    return seed.substr(start, end - start);
}

const char* const kTitles[] = {"Peer Support Worker",       "Peer Mentor",
                               "Peer Coach",                "Peer Link Worker",
                               "Peer Care Navigator",       "Carer Peer Support Worker",
                               "Lived Experience Practitioner"};

const char* const kMinimalStandard = R"(kind: OccupationalStandard
format: 1
id: s
title: T
level: 3
duties:
  - {id: D1, text: A duty}
)";

std::string with(const std::string& extra) {
    std::string text = kMinimalStandard;
    const std::string at = "duties:\n";
    text.insert(text.find(at), extra);
    return text;
}

Document load_clean(const std::string& text) {
    LoadResult r = test::load_text(text, "s.yaml");
    for (const Finding& f : r.findings) CAPTURE(f.message);
    REQUIRE(r.findings.empty());
    REQUIRE(r.document);
    return std::move(*r.document);
}

// The messages of the findings loading `text` gives.
std::vector<std::string> messages(const std::string& text) {
    const LoadResult r = test::load_text(text, "s.yaml");
    std::vector<std::string> out;
    for (const Finding& f : r.findings) out.push_back(std::string(f.rule.id()) + ": " + f.message);
    return out;
}

}  // namespace

TEST_CASE("standard sections: the shipped standard holds seed 002's occupation profile") {
    const OccupationalStandard& s = shipped();
    REQUIRE(s.typical_job_titles.size() == 7);
    for (std::size_t i = 0; i < 7; ++i) CHECK(s.typical_job_titles[i].value == kTitles[i]);
    CHECK(s.entry_requirements.value == "Must have lived experience relevant to the role.");

    CHECK(starts_with(s.occupation_summary.value,
                      "a range of services that embed peer-led roles within third sector"));
    CHECK(s.occupation_summary.value.find(
              "- peer leadership roles such as Peer Lead, Peer Support Development Workers, "
              "Peer Co-ordinator, Lead Peer Mentor\n") != std::string::npos);
    CHECK(s.occupation_summary.value.find("\n  - rough sleeping\n") != std::string::npos);
    CHECK(ends_with(s.occupation_summary.value,
                    "beyond that which has traditionally been covered in the training of Peer "
                    "Workers.\n"));
    CHECK(word_count(s.occupation_summary.value) == 204);

    CHECK(starts_with(s.broad_purpose.value,
                      "to work alongside other professionals in hospital, justice and community "
                      "settings, providing peer support"));
    CHECK(ends_with(s.broad_purpose.value,
                    "in which they have expressed an interest, and how these can be accessed.\n"));
    CHECK(word_count(s.broad_purpose.value) == 449);

    CHECK(starts_with(s.key_relationships.value,
                      "the wider team working alongside other professionals and has direct "
                      "contact with individuals as well as their families and carers."));
    for (const char* who : {"GP", "Practitioner Psychologist", "members of the nursing team",
                            "housing support workers", "Psychiatrist", "Social Workers",
                            "Occupational Therapists", "custodial and probation services",
                            "police", "teachers", "external partnership agencies",
                            "local Recovery Colleges", "employment programmes",
                            "self-help groups", "education settings",
                            "leisure and community centres which promote social inclusion "
                            "opportunities"}) {
        CAPTURE(who);
        CHECK(s.key_relationships.value.find(std::string("\n- ") + who + "\n") !=
              std::string::npos);
    }
    CHECK(s.key_relationships.value.find("\nPeer Workers may also interact with:\n") !=
          std::string::npos);

    CHECK(starts_with(s.responsibilities.value,
                      "the delivery of peer-based approaches as agreed with individuals and "
                      "groups within the peer relationship."));
    CHECK(s.responsibilities.value.find("Issues they may challenge in these situations include "
                                        "the stigma") != std::string::npos);
    CHECK(ends_with(s.responsibilities.value,
                    "They may work shifts including unsocial hours and weekends\n"));
    CHECK(word_count(s.responsibilities.value) == 407);

    // Every new field keeps where it was written.
    for (const Text* t : {&s.occupation_summary, &s.broad_purpose, &s.key_relationships,
                          &s.responsibilities, &s.entry_requirements, &s.typical_job_titles[0]})
        CHECK(t->pos.known());
}

TEST_CASE("standard sections: the shipped text is seed 002's, word for word") {
    const auto seed_path = test::shared_dir() / "seeds/002_9ecd64209eb08d66.txt";
    if (!std::filesystem::exists(seed_path))
        return test::skip("../shared/seeds/002_9ecd64209eb08d66.txt is not present");
    const std::string seed = test::read_file(seed_path);
    const OccupationalStandard& s = shipped();

    CHECK(words(s.occupation_summary.value) ==
          words(between(seed, "This occupation is found in...",
                        "The broad purpose of the occupation is...")));
    CHECK(words(s.broad_purpose.value) ==
          words(between(seed, "The broad purpose of the occupation is...",
                        "In their daily work, an employee in this occupation interacts with...")));
    CHECK(words(s.key_relationships.value) ==
          words(between(seed,
                        "In their daily work, an employee in this occupation interacts with...",
                        "An employee in this occupation will be responsible for...")));
    CHECK(words(s.responsibilities.value) ==
          words(between(seed, "An employee in this occupation will be responsible for...",
                        "Typical job titles")));

    std::vector<std::string> titles;
    std::istringstream lines(between(seed, "Typical job titles", "Entry requirements"));
    for (std::string line; std::getline(lines, line);)
        if (starts_with(line, "- ")) titles.push_back(line.substr(2));
    REQUIRE(titles.size() == 7);
    REQUIRE(s.typical_job_titles.size() == titles.size());
    for (std::size_t i = 0; i < titles.size(); ++i)
        CHECK(s.typical_job_titles[i].value == titles[i]);

    const std::string entry_head = "Entry requirements – ";
    const std::size_t e = seed.find("\n" + entry_head);
    REQUIRE(e != std::string::npos);
    const std::size_t start = e + 1 + entry_head.size();
    CHECK(s.entry_requirements.value == seed.substr(start, seed.find('\n', start) - start));
}

TEST_CASE("standard sections: every key is optional, and a document without them is unchanged") {
    const Document d = load_clean(kMinimalStandard);
    const auto& s = std::get<OccupationalStandard>(d.body);
    CHECK(s.occupation_summary.value.empty());
    CHECK(s.broad_purpose.value.empty());
    CHECK(s.key_relationships.value.empty());
    CHECK(s.responsibilities.value.empty());
    CHECK(s.typical_job_titles.empty());
    CHECK(s.entry_requirements.value.empty());
    CHECK(document_to_yaml(d) == "kind: OccupationalStandard\nformat: 1\nid: s\ntitle: T\nlevel: "
                                 "3\nduties:\n  - id: D1\n    text: A duty\n");
    const std::string md = render_document(d, test::builtin().documents, RenderFormat::markdown);
    for (const char* h : {"Occupation summary", "Broad purpose", "Key relationships",
                          "Responsibilities", "Typical job titles", "Entry requirements"})
        CHECK(md.find(h) == std::string::npos);
}

TEST_CASE("standard sections: wrong types are schema findings") {
    for (const char* key : {"occupation_summary", "broad_purpose", "key_relationships",
                            "responsibilities", "entry_requirements"}) {
        CAPTURE(key);
        CHECK(messages(with(std::string(key) + ": [a, b]\n")) ==
              std::vector<std::string>{"schema-type: '" + std::string(key) +
                                       "' must be text, not a list"});
        CHECK(messages(with(std::string(key) + ": {a: b}\n")) ==
              std::vector<std::string>{"schema-type: '" + std::string(key) +
                                       "' must be text, not a mapping"});
    }
    const auto scalar = messages(with("typical_job_titles: Peer Mentor\n"));
    REQUIRE(scalar.size() == 1);
    CHECK(starts_with(scalar[0], "schema-type: 'typical_job_titles' must be a list, not "));
    CHECK(messages(with("typical_job_titles: {a: b}\n")) ==
          std::vector<std::string>{"schema-type: 'typical_job_titles' must be a list, not a mapping"});
    CHECK(messages(with("typical_job_titles: [Peer Mentor, [a]]\n")) ==
          std::vector<std::string>{
              "schema-type: an item of 'typical_job_titles' must be text, not a list"});

    // A misspelt key is unknown, with the key meant as its hint.
    const LoadResult r = test::load_text(with("typical_job_title: [Peer Mentor]\n"), "s.yaml");
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "schema-unknown-key");
    CHECK(r.findings[0].hint == "did you mean 'typical_job_titles'?");

    // The finding points at the value.
    const LoadResult at = test::load_text(with("broad_purpose: [a]\n"), "s.yaml");
    REQUIRE(at.findings.size() == 1);
    CHECK(at.findings[0].pos.line == 6);
    CHECK(at.findings[0].pos.column == 16);
}

TEST_CASE("standard sections: render shows them in the seed's order, before the duties") {
    const Document& doc = test::builtin_doc("peer-worker-l3");
    const OccupationalStandard& s = shipped();
    const std::vector<std::string> headings = {"Occupation summary", "Broad purpose",
                                               "Key relationships",  "Responsibilities",
                                               "Typical job titles", "Entry requirements",
                                               "Duties"};
    SUBCASE("Markdown") {
        const std::string md =
            render_document(doc, test::builtin().documents, RenderFormat::markdown);
        std::size_t last = 0;
        for (const std::string& h : headings) {
            CAPTURE(h);
            const std::size_t at = md.find("\n## " + h + "\n");
            REQUIRE(at != std::string::npos);
            CHECK(at > last);
            last = at;
        }
        for (const char* title : kTitles)
            CHECK(md.find(std::string("\n- ") + title + "\n") != std::string::npos);
        CHECK(md.find("Must have lived experience relevant to the role.") != std::string::npos);
        CHECK(md.find("They may work shifts including unsocial hours and weekends") !=
              std::string::npos);
        CHECK(md.find("leisure and community centres which promote social inclusion "
                      "opportunities") != std::string::npos);
        CHECK(md.find(s.broad_purpose.value.substr(0, 200)) != std::string::npos);
    }
    SUBCASE("HTML") {
        const std::string html = render_document(doc, test::builtin().documents, RenderFormat::html);
        std::size_t last = 0;
        for (const std::string& h : headings) {
            CAPTURE(h);
            const std::size_t at = html.find(">" + h + "</h2>");
            REQUIRE(at != std::string::npos);
            CHECK(at > last);
            last = at;
        }
        for (const char* title : kTitles)
            CHECK(html.find(std::string("<li>") + title + "</li>") != std::string::npos);
        // Markdown fields become HTML: the key relationships' lists and the
        // summary's nested list.
        CHECK(html.find("<li>Psychiatrist</li>") != std::string::npos);
        CHECK(html.find("<li>rough sleeping</li>") != std::string::npos);
        CHECK(html.find("Must have lived experience relevant to the role.") != std::string::npos);
    }
}

TEST_CASE("standard sections: written back in a stable key order, and read back the same") {
    const Document& doc = test::builtin_doc("peer-worker-l3");
    const std::string written = document_to_yaml(doc);
    const Document again = load_clean(written);
    CHECK(document_to_yaml(again) == written);

    const auto& a = shipped();
    const auto& b = std::get<OccupationalStandard>(again.body);
    CHECK(b.occupation_summary.value == a.occupation_summary.value);
    CHECK(b.broad_purpose.value == a.broad_purpose.value);
    CHECK(b.key_relationships.value == a.key_relationships.value);
    CHECK(b.responsibilities.value == a.responsibilities.value);
    CHECK(b.entry_requirements.value == a.entry_requirements.value);
    REQUIRE(b.typical_job_titles.size() == a.typical_job_titles.size());
    for (std::size_t i = 0; i < a.typical_job_titles.size(); ++i)
        CHECK(b.typical_job_titles[i].value == a.typical_job_titles[i].value);
    CHECK(diff_revisions(doc, again).empty());

    // The keys in the order the seed gives the sections, after `reference`
    // and before `duties`, whatever order the document had them in.
    std::size_t last = 0;
    for (const char* key : {"\nreference:", "\noccupation_summary: |\n", "\nbroad_purpose: |\n",
                            "\nkey_relationships: |\n", "\nresponsibilities: |\n",
                            "\ntypical_job_titles:\n  - Peer Support Worker\n",
                            "\nentry_requirements: Must have",
                            "\nduties:\n"}) {
        CAPTURE(key);
        const std::size_t at = written.find(key);
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
    }
    const std::string shuffled =
        with("entry_requirements: E\ntypical_job_titles: [T1, T2]\nresponsibilities: R\n"
             "key_relationships: K\nbroad_purpose: B\noccupation_summary: O\n");
    CHECK(document_to_yaml(load_clean(shuffled)) ==
          "kind: OccupationalStandard\nformat: 1\nid: s\ntitle: T\nlevel: 3\n"
          "occupation_summary: O\nbroad_purpose: B\nkey_relationships: K\nresponsibilities: R\n"
          "typical_job_titles:\n  - T1\n  - T2\nentry_requirements: E\n"
          "duties:\n  - id: D1\n    text: A duty\n");

    // Keys given empty stay, empty.
    const std::string empty = document_to_yaml(
        load_clean(with("broad_purpose: \"\"\ntypical_job_titles: []\nentry_requirements: ~\n")));
    CAPTURE(empty);
    CHECK(empty.find("broad_purpose: \"\"\n") != std::string::npos);
    CHECK(empty.find("typical_job_titles: []\n") != std::string::npos);
    CHECK(empty.find("entry_requirements: null\n") != std::string::npos);
    CHECK(empty.find("occupation_summary") == std::string::npos);
}

TEST_CASE("standard sections: rolekit show round-trips the shipped standard byte for byte") {
    const test::Run first = test::run_rolekit("show peer-worker-l3");
    REQUIRE(first.exit_code == 0);
    CHECK(first.out.find("\ntypical_job_titles:\n") != std::string::npos);
    const auto dir = test::temp_dir("standard-sections-show");
    test::write_file(dir / "standard.yaml", first.out);
    const test::Run second =
        test::run_rolekit("show " + test::shell_quote((dir / "standard.yaml").string()));
    CHECK(second.exit_code == 0);
    CHECK(second.out == first.out);
    std::filesystem::remove_all(dir);
}

TEST_CASE("standard sections: a changed section is a changed field of the diff") {
    const Document& doc = test::builtin_doc("peer-worker-l3");
    const std::string text = test::read_file(test::frameworks_dir() / "standards/peer-worker-l3.yaml");
    const auto changed = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        const std::size_t at = t.find(from);
        REQUIRE(at != std::string::npos);
        t.replace(at, from.size(), to);
        const RevisionDiff d = diff_revisions(doc, load_clean(t));
        std::vector<std::string> fields;
        for (const FieldChange& f : d.changed_fields) fields.push_back(f.field);
        return fields;
    };
    CHECK(changed("  - Peer Coach\n", "  - Peer Guide\n") ==
          std::vector<std::string>{"typical_job_titles"});
    CHECK(changed("entry_requirements: Must have", "entry_requirements: Must hold") ==
          std::vector<std::string>{"entry_requirements"});
    CHECK(changed("\n  - Psychiatrist\n", "\n  - Psychiatrists\n") ==
          std::vector<std::string>{"key_relationships"});
}
