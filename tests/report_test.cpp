#include <doctest/doctest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "rolekit/builtin_location.hpp"
#include "rolekit/report.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/version.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;
using nlohmann::json;

namespace {

constexpr const char* kFileA = "profiles/a.yaml";
// A comma and a colon end GitHub property values; a space and a non-ASCII
// letter are not allowed in a URI.
constexpr const char* kFileB = "maps/odd,name:1 \xC3\xA9.yaml";
constexpr const char* kFffd = "\xEF\xBF\xBD";

ValidationReport sample_report() {
    ValidationReport r;
    r.files = {kFileA, kFileB};
    r.findings = {
        {"schema-unknown-key",
         Severity::error,
         kFileA,
         {3, 5},
         "unknown key \"nmae\" <b> & 100%",
         "did you mean \"name\"?"},
        {"nos-duplicate", Severity::warning, kFileA, {}, "listed twice:\nSFHCHS1", ""},
        {"nos-uncoded", Severity::info, kFileB, {7, 2}, "title caf\xE9 has no code", ""},
    };
    return r;
}

ValidationReport one_finding_report() {
    ValidationReport r;
    r.files = {"a.yaml"};
    r.findings = {
        {"schema-type", Severity::error, "a.yaml", {2, 7}, "expected a list", "write [x]"}};
    return r;
}

fs::path write_temp(const std::string& name, const std::string& text) {
    const fs::path path = test::temp_dir("report-" + name) / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

// ---------------------------------------------------------------- JSON

TEST_CASE("json report: findings in order with every field, and the summary") {
    const json doc = json::parse(render_json(sample_report()));
    const json& findings = doc.at("findings");
    REQUIRE(findings.size() == 3);
    CHECK(findings[0] == json{{"rule", "schema-unknown-key"},
                              {"severity", "error"},
                              {"file", kFileA},
                              {"line", 3},
                              {"column", 5},
                              {"message", "unknown key \"nmae\" <b> & 100%"},
                              {"hint", "did you mean \"name\"?"}});
    CHECK(findings[1].at("severity") == "warning");
    CHECK(findings[1].at("line") == 0);
    CHECK(findings[1].at("column") == 0);
    CHECK(findings[1].at("message") == "listed twice:\nSFHCHS1");
    CHECK_FALSE(findings[1].contains("hint"));
    CHECK(findings[2].at("rule") == "nos-uncoded");
    CHECK(findings[2].at("severity") == "info");
    CHECK(findings[2].at("file") == kFileB);
    CHECK(doc.at("summary") == json{{"files", 2},
                                    {"errors", 1},
                                    {"warnings", 1},
                                    {"infos", 1},
                                    {"suppressed", 0},
                                    {"in_baseline", 0},
                                    {"other_yaml_skipped", 0},
                                    {"unreadable", 0}});
}

TEST_CASE("json report: invalid UTF-8 becomes U+FFFD instead of throwing") {
    ValidationReport r = sample_report();
    r.findings[0].message = "bad \xE9";
    r.findings[0].hint = "\xC3(\xFF";
    std::string out;
    REQUIRE_NOTHROW(out = render_json(r));
    const json doc = json::parse(out);
    CHECK(doc["findings"][0]["message"] == std::string("bad ") + kFffd);
    CHECK(doc["findings"][2]["message"] == std::string("title caf") + kFffd + " has no code");
}

TEST_CASE("json report: exact output for one finding and for none") {
    CHECK(render_json(one_finding_report()) == R"({
  "findings": [
    {
      "rule": "schema-type",
      "severity": "error",
      "file": "a.yaml",
      "line": 2,
      "column": 7,
      "message": "expected a list",
      "hint": "write [x]"
    }
  ],
  "summary": {
    "files": 1,
    "errors": 1,
    "warnings": 0,
    "infos": 0,
    "suppressed": 0,
    "in_baseline": 0,
    "other_yaml_skipped": 0,
    "unreadable": 0
  }
}
)");
    const json empty = json::parse(render_json(ValidationReport{}));
    CHECK(empty.at("findings") == json::array());
    CHECK(empty.at("summary").at("files") == 0);
}

// ---------------------------------------------------------------- SARIF

TEST_CASE("sarif report: one run whose driver lists every rule in table order") {
    const json doc = json::parse(render_sarif(sample_report()));
    CHECK(doc.at("$schema") == "https://json.schemastore.org/sarif-2.1.0.json");
    CHECK(doc.at("version") == "2.1.0");
    REQUIRE(doc.at("runs").size() == 1);
    const json& driver = doc["runs"][0].at("tool").at("driver");
    CHECK(driver.at("name") == "rolekit");
    CHECK(driver.at("version") == kVersion);
    CHECK(driver.at("version") == ROLEKIT_VERSION);
    CHECK_FALSE(driver.contains("informationUri"));
    const auto rules = all_rules();
    REQUIRE(driver.at("rules").size() == rules.size());
    const std::map<Severity, std::string> level = {
        {Severity::error, "error"}, {Severity::warning, "warning"}, {Severity::info, "note"}};
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const json& r = driver["rules"][i];
        CHECK(r.at("id") == rules[i].id);
        CHECK(r.at("shortDescription").at("text") == rules[i].summary);
        CHECK(r.at("defaultConfiguration").at("level") == level.at(rules[i].severity));
        CHECK(r.at("helpUri") ==
              "https://github.com/rolekit/rolekit/blob/main/docs/rules.md#" + std::string(rules[i].id));
        CHECK(r.at("help").at("text").get<std::string>().starts_with(std::string(rules[i].id) + ": "));
        CHECK(r.at("help").contains("markdown"));
    }
}

TEST_CASE("sarif report: results point into the rules, map levels and keep known regions") {
    const json doc = json::parse(render_sarif(sample_report()));
    const json& run = doc["runs"][0];
    const json& results = run.at("results");
    REQUIRE(results.size() == 3);
    for (const json& r : results) {
        const std::size_t index = r.at("ruleIndex");
        CHECK(run["tool"]["driver"]["rules"][index]["id"] == r.at("ruleId"));
    }
    CHECK(results[0].at("level") == "error");
    CHECK(results[1].at("level") == "warning");
    CHECK(results[2].at("level") == "note");
    // The hint is not part of the message (viewers show that as the title).
    CHECK(results[0].at("message").at("text") == "unknown key \"nmae\" <b> & 100%");
    CHECK(results[0].at("properties").at("hint") == "did you mean \"name\"?");
    CHECK_FALSE(results[1].contains("properties"));
    for (const json& r : results) {
        CHECK_FALSE(r.contains("suppressions"));
        CHECK_FALSE(r.contains("baselineState"));
    }
    CHECK(results[1].at("message").at("text") == "listed twice:\nSFHCHS1");
    const json& loc0 = results[0].at("locations").at(0).at("physicalLocation");
    CHECK(loc0.at("artifactLocation") == json{{"uri", kFileA}, {"uriBaseId", "%SRCROOT%"}});
    CHECK(loc0.at("region") == json{{"startLine", 3}, {"startColumn", 5}});
    CHECK_FALSE(results[1]["locations"][0]["physicalLocation"].contains("region"));
    CHECK(results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "maps/odd,name%3A1%20%C3%A9.yaml");
}

TEST_CASE("sarif report: repository files are relative to %SRCROOT%, others absolute or <builtin>") {
    const fs::path root = test::temp_dir("sarif-root");
    ValidationReport r;
    r.files = {"templates/a b.yaml"};
    const std::string builtin = (builtin_frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml").string();
    r.findings = {{"schema-type", Severity::error, "templates/a b.yaml", {2, 1}, "m", ""},
                  {"schema-type", Severity::error, "../elsewhere/c.yaml", {1, 1}, "m", ""},
                  {"schema-type", Severity::error, builtin, {1, 1}, "m", ""}};
    const json run = json::parse(render_sarif(r, ReportPaths(root)))["runs"][0];
    const std::string top = fs::absolute(root).lexically_normal().generic_string();
    CHECK(run.at("originalUriBaseIds") == json{{"%SRCROOT%", {{"uri", "file://" + top + "/"}}}});
    const auto artifact = [&](std::size_t i) {
        return run["results"][i]["locations"][0]["physicalLocation"].at("artifactLocation");
    };
    CHECK(artifact(0) == json{{"uri", "templates/a%20b.yaml"}, {"uriBaseId", "%SRCROOT%"}});
    CHECK(artifact(1) == json{{"uri", "file://" + (fs::absolute(root).parent_path() / "elsewhere/c.yaml")
                                                      .lexically_normal()
                                                      .generic_string()}});
    CHECK(artifact(2) == json{{"uri", "%3Cbuiltin%3E/profiles/ld-peer-support-worker-l3.yaml"}});
    r.findings = {{"yaml-syntax", Severity::error, "<stdin>", {1, 1}, "m", ""}};
    CHECK(json::parse(render_sarif(r, ReportPaths(root)))["runs"][0]["results"][0]["locations"][0]
              ["physicalLocation"]["artifactLocation"] == json{{"uri", "%3Cstdin%3E"}});
    // The working folder is the root when none is given.
    CHECK(json::parse(render_sarif(r))["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] ==
          "file://" + fs::current_path().lexically_normal().generic_string() + "/");
}

TEST_CASE("sarif report: suppressed findings are results with an inSource suppression") {
    ValidationReport r = one_finding_report();
    r.suppressed = {{"nos-duplicate", Severity::warning, "a.yaml", {4, 3}, "listed twice", ""}};
    const json results = json::parse(render_sarif(r))["runs"][0].at("results");
    REQUIRE(results.size() == 2);
    CHECK_FALSE(results[0].contains("suppressions"));
    CHECK(results[1].at("ruleId") == "nos-duplicate");
    CHECK(results[1].at("suppressions") == json::parse(R"([{"kind": "inSource"}])"));
}

TEST_CASE("sarif report: with a baseline, results are new and fixed entries absent") {
    ValidationReport r = one_finding_report();
    r.baseline_used = true;
    r.findings.push_back({"baseline-fixed", Severity::info, "b.yaml", {}, "fixed since the baseline", ""});
    const json results = json::parse(render_sarif(r))["runs"][0].at("results");
    REQUIRE(results.size() == 2);
    CHECK(results[0].at("baselineState") == "new");
    CHECK(results[1].at("baselineState") == "absent");
}

TEST_CASE("sarif report: unknown columns and odd bytes") {
    ValidationReport r;
    r.files = {"x.yaml"};
    r.findings = {{"yaml-syntax", Severity::error, "x.yaml", {4, 0}, "bad \xE9", ""},
                  {"schema-type", Severity::error, "dir/100% ok#?.yaml", {1, 1}, "m", ""}};
    const json doc = json::parse(render_sarif(r));
    const json& results = doc["runs"][0]["results"];
    CHECK(results[0].at("ruleId") == "yaml-syntax");
    CHECK(results[0]["message"]["text"] == std::string("bad ") + kFffd);
    CHECK(results[0]["locations"][0]["physicalLocation"]["region"] == json{{"startLine", 4}});
    CHECK(results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "dir/100%25%20ok%23%3F.yaml");
}

TEST_CASE("sarif report: validates against the official SARIF 2.1.0 schema") {
    const fs::path schema = test::shared_dir() / "testdata/schemas/sarif-schema-2.1.0.json";
    if (!fs::exists(schema)) {
        rolekit::test::skip(schema.string() + " is absent");
        return;
    }
    ValidationReport r = sample_report();
    r.findings.push_back({"yaml-syntax", Severity::error, "x y.yaml", {4, 0}, "m\xE9", "h"});
    r.findings.push_back({"yaml-syntax", Severity::error, "/elsewhere/z.yaml", {4, 0}, "m", "h"});
    r.findings.push_back({"yaml-syntax", Severity::error, "<stdin>", {4, 0}, "m", "h"});
    for (const ValidationReport& report : {r, ValidationReport{}}) {
        const fs::path sarif = write_temp("report.sarif", render_sarif(report));
        const std::optional<int> rc = test::run_python("check_sarif.py", {schema, sarif});
        if (!rc) return;  // skipped: run_python said why
        CHECK(*rc == 0);
    }
}

// ---------------------------------------------------------------- JUnit

// pugixml writes the report: quotes are escaped in attributes only (text
// keeps `"` and `'` as they are) and an empty element ends in " />".
TEST_CASE("junit report: exact output for a small report") {
    CHECK(render_junit(sample_report(), Severity::error) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites>\n"
          "  <testsuite name=\"rolekit validate\" tests=\"2\" failures=\"1\" errors=\"0\">\n"
          "    <testcase classname=\"rolekit.validate\" name=\"profiles/a.yaml\">\n"
          "      <failure message=\"1 error(s)\" type=\"rolekit\">"
          "profiles/a.yaml:3:5: error[schema-unknown-key]: "
          "unknown key \"nmae\" &lt;b&gt; &amp; 100%\n"
          "  hint: did you mean \"name\"?\n"
          "</failure>\n"
          "      <system-out>profiles/a.yaml: warning[nos-duplicate]: listed twice:\\n"
          "SFHCHS1\n"
          "</system-out>\n"
          "    </testcase>\n"
          "    <testcase classname=\"rolekit.validate\" name=\"maps/odd,name:1 \xC3\xA9.yaml\">\n"
          "      <system-out>maps/odd,name:1 \xC3\xA9.yaml:7:2: info[nos-uncoded]: "
          "title caf\xEF\xBF\xBD has no code\n"
          "</system-out>\n"
          "    </testcase>\n"
          "  </testsuite>\n"
          "</testsuites>\n");
}

TEST_CASE("junit report: --fail-on decides what fails, unusable input is an error") {
    ValidationReport r;
    r.files = {"warned.yaml", "broken.yaml", "clean.yaml"};
    r.findings = {{"nos-duplicate", Severity::warning, "warned.yaml", {3, 1}, "twice", ""},
                  {"yaml-syntax", Severity::error, "broken.yaml", {2, 4}, "bad YAML", ""}};
    const std::string by_error = render_junit(r, Severity::error);
    CHECK(by_error.find(R"(tests="3" failures="0" errors="1")") != std::string::npos);
    CHECK(by_error.find("<system-out>warned.yaml:3:1: warning[nos-duplicate]: twice\n") != std::string::npos);
    CHECK(by_error.find("<error message=\"the file cannot be used: 1 error(s)\" type=\"rolekit\">"
                        "broken.yaml:2:4: error[yaml-syntax]: "
                        "bad YAML\n</error>") != std::string::npos);
    const std::string by_warning = render_junit(r, Severity::warning);
    CHECK(by_warning.find(R"(tests="3" failures="1" errors="1")") != std::string::npos);
    CHECK(by_warning.find("<failure message=\"1 warning(s)\" type=\"rolekit\">warned.yaml:3:1: "
                          "warning[nos-duplicate]: twice\n</failure>") != std::string::npos);
    CHECK(by_warning.find("<testcase classname=\"rolekit.validate\" name=\"clean.yaml\" />") != std::string::npos);
}

TEST_CASE("junit report: files without findings pass, files outside the list get a case") {
    ValidationReport r;
    r.files = {"clean.yaml", "bad.yaml"};
    r.findings = {{"schema-type", Severity::error, "bad.yaml", {1, 1}, "one", ""},
                  {"schema-type", Severity::error, "bad.yaml", {2, 1}, "two", ""},
                  {"id-collision", Severity::error, "stray.yaml", {}, "three", ""}};
    const std::string out = render_junit(r, Severity::error);
    CHECK(out.find("tests=\"3\" failures=\"2\" errors=\"0\"") != std::string::npos);
    CHECK(out.find("<testcase classname=\"rolekit.validate\" name=\"clean.yaml\" />") !=
          std::string::npos);
    CHECK(out.find("<failure message=\"2 error(s)\" type=\"rolekit\">"
                   "bad.yaml:1:1: error[schema-type]: one\n"
                   "bad.yaml:2:1: error[schema-type]: two\n"
                   "</failure>") != std::string::npos);
    CHECK(out.find("name=\"stray.yaml\">") != std::string::npos);
    CHECK(out.find("stray.yaml: error[id-collision]: three\n") != std::string::npos);
}

TEST_CASE("junit report: escapes markup, shows control characters, replaces what XML cannot hold") {
    ValidationReport r;
    r.files = {"a<&>\"'\x01.yaml"};
    r.findings = {{"schema-type",
                   Severity::error,
                   r.files[0],
                   {1, 2},
                   "ctl \x01\x0B\x1F nonchar \xEF\xBF\xBF bad \xE9\xFF\xC3 cdata ]]> cr \r tab \t",
                   "\x80"}};
    const std::string out = render_junit(r, Severity::error);
    const std::string fffd = kFffd;
    CHECK(out.find(R"(name="a&lt;&amp;>&quot;'\x01.yaml")") != std::string::npos);
    CHECK(out.find(R"(ctl \x01\x0b\x1f nonchar )" + fffd + " bad " + fffd + fffd + fffd +
                   R"( cdata ]]&gt; cr \r tab \t)") != std::string::npos);
    CHECK(out.find("hint: " + fffd + "\n") != std::string::npos);
    for (const char c : out) {
        const auto u = static_cast<unsigned char>(c);
        CHECK_MESSAGE((u >= 0x20 || c == '\n' || c == '\t'), "byte " << int(u));
    }
}

TEST_CASE("junit report: output is well-formed XML (python xml.etree)") {
    ValidationReport r = sample_report();
    r.files.push_back("tab\tand\nnewline\x02.yaml");
    r.findings.push_back({"schema-type",
                          Severity::error,
                          r.files.back(),
                          {1, 1},
                          "x \x01 \xEF\xBF\xBE \xED\xA0\x80 \xF4\x90\x80\x80 ]]> <!-- &#0;",
                          ""});
    r.findings.push_back({"schema-type", Severity::warning, "not-listed.yaml", {}, "\xC0\xAF", ""});
    for (const ValidationReport& report : {r, ValidationReport{}}) {
        const fs::path xml = write_temp("report.xml", render_junit(report, Severity::error));
        const std::optional<int> rc = test::run_python("check_xml.py", {xml});
        if (!rc) return;  // skipped: run_python said why
        CHECK(*rc == 0);
    }
}

// ---------------------------------------------------------------- GitHub

TEST_CASE("github report: one workflow command per finding, escaped as GitHub specifies") {
    CHECK(render_github(sample_report()) ==
          "::error file=profiles/a.yaml,line=3,col=5,title=rolekit [schema-unknown-key]::"
          "unknown key \"nmae\" <b> & 100%25 (hint: did you mean \"name\"?)\n"
          "::warning file=profiles/a.yaml,title=rolekit [nos-duplicate]::"
          "listed twice:\\nSFHCHS1\n"
          "::notice file=maps/odd%2Cname%3A1 \xC3\xA9.yaml,line=7,col=2,"
          "title=rolekit [nos-uncoded]::title caf\xEF\xBF\xBD has no code\n");
}

TEST_CASE("github report: CR and percent in properties, unknown column, empty report") {
    ValidationReport r;
    r.findings = {{"schema-type", Severity::error, "50%\r\n,:.yaml", {9, 0}, "a\r\nb: c, d", "e%"}};
    CHECK(render_github(r) ==
          "::error file=50%25\\r\\n%2C%3A.yaml,line=9,title=rolekit [schema-type]::"
          "a\\r\\nb: c, d (hint: e%25)\n");
    CHECK(render_github(ValidationReport{}).empty());
}

// ---------------------------------------------------------------- terminal safety
//
// Document text (a key, an id, a file name) reaches every report. In the
// human-readable formats it must not act on a terminal (ESC, BEL, backspace,
// NUL), forge a line (a newline inside an id) or break UTF-8; JSON and SARIF
// keep the exact text, as JSON escapes.

namespace {

constexpr const char* kHostileFile = "dir/\xFF\x1B[2Jname.yaml";

ValidationReport terminal_report() {
    ValidationReport r;
    r.files = {kHostileFile};
    r.findings = {
        {"schema-bad-id",
         Severity::error,
         kHostileFile,
         {3, 5},
         "invalid id 'a\nx.yaml:1:1: error[fake]: forged'",
         ""},
        {"schema-unknown-key",
         Severity::warning,
         kHostileFile,
         {5, 1},
         "unknown key 'x\x1B]0;pwned\a' in role profile",
         "remove it\b\b\b\b\b\b\b\b\bkeep it"},
        {"schema-type", Severity::info, kHostileFile, {}, std::string("nul \0 here \xC3(", 13), ""},
    };
    return r;
}

// The YAML the findings point into; its lines hold escapes, not the bytes.
constexpr const char* kHostileSource =
    "kind: RoleProfile\nformat: 1\nid: \"a\\nx.yaml:1:1: error[fake]: forged\"\ntitle: T\n"
    "\"x\\e]0;pwned\\a\": 1\n";

bool only_printable_and_newlines(const std::string& s) {
    return std::none_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\n') || u == 0x7F;
    });
}

}  // namespace

TEST_CASE(
    "text report: control characters, newlines and bad UTF-8 in findings are shown, not sent") {
    SourceCache sources;
    sources.add(kHostileFile, kHostileSource);
    const std::string out = render_text(terminal_report(), sources, TextStyle{false, true});
    CHECK(out ==
          "dir/\xEF\xBF\xBD\\x1b[2Jname.yaml:3:5: error[schema-bad-id]: "
          "invalid id 'a\\nx.yaml:1:1: error[fake]: forged'\n"
          "  id: \"a\\nx.yaml:1:1: error[fake]: forged\"\n"
          "      ^\n"
          "dir/\xEF\xBF\xBD\\x1b[2Jname.yaml:5:1: warning[schema-unknown-key]: "
          "unknown key 'x\\x1b]0;pwned\\x07' in role profile\n"
          "  \"x\\e]0;pwned\\a\": 1\n"
          "  ^\n"
          "  hint: remove it\\x08\\x08\\x08\\x08\\x08\\x08\\x08\\x08\\x08keep it\n"
          "dir/\xEF\xBF\xBD\\x1b[2Jname.yaml: info[schema-type]: nul \\x00 here \xEF\xBF\xBD(\n"
          "1 file checked: 1 error, 1 warning, 1 info\n");
    CHECK(only_printable_and_newlines(out));
}

TEST_CASE(
    "text report: a source line with raw control bytes is shown visibly, caret still aligned") {
    // A file rolekit refuses (raw ESC, invalid UTF-8) is still quoted under
    // its finding; the caret counts the escapes as the terminal shows them.
    const std::string line = "name: caf\xC3\xA9 \x1B[31m\xFF\tx";
    const Finding f{"yaml-encoding", Severity::error, "f.yaml", {1, 20}, "here", ""};
    SourceCache sources;
    sources.add("f.yaml", line + "\n");
    CHECK(format_finding(f, sources, TextStyle{false, true}) ==
          "f.yaml:1:20: error[yaml-encoding]: here\n"
          "  name: caf\xC3\xA9 \\x1b[31m\xEF\xBF\xBD x\n"
          "                       ^\n");
}

TEST_CASE("text report: a long line's window does not cut a character in two") {
    std::string line(100, 'a');
    for (int i = 0; i < 100; ++i) line += "\xC3\xA9";  // 200 bytes of 'é'
    line += "<here>";
    const int column = static_cast<int>(line.find('<')) + 1;
    const Finding f{"schema-type", Severity::error, "f.yaml", {1, column}, "m", ""};
    SourceCache sources;
    sources.add("f.yaml", line);
    const std::string out = format_finding(f, sources, TextStyle{false, true});
    CHECK(out.find("\xEF\xBF\xBD") == std::string::npos);  // no half character became U+FFFD
    const std::size_t excerpt = out.find("\n  ") + 3;
    const std::size_t caret_line = out.find('\n', excerpt) + 1;
    // The caret sits under '<', counted in characters.
    const std::string shown = out.substr(excerpt, out.find('\n', excerpt) - excerpt);
    std::size_t chars_before = 0;
    for (std::size_t i = 0; i < shown.find('<'); ++i)
        if ((static_cast<unsigned char>(shown[i]) & 0xC0) != 0x80) ++chars_before;
    CHECK(out.substr(caret_line) == "  " + std::string(chars_before, ' ') + "^\n");
}

TEST_CASE("github report: control characters shown visibly, no forged command or line") {
    CHECK(render_github(terminal_report()) ==
          "::error file=dir/\xEF\xBF\xBD\\x1b[2Jname.yaml,line=3,col=5,title=rolekit "
          "[schema-bad-id]::"
          "invalid id 'a\\nx.yaml:1:1: error[fake]: forged'\n"
          "::warning file=dir/\xEF\xBF\xBD\\x1b[2Jname.yaml,line=5,col=1,"
          "title=rolekit [schema-unknown-key]::unknown key 'x\\x1b]0;pwned\\x07' in role profile "
          "(hint: remove it\\x08\\x08\\x08\\x08\\x08\\x08\\x08\\x08\\x08keep it)\n"
          "::notice file=dir/\xEF\xBF\xBD\\x1b[2Jname.yaml,title=rolekit [schema-type]::"
          "nul \\x00 here \xEF\xBF\xBD(\n");
}

TEST_CASE("junit report: control characters shown visibly, the file name too") {
    const std::string out = render_junit(terminal_report(), Severity::error);
    CHECK(out.find("<testcase classname=\"rolekit.validate\" "
                   "name=\"dir/\xEF\xBF\xBD\\x1b[2Jname.yaml\">") != std::string::npos);
    CHECK(out.find("<failure message=\"1 error(s)\" type=\"rolekit\">"
                   "dir/\xEF\xBF\xBD\\x1b[2Jname.yaml:3:5: error[schema-bad-id]: "
                   "invalid id 'a\\nx.yaml:1:1: error[fake]: forged'\n</failure>") !=
          std::string::npos);
    CHECK(out.find("unknown key 'x\\x1b]0;pwned\\x07' in role profile\n"
                   "  hint: remove it\\x08\\x08\\x08\\x08\\x08\\x08\\x08\\x08\\x08keep it\n") !=
          std::string::npos);
    CHECK(out.find("nul \\x00 here \xEF\xBF\xBD(\n") != std::string::npos);
    CHECK(only_printable_and_newlines(out));
}

TEST_CASE("json and sarif reports keep the exact text as JSON escapes") {
    const ValidationReport r = terminal_report();
    for (const std::string& out : {render_json(r), render_sarif(r)}) {
        CHECK(only_printable_and_newlines(out));
        CHECK(out.find("\\u001b]0;pwned\\u0007") != std::string::npos);
    }
    const json doc = json::parse(render_json(r));
    CHECK(doc["findings"][0]["message"] == r.findings[0].message);
    CHECK(doc["findings"][1]["message"] == r.findings[1].message);
    CHECK(doc["findings"][1]["hint"] == r.findings[1].hint);
    CHECK(doc["findings"][2]["message"] == std::string("nul \0 here ", 11) + kFffd + "(");
    CHECK(doc["findings"][0]["file"] == std::string("dir/") + kFffd + "\x1B[2Jname.yaml");
    const json sarif = json::parse(render_sarif(r));
    CHECK(sarif["runs"][0]["results"][1]["message"]["text"] == r.findings[1].message);
    CHECK(sarif["runs"][0]["results"][1]["properties"]["hint"] == r.findings[1].hint);
    CHECK(sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
               ["uri"] == "dir/%FF%1B%5B2Jname.yaml");
}

TEST_CASE("a loaded document with an ESC key and a newline in its id cannot forge report lines") {
    const std::string path = "hostile.yaml";
    const std::string text =
        std::string("kind: RoleProfile\nformat: 1\n") +
        "id: \"a\\nx.yaml:1:1: error[fake]: forged\"\n\"x\\e]0;pwned\\a\": 1\n";
    const LoadResult loaded = load_document(text, path);
    ValidationReport r;
    r.files = {path};
    r.findings = loaded.findings;
    REQUIRE(r.findings.size() >= 2);
    SourceCache sources;
    sources.add(path, text);
    const std::string out = render_text(r, sources, TextStyle{false, true});
    CHECK(only_printable_and_newlines(out));
    CHECK(out.find("forged") != std::string::npos);
    // Each finding starts exactly one line with the path; nothing else does.
    std::size_t headers = 0;
    for (std::size_t at = 0; at < out.size(); at = out.find('\n', at) + 1) {
        if (out.compare(at, path.size() + 1, path + ":") == 0) ++headers;
        CHECK(out.compare(at, 7, "x.yaml:") != 0);
    }
    CHECK(headers == r.findings.size());
    for (const std::string& other : {render_github(r), render_junit(r, Severity::error)}) {
        CHECK(only_printable_and_newlines(other));
        CHECK(other.find("\nx.yaml:") == std::string::npos);
    }
}
