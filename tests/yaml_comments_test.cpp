// yaml_comments: the comments of a YAML text, never text inside a scalar.
// Each case lists every comment found, as line:column and text; the official
// YAML test suite checks that what is found is a comment to yaml-cpp too.

#include <doctest/doctest.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"
#include "yaml/yaml_comments.hpp"

namespace fs = std::filesystem;
using rolekit::detail::yaml_comments;

namespace {

// "line:column text" for each comment, one per line.
std::string comments(std::string_view yaml) {
    std::string out;
    for (const auto& c : yaml_comments(yaml))
        out += std::to_string(c.pos.line) + ":" + std::to_string(c.pos.column) + " " +
               std::string(c.text) + "\n";
    return out;
}

}  // namespace

TEST_CASE("yaml comments: a # in a block scalar is text, whatever its header") {
    CHECK(comments("scope: |\n  # rolekit-disable-file nos-unknown\n  text\nid: x\n") == "");
    CHECK(comments("scope: |-\n  text\n\n  # inside\n# after\nid: x\n") == "5:1  after\n");
    CHECK(comments("scope: >+\n  text\n\n   # inside, more indented\n\n# after\n") ==
          "6:1  after\n");
    // An indentation indicator: text starts 2 columns in, so `  #` is text.
    CHECK(comments("scope: |2\n    # indented text\n  # text too\n # after\n") == "4:2  after\n");
    CHECK(comments("- |1\n  # text\n # text\n# after\n") == "4:1  after\n");
    // Blank lines, even ones longer than the text's indentation, do not end it.
    CHECK(comments("a: |\n  x\n\n      \n  # text\nb: 1 # c\n") == "6:6  c\n");
    // The first line sets the indentation: one indented less ends the scalar.
    CHECK(comments("a: |-\n    x\n  # after\nb: 1\n") == "3:3  after\n");
    // Nested in collections: the indentation counts from the innermost one.
    CHECK(comments("a:\n  - b: |\n      # text\n    # after\n") == "4:5  after\n");
    // The header's own comment is a comment.
    CHECK(comments("a: | # header\n  # text\n") == "1:6  header\n");
    // Anchors and tags before the indicator.
    CHECK(comments("a: &x !!str |\n  # text\nb: *x # c\n") == "3:7  c\n");
    CHECK(comments("a: !!str # why\n  |\n  # text\n") == "1:10  why\n");
}

TEST_CASE("yaml comments: a # in a quoted scalar is text, over as many lines as it runs") {
    CHECK(comments("title: 'a # rolekit-disable-file nos-unknown'\n") == "");
    CHECK(comments("title: \"a # rolekit-disable-file nos-unknown\"\n") == "");
    CHECK(comments("title: 'first\n  # rolekit-disable-file nos-unknown'\nb: 1\n") == "");
    CHECK(comments("title: \"first\n  # not a comment\n  last\" # a comment\n") ==
          "3:9  a comment\n");
    CHECK(comments("a: 'it''s # not' # real\n") == "1:18  real\n");
    CHECK(comments("a: \"say \\\" # not\" # real\n") == "1:19  real\n");
    CHECK(comments("a: \"back\\\\\" # real\n") == "1:13  real\n");
    CHECK(comments("'# key': \"# value\"   # real\n") == "1:22  real\n");
}

TEST_CASE("yaml comments: real comments everywhere else") {
    CHECK(comments("# top\nkey: value # real comment\n") == "1:1  top\n2:12  real comment\n");
    CHECK(comments("key: value#not\nurl: http://x/#frag\n") == "");
    CHECK(comments("--- # after the marker\na: 1\n") == "1:5  after the marker\n");
    CHECK(comments("a: [x, 'y # no', \"z\n  # no\"] # yes\nb: {k: v # yes too\n  }\n") ==
          "2:10  yes\n3:10  yes too\n");
    CHECK(comments("a:\n  - x   # one\n  # two\n  - y\n") == "2:9  one\n3:3  two\n");
    // A plain scalar cannot hold ` #`: it ends there, over several lines too.
    CHECK(comments("a: first\n  second # yes\n") == "2:10  yes\n");
    CHECK(comments("a: 1\r\nb: 2 # crlf\r\n") == "2:6  crlf\n");
    CHECK(comments("\xEF\xBB\xBF# after a byte order mark\na: 1\n") ==
          "1:1  after a byte order mark\n");
}

TEST_CASE("yaml comments: none from a text that is not one YAML document") {
    CHECK(comments("a: [1\n# c\n") == "");
    CHECK(comments("a: 1\n--- # c\nb: 2\n") == "");
}

namespace {

// yaml-cpp's events, marks included, as text.
class EventLog : public YAML::EventHandler {
  public:
    std::string log;
    void OnDocumentStart(const YAML::Mark& m) override { add("doc", m); }
    void OnDocumentEnd() override { log += "end-doc\n"; }
    void OnNull(const YAML::Mark& m, YAML::anchor_t a) override { add("null", m, "", a); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t a) override { add("alias", m, "", a); }
    void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                  const std::string& value) override {
        add("scalar", m, tag + " [" + value + "]", a);
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                         YAML::EmitterStyle::value) override {
        add("seq", m, tag, a);
    }
    void OnSequenceEnd() override { log += "end-seq\n"; }
    void OnMapStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                    YAML::EmitterStyle::value) override {
        add("map", m, tag, a);
    }
    void OnMapEnd() override { log += "end-map\n"; }

  private:
    void add(const char* what, const YAML::Mark& m, const std::string& rest = "",
             YAML::anchor_t a = 0) {
        log += std::string(what) + " " + std::to_string(m.line) + ":" + std::to_string(m.column) +
               " &" + std::to_string(a) + " " + rest + "\n";
    }
};

std::string events(const std::string& yaml) {
    std::istringstream in(yaml);
    EventLog log;
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(log)) {
        }
    } catch (const YAML::Exception& e) {
        log.log += std::string("error ") + e.what() + "\n";
    }
    return log.log;
}

// The text with every character of every comment found changed (the `#`,
// blanks and line ends kept): if what was found is a comment, yaml-cpp sees
// the same events; if it was scalar text, a scalar changes.
std::string comments_scrambled(const std::string& yaml) {
    std::string out = yaml;
    for (const auto& c : yaml_comments(yaml)) {
        const std::size_t at = static_cast<std::size_t>(c.text.data() - yaml.data());
        for (std::size_t i = at; i < at + c.text.size(); ++i)
            if (out[i] != ' ' && out[i] != '\t') out[i] = out[i] == 'Z' ? 'Y' : 'Z';
    }
    return out;
}

}  // namespace

TEST_CASE("yaml comments: what is found in the YAML test suite is a comment to yaml-cpp") {
    const fs::path suite = rolekit::test::shared_dir() / "testdata/yaml-test-suite";
    if (!fs::is_directory(suite)) {
        rolekit::test::skip(suite.string() + " is absent");
        return;
    }
    std::size_t found = 0, files = 0;
    for (const auto& entry : fs::directory_iterator(suite)) {
        const fs::path in = entry.path() / "in.yaml";
        if (!fs::exists(in)) continue;
        const std::string yaml = rolekit::test::read_file(in);
        const std::size_t n = yaml_comments(yaml).size();
        if (n == 0) continue;
        CAPTURE(in.string());
        CHECK(events(comments_scrambled(yaml)) == events(yaml));
        found += n;
        ++files;
    }
    // The suite has comments in many cases: the check above is not empty.
    CHECK(files > 30);
    CHECK(found > 80);
}

TEST_CASE("yaml comments: what is found in the built-in library is a comment to yaml-cpp") {
    std::size_t found = 0;
    for (const auto& entry : fs::recursive_directory_iterator(rolekit::test::frameworks_dir())) {
        if (entry.path().extension() != ".yaml") continue;
        const std::string yaml = rolekit::test::read_file(entry.path());
        CAPTURE(entry.path().string());
        CHECK(events(comments_scrambled(yaml)) == events(yaml));
        found += yaml_comments(yaml).size();
    }
    // The overlays quote their sources in comments, the profiles silence findings in some.
    CHECK(found > 30);
}
