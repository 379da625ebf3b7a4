// rolekit-disable directives: read from YAML comments only, never from the
// text of a scalar that looks like one; strict about the directive's word.
// Through validate, on the built-in Level 3 profile with one NOS the
// catalogue does not have (an error, exit code 1, unless silenced).

#include <doctest/doctest.h>

#include "rolekit/suppressions.hpp"
#include "rolekit/validate.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

MemoryFileSystem repository() {
    MemoryFileSystem files;
    for (const fs::path& f : disk().yaml_files(test::frameworks_dir()))
        files.add(fs::path("lib") / fs::relative(f, test::frameworks_dir()), test::read_file(f));
    return files;
}

// The Level 3 profile, its line 60 naming a NOS no catalogue has.
std::string l3_with_unknown_nos() {
    std::string text =
        test::read_file(test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    const std::string known = "        - Develop your knowledge and practice\n";
    const std::size_t at = text.find(known);
    REQUIRE(at != std::string::npos);
    return text.replace(at, known.size(), "        - Juggle flaming torches\n");
}

struct Checked {
    std::string findings;  // as validate prints them
    std::size_t suppressed = 0;
    bool failed = false;  // exit code 1
};

Checked check(const std::string& text) {
    MemoryFileSystem files = repository();
    files.add("l3.yaml", text);
    ValidateOptions o;
    o.inputs = {"l3.yaml"};
    o.workspace.search_path = {"lib"};
    o.workspace.files = &files;
    const ValidateResult r = validate(o);
    Checked out;
    for (const Finding& f : r.report.findings) {
        out.findings += test::render(f, text);
        out.failed = out.failed || f.severity == Severity::error;
    }
    out.suppressed = r.report.suppressed.size();
    return out;
}

const std::string kUnknown =
    "l3.yaml:60:11: error[nos-unknown]: NOS 'Juggle flaming torches' is not in any loaded "
    "catalogue\n";

}  // namespace

TEST_CASE("suppressions: a directive inside a scalar is document text and silences nothing") {
    const std::string text = l3_with_unknown_nos();
    const Checked plain = check(text);
    REQUIRE(plain.failed);
    REQUIRE(plain.findings.find(kUnknown) != std::string::npos);
    // Each is added at the end of the file, an x- key the profile may hold.
    for (const char* note : {
             "x-note: |\n  # rolekit-disable-file nos-unknown\n",
             "x-note: >-\n  text\n\n  # rolekit-disable-file nos-unknown\n",
             "x-note: |2\n    # rolekit-disable-file nos-unknown\n",
             "x-note: |2-\n  # rolekit-disable-file nos-unknown\n",
             "x-note: >+\n  text\n\n   # rolekit-disable-file nos-unknown\n\n",
             "x-note: &n |\n  text\n  # rolekit-disable-file nos-unknown\n",
             "x-note: 'a # rolekit-disable-file nos-unknown'\n",
             "x-note: \"a # rolekit-disable-file nos-unknown\"\n",
             "x-note: 'it''s\n  # rolekit-disable-file nos-unknown'\n",
             "x-note: \"first line\n  # rolekit-disable-file nos-unknown\"\n",
             "x-note: ['a # rolekit-disable-file nos-unknown', \"b\n  # rolekit-disable-file "
             "nos-unknown\"]\n",
             "x-note:\n  - |\n    # rolekit-disable-file nos-unknown\n  - key: >\n      # "
             "rolekit-disable-file nos-unknown\n",
         }) {
        CAPTURE(note);
        const Checked c = check(text + note);
        CHECK(c.failed);
        CHECK(c.findings == plain.findings);
        CHECK(c.suppressed == plain.suppressed);
    }
}

TEST_CASE("suppressions: real comments next to scalars silence") {
    const std::string text = l3_with_unknown_nos();
    const Checked plain = check(text);
    for (const char* note : {
             "x-note: | # rolekit-disable-file nos-unknown\n  text\n",
             "x-note: |\n  text\n# rolekit-disable-file nos-unknown\n",
             "x-note: |-\n    text\n  # rolekit-disable-file nos-unknown\n",
             "x-note: 'it''s # not' # rolekit-disable-file nos-unknown\n",
             "x-note: \"a\n  b\" # rolekit-disable-file nos-unknown\n",
             "x-note: [a, 'b # c'] # rolekit-disable-file nos-unknown\n",
             "x-note: value # rolekit-disable-file nos-unknown\n",
         }) {
        CAPTURE(note);
        const Checked c = check(text + note);
        CHECK_FALSE(c.failed);
        CHECK(c.findings.find("nos-unknown") == std::string::npos);
        CHECK(c.suppressed == plain.suppressed + 1);
    }
}

TEST_CASE("suppressions: a NOS title that holds directive text is a title") {
    std::string text = l3_with_unknown_nos();
    const std::string unknown = "- Juggle flaming torches\n";
    for (const char* title : {"'Juggle # rolekit-disable-line nos-unknown'",
                              "\"Juggle # rolekit-disable-line nos-unknown\""}) {
        CAPTURE(title);
        std::string t = text;
        t.replace(t.find(unknown), unknown.size(), std::string("- ") + title + "\n");
        const Checked c = check(t);
        CHECK(c.failed);
        CHECK(c.findings.find("l3.yaml:60:11: error[nos-unknown]: NOS 'Juggle # "
                              "rolekit-disable-line nos-unknown' "
                              "is not in any loaded catalogue\n") != std::string::npos);
    }
}

namespace {

// Line 60 with a comment after the NOS.
std::string l3_with_comment(const std::string& comment) {
    std::string text = l3_with_unknown_nos();
    const std::string line = "        - Juggle flaming torches";
    return text.insert(text.find(line) + line.size(), "  " + comment);
}

}  // namespace

TEST_CASE("suppressions: a directive's word ends at a space, and a misspelt one is reported") {
    const Checked good = check(l3_with_comment("# rolekit-disable-line nos-unknown"));
    CHECK_FALSE(good.failed);
    CHECK(good.findings.find("nos-unknown") == std::string::npos);

    const Checked lines = check(l3_with_comment("# rolekit-disable-lines nos-unknown"));
    CHECK(lines.failed);
    CHECK(lines.findings.find(kUnknown) != std::string::npos);
    CHECK(lines.findings.find("'s'") == std::string::npos);
    CHECK(lines.findings.find(
              "l3.yaml:60:35: warning[unknown-directive]: 'rolekit-disable-lines' is not a rolekit "
              "directive\n"
              "          - Juggle flaming torches  # rolekit-disable-lines nos-unknown\n"
              "                                    ^\n"
              "  hint: did you mean 'rolekit-disable-line'?\n") != std::string::npos);

    const Checked run_on = check(l3_with_comment("# rolekit-disable-linenos-unknown"));
    CHECK(run_on.failed);
    CHECK(run_on.findings.find(kUnknown) != std::string::npos);
    CHECK(run_on.findings.find(
              "l3.yaml:60:35: warning[unknown-directive]: 'rolekit-disable-linenos-unknown' is not "
              "a rolekit directive\n"
              "          - Juggle flaming torches  # rolekit-disable-linenos-unknown\n"
              "                                    ^\n"
              "  hint: put a space between 'rolekit-disable-line' and the rule\n") !=
          std::string::npos);

    const Checked file = check(l3_with_unknown_nos() + "# rolekit-disabel-file nos-unknown\n");
    CHECK(file.failed);
    CHECK(file.findings.find("l3.yaml:213:1: warning[unknown-directive]: 'rolekit-disabel-file' is "
                             "not a rolekit directive\n"
                             "  # rolekit-disabel-file nos-unknown\n"
                             "  ^\n"
                             "  hint: did you mean 'rolekit-disable-file'?\n") !=
          std::string::npos);
}

TEST_CASE("suppressions: apply_suppressions reads the comments of the text it is given") {
    const std::string text =
        "a: |\n  # rolekit-disable-file nos-unknown\nb: 'x\n  # rolekit-disable-file nos-unknown'\n"
        "c: 1  # rolekit-enable nos-unknown\n";
    const Findings findings = {{"nos-unknown", Severity::error, "f.yaml", {3, 4}, "unknown", {}}};
    const Suppressed s = apply_suppressions(text, "f.yaml", findings);
    CHECK(s.suppressed.empty());
    REQUIRE(s.kept.size() == 2);
    CHECK(s.kept[0].rule == "nos-unknown");
    CHECK(test::render(s.kept[1], text) ==
          "f.yaml:5:7: warning[unknown-directive]: 'rolekit-enable' is not a rolekit directive\n"
          "  c: 1  # rolekit-enable nos-unknown\n"
          "        ^\n"
          "  hint: the directives are rolekit-disable-line, rolekit-disable-next-line and "
          "rolekit-disable-file\n");
}
