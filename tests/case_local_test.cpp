// CASE export of local profiles (rolekit/case.hpp): the merged Wiltshire
// profile's local competence as an item of its own type under its area and
// function, its identifier shared with the overlay's export, and a local
// profile's own version and organisation on the CFDocument.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "rolekit/case.hpp"
#include "rolekit/merge.hpp"
#include "test_support.hpp"

using namespace rolekit;
using Json = nlohmann::json;

namespace {

constexpr std::int64_t kWhen = 1764547200;  // 2025-12-01T00:00:00Z

Json export_of(const Document& doc) {
    return Json::parse(
        export_case(doc, test::builtin().documents, CaseExportOptions{{}, kWhen, {}}));
}

Document wiltshire() {
    const Document& overlay = test::builtin_doc("wiltshire-ld-psw");
    MergeResult r = merge_checked(test::builtin_doc("ld-peer-support-worker-l3"), {&overlay},
                                  test::builtin().documents);
    REQUIRE(r.merged);
    return std::move(*r.merged);
}

std::vector<Json> items_of_type(const Json& package, const std::string& type) {
    std::vector<Json> out;
    for (const Json& item : package["CFItems"])
        if (item["CFItemType"] == type) out.push_back(item);
    return out;
}

// The isChildOf association whose origin is `identifier`.
Json parent_link(const Json& package, const std::string& identifier) {
    for (const Json& a : package["CFAssociations"])
        if (a["associationType"] == "isChildOf" && a["originNodeURI"]["identifier"] == identifier)
            return a;
    FAIL("no isChildOf from " << identifier);
    return {};
}

const std::string kStatement = "See the more complex, higher risk cases";
const std::string kEvidence =
    "Peer support in place in some Liaison and Diversion services (Liaison and Diversion news "
    "article, "
    "September 2017)";
// uuid5(uuid5(NAMESPACE_URL, "https://rolekit.invalid/case"),
//       "local/wiltshire-ld-psw/see the more complex higher risk cases")
const std::string kLocalIdentifier = "cd061269-25b6-5a5c-8528-8780a086afee";

}  // namespace

TEST_CASE(
    "case export: a merged profile's local competence is a Local competence under its area and "
    "function") {
    const Json package = export_of(wiltshire());
    const std::vector<Json> locals = items_of_type(package, "Local competence");
    REQUIRE(locals.size() == 1);
    const Json& item = locals[0];
    CHECK(item["identifier"] == kLocalIdentifier);
    CHECK(item["fullStatement"] == kStatement);
    CHECK(item["notes"] == kEvidence);
    CHECK_FALSE(item.contains("humanCodingScheme"));

    // Local competence -> its group (area H, the function) -> the section -> the document.
    const Json to_group = parent_link(package, kLocalIdentifier);
    CHECK(to_group["sequenceNumber"] == 1);
    CHECK(to_group["destinationNodeURI"]["title"] == "Manage demands for services");
    const std::string group_id = to_group["destinationNodeURI"]["identifier"];
    const Json group = [&] {
        for (const Json& i : package["CFItems"])
            if (i["identifier"] == group_id) return i;
        return Json();
    }();
    CHECK(group["CFItemType"] == "Competence group");
    CHECK(group["humanCodingScheme"] == "H");
    CHECK(group["notes"] == "Added by Wiltshire Liaison and Diversion Service");
    const Json to_section = parent_link(package, group_id);
    CHECK(to_section["destinationNodeURI"]["title"] == "Locally Agreed Competences");
    CHECK(to_section["sequenceNumber"] == 1);
    const Json to_document = parent_link(package, to_section["destinationNodeURI"]["identifier"]);
    CHECK(to_document["destinationNodeURI"]["identifier"] == package["CFDocument"]["identifier"]);
    // After core, role specific and locality.
    CHECK(to_document["sequenceNumber"] == 4);

    // No local identity given: the CFDocument is the national template's, as before.
    CHECK(package["CFDocument"]["version"] == "Revised February 2023");
    CHECK(package["CFDocument"]["creator"] == "Skills for Health");
    CHECK_FALSE(package["CFDocument"]["extensions"]["rolekit"].contains("approved_on"));
}

TEST_CASE(
    "case export: a local competence has one identifier in its overlay and in every profile merged "
    "from it") {
    const Json overlay = export_of(test::builtin_doc("wiltshire-ld-psw"));
    const std::vector<Json> locals = items_of_type(overlay, "Local competence");
    REQUIRE(locals.size() == 1);
    CHECK(locals[0]["identifier"] == kLocalIdentifier);
    CHECK(parent_link(overlay, kLocalIdentifier)["destinationNodeURI"]["title"] ==
          "Manage demands for services");
    // The template, with no local competence, has no such section.
    const Json national = export_of(test::builtin_doc("ld-peer-support-worker-l3"));
    CHECK(items_of_type(national, "Local competence").empty());
    for (const Json& section : items_of_type(national, "Section"))
        CHECK(section["fullStatement"] != "Locally Agreed Competences");
}

TEST_CASE(
    "case export: a local profile's version and organisation are the CFDocument's, the template's "
    "kept") {
    Document doc = wiltshire();
    LocalIdentity& id = std::get<RoleProfile>(doc.body).local;
    id.version.value = "1.2";
    id.approved_by.value = "Head of Criminal Justice Services";
    id.approved_on.value = "2026-03-01";
    id.organisation.value = "Wiltshire Health and Care";
    id.contact.value = "ld.team@example.org";
    const Json package = export_of(doc);
    const Json& d = package["CFDocument"];
    CHECK(d["version"] == "1.2");
    CHECK(d["creator"] == "Wiltshire Health and Care");
    const Json& ext = d["extensions"]["rolekit"];
    CHECK(ext["version"] == "1.2");
    CHECK(ext["approved_by"] == "Head of Criminal Justice Services");
    CHECK(ext["approved_on"] == "2026-03-01");
    CHECK(ext["organisation"] == "Wiltshire Health and Care");
    CHECK(ext["contact"] == "ld.team@example.org");
    CHECK(ext["revision"] == "Revised February 2023");
    CHECK(ext["publisher"] == "Skills for Health");
    // --creator still wins.
    const Json named = Json::parse(
        export_case(doc, test::builtin().documents, CaseExportOptions{{}, kWhen, "NHS X"}));
    CHECK(named["CFDocument"]["creator"] == "NHS X");
    // Identifiers do not depend on the identity: a new version updates, never duplicates.
    CHECK(items_of_type(package, "Local competence")[0]["identifier"] == kLocalIdentifier);
}

TEST_CASE("case export: an overlay's own version and organisation") {
    Document doc = test::builtin_doc("wiltshire-ld-psw");
    CHECK(export_of(doc)["CFDocument"]["creator"] == "Wiltshire Liaison and Diversion Service");
    CHECK_FALSE(export_of(doc)["CFDocument"].contains("version"));
    LocalIdentity& id = std::get<LocalityOverlay>(doc.body).local;
    id.version.value = "2";
    id.organisation.value = "Wiltshire Health and Care";
    const Json d = export_of(doc)["CFDocument"];
    CHECK(d["version"] == "2");
    CHECK(d["creator"] == "Wiltshire Health and Care");
    CHECK(d["extensions"]["rolekit"]["organisation"] == "Wiltshire Health and Care");
}
