// CASE 1.1 export and import (rolekit/case.hpp) on the shipped documents and
// on packages in the 1.0 and 1.1 shapes (tests/case/). The exports' validity
// against the official CASE schema is checked by tests/case_check.py.

#include <doctest/doctest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <set>

#include "interop/case_tree.hpp"
#include "rolekit/case.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"

using namespace rolekit;
using Json = nlohmann::json;

namespace {

constexpr std::int64_t kWhen = 1764547200;  // 2025-12-01T00:00:00Z

std::string export_of(const Document& doc) {
    return export_case(doc, test::builtin().documents, CaseExportOptions{{}, kWhen, {}});
}

std::string export_of(const std::string& id) { return export_of(test::builtin_doc(id)); }

// fullStatement -> identifier, for items of `type`.
std::map<std::string, std::string> identifiers(const std::string& package, const std::string& type) {
    std::map<std::string, std::string> out;
    const Json parsed = Json::parse(package);
    for (const Json& item : parsed["CFItems"])
        if (item["CFItemType"] == type) out[item["fullStatement"]] = item["identifier"];
    return out;
}

std::string import_error(const std::string& json) {
    const CaseImport result = import_case(json);
    REQUIRE(result.error);
    CHECK_FALSE(result.document);
    return result.error->pointer + ": " + result.error->message;
}

}  // namespace

TEST_CASE("case export: identifiers are version 5 UUIDs anyone can recompute") {
    // Python: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "https://rolekit.invalid/case"), NAME)
    CHECK(case_identifier("document/ld-peer-support-worker-l3") == "12524d80-8e44-5ed7-9562-6ba9e2b3de68");
    CHECK(case_identifier("nos/code/SFHGEN23") == "8c088fbb-d9ee-5808-aae5-98bdada52b5b");
    const Json package = Json::parse(export_of("ld-peer-support-worker-l3"));
    CHECK(package["CFDocument"]["identifier"] == "12524d80-8e44-5ed7-9562-6ba9e2b3de68");
    CHECK(package["CFDocument"]["uri"] == "urn:uuid:12524d80-8e44-5ed7-9562-6ba9e2b3de68");
    CHECK(package["CFDocument"]["lastChangeDateTime"] == "2025-12-01T00:00:00Z");
    CHECK(identifiers(export_of("health-nos"), "NOS").at("Monitor your own work practices") ==
          "8c088fbb-d9ee-5808-aae5-98bdada52b5b");
}

TEST_CASE("case export: every shipped document exports the same bytes twice") {
    for (const Document& doc : test::builtin().documents.documents()) {
        CAPTURE(doc.id.value);
        const std::string first = export_of(doc);
        CHECK(first == export_of(doc));
        CHECK(Json::parse(first)["CFItems"].size() > 0);
    }
}

TEST_CASE("case export: a NOS has one identifier in every document that lists it") {
    const auto catalogue = identifiers(export_of("health-nos"), "NOS");
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8", "skills-for-health-career-framework"}) {
        CAPTURE(id);
        const auto listed = identifiers(export_of(id), "NOS");
        REQUIRE_FALSE(listed.empty());
        for (const auto& [title, identifier] : listed) {
            CAPTURE(title);
            REQUIRE(catalogue.count(title) == 1);
            CHECK(catalogue.at(title) == identifier);
        }
    }
}

TEST_CASE("case export: an edit keeps every unchanged item's identifier") {
    Document doc = test::builtin_doc("peer-worker-l3");
    const auto before = identifiers(export_of(doc), "Knowledge");
    auto& standard = std::get<OccupationalStandard>(doc.body);
    const std::string old_text = standard.knowledge[1].text.value;
    standard.knowledge[1].text.value += " (revised)";
    standard.knowledge.insert(standard.knowledge.begin(), Ksb{Text{"K0", {}}, {}, Text{"A new first item", {}}, {}, {}});
    const auto after = identifiers(export_of(doc), "Knowledge");
    CHECK(after.size() == before.size() + 1);
    std::size_t kept = 0;
    for (const auto& [text, identifier] : before)
        if (after.count(text)) {
            CHECK(after.at(text) == identifier);
            ++kept;
        }
    CHECK(kept == before.size() - 1);  // all but the reworded one, whose text changed
    // The reworded item is the same item: same key (K2), same identifier.
    CHECK(after.at(old_text + " (revised)") == before.at(old_text));
}

TEST_CASE("case export: --uri-base makes each uri the base and the identifier") {
    const Json package = Json::parse(export_case(test::builtin_doc("health-functional-map"), test::builtin().documents,
                                                 CaseExportOptions{"https://case.example.org/uri/", kWhen, {}}));
    const std::string id = package["CFItems"][0]["identifier"];
    CHECK(package["CFItems"][0]["uri"] == "https://case.example.org/uri/" + id);
}

TEST_CASE("case export: a standard's duties link to their K, S and B") {
    const Json package = Json::parse(export_of("peer-worker-l3"));
    std::map<std::string, std::string> code_of;
    for (const Json& item : package["CFItems"]) code_of[item["identifier"]] = item.value("humanCodingScheme", "");
    std::set<std::string> d1_links;
    for (const Json& a : package["CFAssociations"])
        if (a["associationType"] == "isRelatedTo" && code_of[a["originNodeURI"]["identifier"]] == "D1")
            d1_links.insert(code_of[a["destinationNodeURI"]["identifier"]]);
    const OccupationalStandard& s = *test::builtin_doc("peer-worker-l3").as<OccupationalStandard>();
    std::set<std::string> expected;
    for (const auto* list : {&s.duties[0].knowledge, &s.duties[0].skills, &s.duties[0].behaviours})
        for (const Text& t : *list) expected.insert(t.value);
    REQUIRE_FALSE(expected.empty());
    CHECK(d1_links == expected);
}

TEST_CASE("case round trip: a competence map exports, imports and exports to the same bytes") {
    const std::string first = export_of("nccmh-psw-mental-health");
    const CaseImport imported = import_case(first);
    REQUIRE(imported.document);
    CHECK(imported.kept.empty());
    CHECK(imported.document->id.value == "nccmh-psw-mental-health");
    // Written and read back, as `rolekit import` and `rolekit export` do.
    const LoadResult reloaded = test::load_text(document_to_yaml(*imported.document));
    REQUIRE(reloaded.document);
    CHECK(export_of(*reloaded.document) == first);
}

TEST_CASE("case import: a CASE 1.0 and a CASE 1.1 package") {
    for (const char* name : {"case-1.0-package", "case-1.1-package"}) {
        CAPTURE(name);
        const auto dir = test::source_dir() / "tests" / "case";
        const CaseImport imported = import_case(test::read_file(dir / (std::string(name) + ".json")));
        REQUIRE(imported.document);
        CHECK(document_to_yaml(*imported.document) == test::read_file(dir / (std::string(name) + ".expected.yaml")));
        const LoadResult reloaded = test::load_text(document_to_yaml(*imported.document));
        CHECK(reloaded.findings.empty());
    }
}

TEST_CASE("case import: what the format cannot hold is counted") {
    const auto dir = test::source_dir() / "tests" / "case";
    const CaseImport v11 = import_case(test::read_file(dir / "case-1.1-package.json"));
    CHECK(v11.kept == std::map<std::string, int>{{"CFDocument.licenseURI", 1},
                                                 {"CFDocument.publisher", 1},
                                                 {"CFItem.alternativeLabel", 1},
                                                 {"CFItem.educationLevel", 1},
                                                 {"CFItems outside the isChildOf tree", 1},
                                                 {"CFRubrics", 1},
                                                 {"isPeerOf associations", 1},
                                                 {"precedes associations", 1}});
    const CaseImport v10 = import_case(test::read_file(dir / "case-1.0-package.json"));
    CHECK(v10.kept == std::map<std::string, int>{{"CFDefinitions", 1},
                                                 {"CFDocument.CFPackageURI", 1},
                                                 {"CFDocument.adoptionStatus", 1},
                                                 {"CFItem.CFDocumentURI", 2},
                                                 {"CFItem.CFItemTypeURI", 2},
                                                 {"CFItem.conceptKeywords", 1},
                                                 {"exactMatchOf associations", 1}});
}

TEST_CASE("case import: bad packages say where, with a JSON pointer") {
    const std::string doc = R"("CFDocument": {"identifier": "d", "title": "T", "creator": "c"})";
    const auto item = [](const char* id) {
        return fmt::format(R"({{"identifier": "{}", "fullStatement": "{}"}})", id, id);
    };
    const auto child = [](const char* from, const char* to) {
        return fmt::format(R"({{"associationType": "isChildOf", "originNodeURI": {{"identifier": "{}"}}, "destinationNodeURI": {{"identifier": "{}"}}}})",
                           from, to);
    };
    CHECK(import_error("{").rfind(": not JSON: [json.exception.parse_error.101] parse error at line 1, column 2", 0) == 0);
    CHECK(import_error("[]") == ": a CFPackage is a JSON object");
    CHECK(import_error(R"({"CFItems": []})") == "/CFDocument: no CFDocument: this is not a CASE package");
    CHECK(import_error("{" + doc + R"(, "CFItems": {}})") == "/CFItems: 'CFItems' must be a JSON array");
    CHECK(import_error("{" + doc + R"(, "CFItems": [{"fullStatement": "x"}]})") == "/CFItems/0: has no 'identifier'");
    CHECK(import_error("{" + doc + ", \"CFItems\": [" + item("a") + ", " + item("a") + "]}") ==
          "/CFItems/1/identifier: identifier 'a' is used twice");
    CHECK(import_error("{" + doc + ", \"CFItems\": [" + item("a") + ", " + item("b") + ", " + item("c") +
                       "], \"CFAssociations\": [" + child("c", "d") + ", " + child("a", "b") + ", " + child("b", "a") +
                       "]}") == "/CFAssociations/2: this isChildOf closes a cycle: an item would be its own ancestor");
    CHECK(import_error("{" + doc + ", \"CFItems\": [" + item("a") + "], \"CFAssociations\": [" + child("a", "zz") + "]}") ==
          "/CFAssociations/0/destinationNodeURI: no CFItem or CFDocument has identifier 'zz'");
    CHECK(import_error("{" + doc + ", \"CFItems\": [" + item("a") + "], \"CFAssociations\": [" + child("zz", "a") + "]}") ==
          "/CFAssociations/0/originNodeURI: no CFItem has identifier 'zz'");
    CHECK(import_error(std::string(100, '[') + std::string(100, ']')) == ": JSON nested deeper than 64 levels");
}

namespace {

// A package whose items i0, i1, ... each sit under the one before, i0 under
// the document.
std::string chain(int length) {
    Json package{{"CFDocument", {{"identifier", "d"}, {"title", "T"}, {"creator", "c"}}}};
    for (int i = 0; i < length; ++i) {
        const std::string id = "i" + std::to_string(i);
        package["CFItems"].push_back({{"identifier", id}, {"fullStatement", id}});
        package["CFAssociations"].push_back({{"associationType", "isChildOf"},
                                             {"originNodeURI", id},
                                             {"destinationNodeURI", i == 0 ? "d" : "i" + std::to_string(i - 1)}});
    }
    return package.dump();
}

}  // namespace

TEST_CASE("case import: a tree too deep for a map is refused, without recursion") {
    CHECK(import_case(chain(64)).document);
    CHECK(import_error(chain(65)) == "/CFAssociations/64: the isChildOf tree is deeper than 64 levels");
    CHECK(import_error(chain(100000)) == "/CFAssociations/64: the isChildOf tree is deeper than 64 levels");
}

TEST_CASE("case import: an item with two parents sits under the first, the other link is kept") {
    const std::string package = R"({"CFDocument": {"identifier": "d", "title": "T", "creator": "c"},
        "CFItems": [{"identifier": "a", "fullStatement": "A"}, {"identifier": "b", "fullStatement": "B"},
                    {"identifier": "s", "fullStatement": "S"}],
        "CFAssociations": [
          {"associationType": "isChildOf", "originNodeURI": "a", "destinationNodeURI": "d"},
          {"associationType": "isChildOf", "originNodeURI": "b", "destinationNodeURI": "d"},
          {"associationType": "isChildOf", "originNodeURI": "s", "destinationNodeURI": "a"},
          {"associationType": "isChildOf", "originNodeURI": "s", "destinationNodeURI": "b"}]})";
    const CaseImport imported = import_case(package);
    REQUIRE(imported.document);
    const CompetenceMap& map = std::get<CompetenceMap>(imported.document->body);
    REQUIRE(map.domains.size() == 2);
    CHECK(map.domains[0].statements.size() == 1);
    CHECK(map.domains[1].statements.empty());
    CHECK(imported.kept == std::map<std::string, int>{{"isChildOf associations", 1}});
}

TEST_CASE("case import: a number too large for a double is refused with its line and column, not thrown") {
    // nlohmann throws out_of_range.406 for these, not a parse_error: it once
    // escaped as an internal error (exit 3).
    CHECK(import_error("{\"CFDocument\": {\"identifier\": \"d\",\n  \"x\": -1e400}}") ==
          ": not JSON rolekit can read, at line 2, column 8: [json.exception.out_of_range.406] number overflow "
          "parsing '-1e400'");
    CHECK(import_error("[1, 2, 1" + std::string(400, '0') + "]").rfind(
              ": not JSON rolekit can read, at line 1, column 8: [json.exception.out_of_range.406] number overflow", 0) == 0);
}

namespace {

const char* const kWrongTypes = R"({
  "CFDocument": {"identifier": "d", "title": 123, "version": 1.0, "creator": ["x"], "language": {"en": true},
                 "uri": 5, "lastChangeDateTime": null},
  "CFItems": [
    {"identifier": "a", "fullStatement": "A", "humanCodingScheme": 7, "notes": ["n"], "CFItemType": 3},
    {"identifier": "s", "fullStatement": "S", "humanCodingScheme": 8, "listEnumeration": 2, "language": false}],
  "CFAssociations": [{"associationType": "isChildOf", "originNodeURI": "a", "destinationNodeURI": "d"},
                     {"associationType": "isChildOf", "originNodeURI": "s", "destinationNodeURI": "a"}]})";

}  // namespace

TEST_CASE("case import: a field of the wrong type is kept under x-case and counted, never dropped") {
    const CaseImport imported = import_case(kWrongTypes);
    REQUIRE(imported.document);
    CHECK(imported.kept == std::map<std::string, int>{{"CFDocument.creator", 1},
                                                      {"CFDocument.language", 1},
                                                      {"CFDocument.title", 1},
                                                      {"CFDocument.uri", 1},
                                                      {"CFDocument.version", 1},
                                                      {"CFItem.CFItemType", 1},
                                                      {"CFItem.humanCodingScheme", 2},
                                                      {"CFItem.language", 1},
                                                      {"CFItem.listEnumeration", 1},
                                                      {"CFItem.notes", 1}});
    // null is an absent field: nothing to keep.
    CHECK(document_to_yaml(*imported.document) == R"(kind: CompetenceMap
format: 1
id: case-import
title: ""
domains:
  - id: "1"
    name: A
    statements:
      - text: S
        x-case:
          humanCodingScheme: 8
          listEnumeration: 2
          language: false
    x-case:
      humanCodingScheme: 7
      notes:
        - "n"
      CFItemType: 3
x-case:
  CFDocument:
    title: 123
    version: 1.0
    creator:
      - x
    language:
      en: true
    uri: 5
)");
    // A field the map cannot be made without is an error at its place.
    CHECK(import_error(R"({"CFDocument": {"identifier": "d"}, "CFItems": [{"identifier": "a", "fullStatement": 5}]})") ==
          "/CFItems/0/fullStatement: 'fullStatement' must be a JSON string");
    CHECK(import_error(R"({"CFDocument": {"identifier": 5}})") ==
          "/CFDocument/identifier: 'identifier' must be a JSON string");
}

namespace {

// A key as a JSON pointer token (RFC 6901).
std::string token(const std::string& key) {
    std::string out;
    for (const char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    return out;
}

// Every value in `j`, by JSON pointer.
void pointers(const Json& j, const std::string& at, std::vector<std::string>& out) {
    out.push_back(at);
    if (j.is_object())
        for (const auto& [key, value] : j.items()) pointers(value, at + "/" + token(key), out);
    if (j.is_array())
        for (std::size_t i = 0; i < j.size(); ++i) pointers(j[i], at + "/" + std::to_string(i), out);
}

// "/CFDocument/title" -> "CFDocument.title", "/CFItems/3/notes" ->
// "CFItem.notes": what `kept` counts a record's own field as; "" otherwise.
std::string field_count_key(const std::string& pointer) {
    const auto parts = Json::json_pointer(pointer);
    if (pointer.rfind("/CFDocument/", 0) == 0 && std::count(pointer.begin(), pointer.end(), '/') == 2)
        return "CFDocument." + parts.back();
    if (pointer.rfind("/CFItems/", 0) == 0 && std::count(pointer.begin(), pointer.end(), '/') == 3)
        return "CFItem." + parts.back();
    return "";
}

// Whether the field at `pointer`, if a record's own, is counted as kept:
// by itself, or with its whole item when the tree does not reach it.
bool field_kept(const CaseImport& result, const Json& package, const std::string& pointer) {
    const std::string counted = field_count_key(pointer);
    if (counted.empty() || result.kept.count(counted)) return true;
    if (counted.rfind("CFItem.", 0) != 0) return false;
    const std::string item = pointer.substr(0, pointer.rfind('/'));
    const auto ordered = nlohmann::ordered_json::parse(package.dump());
    const detail::CaseTreeResult tree = detail::build_case_tree(ordered);
    for (const auto& loose : tree.tree->unplaced_items())
        if (loose["identifier"] == package[Json::json_pointer(item)]["identifier"]) return true;
    return false;
}

}  // namespace

TEST_CASE("case import: any value of any type anywhere is imported, kept or refused at its place, never thrown") {
    // The hostile probe, made systematic: each value of both sample packages
    // replaced by each JSON type (and strings a terminal would act on).
    const Json replacements = Json::parse(R"([null, true, 7, -1.5, 18446744073709551615, "", "\u001b[31m\u0000",
                                              [], ["x"], {}, {"\u001b]0;k": 1}])");
    const auto dir = test::source_dir() / "tests" / "case";
    int imported = 0, refused = 0;
    for (const char* name : {"case-1.0-package.json", "case-1.1-package.json"}) {
        const Json original = Json::parse(test::read_file(dir / name));
        std::vector<std::string> all;
        pointers(original, "", all);
        for (const std::string& pointer : all) {
            if (pointer.empty()) continue;
            for (const Json& value : replacements) {
                Json package = original;
                package[Json::json_pointer(pointer)] = value;
                CAPTURE(pointer);
                CAPTURE(value.dump());
                CaseImport result;
                REQUIRE_NOTHROW(result = import_case(package.dump()));
                REQUIRE(result.document.has_value() != result.error.has_value());
                if (result.error) {
                    ++refused;
                    CHECK(result.error->pointer.rfind("/CF", 0) == 0);  // at its place
                    continue;
                }
                ++imported;
                // The map written loads again, whatever the package held.
                const LoadResult reloaded = test::load_text(document_to_yaml(*result.document));
                REQUIRE(reloaded.document);
                for (const Finding& f : reloaded.findings) CHECK_FALSE(f.rule.id().starts_with("yaml-"));
                // A record's own field of another type than text is kept.
                if (!value.is_null() && !value.is_string()) CHECK(field_kept(result, package, pointer));
            }
        }
    }
    MESSAGE(imported << " imported, " << refused << " refused");
    CHECK(imported > 500);
    CHECK(refused > 50);
}

TEST_CASE("case import: items below a principle or a curriculum unit are kept and counted") {
    const std::string package = R"({"CFDocument": {"identifier": "d", "title": "T"},
        "CFItems": [{"identifier": "p", "fullStatement": "P", "CFItemType": "Principle"},
                    {"identifier": "c", "fullStatement": "C"}, {"identifier": "c2", "fullStatement": "C2"},
                    {"identifier": "s", "fullStatement": "S", "CFItemType": "Curriculum section"},
                    {"identifier": "u", "fullStatement": "U"}, {"identifier": "g", "fullStatement": "G"}],
        "CFAssociations": [
          {"associationType": "isChildOf", "originNodeURI": "p", "destinationNodeURI": "d"},
          {"associationType": "isChildOf", "originNodeURI": "c", "destinationNodeURI": "p"},
          {"associationType": "isChildOf", "originNodeURI": "c2", "destinationNodeURI": "c"},
          {"associationType": "isChildOf", "originNodeURI": "s", "destinationNodeURI": "d"},
          {"associationType": "isChildOf", "originNodeURI": "u", "destinationNodeURI": "s"},
          {"associationType": "isChildOf", "originNodeURI": "g", "destinationNodeURI": "u"}]})";
    const CaseImport imported = import_case(package);
    REQUIRE(imported.document);
    CHECK(imported.kept == std::map<std::string, int>{{"CFItems below a principle or curriculum unit", 3}});
    const std::string yaml = document_to_yaml(*imported.document);
    CHECK(yaml.find(R"(principles:
  - name: P
    x-case:
      CFItems:
        - identifier: c
          fullStatement: C
        - identifier: c2
          fullStatement: C2
)") != std::string::npos);
    CHECK(yaml.find(R"(      - id: "1"
        name: U
        x-case:
          CFItems:
            - identifier: g
              fullStatement: G
)") != std::string::npos);
}

TEST_CASE("export's date: SOURCE_DATE_EPOCH, else the file's last modification, else now") {
    MemoryFileSystem files;
    files.add("map.yaml", "x");  // a file in memory was last modified at 0
    CHECK(case_date(nullptr, "map.yaml", 77, files).seconds == 0);
    CHECK(case_date(nullptr, "-", 77, files).seconds == 77);  // standard input: now
    const CaseDate epoch = case_date("253402300799", "map.yaml", 77, files);
    CHECK(epoch.seconds == 253402300799);
    CHECK(epoch.error.empty());
    CHECK(case_date("253402300800", "map.yaml", 77, files).error ==
          "SOURCE_DATE_EPOCH is '253402300800', outside 0 to 253402300799 (the years 1970 to 9999 "
          "that CASE "
          "dates hold)");
    CHECK(case_date("-1", "map.yaml", 77, files).error.find("outside 0 to") != std::string::npos);
    CHECK(case_date("1e9", "map.yaml", 77, files).error ==
          "SOURCE_DATE_EPOCH is '1e9', not a number of seconds");
    CHECK(case_date("", "map.yaml", 77, files).error ==
          "SOURCE_DATE_EPOCH is '', not a number of seconds");
}
