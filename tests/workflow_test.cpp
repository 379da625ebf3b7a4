// The manager's workflow pieces: NOS search and the starter overlay.

#include <doctest/doctest.h>

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
    CHECK(titles(search_nos(catalogs, {"volunteers"}, "", 10)) ==
          "Induct volunteers\nLead and Motivate Volunteers\nRecruit and place volunteers\n");
    // "supervis" is a prefix of "supervision": both supervision NOS match.
    CHECK(titles(search_nos(catalogs, {"Supervis"}, "", 10)) ==
          "Make use of supervision\nProvide supervision to other individuals\n");
    // Every word must match: "supervision" and "individuals" together.
    CHECK(titles(search_nos(catalogs, {"supervision individuals"}, "", 10)) ==
          "Provide supervision to other individuals\n");
}

TEST_CASE("nos search by area shows the placement in that area") {
    const auto catalogs = library().documents.catalogs();
    const auto in_h = search_nos(catalogs, {"budgets"}, "H", 10);
    REQUIRE(in_h.size() == 1);
    CHECK(in_h[0].standard->title.value == "Manage budgets");
    REQUIRE(in_h[0].placement);
    CHECK(in_h[0].placement->function.value == "Manage a budget");
    CHECK(search_nos(catalogs, {"budgets"}, "1", 10).empty());
    // Area alone lists the area's NOS, limited.
    CHECK(search_nos(catalogs, {}, "A", 50).size() == 1);
    CHECK(search_nos(catalogs, {}, "H", 3).size() == 3);
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
