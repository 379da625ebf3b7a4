// Every command with -o writes the format its file's name promises, or
// nothing (exit 2): issue 24's "formats named by the file", through the
// binary.

#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::read_file;
using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;

namespace {

constexpr const char* kL3 = "ld-peer-support-worker-l3";
constexpr const char* kL8 = "ld-strategic-manager-l8";

// Runs `rolekit ARGS -o FILE` in a fresh folder; FILE is relative to it.
struct Wrote {
    Run run;
    fs::path file;
};
Wrote write_to(const std::string& test, const std::string& args, const std::string& file) {
    const fs::path dir = temp_dir("formats-" + test);
    return {run_rolekit(args + " -o " + shell_quote(dir / file)), dir / file};
}

std::string usage_error(const std::string& message, const std::string& hint) {
    return "rolekit: error: " + message + "\n  hint: " + hint + "\n";
}

// A refused choice: exit 2, the message, nothing written.
void check_refused(const Wrote& w, const std::string& message, const std::string& hint) {
    CHECK(w.run.exit_code == 2);
    CHECK(w.run.out.empty());
    CHECK(w.run.err == usage_error(message, hint));
    CHECK_FALSE(fs::exists(w.file));
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

}  // namespace

TEST_CASE("formats by file: render writes what the extension names, in any case") {
    const std::string markdown = run_rolekit(std::string("render ") + kL3).out;
    const std::string html = run_rolekit(std::string("render --format html ") + kL3).out;
    REQUIRE(html.starts_with("<!DOCTYPE html>"));
    for (const char* name : {"p.HTML", "p.htm", "p.Html"}) {
        CAPTURE(name);
        const Wrote w = write_to("render-html", std::string("render ") + kL3, name);
        CHECK(w.run.exit_code == 0);
        CHECK(read_file(w.file) == html);
    }
    for (const char* name : {"p.md", "p.Md", "p.markdown", "p"}) {
        CAPTURE(name);
        const Wrote w = write_to("render-md", std::string("render ") + kL3, name);
        CHECK(w.run.exit_code == 0);
        CHECK(read_file(w.file) == markdown);
    }
    const std::string docx = run_rolekit(std::string("render --format docx -o - ") + kL3).out;
    for (const char* name : {"p.docx", "p.DOCX"}) {
        CAPTURE(name);
        const Wrote w = write_to("render-docx", std::string("render ") + kL3, name);
        CHECK(w.run.exit_code == 0);
        CHECK(read_file(w.file).starts_with("PK\x03\x04"));  // a zip: the DOCX container
        CHECK(read_file(w.file) == docx);
    }
    // --format names the format of an extension no format claims.
    const Wrote log = write_to("render-log", std::string("render --format html ") + kL3, "p.log");
    CHECK(log.run.exit_code == 0);
    CHECK(read_file(log.file) == html);
}

TEST_CASE("formats by file: render refuses a file it cannot write, and writes nothing") {
    const std::string writes =
        "render writes markdown (.md or .markdown), html (.html or .htm), docx (.docx) or pdf (.pdf): "
        "name the file so";
    const std::string render = std::string("render ") + kL3;
    Wrote w = write_to("render-json", render, "p.json");
    check_refused(w, "render does not write json ('" + w.file.string() + "' names it)", writes);
    w = write_to("render-odt", render, "p.odt");
    check_refused(w, "render does not write .odt files ('" + w.file.string() + "')",
                  writes + ", or give --format to choose one");
    w = write_to("render-xlsx", render, "p.xlsx");
    check_refused(w, "render does not write xlsx ('" + w.file.string() + "' names it)", writes);
    w = write_to("render-contradicts", std::string("render --format markdown ") + kL3, "p.html");
    check_refused(w, "--format markdown contradicts '" + w.file.string() + "', which names html",
                  "leave out --format to write html, or name a file ending in .md or .markdown");
    // Refused before the document is read: a missing one is not even looked for.
    w = write_to("render-first", "render no-such-profile", "p.json");
    check_refused(w, "render does not write json ('" + w.file.string() + "' names it)", writes);
}

TEST_CASE("formats by file: diff writes HTML, JSON, Markdown or text as the file says") {
    const std::string diff = std::string("diff ") + kL3 + " " + kL8;
    Wrote w = write_to("diff-html", diff, "d.html");
    CHECK(w.run.exit_code == 0);
    CHECK(w.run.err == "wrote " + w.file.string() + "\n");
    CHECK(read_file(w.file).starts_with("<!DOCTYPE html>"));
    w = write_to("diff-json", diff, "d.JSON");
    CHECK(w.run.exit_code == 0);
    CHECK(nlohmann::json::parse(read_file(w.file)).is_object());
    CHECK(read_file(w.file) == run_rolekit(diff + " --format json").out);
    w = write_to("diff-md", diff, "d.md");
    CHECK(read_file(w.file) == run_rolekit(diff + " --format markdown").out);
    w = write_to("diff-txt", diff, "d.txt");
    CHECK(read_file(w.file) == run_rolekit(diff).out);
    w = write_to("diff-yaml", diff, "d.yaml");
    check_refused(w, "diff does not write yaml ('" + w.file.string() + "' names it)",
                  "diff writes text (.txt), markdown (.md or .markdown), html (.html or .htm), "
                  "json (.json), docx (.docx), pdf (.pdf), csv (.csv) or xlsx (.xlsx): name the "
                  "file so");
}

TEST_CASE(
    "formats by file: validate -o writes SARIF, JUnit or JSON, standard output keeps the text") {
    const fs::path profile =
        rolekit::test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml";
    const std::string validate = "validate " + shell_quote(profile);
    const std::string text = run_rolekit(validate).out;
    Wrote w = write_to("validate-sarif", validate, "r.sarif");
    CHECK(w.run.out == text);
    CHECK(nlohmann::json::parse(read_file(w.file))["version"] == "2.1.0");
    w = write_to("validate-xml", validate, "r.XML");
    CHECK(w.run.out == text);
    CHECK(read_file(w.file).starts_with("<?xml"));
    CHECK(read_file(w.file) == run_rolekit(validate + " --format junit").out);
    w = write_to("validate-json", validate, "r.json");
    CHECK(nlohmann::json::parse(read_file(w.file)).contains("findings"));
    // --output-file is -o's long name.
    const fs::path dir = temp_dir("validate-long");
    CHECK(run_rolekit(validate + " --output-file " + shell_quote(dir / "r.sarif")).exit_code ==
          w.run.exit_code);
    CHECK(nlohmann::json::parse(read_file(dir / "r.sarif"))["version"] == "2.1.0");
    w = write_to("validate-log", validate, "r.log");
    check_refused(w, "validate does not write .log files ('" + w.file.string() + "')",
                  "validate writes text (.txt), json (.json), sarif (.sarif), junit (.xml) or "
                  "github: name the "
                  "file so, or give --format to choose one");
    w = write_to("validate-github", validate + " --format github", "r.log");
    CHECK(read_file(w.file) == run_rolekit(validate + " --format github").out);
    w = write_to("validate-contradicts", validate + " --format json", "r.sarif");
    check_refused(w, "--format json contradicts '" + w.file.string() + "', which names sarif",
                  "leave out --format to write sarif, or name a file ending in .json");
}

TEST_CASE("formats by file: export, schema, import, merge and init write their one format") {
    Wrote w = write_to("export", "export nccmh-psw-mental-health", "map.json");
    CHECK(w.run.exit_code == 0);
    CHECK(nlohmann::json::parse(read_file(w.file)).contains("CFDocument"));
    const fs::path package = w.file;
    w = write_to("export-yaml", "export nccmh-psw-mental-health", "map.yaml");
    check_refused(w, "export does not write yaml ('" + w.file.string() + "' names it)",
                  "export writes case (.json), csv (.csv) or xlsx (.xlsx): name the file so");

    w = write_to("schema", "schema", "s.JSON");
    CHECK(nlohmann::json::parse(read_file(w.file)).contains("$schema"));
    w = write_to("schema-yaml", "schema", "s.yaml");
    check_refused(w, "schema does not write yaml ('" + w.file.string() + "' names it)",
                  "schema writes json (.json): name the file so");

    w = write_to("import", "import case " + shell_quote(package), "m.yml");
    CHECK(w.run.exit_code == 0);
    CHECK(read_file(w.file).find("\nkind: CompetenceMap\n") != std::string::npos);
    w = write_to("import-md", "import case " + shell_quote(package), "m.md");
    check_refused(w, "import does not write markdown ('" + w.file.string() + "' names it)",
                  "import writes yaml (.yaml or .yml): name the file so");

    w = write_to("merge-html", std::string("merge ") + kL3 + " wiltshire-ld-psw", "m.html");
    check_refused(w, "merge does not write html ('" + w.file.string() + "' names it)",
                  "merge writes yaml (.yaml or .yml): name the file so");
    w = write_to("init-json", std::string("init overlay --base ") + kL3 + " --locality Dorset",
                 "o.json");
    check_refused(w, "init overlay does not write json ('" + w.file.string() + "' names it)",
                  "init overlay writes yaml (.yaml or .yml): name the file so");
}

TEST_CASE("formats by file: --format's help and completion come from the table") {
    const auto complete = [](const std::string& words) {
        return lines(run_rolekit("__complete " + words).out);
    };
    CHECK(complete("render --format ''") == std::vector<std::string>{"markdown", "html", "docx", "pdf"});
    CHECK(complete("diff --format ''") ==
          std::vector<std::string>{"text", "markdown", "html", "json", "docx", "pdf", "csv", "xlsx"});
    CHECK(complete("export --format ''") == std::vector<std::string>{"case", "csv", "xlsx"});
    const Run help = run_rolekit("render --help");
    CHECK(help.out.find("markdown (.md or .markdown), html (.html or .htm), docx (.docx) or pdf (.pdf); "
                        "default: the -o file's extension, else markdown") != std::string::npos);
}
