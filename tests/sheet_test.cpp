// Spreadsheets (sheet.hpp): the CSV bytes, quoting, inert cells, the gap
// checklist and the training-needs matrix from the built-in documents, and
// XLSX bytes that depend on nothing but the input and SOURCE_DATE_EPOCH.

#include <doctest/doctest.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>

#include "rolekit/diff.hpp"
#include "rolekit/sheet.hpp"
#include "test_support.hpp"
#include "zip_entries.hpp"

using namespace rolekit;

namespace {

const DocumentSet& scope() {
    return test::builtin().documents;
}

const Document& doc(const std::string& id) {
    return test::builtin_doc(id);
}

// The parts of a zip, by name.
std::map<std::string, std::string> unzip(const std::string& bytes) {
    return test::unzip(bytes).parts;
}

SheetTable small_table() {
    SheetTable t;
    t.title = "Small";
    t.sheet_name = "Gap";
    t.about = {{"Gap checklist", "Small"}};
    t.header = {"Code", "Title", "Status"};
    t.rows = {{"SFHCHS1", "Communicate, \"clearly\"", "in both"},
              {"", "Line one\nline two", "only in first"},
              {"=1+1", "@SUM(1+1)", "-1"}};
    return t;
}

}  // namespace

TEST_CASE("inert cells: what a spreadsheet would run gets an apostrophe first") {
    for (const char* hostile :
         {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(1+1)", "\tx", "\rx"})
        CHECK(inert_cell(hostile) == std::string("'") + hostile);
    for (const char* plain : {"", "SFHCHS1", "1. Communication", "a=b", " =1", "'quoted", "—"})
        CHECK(inert_cell(plain) == plain);
}

TEST_CASE("CSV: RFC 4180 bytes, CRLF, quotes doubled, inert cells, no BOM") {
    CHECK(sheet_csv(small_table()) ==
          "Code,Title,Status\r\n"
          "SFHCHS1,\"Communicate, \"\"clearly\"\"\",in both\r\n"
          ",\"Line one\nline two\",only in first\r\n"
          "'=1+1,'@SUM(1+1),'-1\r\n");
    SheetTable cr;
    cr.header = {"a\rb", "\"", "x"};
    CHECK(sheet_csv(cr) == "\"a\rb\",\"\"\"\",x\r\n");
}

TEST_CASE("the gap checklist of Level 3 and Level 8: one row per NOS, functional-map order") {
    const ProfileDiff d =
        diff_profiles(doc("ld-peer-support-worker-l3"), doc("ld-strategic-manager-l8"), scope());
    const SheetTable t = profile_gap_sheet(d, scope());
    CHECK(t.header == std::vector<std::string>{"Area", "Function", "Code", "Title",
                                               "In Peer Support Worker (Level 3)",
                                               "In Strategic Manager (Level 8)", "Status"});
    std::map<std::string, int> statuses;
    for (const auto& row : t.rows) {
        REQUIRE(row.size() == 7);
        ++statuses[row[6]];
    }
    // The figures: 17 only in the first, 37 only in the second, 16 in
    // both of which 2 moved.
    CHECK(statuses ==
          std::map<std::string, int>{
              {"only in first", 17}, {"only in second", 37}, {"in both", 14}, {"moved", 2}});
    CHECK(t.title ==
          "Gap checklist: Peer Support Worker (Level 3) and Strategic Manager (Level 8)");
    // Areas never go back: the rows are in the functional map's order.
    std::vector<std::string> areas;
    for (const auto& row : t.rows)
        if (areas.empty() || areas.back() != row[0]) areas.push_back(row[0]);
    CHECK(std::set<std::string>(areas.begin(), areas.end()).size() == areas.size());
    CHECK(areas.front() == "1. Communication");
    CHECK(t.rows.front() ==
          std::vector<std::string>{"1. Communication", "Communicate effectively", "",
                                   "Communicate with individuals, groups and communities about "
                                   "promoting their health and wellbeing in a defined caseload",
                                   "role-specific", "—", "only in first"});
    // A moved NOS says where it sits on each side.
    CHECK(std::find(
              t.rows.begin(), t.rows.end(),
              std::vector<std::string>{
                  "2. Personal and People Development", "Develop your own knowledge and practice",
                  "", "Develop and maintain your professional networks",
                  "role-specific (2. Personal and People Development; Develop your own practice)",
                  "core (2. Personal and People Development; Develop your own knowledge and "
                  "practice)",
                  "moved"}) != t.rows.end());
}

TEST_CASE("the gap checklist of two revisions: changes only, in the report's words") {
    std::string text = test::read_file(doc("peer-worker-l3").path);
    const std::string from = "the core values and principles of peer support";
    text.replace(text.find(from), from.size(),
                 "the core values and principles of mutual peer support");
    LoadResult b = load_document(text, "peer-worker-2025.yaml");
    REQUIRE(b.document);
    const SheetTable t = revision_gap_sheet(diff_revisions(doc("peer-worker-l3"), *b.document));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.header.back() == "Status");
    CHECK(t.rows[0] == std::vector<std::string>{
                           "knowledge", "K1", "K1",
                           "the core values and principles of peer support",
                           "the core values and principles of mutual peer support", "reworded"});
}

TEST_CASE("the training-needs matrix: the union of the profiles' competences, a column each") {
    const std::vector<const Document*> profiles = {&doc("ld-peer-support-worker-l3"),
                                                   &doc("ld-strategic-manager-l8")};
    const SheetTable t = training_matrix(profiles, scope());
    CHECK(t.header == std::vector<std::string>{"Area", "Function", "Code", "Title",
                                               "Peer Support Worker (Level 3)",
                                               "Strategic Manager (Level 8)"});
    // 33 NOS in the Level 3 profile, 53 in the Level 8, 16 in both.
    CHECK(t.rows.size() == 17 + 16 + 37);
    int only_l3 = 0, only_l8 = 0;
    for (const auto& row : t.rows) {
        only_l3 += row[5] == "—";
        only_l8 += row[4] == "—";
    }
    CHECK(only_l3 == 17);
    CHECK(only_l8 == 37);
    CHECK(t.about.size() == 3);
    CHECK(matrix_refusal(doc("peer-worker-l3")) ==
          "peer-worker-l3 is a OccupationalStandard, not a RoleProfile: the training-needs matrix "
          "has a column per role profile (or local profile)");
    CHECK(
        matrix_refusal(doc("wiltshire-ld-psw")) ==
        "wiltshire-ld-psw is a LocalityOverlay, not a RoleProfile: the training-needs matrix has a "
        "column per role profile (or local profile); rolekit merge makes one from it");
    CHECK(matrix_refusal(doc("ld-strategic-manager-l8")).empty());
}

TEST_CASE("XLSX: the same bytes on every run and in every time zone, dated by SOURCE_DATE_EPOCH") {
    const ProfileDiff d =
        diff_profiles(doc("ld-peer-support-worker-l3"), doc("ld-strategic-manager-l8"), scope());
    const SheetTable t = profile_gap_sheet(d, scope());
    const std::string first = sheet_xlsx(t, 1700000000);
    CHECK(sheet_xlsx(t, 1700000000) == first);
    const char* tz = std::getenv("TZ");
    const std::string saved = tz ? tz : "";
    setenv("TZ", "Pacific/Kiritimati", 1);
    tzset();
    const std::string elsewhere = sheet_xlsx(t, 1700000000);
    const std::string undated = sheet_xlsx(t, std::nullopt);
    if (tz)
        setenv("TZ", saved.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
    CHECK(elsewhere == first);
    const auto parts = unzip(first);
    CHECK(parts.at("docProps/core.xml")
              .find("<dcterms:created "
                    "xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z</dcterms:created>") !=
          std::string::npos);
    CHECK(parts.at("docProps/core.xml")
              .find("<dc:title>Gap checklist: Peer Support Worker (Level 3) and Strategic Manager "
                    "(Level 8)</dc:title>") != std::string::npos);
    CHECK(unzip(undated).at("docProps/core.xml").find("1980-01-01T00:00:00Z") != std::string::npos);
    CHECK(undated == sheet_xlsx(t, std::nullopt));
    // Frozen header row and the autofilter over the table.
    const std::string& sheet = parts.at("xl/worksheets/sheet1.xml");
    CHECK(
        sheet.find(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>") !=
        std::string::npos);
    CHECK(sheet.find("<autoFilter ref=\"A1:G71\"/>") != std::string::npos);
    CHECK(sheet.find("<f>") == std::string::npos);
    // A row is as tall as its most wrapped cell (LibreOffice keeps the height
    // the file gives): the first NOS's 113-character title in a column 50 wide
    // takes 3 lines of 15 points; "In Peer Support Worker (Level 3)" in a column 22 wide, 2.
    CHECK(sheet.find("<row r=\"1\" spans=\"1:7\" ht=\"30\" customHeight=\"1\">") !=
          std::string::npos);
    CHECK(sheet.find("<row r=\"2\" spans=\"1:7\" ht=\"45\" customHeight=\"1\">") !=
          std::string::npos);
}

TEST_CASE("rolekit diff and export write the sheets, and refuse with exit 2 and the reason") {
    const std::filesystem::path dir = test::temp_dir("sheets");
    const std::string pair = "ld-peer-support-worker-l3 ld-strategic-manager-l8";
    const ProfileDiff d =
        diff_profiles(doc("ld-peer-support-worker-l3"), doc("ld-strategic-manager-l8"), scope());
    test::Run r = test::run_rolekit("diff " + pair + " --format csv");
    CHECK(r.exit_code == 0);
    CHECK(r.out == sheet_csv(profile_gap_sheet(d, scope())));
    // -o gap.xlsx: the extension chooses; the same bytes as the library's.
    const std::filesystem::path gap = dir / "gap.xlsx";
    r = test::run_rolekit("diff " + pair + " -o " + test::shell_quote(gap),
                          "SOURCE_DATE_EPOCH=1700000000");
    CHECK(r.exit_code == 0);
    CHECK(test::read_file(gap) == sheet_xlsx(profile_gap_sheet(d, scope()), 1700000000));
    const std::vector<const Document*> profiles = {&doc("ld-peer-support-worker-l3"),
                                                   &doc("ld-strategic-manager-l8")};
    r = test::run_rolekit("export --format csv " + pair);
    CHECK(r.exit_code == 0);
    CHECK(r.out == sheet_csv(training_matrix(profiles, scope())));
    r = test::run_rolekit(
        "export --format xlsx " + pair + " -o " + test::shell_quote(dir / "m.xlsx"),
        "SOURCE_DATE_EPOCH=soon");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "rolekit: error: SOURCE_DATE_EPOCH is 'soon', not a number of seconds\n");
    CHECK(!std::filesystem::exists(dir / "m.xlsx"));
    r = test::run_rolekit("export --format csv ld-peer-support-worker-l3 peer-worker-l3");
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "rolekit: error: peer-worker-l3 is a OccupationalStandard, not a RoleProfile: the "
          "training-needs matrix has a column per role profile (or local profile)\n");
    r = test::run_rolekit("export " + pair);
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "rolekit: error: a CASE package holds one document; 2 were given (csv and xlsx take "
          "several)\n");
    std::filesystem::remove_all(dir);
}

TEST_CASE("XLSX: a cell longer than Excel holds is refused with its place, and CSV takes it") {
    SheetTable t = small_table();
    t.rows[1][1] = std::string(32767, 'x');
    CHECK_NOTHROW(sheet_xlsx(t, std::nullopt));
    t.rows[1][1] = std::string(32766, 'x') + "é";  // characters, not bytes
    CHECK_NOTHROW(sheet_xlsx(t, std::nullopt));
    t.rows[1][1] += "x";
    CHECK_THROWS_WITH_AS(sheet_xlsx(t, std::nullopt),
                         "row 3, column 2 of the table is 32768 characters, over the 32767 an XLSX "
                         "cell holds; --format csv has no such limit",
                         SheetRefused);
    CHECK(sheet_csv(t).find(t.rows[1][1]) != std::string::npos);
}
