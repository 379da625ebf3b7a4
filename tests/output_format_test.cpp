// The one table of output formats and choose_output_format: which format a
// command writes, from --format and the -o file's name.

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "rolekit/diff_report.hpp"
#include "rolekit/output_format.hpp"
#include "rolekit/render.hpp"
#include "rolekit/report.hpp"
#include "rolekit/rules.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

FormatChoice choose(OutputCommand c, std::string_view format, std::string_view output,
                    bool tty = false) {
    return choose_output_format(c, {format, output, tty});
}

// The format chosen, by name; the message and hint when refused.
std::string chosen(OutputCommand c, std::string_view format, std::string_view output,
                   bool tty = false) {
    const FormatChoice choice = choose(c, format, output, tty);
    if (choice.format) return std::string(output_format_info(*choice.format).name);
    return "refused: " + choice.message + " | " + choice.hint;
}

}  // namespace

TEST_CASE("output formats: one row per format, each name and extension once") {
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < output_formats().size(); ++i) {
        const OutputFormatInfo& info = output_formats()[i];
        CAPTURE(info.name);
        CHECK(static_cast<std::size_t>(info.format) == i);
        CHECK(names.insert(info.name).second);
        CHECK(output_format_from_name(info.name) == info.format);
        for (std::string_view e : info.extensions) CHECK(e.find('.') == std::string_view::npos);
    }
    CHECK(output_format_info(OutputFormat::docx).binary);
    CHECK(output_format_info(OutputFormat::pdf).binary);
    CHECK_FALSE(output_format_info(OutputFormat::html).binary);
    CHECK(output_format_info(OutputFormat::xlsx).binary);
    CHECK_FALSE(output_format_info(OutputFormat::csv).binary);
    CHECK_FALSE(output_format_from_name("odt"));
}

TEST_CASE("output formats: every format a command lists has its printer") {
    for (std::size_t i = 0; i < command_outputs().size(); ++i) {
        const CommandOutput& c = command_outputs()[i];
        CAPTURE(c.name);
        CHECK(static_cast<std::size_t>(c.command) == i);
        CHECK(std::find(c.formats.begin(), c.formats.end(), c.default_format) != c.formats.end());
        for (OutputFormat f : c.formats) {
            CAPTURE(output_format_info(f).name);
            if (c.command == OutputCommand::render) CHECK(render_format_of(f));
            if (c.command == OutputCommand::diff) CHECK(diff_format_of(f));
            if (c.command == OutputCommand::validate) CHECK(report_format_of(f));
            if (c.command == OutputCommand::rules) CHECK(rules_format_of(f));
        }
    }
    CHECK(render_format_of(OutputFormat::docx) == RenderFormat::docx);
    CHECK(diff_format_of(OutputFormat::docx) == DiffFormat::docx);
    CHECK(render_format_of(OutputFormat::pdf) == RenderFormat::pdf);
    CHECK(diff_format_of(OutputFormat::pdf) == DiffFormat::pdf);
    CHECK(diff_format_of(OutputFormat::csv) == DiffFormat::csv);
    CHECK(diff_format_of(OutputFormat::xlsx) == DiffFormat::xlsx);
    CHECK_FALSE(render_format_of(OutputFormat::xlsx));
    CHECK(format_names(OutputCommand::render) ==
          std::vector<std::string_view>{"markdown", "html", "docx", "pdf"});
    CHECK(format_names(OutputCommand::validate) ==
          std::vector<std::string_view>{"text", "json", "sarif", "junit", "github"});
}

TEST_CASE("choosing a format: the extension names it, in any case") {
    using C = OutputCommand;
    CHECK(chosen(C::render, "", "p.html") == "html");
    CHECK(chosen(C::render, "", "p.HTML") == "html");
    CHECK(chosen(C::render, "", "p.htm") == "html");
    CHECK(chosen(C::render, "", "p.Md") == "markdown");
    CHECK(chosen(C::render, "", "out/p.markdown") == "markdown");
    CHECK(chosen(C::diff, "", "d.html") == "html");
    CHECK(chosen(C::diff, "", "d.json") == "json");
    CHECK(chosen(C::diff, "", "d.md") == "markdown");
    CHECK(chosen(C::diff, "", "d.txt") == "text");
    CHECK(chosen(C::validate, "", "r.sarif") == "sarif");
    CHECK(chosen(C::validate, "", "r.xml") == "junit");
    CHECK(chosen(C::validate, "", "r.JSON") == "json");
    // The command's own format first: export's .json is a CASE package.
    CHECK(chosen(C::export_case, "", "peer.json") == "case");
    CHECK(chosen(C::schema, "", "s.json") == "json");
    CHECK(chosen(C::merge, "", "m.yml") == "yaml");
    CHECK(chosen(C::import_case, "", "m.YAML") == "yaml");
    // The same as --format names it.
    CHECK(chosen(C::render, "html", "p.htm") == "html");
    CHECK(chosen(C::export_case, "case", "peer.json") == "case");
}

TEST_CASE("choosing a format: no file, -, or no extension: --format, else the default") {
    using C = OutputCommand;
    CHECK(chosen(C::render, "", "") == "markdown");
    CHECK(chosen(C::render, "", "-") == "markdown");
    CHECK(chosen(C::render, "html", "-") == "html");
    CHECK(chosen(C::render, "", "out/profile") == "markdown");
    CHECK(chosen(C::render, "html", "out.d/profile") == "html");
    // A leading dot is a hidden file's name, not an extension.
    CHECK(chosen(C::diff, "", ".md") == "text");
    CHECK(chosen(C::diff, "", "d.") == "text");
    CHECK(chosen(C::validate, "", "") == "text");
    CHECK(chosen(C::rules, "markdown", "") == "markdown");
}

TEST_CASE(
    "choosing a format: an extension the command cannot write is refused, naming what it can") {
    using C = OutputCommand;
    CHECK(chosen(C::render, "", "p.odt") ==
          "refused: render does not write .odt files ('p.odt') | render writes markdown (.md or "
          ".markdown), html (.html or .htm), docx (.docx) or pdf (.pdf): name the file so, or give "
          "--format to choose one");
    CHECK(chosen(C::render, "", "p.docx") == "docx");
    CHECK(chosen(C::render, "", "p.PDF") == "pdf");
    CHECK(chosen(C::render, "", "p.json") ==
          "refused: render does not write json ('p.json' names it) | render writes markdown (.md "
          "or .markdown), html (.html or .htm), docx (.docx) or pdf (.pdf): name the file so");
    CHECK(chosen(C::schema, "", "s.yaml") ==
          "refused: schema does not write yaml ('s.yaml' names it) | schema writes json (.json): "
          "name the file so");
    CHECK(chosen(C::merge, "", "m.md") ==
          "refused: merge does not write markdown ('m.md' names it) | merge writes yaml (.yaml or "
          ".yml): name the "
          "file so");
    CHECK(
        chosen(C::validate, "", "r.log") ==
        "refused: validate does not write .log files ('r.log') | validate writes text (.txt), json "
        "(.json), "
        "sarif (.sarif), junit (.xml) or github: name the file so, or give --format to choose one");
    // One format and no --format: nothing could say otherwise (mktemp's names).
    CHECK(chosen(C::schema, "", "/tmp/tmp.Xa9bQ") == "json");
    CHECK(chosen(C::import_case, "", "map.new") == "yaml");
}

TEST_CASE(
    "choosing a format: --format names an unknown extension's, never contradicts a known one") {
    using C = OutputCommand;
    CHECK(chosen(C::validate, "text", "report.log") == "text");
    CHECK(chosen(C::render, "html", "p.odt") == "html");
    CHECK(chosen(C::render, "markdown", "p.html") ==
          "refused: --format markdown contradicts 'p.html', which names html | leave out --format "
          "to write "
          "html, or name a file ending in .md or .markdown");
    CHECK(chosen(C::render, "html", "p.docx") ==
          "refused: --format html contradicts 'p.docx', which names docx | leave out --format to "
          "write docx, or name a file ending in .html or .htm");
    CHECK(chosen(C::render, "html", "p.pdf") ==
          "refused: --format html contradicts 'p.pdf', which names pdf | leave out --format to "
          "write pdf, or name a file ending in .html or .htm");
    CHECK(chosen(C::validate, "github", "r.txt") ==
          "refused: --format github contradicts 'r.txt', which names text | leave out --format to "
          "write text, "
          "or name a file with no extension for github");
    CHECK(chosen(C::render, "yaml", "p.md") ==
          "refused: render does not write 'yaml' | --format takes markdown, html, docx, pdf");
}

TEST_CASE(
    "choosing a format: a binary format is refused on a terminal, written to a pipe or a file") {
    // render as it will be once the DOCX and PDF producers land: the rule
    // they meet, on the table's own rows for docx and pdf.
    constexpr std::array formats = {OutputFormat::markdown, OutputFormat::html, OutputFormat::docx,
                                    OutputFormat::pdf};
    CommandOutput render = command_output(OutputCommand::render);
    render.formats = formats;
    const auto pick = [&](std::string_view format, std::string_view output, bool tty) {
        const FormatChoice c = choose_output_format(render, {format, output, tty});
        return c.format ? std::string(output_format_info(*c.format).name)
                        : c.message + " | " + c.hint;
    };
    CHECK(pick("docx", "", true) ==
          "refusing to write docx to a terminal | name a file with -o, or pipe the output");
    CHECK(pick("pdf", "-", true) ==
          "refusing to write pdf to a terminal | name a file with -o, or pipe the output");
    CHECK(pick("docx", "", false) == "docx");  // a pipe
    CHECK(pick("pdf", "-", false) == "pdf");
    CHECK(pick("", "p.DOCX", true) == "docx");  // a file, whatever standard output is
    CHECK(pick("", "p.pdf", true) == "pdf");
    CHECK(pick("html", "", true) == "html");
    // Text formats are never refused on a terminal.
    CHECK(chosen(OutputCommand::render, "html", "", true) == "html");
    CHECK(chosen(OutputCommand::diff, "", "-", true) == "text");
}

TEST_CASE("help and docs come from the table") {
    CHECK(formats_in_words(OutputCommand::render) ==
          "markdown (.md or .markdown), html (.html or .htm), docx (.docx) or pdf (.pdf)");
    CHECK(format_option_help(OutputCommand::diff) ==
          "text (.txt), markdown (.md or .markdown), html (.html or .htm), json (.json), docx "
          "(.docx), pdf (.pdf), csv (.csv) or xlsx (.xlsx); default: the -o file's extension, "
          "else text");
    CHECK(format_option_help(OutputCommand::rules) == "text or markdown (default: text)");
    const std::string page = output_formats_markdown();
    CHECK(page.find("| `pdf` | `.pdf` | a PDF document, A4 pages | yes | render, diff |\n") !=
          std::string::npos);
    CHECK(
        page.find(
            "| `render` | `-o` or standard output | `markdown`, `html`, `docx`, `pdf` | `markdown` |\n") !=
        std::string::npos);
}

// docs/output-formats.md's tables are output_formats_markdown(), between
// its two markers. To write them again after changing the table:
//   ROLEKIT_UPDATE_DOCS=1 build/dev/tests/rolekit_tests -tc='docs/output-formats.md*'
TEST_CASE("docs/output-formats.md's tables are the table of output formats") {
    const std::filesystem::path page_path = test::source_dir() / "docs/output-formats.md";
    if (!std::filesystem::exists(page_path)) return test::skip("no docs/ beside the tests");
    std::string page = test::read_file(page_path);
    constexpr std::string_view begin = "<!-- output-formats: begin -->\n",
                               end = "<!-- output-formats: end -->\n";
    const std::size_t from = page.find(begin), to = page.find(end);
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    REQUIRE(from < to);
    const std::size_t at = from + begin.size();
    const std::string expected = "\n" + output_formats_markdown() + "\n";
    if (std::getenv("ROLEKIT_UPDATE_DOCS") != nullptr) {
        page.replace(at, to - at, expected);
        std::ofstream(page_path, std::ios::binary) << page;
        return;
    }
    CHECK_MESSAGE(page.substr(at, to - at) == expected, "the tables should be:\n" << expected);
}
