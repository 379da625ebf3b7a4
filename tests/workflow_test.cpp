// The manager's workflow pieces: NOS search and the starter overlay.

#include <doctest/doctest.h>

#include <cctype>

#include "rolekit/check.hpp"
#include "rolekit/library.hpp"
#include "rolekit/nos_search.hpp"
#include "rolekit/overlay_template.hpp"
#include "rolekit/workspace.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const Library& library() { return test::builtin(); }

std::string titles(const std::vector<NosMatch>& matches) {
    std::string out;
    for (const NosMatch& m : matches) out += m.standard->title.value + "\n";
    return out;
}

}  // namespace

TEST_CASE("nos search ranks title words above prefixes above function words") {
    const auto catalogs = library().documents.catalogs();
    CHECK(titles(search_nos(catalogs, {"volunteers"}, "")) ==
          "Induct volunteers\nLead and Motivate Volunteers\nRecruit and place volunteers\n");
    // "supervise" has the stem of "supervision": both supervision NOS match.
    CHECK(titles(search_nos(catalogs, {"Supervise"}, "")) ==
          "Make use of supervision\nProvide supervision to other individuals\n");
    // Every word must match: "supervision" and "individuals" together.
    CHECK(titles(search_nos(catalogs, {"supervision individuals"}, "")) ==
          "Provide supervision to other individuals\n");
}

TEST_CASE("nos search by area shows the placement in that area") {
    const auto catalogs = library().documents.catalogs();
    const auto in_h = search_nos(catalogs, {"budgets"}, "H");
    REQUIRE(in_h.size() == 1);
    CHECK(in_h[0].standard->title.value == "Manage budgets");
    REQUIRE(in_h[0].placement);
    CHECK(in_h[0].placement->function.value == "Manage a budget");
    CHECK(search_nos(catalogs, {"budgets"}, "1").empty());
    // Area alone lists the area's NOS; the key in any case.
    CHECK(search_nos(catalogs, {}, "A").size() == 1);
    CHECK(search_nos(catalogs, {}, "h").size() == search_nos(catalogs, {}, "H").size());
    CHECK(search_nos(catalogs, {}, "Z").empty());
}

TEST_CASE("nos search finds a standard by its code, in any case") {
    const auto catalogs = library().documents.catalogs();
    const NosStandard* coded = nullptr;
    for (const NosCatalog* c : catalogs)
        for (const NosStandard& s : c->standards)
            if (!coded && !s.code.value.empty()) coded = &s;
    REQUIRE(coded);
    std::string lower = coded->code.value;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const std::string& q : {coded->code.value, lower}) {
        const auto found = search_nos(catalogs, {q}, "");
        REQUIRE_FALSE(found.empty());
        CHECK(found[0].standard == coded);
    }
}

TEST_CASE("nos search matches real word stems only") {
    CHECK(word_stem("agency") == word_stem("agencies"));
    CHECK(word_stem("supervise") == word_stem("supervision"));
    CHECK(word_stem("communicate") == word_stem("communication"));
    CHECK(word_stem("communicating") == word_stem("communicates"));
    CHECK(word_stem("volunteering") == word_stem("volunteers"));
    CHECK(word_stem("management") == word_stem("managing"));
    CHECK(word_stem("housing") == word_stem("house"));
    CHECK(word_stem("communicatzzzz") != word_stem("communicate"));
    CHECK(word_stem("care") == "care");  // never under four letters
    const auto catalogs = library().documents.catalogs();
    CHECK(search_nos(catalogs, {"communicatzzzz"}, "").empty());
    CHECK(search_nos(catalogs, {std::string(100000, 'c')}, "").empty());
    CHECK_FALSE(search_nos(catalogs, {"communication"}, "").empty());
}

TEST_CASE("the starter overlay loads, validates and names its base") {
    const Document* base = library().documents.find("ld-peer-support-worker-l3");
    REQUIRE(base);
    CHECK(slug("Birmingham L&D Service") == "birmingham-l-d-service");
    const std::string text = starter_overlay(*base, "brum", "Birmingham: L&D # Service").text;
    LoadResult r = load_document(text, "brum.yaml");
    for (const Finding& f : r.findings) CAPTURE(f.message);
    REQUIRE(r.findings.empty());
    const auto* o = r.document->as<LocalityOverlay>();
    REQUIRE(o);
    CHECK(r.document->id.value == "brum");
    CHECK(o->base.value == "ld-peer-support-worker-l3");
    CHECK(o->locality.value == "Birmingham: L&D # Service");  // quoted as needed
    CHECK(o->competences.empty());
    CHECK(text.find("rolekit nos search") != std::string::npos);

    DocumentSet set;
    set.add(std::move(*r.document));
    set.add(*base);
    CHECK(check_document(set.documents().front(), CheckContext(set)).empty());
}

TEST_CASE("file heads name kind and id without parsing the file") {
    const FileHead head = read_file_head(test::frameworks_dir() / "maps/health-functional-map.yaml");
    CHECK(head.kind == "FunctionalMap");
    CHECK(head.id == "health-functional-map");
    const auto dir = std::filesystem::temp_directory_path() / "rolekit-head";
    std::filesystem::create_directories(dir);
    test::write_file(dir / "q.yaml", "# comment\nkind: \"RoleProfile\"  # quoted\nformat: 1\nid: 'x-1'\n");
    CHECK(read_file_head(dir / "q.yaml").kind == "RoleProfile");
    CHECK(read_file_head(dir / "q.yaml").id == "x-1");
    test::write_file(dir / "flow.yaml", "{kind: RoleProfile, id: y}\n");
    CHECK(read_file_head(dir / "flow.yaml").kind.empty());  // cannot tell: such files are loaded
}
