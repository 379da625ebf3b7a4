// The rule table is the one source of rule ids and of the rules reference:
// `rolekit rules`, each rule's example (run here, bad and fixed), and
// docs/rules.md, which is `rolekit rules --format markdown` exactly.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rolekit/check.hpp"
#include "rolekit/document_set.hpp"
#include "rolekit/rules.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;
using rolekit::test::read_file;
using rolekit::test::Run;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

namespace {

// Runs shell text in `dir` with the built rolekit first on PATH, as a user
// would type the example; standard error is merged into the output.
Run run_in(const fs::path& dir, const std::string& script) {
    const fs::path bin = dir / ".bin";
    fs::create_directories(bin);
    if (!fs::exists(bin / "rolekit")) fs::create_symlink(ROLEKIT_BINARY, bin / "rolekit");
    write_file(dir / ".script", script);
    const fs::path out = dir / ".out";
    const std::string cmd = "cd " + shell_quote(dir.string()) +
                            " && env -u ROLEKIT_PATH NO_COLOR=1 PATH=" + shell_quote(bin.string()) +
                            ":\"$PATH\" bash .script >" + shell_quote(out.string()) + " 2>&1";
    const int status = std::system(cmd.c_str());
    return Run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), ""};
}

bool reports(const Run& r, std::string_view rule) {
    return r.out.find(fmt::format("[{}]", rule)) != std::string::npos;
}

bool reports_anything(const Run& r) {
    for (const char* severity : {"error[", "warning[", "info["})
        if (r.out.find(severity) != std::string::npos) return true;
    return false;
}

// The "## All rules" table of the rules reference, one string per row.
std::vector<std::string> rules_page_table(const std::string& text) {
    std::istringstream page(text);
    std::vector<std::string> rows;
    bool inside = false;
    for (std::string line; std::getline(page, line);) {
        if (line.starts_with("## "))
            inside = line == "## All rules";
        else if (inside && line.starts_with("| ") && !line.starts_with("| rule ") &&
                 !line.starts_with("|---"))
            rows.push_back(line);
    }
    return rows;
}

}  // namespace

TEST_CASE("rules: every rule has help with a description and a bad and a fixed example") {
    for (const RuleInfo& info : all_rules()) {
        CAPTURE(info.id);
        const RuleHelp& help = rule_help(*find_rule_id(info.id));
        CHECK_FALSE(help.description.empty());
        CHECK_FALSE(help.example.bad.empty());
        CHECK_FALSE(help.example.fixed.empty());
        CHECK(help.example.file.empty() == help.example.command.empty());
        for (std::istringstream in{std::string(help.description)}; !in.eof();) {
            std::string line;
            std::getline(in, line);
            CHECK(line.size() < 80);
        }
    }
}

TEST_CASE("rules: each example's bad version reports its rule and the fixed one does not") {
    int n = 0;
    for (const RuleInfo& info : all_rules()) {
        CAPTURE(info.id);
        const RuleExample& e = rule_help(*find_rule_id(info.id)).example;
        const fs::path dir = temp_dir("rule-example-" + std::to_string(++n));
        if (!e.context_file.empty()) write_file(dir / e.context_file, std::string(e.context));
        if (e.file.empty()) {
            const Run bad = run_in(dir, std::string(e.bad));
            CAPTURE(bad.out);
            CHECK(reports(bad, info.id));
            const Run fixed = run_in(dir, std::string(e.fixed));
            CAPTURE(fixed.out);
            CHECK(fixed.exit_code == 0);
            CHECK_FALSE(reports(fixed, info.id));
            continue;
        }
        write_file(dir / e.file, std::string(e.bad));
        const Run bad = run_in(dir, std::string(e.command));
        CAPTURE(bad.out);
        CHECK(reports(bad, info.id));
        write_file(dir / e.file, std::string(e.fixed));
        const Run fixed = run_in(dir, std::string(e.command));
        CAPTURE(fixed.out);
        CHECK(fixed.exit_code == 0);
        if (std::string_view(e.command).starts_with("rolekit validate"))
            CHECK_FALSE(reports_anything(fixed));
        else
            CHECK_FALSE(reports(fixed, info.id));
    }
}

TEST_CASE("rules: docs/rules.md is exactly rolekit rules --format markdown") {
    const std::string page = read_file(rolekit::test::source_dir() / "docs/rules.md");
    const std::string expected = format_rules_markdown();
    if (page != expected) {
        std::size_t line = 1;
        std::size_t i = 0;
        for (; i < page.size() && i < expected.size() && page[i] == expected[i]; ++i)
            if (page[i] == '\n') ++line;
        FAIL_CHECK("docs/rules.md differs from the rule registry from line "
                   << line << " on; it is generated: run\n"
                   << "  build/dev/cli/rolekit rules --format markdown > docs/rules.md\n"
                   << "and commit the result (edit lib/src/rules/, never the page)");
    }
    const Run printed = rolekit::test::run_rolekit("rules --format markdown");
    CHECK(printed.exit_code == 0);
    CHECK(printed.out == expected);
}

TEST_CASE("rules: the reference has the rule table, and every rule its section") {
    std::vector<std::string> expected;
    std::optional<RuleGroup> group;
    for (const RuleInfo& r : all_rules()) {
        if (group != r.group) {
            group = r.group;
            expected.push_back(fmt::format("| **{}** | | |", rule_group_name(r.group)));
        }
        expected.push_back(fmt::format("| [`{0}`](#{0}) | {1} | {2} |", r.id,
                                       severity_name(r.severity), r.summary));
    }
    const auto joined = [](const std::vector<std::string>& rows) {
        std::string out;
        for (const std::string& r : rows) out += r + "\n";
        return out;
    };
    const std::string page = format_rules_markdown();
    CHECK(joined(rules_page_table(page)) == joined(expected));
    for (const RuleInfo& r : all_rules()) {
        CAPTURE(r.id);
        CHECK(page.find(fmt::format("\n### {}\n", r.id)) != std::string::npos);
        // Its description, and whether it makes a file unusable.
        const std::size_t at = page.find(fmt::format("\n### {}\n", r.id));
        const std::size_t next = page.find("\n#", at + 1);
        const std::string section = page.substr(at, next - at);
        CHECK(section.find("**Bad**") != std::string::npos);
        CHECK((section.find("**Unusable: exit code 2.**") != std::string::npos) == r.unusable);
    }
}

TEST_CASE("rules: a rule's needs are in the table, in rolekit rules ID and in the reference") {
    CHECK(rules::nos_unknown.info().needs.contains(RuleNeed::nos_catalog));
    CHECK(rules::unknown_area.info().needs.contains(RuleNeed::functional_map));
    CHECK(rules::core_set_mismatch.info().needs.contains(RuleNeed::career_framework));
    CHECK(rules::overlay_nos_in_base.info().needs.contains(RuleNeed::base_profile));
    CHECK(rules::nos_duplicate.info().needs.empty());
    CHECK(format_rule_help(rules::nos_withdrawn).find("\n\nNeeds a NosCatalog.\n") !=
          std::string::npos);
    CHECK(format_rule_help(rules::nos_duplicate).find("Needs") == std::string::npos);
    CHECK(format_rule_list().find("\nRules that run only when another document is loaded:\n"
                                  "  a FunctionalMap: unknown-area, function-not-in-area\n"
                                  "  a NosCatalog: nos-unknown, nos-title-mismatch, nos-uncoded, "
                                  "nos-withdrawn, local-competence-is-nos\n") != std::string::npos);
    const std::string page = format_rules_markdown();
    CHECK(
        page.find(
            "| [`unknown-area`](#unknown-area), [`function-not-in-area`](#function-not-in-area) | "
            "a FunctionalMap is loaded.") != std::string::npos);
    CHECK(page.find("\n### core-set-mismatch\n\nNeeds a CareerFramework.\n") != std::string::npos);
}

TEST_CASE("rules: rolekit rules --format takes text or markdown") {
    CHECK(rolekit::test::run_rolekit("rules --format text").out == format_rule_list());
    const Run typo = rolekit::test::run_rolekit("rules --format mardown");
    CHECK(typo.exit_code == 2);
    CHECK(typo.err.find("did you mean 'markdown'? (one of: text, markdown)") != std::string::npos);
}

TEST_CASE("rules: rolekit rules lists every rule, rolekit rules ID explains one") {
    const Run list = rolekit::test::run_rolekit("rules");
    CHECK(list.exit_code == 0);
    CHECK(list.out == format_rule_list());
    for (const RuleInfo& r : all_rules()) {
        CAPTURE(r.id);
        CHECK(list.out.find(fmt::format("\n  {:<25} {:<8} {}\n", r.id, severity_name(r.severity),
                                        r.summary)) != std::string::npos);
    }
    const Run one = rolekit::test::run_rolekit("rules nos-duplicate");
    CHECK(one.exit_code == 0);
    CHECK(one.out == format_rule_help(rules::nos_duplicate));
    CHECK(
        one.out.starts_with("nos-duplicate: warning (consistency rule)\n"
                            "The same NOS is listed more than once in a profile.\n"));
    CHECK(one.out.ends_with(
        "More: https://github.com/rolekit/rolekit/blob/main/docs/rules.md#nos-duplicate\n"));
    const Run typo = rolekit::test::run_rolekit("rules nos-duplicat");
    CHECK(typo.exit_code == 2);
    CHECK(typo.err ==
          "rolekit: error: unknown rule 'nos-duplicat'\n  hint: did you mean 'nos-duplicate'?\n");
}

TEST_CASE("rules: which rules run, and which references validate reads, come from their needs") {
    const DocumentSet nothing;
    const CheckContext context(nothing);
    for (const RuleInfo& r : all_rules()) {
        CAPTURE(r.id);
        const bool context_needed = r.needs.contains(RuleNeed::nos_catalog) ||
                                    r.needs.contains(RuleNeed::functional_map) ||
                                    r.needs.contains(RuleNeed::career_framework);
        CHECK(rule_runs(context, *find_rule_id(r.id)) == !context_needed);
    }
    CHECK(needed_kinds() == std::set{DocumentKind::role_profile, DocumentKind::nos_catalog,
                                     DocumentKind::functional_map, DocumentKind::career_framework});
}
