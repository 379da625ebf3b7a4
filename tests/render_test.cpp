// render_document on every shipped document and on a hostile one: GFM tables
// that a real GFM parser (cmark-gfm) reads with the right columns, HTML that
// is well-formed and self-contained, user text that never becomes markup.

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "rolekit/library.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/render.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

const Library& library() { return test::builtin(); }

const Document& doc(const std::string& id) { return test::builtin_doc(id); }

// What a GFM parser makes of Markdown: the column count of every table, and
// the plain text.
struct Parsed {
    std::vector<int> table_columns;
    std::string text;
    std::string html;  // rendered with raw HTML allowed, as a careless viewer would
};

Parsed parse_gfm(const std::string& markdown) {
    cmark_gfm_core_extensions_ensure_registered();
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(0), cmark_parser_free);
    cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension("table"));
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(cmark_parser_finish(parser.get()),
                                                                 cmark_node_free);
    Parsed out;
    for (cmark_node* n = cmark_node_first_child(root.get()); n; n = cmark_node_next(n))
        if (std::string(cmark_node_get_type_string(n)) == "table")
            out.table_columns.push_back(cmark_gfm_extensions_get_table_columns(n));
    char* text = cmark_render_plaintext(root.get(), 0, 0);
    out.text = text;
    free(text);
    char* html = cmark_render_html(root.get(), CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser.get()));
    out.html = html;
    free(html);
    return out;
}

// Every table line must have header-many cells: a stray `|` in user text
// would add one, which a GFM parser silently drops.
void check_pipe_counts(const std::string& markdown) {
    std::size_t expected = 0;
    std::size_t start = 0;
    while (start < markdown.size()) {
        const std::size_t nl = markdown.find('\n', start);
        const std::string line = markdown.substr(start, nl - start);
        start = nl == std::string::npos ? markdown.size() : nl + 1;
        if (line.empty() || line[0] != '|') {
            expected = 0;
            continue;
        }
        std::size_t pipes = 0;
        for (std::size_t i = 0; i < line.size(); ++i)
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++pipes;
        if (expected == 0) expected = pipes;
        CAPTURE(line);
        CHECK(pipes == expected);
    }
}

std::optional<int> check_html(const std::string& html, const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("rolekit-render-" + name);
    fs::create_directories(dir);
    std::ofstream(dir / "page.html", std::ios::binary) << html;
    return test::run_python("check_html.py", {dir / "page.html"});
}

std::vector<std::string> all_nos_titles(const RoleProfile& p) {
    std::vector<std::string> out;
    for (const auto* groups : {&p.competences.core, &p.competences.role_specific, &p.competences.locality})
        for (const CompetenceGroup& g : *groups)
            for (const NosRef& n : g.nos) out.push_back(n.title.value);
    return out;
}

std::string html_text(std::string s) {  // the few entities our titles need
    for (auto [from, to] : {std::pair<std::string, std::string>{"&", "&amp;"}, {"'", "&#39;"}}) {
        for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
            s.replace(at, from.size(), to);
    }
    return s;
}

}  // namespace

TEST_CASE("role profiles: template order, GFM tables with three-column competences, every NOS") {
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"}) {
        CAPTURE(id);
        const RoleProfile& p = std::get<RoleProfile>(doc(id).body);
        const std::string md = render_document(doc(id), library().documents, RenderFormat::markdown);
        check_pipe_counts(md);
        const Parsed parsed = parse_gfm(md);
        // title block, basic information, core, role-specific, learning, CPD
        CHECK(parsed.table_columns == std::vector<int>{2, 2, 3, 3, 2, 2});
        for (const std::string& title : all_nos_titles(p)) {
            CAPTURE(title);
            CHECK(parsed.text.find(title) != std::string::npos);
        }
        std::size_t last = 0;
        for (const char* heading : {"## Level Descriptor", "## Basic Information", "## Scope of the Role",
                                    "## Common/Core Competences for all Level", "## Role Specific Competences",
                                    "## Locality Specific Competences",
                                    "## Indicative Learning and Development",
                                    "## Continuing Professional Development", "## References"}) {
            CAPTURE(heading);
            const std::size_t at = md.find(heading);
            REQUIRE(at != std::string::npos);
            CHECK(at > last);
            last = at;
        }
        CHECK(md.find("*No locality specific competences have been added.*") != std::string::npos);

        const std::string html = render_document(doc(id), library().documents, RenderFormat::html);
        if (auto rc = check_html(html, id)) CHECK(*rc == 0);
        for (const std::string& title : all_nos_titles(p)) {
            CAPTURE(title);
            CHECK(html.find(html_text(title)) != std::string::npos);
        }
        CHECK(html.find("<th scope=\"col\">Underpinning principle</th>") != std::string::npos);
        CHECK(html.find("@page { size: A4;") != std::string::npos);
    }
    const std::string l8 = render_document(doc("ld-strategic-manager-l8"), library().documents,
                                           RenderFormat::markdown);
    CHECK(l8.find("## Common/Core Competences for all Level 7 Roles") != std::string::npos);
}

TEST_CASE("competence tables do not repeat an area or function on continuation rows") {
    const std::string md = render_document(doc("ld-peer-support-worker-l3"), library().documents,
                                           RenderFormat::markdown);
    CHECK(md.find("| 3\\. Health, Safety and Security | Ensure you own actions reduce risks to health and "
                  "safety | Perform hand hygiene to prevent the spread of infection |\n"
                  "|   |   | PROHSS1 Make sure your own actions reduce risks to health and safety |\n") !=
          std::string::npos);
}

TEST_CASE("a merged profile names the locality that added each group") {
    const MergeResult m = merge_overlays(doc("ld-peer-support-worker-l3"), {&doc("wiltshire-ld-psw")},
                                         CheckContext(library().documents));
    REQUIRE(m.merged);
    const std::string md = render_document(*m.merged, library().documents, RenderFormat::markdown);
    CHECK(md.find("\n\nAdded by Wiltshire Liaison and Diversion Service\n\n| Underpinning principle |") !=
          std::string::npos);
    CHECK(md.find("wiltshire") == std::string::npos);  // the overlay's id is never shown
    CHECK(md.find("Liaison and Diversion training- Core 1 and 2<br>") !=
          std::string::npos);  // '-' is only escaped at the start of a text
    CHECK(parse_gfm(md).table_columns == std::vector<int>{2, 2, 3, 3, 3, 2, 2});
    CHECK(md.find("No locality specific competences") == std::string::npos);
    const std::string html = render_document(*m.merged, library().documents, RenderFormat::html);
    CHECK(html.find("Quality assure work in your team") != std::string::npos);
    if (auto rc = check_html(html, "merged")) CHECK(*rc == 0);
}

TEST_CASE("a local profile names its locality in the page title, the heading block and the first row") {
    const LoadResult overlay = load_document(R"(kind: LocalityOverlay
format: 1
id: plymouth-ld-psw
base: ld-peer-support-worker-l3
locality: Plymouth Liaison and Diversion Service
competences:
  - area: H
    function: Manage a budget
    nos:
      - Manage budgets
)",
                                             "plymouth.yaml");
    REQUIRE(overlay.document);
    const MergeResult m = merge_overlays(doc("ld-peer-support-worker-l3"), {&*overlay.document},
                                         CheckContext(library().documents));
    REQUIRE(m.merged);
    const std::string md = render_document(*m.merged, library().documents, RenderFormat::markdown);
    CHECK(md.rfind("# Peer Support Worker — Plymouth Liaison and Diversion Service\n\n"
                   "Local profile for Plymouth Liaison and Diversion Service · Liaison and Diversion Service · "
                   "Career Framework Level 3\n",
                   0) == 0);
    CHECK(md.find("| Locality | Plymouth Liaison and Diversion Service |") != std::string::npos);
    const std::string html = render_document(*m.merged, library().documents, RenderFormat::html);
    CHECK(html.find("<title>Peer Support Worker — Plymouth Liaison and Diversion Service</title>") !=
          std::string::npos);
    CHECK(html.find("<h1>Peer Support Worker — Plymouth Liaison and Diversion Service</h1>") != std::string::npos);
    // The national template names none.
    const std::string national =
        render_document(doc("ld-peer-support-worker-l3"), library().documents, RenderFormat::markdown);
    CHECK(national.rfind("# Peer Support Worker\n", 0) == 0);
    CHECK(national.find("| Locality |") == std::string::npos);
}

TEST_CASE("competence map and occupational standard render in both formats") {
    const std::string map_md = render_document(doc("nccmh-psw-mental-health"), library().documents,
                                               RenderFormat::markdown);
    check_pipe_counts(map_md);
    // principles, then one table per curriculum section
    CHECK(parse_gfm(map_md).table_columns == std::vector<int>{2, 3, 3, 3, 3});
    CHECK(map_md.find("### Working with teams and promoting people's rights") != std::string::npos);
    CHECK(map_md.find("  - ensuring people are involved in jointly developing their care plan") !=
          std::string::npos);  // a nested statement
    const std::string std_md = render_document(doc("peer-worker-l3"), library().documents,
                                               RenderFormat::markdown);
    check_pipe_counts(std_md);
    CHECK(parse_gfm(std_md).table_columns == std::vector<int>{4, 2, 2, 2});
    CHECK(std_md.find("K1 the core values and principles of peer support") != std::string::npos);
    for (const char* id : {"nccmh-psw-mental-health", "peer-worker-l3"}) {
        const std::string html = render_document(doc(id), library().documents, RenderFormat::html);
        if (auto rc = check_html(html, id)) CHECK(*rc == 0);
    }
}

TEST_CASE("rendering is deterministic") {
    for (RenderFormat f : {RenderFormat::markdown, RenderFormat::html})
        CHECK(render_document(doc("ld-peer-support-worker-l3"), library().documents, f) ==
              render_document(doc("ld-peer-support-worker-l3"), library().documents, f));
}

namespace {

const char* const kHostile = R"yaml(kind: RoleProfile
format: 1
id: hostile
title: "<script>alert('title')</script> Worker"
service: "A | B & C"
level: 3
basic_info:
  named_role: "<img src=x onerror=alert(1)>"
  area_of_work: "**bold** _it_ [x](javascript:alert(2))"
  experience_required: "line <b>one</b>\n\nline | two"
scope: |
  Safe [NHS](https://www.nhs.uk) and [mail](mailto:a@b.org) links.
  Bad [link](javascript:alert(3)) and [relative](../etc/passwd) and ![img](https://x.org/a.png).
  <script>alert(4)</script>
  <iframe src="https://evil.example"></iframe>
competences:
  core:
    - area: "1"
      function: "Pipes | in * function"
      nos: ["Title with | pipe and <tag> and `code`", "- looks like a list", "1. looks numbered"]
  role_specific: []
references: ["<a href='javascript:x'>ref</a>"]
)yaml";

}  // namespace

TEST_CASE("hostile text is escaped in both formats") {
    LoadResult r = load_document(kHostile, "hostile.yaml");
    for (const Finding& f : r.findings) CAPTURE(f.message);
    REQUIRE(r.findings.empty());
    const std::string html = render_document(*r.document, library().documents, RenderFormat::html);
    if (auto rc = check_html(html, "hostile")) CHECK(*rc == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(html.find("href=\"javascript:") == std::string::npos);
    CHECK(html.find("href='javascript:") == std::string::npos);
    CHECK(html.find("href=\"../etc/passwd") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(4)&lt;/script&gt;") != std::string::npos);  // shown, not run
    CHECK(html.find("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Worker") != std::string::npos);
    CHECK(html.find("<a href=\"https://www.nhs.uk\">NHS</a>") != std::string::npos);
    CHECK(html.find("<a href=\"mailto:a@b.org\">mail</a>") != std::string::npos);
    CHECK(html.find("Bad link and relative and img.") != std::string::npos);  // text kept, links gone

    const std::string md = render_document(*r.document, library().documents, RenderFormat::markdown);
    check_pipe_counts(md);
    const Parsed parsed = parse_gfm(md);
    CHECK(parsed.table_columns == std::vector<int>{2, 2, 3});  // no role specific competences: no table
    CHECK(parsed.text.find("<img src=x onerror=alert(1)>") != std::string::npos);  // as text
    // Rendered by a GFM parser, no user text is live HTML or a javascript: link.
    const std::string gfm_html = parsed.html;
    CHECK(gfm_html.find("<script") == std::string::npos);
    CHECK(gfm_html.find("<img") == std::string::npos);
    CHECK(gfm_html.find("<iframe") == std::string::npos);
    CHECK(gfm_html.find("href=\"javascript:") == std::string::npos);
    // Table cells hold the user's text exactly, as text.
    CHECK(gfm_html.find("<td>Title with | pipe and &lt;tag&gt; and `code`</td>") != std::string::npos);
    CHECK(gfm_html.find("<td>- looks like a list</td>") != std::string::npos);
    CHECK(gfm_html.find("<td>**bold** _it_ [x](javascript:alert(2))</td>") != std::string::npos);
}

TEST_CASE("a printed page's footer shows a revision once, as the document writes it") {
    // "Revised February 2023" and "Final February 2023" name themselves; a
    // bare date is labelled.
    const auto footer = [](const std::string& id) {
        const std::string html = render_document(doc(id), library().documents, RenderFormat::html);
        const auto at = html.find("@bottom-left { content: \"");
        REQUIRE(at != std::string::npos);
        const auto from = at + std::string_view("@bottom-left { content: \"").size();
        return html.substr(from, html.find('"', from) - from);
    };
    CHECK(footer("ld-peer-support-worker-l3") == "Revised February 2023");
    CHECK(footer("ld-strategic-manager-l8") == "Final February 2023");
    CHECK(footer("nccmh-psw-mental-health") == "Revision February 2020 (consultation period)");
}
