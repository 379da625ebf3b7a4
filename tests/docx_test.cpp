// DOCX pages (render/docx/) read back as a client reads them: the zip with
// libzip, each part with pugixml. Real built-in documents; hostile text.

#include <doctest/doctest.h>
#include <zip.h>
#include <pugixml.hpp>

#include <cstdlib>
#include <map>

#include "render/render_blocks.hpp"
#include "rolekit/check.hpp"
#include "rolekit/compare.hpp"
#include "rolekit/diff_report.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/render.hpp"
#include "test_support.hpp"
#include "util/xml_text.hpp"
#include "zip_entries.hpp"

using namespace rolekit;

namespace {

const DocumentSet& scope() {
    return test::builtin().documents;
}

// Every part of a DOCX is deflated.
test::ZipEntries unzip(const std::string& bytes) {
    test::ZipEntries p = test::unzip(bytes);
    for (const zip_uint16_t method : p.methods) CHECK(method == ZIP_CM_DEFLATE);
    return p;
}

struct Xml {
    pugi::xml_document doc;
    explicit Xml(const std::string& text) {
        // Whitespace-only text is text (xml:space="preserve"), as Word reads it.
        const pugi::xml_parse_result r =
            doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata);
        REQUIRE_MESSAGE(r, r.description());
    }
    pugi::xpath_node_set all(const char* xpath) const { return doc.select_nodes(xpath); }
};

// The text of an element's runs in document order: w:t as it is, w:tab and
// w:br as tab and LF.
std::string text_of(pugi::xml_node n) {
    std::string out;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        const std::string name = c.name();
        if (name == "w:t")
            out += c.text().get();
        else if (name == "w:tab")
            out += '\t';
        else if (name == "w:br")
            out += '\n';
        else
            out += text_of(c);
    }
    return out;
}

std::vector<std::string> texts(const Xml& x, const char* xpath) {
    std::vector<std::string> out;
    for (const pugi::xpath_node& n : x.all(xpath)) out.push_back(text_of(n.node()));
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// A NOS cell: "CODE Title", or the title alone where no catalogue codes it.
bool has_nos(const std::vector<std::string>& cells, const std::string& title) {
    return std::any_of(cells.begin(), cells.end(), [&](const std::string& c) {
        return c == title || c.ends_with(" " + title);
    });
}

std::string docx(const Document& d) {
    return render_document(d, scope(), RenderFormat::docx);
}

Document merged(const Document& overlay) {
    const MergeResult m = merge_overlays(test::builtin_doc("ld-peer-support-worker-l3"), {&overlay},
                                         CheckContext(scope()));
    REQUIRE(m.merged);
    return *m.merged;
}

std::vector<std::string> all_nos_titles(const RoleProfile& p) {
    std::vector<std::string> out;
    for (const auto* groups :
         {&p.competences.core, &p.competences.role_specific, &p.competences.locality})
        for (const CompetenceGroup& g : *groups)
            for (const NosRef& n : g.nos) out.push_back(n.title.value);
    return out;
}

// Every table: its first row a header row repeated on each page, no row
// split across pages, full width; returns the cells' paragraph texts.
std::vector<std::string> check_tables(const Xml& body) {
    const pugi::xpath_node_set tables = body.all("//w:tbl");
    CHECK(tables.size() > 0);
    for (const pugi::xpath_node& t : tables) {
        CHECK(std::string(t.node().select_node("w:tblPr/w:tblW/@w:type").attribute().value()) ==
              "pct");
        CHECK(std::string(t.node().select_node("w:tblPr/w:tblW/@w:w").attribute().value()) ==
              "5000");
        const pugi::xpath_node_set rows = t.node().select_nodes("w:tr");
        REQUIRE(rows.size() >= 2);
        CHECK(rows.first().node().select_node("w:trPr/w:tblHeader"));
        for (const pugi::xpath_node& r : rows) CHECK(r.node().select_node("w:trPr/w:cantSplit"));
        CHECK(t.node().select_nodes("w:tr/w:trPr/w:tblHeader").size() == 1);
    }
    return texts(body, "//w:tc/w:p");
}

}  // namespace

TEST_CASE("docx: the Level 3 and Level 8 profiles are A4 Word documents with every NOS") {
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"}) {
        CAPTURE(id);
        const Document& d = test::builtin_doc(id);
        const test::ZipEntries p = unzip(docx(d));
        CHECK(p.names == std::vector<std::string>{
                             "[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
                             "docProps/app.xml", "word/document.xml",
                             "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                             "word/numbering.xml", "word/header1.xml", "word/footer1.xml"});
        const Xml body(p.parts.at("word/document.xml"));
        const pugi::xml_node size = body.all("/w:document/w:body/w:sectPr/w:pgSz").first().node();
        CHECK(std::string(size.attribute("w:w").value()) == "11906");
        CHECK(std::string(size.attribute("w:h").value()) == "16838");
        CHECK(!size.attribute("w:orient"));
        const std::string title = std::get<RoleProfile>(d.body).title.value;
        CHECK(texts(body, "//w:p[w:pPr/w:pStyle/@w:val='Title']") ==
              std::vector<std::string>{title});
        const auto h1 = texts(body, "//w:p[w:pPr/w:pStyle/@w:val='Heading1']");
        for (const char* heading :
             {"Basic Information", "Scope of the Role", "Role Specific Competences",
              "Indicative Learning and Development", "Continuing Professional Development"}) {
            CAPTURE(heading);
            CHECK(contains(h1, heading));
        }
        const std::vector<std::string> cells = check_tables(body);
        for (const std::string& nos : all_nos_titles(std::get<RoleProfile>(d.body))) {
            CAPTURE(nos);
            CHECK(has_nos(cells, nos));
        }
        CHECK(texts(Xml(p.parts.at("word/header1.xml")), "//w:p") ==
              std::vector<std::string>{title});
        const Xml footer(p.parts.at("word/footer1.xml"));
        CHECK(footer.all("//w:fldSimple[@w:instr=' PAGE ']").size() == 1);
        CHECK(footer.all("//w:fldSimple[@w:instr=' NUMPAGES ']").size() == 1);
        const Xml core(p.parts.at("docProps/core.xml"));
        CHECK(std::string(core.all("//dc:title").first().node().text().get()) == title);
        CHECK(std::string(core.all("//dc:subject").first().node().text().get()) ==
              "Transferable role profile");
        CHECK(std::string(core.all("//dc:creator").first().node().text().get()) == "rolekit");
        CHECK(
            std::string(
                Xml(p.parts.at("docProps/app.xml")).all("//Company").first().node().text().get()) ==
            "Skills for Health");
    }
    const Xml l3_footer(
        unzip(docx(test::builtin_doc("ld-peer-support-worker-l3"))).parts.at("word/footer1.xml"));
    CHECK(texts(l3_footer, "//w:p") ==
          std::vector<std::string>{"Revised February 2023\tPage 1 of 1"});
}

TEST_CASE("docx: Word's own styles, headings in the outline, a bordered table style, bullets") {
    const test::ZipEntries p = unzip(docx(test::builtin_doc("ld-strategic-manager-l8")));
    const Xml styles(p.parts.at("word/styles.xml"));
    for (const auto& [id, name, level] : {std::tuple{"Heading1", "heading 1", "0"},
                                          {"Heading2", "heading 2", "1"},
                                          {"Heading3", "heading 3", "2"}}) {
        CAPTURE(id);
        const pugi::xml_node s =
            styles.doc.select_node(fmt::format("//w:style[@w:styleId='{}']", id).c_str()).node();
        CHECK(std::string(s.select_node("w:name/@w:val").attribute().value()) == name);
        CHECK(std::string(s.select_node("w:pPr/w:outlineLvl/@w:val").attribute().value()) == level);
    }
    for (const char* id : {"Title", "Subtitle", "ListBullet", "Note", "Header", "Footer"})
        CHECK(styles.all(fmt::format("//w:style[@w:styleId='{}']", id).c_str()).size() == 1);
    CHECK(
        styles
            .all(
                "//w:style[@w:styleId='TableGrid']/w:tblPr/w:tblBorders/w:insideH[@w:val='single']")
            .size() == 1);
    const Xml numbering(p.parts.at("word/numbering.xml"));
    CHECK(numbering.all("//w:abstractNum/w:lvl[@w:ilvl='0']/w:numFmt[@w:val='bullet']").size() ==
          1);
    CHECK(numbering.all("//w:num[@w:numId='1']").size() == 1);
    // Key/value tables: the label column bold.
    const Xml body(p.parts.at("word/document.xml"));
    const pugi::xml_node basic =
        body.doc.select_node("//w:tbl[w:tr[1]/w:tc[1]//w:t='Basic information']").node();
    REQUIRE(basic);
    for (const pugi::xpath_node& r : basic.select_nodes("w:tr[position()>1]")) {
        CHECK(r.node().select_node("w:tc[1]//w:r/w:rPr/w:b"));
        CHECK(!r.node().select_node("w:tc[2]//w:r/w:rPr/w:b"));
    }
}

TEST_CASE("docx: a local profile says its locality in the header, title and properties") {
    const Document wiltshire = merged(test::builtin_doc("wiltshire-ld-psw"));
    const test::ZipEntries p = unzip(docx(wiltshire));
    const std::string title = "Peer Support Worker — Wiltshire Liaison and Diversion Service";
    const Xml body(p.parts.at("word/document.xml"));
    CHECK(texts(body, "//w:p[w:pPr/w:pStyle/@w:val='Title']") == std::vector<std::string>{title});
    CHECK(contains(texts(body, "//w:p[w:pPr/w:pStyle/@w:val='Heading1']"),
                   "Locality Specific Competences"));
    const std::vector<std::string> cells = check_tables(body);
    for (const std::string& nos : all_nos_titles(std::get<RoleProfile>(wiltshire.body))) {
        CAPTURE(nos);
        CHECK(has_nos(cells, nos));
    }
    CHECK(texts(Xml(p.parts.at("word/header1.xml")), "//w:p") == std::vector<std::string>{title});
    const Xml core(p.parts.at("docProps/core.xml"));
    CHECK(std::string(core.all("//dc:subject").first().node().text().get()) ==
          "Local role profile");
    CHECK(std::string(core.all("//dc:title").first().node().text().get()) == title);
}

TEST_CASE(
    "docx: same input, same bytes, and SOURCE_DATE_EPOCH dates the entries and the properties") {
    const Document& l8 = test::builtin_doc("ld-strategic-manager-l8");
    ::unsetenv("SOURCE_DATE_EPOCH");
    const std::string first = docx(l8);
    CHECK(docx(l8) == first);
    CHECK(Xml(unzip(first).parts.at("docProps/core.xml")).all("//dcterms:created").empty());
    ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);  // 2023-11-14T22:13:20Z
    const std::string dated = docx(l8);
    CHECK(docx(l8) == dated);
    ::unsetenv("SOURCE_DATE_EPOCH");
    CHECK(dated != first);
    const Xml core(unzip(dated).parts.at("docProps/core.xml"));
    CHECK(std::string(core.all("//dcterms:created").first().node().text().get()) ==
          "2023-11-14T22:13:20Z");
    CHECK(std::string(core.all("//dcterms:modified").first().node().text().get()) ==
          "2023-11-14T22:13:20Z");
    // The zip's own times, read from the central directory.
    zip_error_t error;
    zip_error_init(&error);
    for (const auto& [bytes, year, hour] : {std::tuple{&first, 1980, 0}, {&dated, 2023, 22}}) {
        zip_source_t* src = zip_source_buffer_create(bytes->data(), bytes->size(), 0, &error);
        zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &error);
        REQUIRE(za != nullptr);
        for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
            zip_stat_t st;
            REQUIRE(zip_stat_index(za, i, 0, &st) == 0);
            std::tm tm{};
            localtime_r(&st.mtime, &tm);  // libzip reads DOS times as local time
            CHECK(tm.tm_year + 1900 == year);
            CHECK(tm.tm_hour == hour);
        }
        zip_close(za);
    }
    // DOS times have no zone: the bytes do not depend on the local one.
    const char* tz = std::getenv("TZ");
    const std::string saved = tz ? tz : "";
    ::setenv("TZ", "America/New_York", 1);
    ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    ::tzset();
    const std::string elsewhere = docx(l8);
    ::unsetenv("SOURCE_DATE_EPOCH");
    if (tz)
        ::setenv("TZ", saved.c_str(), 1);
    else
        ::unsetenv("TZ");
    ::tzset();
    CHECK(elsewhere == dated);
}

TEST_CASE("docx: hostile text stays text: no field, hyperlink, markup or control character") {
    const char* const kProfile = R"(kind: RoleProfile
format: 1
id: hostile
title: "Title { HYPERLINK \"http://x\" } <w:fldSimple w:instr=\"PAGE\"/> & \u0001\u0008 end"
service: "<script>alert(1)</script>"
level: 3
revision: "]]> \uFFFF"
publisher: Publisher
scope: |
  See [the site](http://evil.example) and <a href="http://x">raw</a>, ![img](http://e/i.png),
  { DDEAUTO c:\\windows\\system32\\cmd.exe } and `code` **bold**
basic_info:
  named_role: Role
  area_of_work: Area
  experience_required: Experience
competences:
  core:
    - area: "1"
      function: "{ INCLUDETEXT \"c:\\\\x\" }"
      nos: ["<w:r><w:t>forged</w:t></w:r>", "Tab\there"]
  role_specific: []
)";
    const LoadResult loaded = test::load_text(kProfile);
    REQUIRE(loaded.document);
    const std::string bytes = docx(*loaded.document);
    const test::ZipEntries p = unzip(bytes);
    const Xml body(p.parts.at("word/document.xml"));
    CHECK(body.all("//w:fldSimple|//w:fldChar|//w:instrText|//w:hyperlink").empty());
    const std::string rels = p.parts.at("word/_rels/document.xml.rels");
    CHECK(rels.find("External") == std::string::npos);
    CHECK(rels.find("hyperlink") == std::string::npos);
    const std::string title = texts(body, "//w:p[w:pPr/w:pStyle/@w:val='Title']").at(0);
    CHECK(title ==
          "Title { HYPERLINK \"http://x\" } <w:fldSimple w:instr=\"PAGE\"/> & "
          "\xEF\xBF\xBD\xEF\xBF\xBD end");
    const std::vector<std::string> all = texts(body, "//w:p");
    CHECK(contains(all,
                   "See the site and <a href=\"http://x\">raw</a>, img,\n"
                   "{ DDEAUTO c:\\windows\\system32\\cmd.exe } and code bold"));
    const std::vector<std::string> cells = texts(body, "//w:tc/w:p");
    CHECK(contains(cells, "<w:r><w:t>forged</w:t></w:r>"));
    CHECK(contains(cells, "Tab\there"));
    // The header and the properties carry the same title as text.
    CHECK(texts(Xml(p.parts.at("word/header1.xml")), "//w:p").at(0) == title);
    CHECK(std::string(
              Xml(p.parts.at("docProps/core.xml")).all("//dc:title").first().node().text().get()) ==
          title);
    for (const auto& [name, part] : p.parts) {
        CAPTURE(name);
        CHECK(part.find("forged</w:t>") == std::string::npos);
        CHECK(part.find("\xEF\xBF\xBF") == std::string::npos);
        for (const char c : part) {
            const auto u = static_cast<unsigned char>(c);
            CHECK_MESSAGE((u >= 0x20 || c == '\n' || c == '\t'), "byte " << int(u));
        }
    }
}

std::string diff_docx(const Document& a, const Document& b) {
    const auto c = compare_documents(a, b, scope(), CompareOptions{DiffFormat::docx, false, {}});
    REQUIRE(std::holds_alternative<Comparison>(c));
    return std::get<Comparison>(c).report;
}

TEST_CASE("docx: both diff pages are Word documents") {
    const Document wiltshire = merged(test::builtin_doc("wiltshire-ld-psw"));
    const test::ZipEntries profiles =
        unzip(diff_docx(test::builtin_doc("ld-peer-support-worker-l3"), wiltshire));
    CHECK(std::string(Xml(profiles.parts.at("docProps/core.xml"))
                          .all("//dc:subject")
                          .first()
                          .node()
                          .text()
                          .get()) == "Comparison of role profiles");
    CHECK(!check_tables(Xml(profiles.parts.at("word/document.xml"))).empty());

    const std::string path =
        (test::frameworks_dir() / "standards" / "peer-worker-l3.yaml").string();
    std::string text = test::read_file(path);
    const std::size_t at = text.find("\ntitle: ");
    REQUIRE(at != std::string::npos);
    text.insert(at + 8, "Revised ");
    const LoadResult revised = test::load_text(text, "revised.yaml");
    REQUIRE(revised.document);
    const test::ZipEntries revisions =
        unzip(diff_docx(test::builtin_doc(revised.document->id.value), *revised.document));
    CHECK(std::string(Xml(revisions.parts.at("docProps/core.xml"))
                          .all("//dc:subject")
                          .first()
                          .node()
                          .text()
                          .get()) == "Changes between revisions");
    CHECK(contains(texts(Xml(revisions.parts.at("word/document.xml")), "//w:p"),
                   "Revised Peer worker"));
}

TEST_CASE("docx: what XML cannot hold becomes U+FFFD, in the body, header, footer and properties") {
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(detail::xml_text(
              "a\x01\x1F\t\n\r b \xFF\xC3 \xEF\xBF\xBE\xEF\xBF\xBF \xED\xA0\x80 <&> \xC3\xA9") ==
          "a" + fffd + fffd + "\t\n\r b " + fffd + fffd + " " + fffd + fffd + " " + fffd + fffd +
              fffd + " <&> \xC3\xA9");
    detail::Page page;
    const std::string bad = "x\x02\xFF\xEF\xBF\xBF\xC2\x85y";  // C0, invalid byte, U+FFFF, C1 (NEL)
    page.title = bad;
    page.frame = {bad, bad, bad, bad};
    page.paragraph(bad);
    page.table({{"h"}, {detail::Row{std::vector<std::string>{bad}}}, false, ""});
    const test::ZipEntries p = unzip(detail::page_to_docx(page));
    const std::string shown = "x" + fffd + fffd + fffd + fffd + "y";
    const Xml body(p.parts.at("word/document.xml"));
    CHECK(texts(body, "//w:p[w:pPr/w:pStyle/@w:val='Title']") == std::vector<std::string>{shown});
    CHECK(contains(texts(body, "/w:document/w:body/w:p"), shown));
    CHECK(contains(texts(body, "//w:tc/w:p"), shown));
    CHECK(texts(Xml(p.parts.at("word/header1.xml")), "//w:p") == std::vector<std::string>{shown});
    CHECK(texts(Xml(p.parts.at("word/footer1.xml")), "//w:p") ==
          std::vector<std::string>{shown + "\tPage 1 of 1"});
    CHECK(
        std::string(
            Xml(p.parts.at("docProps/core.xml")).all("//dc:subject").first().node().text().get()) ==
        shown);
    CHECK(std::string(
              Xml(p.parts.at("docProps/app.xml")).all("//Company").first().node().text().get()) ==
          shown);
}

TEST_CASE("docx: a Markdown field's lists, tables and emphasis become Word's") {
    detail::Page page;
    page.title = "T";
    page.markdown(
        "Intro *it* ~~gone~~\n\n- a\n  - nested\n- b\n\n3. three\n4. four\n\n| h1 | h2 "
        "|\n|---|---|\n| "
        "c | [d](https://x.example) |\n\n> quoted\n");
    const test::ZipEntries p = unzip(detail::page_to_docx(page));
    const Xml body(p.parts.at("word/document.xml"));
    CHECK(texts(body, "//w:p[w:pPr/w:numPr/w:numId/@w:val='1']") ==
          std::vector<std::string>{"a", "nested", "b"});
    CHECK(texts(body, "//w:p[w:pPr/w:numPr/w:ilvl/@w:val='1']") ==
          std::vector<std::string>{"nested"});
    CHECK(texts(body, "//w:p[w:pPr/w:pStyle/@w:val='ListNumber']") ==
          std::vector<std::string>{"3. three", "4. four"});
    CHECK(body.all("//w:r[w:rPr/w:i]/w:t[.='it']").size() == 1);
    CHECK(body.all("//w:r[w:rPr/w:strike]/w:t[.='gone']").size() == 1);
    CHECK(texts(body, "//w:tbl/w:tr/w:tc/w:p") == std::vector<std::string>{"h1", "h2", "c", "d"});
    CHECK(body.all("//w:tbl/w:tr[1]/w:trPr/w:tblHeader").size() == 1);
    CHECK(texts(body, "//w:p[w:pPr/w:pStyle/@w:val='Quote']") ==
          std::vector<std::string>{"quoted"});
    CHECK(body.all("//w:hyperlink").empty());
}

TEST_CASE("docx: a SOURCE_DATE_EPOCH that cannot date a Word document is named, not dropped") {
    CHECK(docx_date_problem(nullptr).empty());
    CHECK(docx_date_problem("1700000000").empty());
    CHECK(docx_date_problem("315532800").empty());  // 1980-01-01, the first zip time
    CHECK(docx_date_problem("yesterday") ==
          "SOURCE_DATE_EPOCH is 'yesterday', not a number of seconds");
    CHECK(docx_date_problem("") == "SOURCE_DATE_EPOCH is '', not a number of seconds");
    CHECK(
        docx_date_problem("0") ==
        "SOURCE_DATE_EPOCH is '0', outside 315532800 to 4354819198 (the years 1980 to 2107 that a "
        "Word document's zip times hold)");
    CHECK(docx_date_problem("99999999999999999999") ==
          "SOURCE_DATE_EPOCH is '99999999999999999999', outside 315532800 to 4354819198 (the years "
          "1980 to 2107 that a Word document's zip times hold)");
}

TEST_CASE(
    "DOCX marks changed words struck and underlined, and shades a comparison row by its change") {
    detail::Table t;
    t.header = {"Change", "Text"};
    t.rows.push_back(
        detail::Row({std::vector<std::string>{"~ Reworded"},
                     detail::text_runs(diff_sequences(split_words("keeps old words"),
                                                      split_words("keeps new words")))},
                    detail::RowChange::changed));
    detail::Page page;
    page.title = "T";
    page.table(t);
    page.changes(detail::text_runs(diff_sequences(split_words("a b"), split_words("a c"))));
    const Xml body(unzip(detail::page_to_docx(page)).parts.at("word/document.xml"));
    CHECK(texts(body, "//w:r[w:rPr/w:strike]") == std::vector<std::string>{"old", "b"});
    CHECK(texts(body, "//w:r[w:rPr/w:u/@w:val='single']") == std::vector<std::string>{"new", "c"});
    CHECK(texts(body, "//w:tc[w:tcPr/w:shd/@w:fill='FFF6D6']") ==
          std::vector<std::string>{"~ Reworded", "keeps old new words"});
    CHECK(texts(body, "/w:document/w:body/w:p") == std::vector<std::string>{"T", "", "a b c"});
}
