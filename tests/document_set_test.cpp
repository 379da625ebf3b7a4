#include <doctest/doctest.h>

#include <memory>

#include "rolekit/document_set.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

Document doc(const std::string& text, const std::string& path) {
    LoadResult r = load_document(text, path);
    REQUIRE(r.findings.empty());
    REQUIRE(r.document);
    return std::move(*r.document);
}

const std::string kProfile = R"(kind: RoleProfile
format: 1
id: base-role
title: T
service: S
level: 3
basic_info: {named_role: N, area_of_work: A, experience_required: E}
scope: x
competences: {core: [], role_specific: []}
)";

std::string overlay(const std::string& base) {
    return "kind: LocalityOverlay\nformat: 1\nid: local\nbase: " + base + "\nlocality: L\n";
}

}  // namespace

TEST_CASE("ids are unique among the documents loaded together") {
    DocumentSet set;
    CHECK(set.add(doc(kProfile, "a/one.yaml")).empty());
    Findings clash = set.add(doc(kProfile, "b/two.yaml"));
    REQUIRE(clash.size() == 1);
    CHECK(clash[0].rule == "id-collision");
    CHECK(clash[0].file == "b/two.yaml");
    CHECK(clash[0].pos == Position{3, 5});
    CHECK(clash[0].message == "id 'base-role' is already used by a/one.yaml");
    CHECK(set.documents().size() == 1);
}

TEST_CASE("an overlay's base resolves by id or by a path relative to the overlay") {
    DocumentSet set;
    set.add(doc(kProfile, "rk/profiles/base.yaml"));
    set.add(doc(overlay("base-role"), "rk/overlays/by-id.yaml"));
    const Document* by_id = set.find("local");
    REQUIRE(by_id);
    const Document* base = set.overlay_base(*by_id);
    REQUIRE(base);
    CHECK(base->id.value == "base-role");

    DocumentSet by_path;
    by_path.add(doc(kProfile, "rk/profiles/base.yaml"));
    by_path.add(doc(overlay("../profiles/base.yaml"), "rk/overlays/by-path.yaml"));
    const Document* o = by_path.find("local");
    REQUIRE(o);
    REQUIRE(by_path.overlay_base(*o));
    CHECK(by_path.overlay_base(*o)->id.value == "base-role");

    DocumentSet missing;
    missing.add(doc(overlay("nowhere"), "x.yaml"));
    CHECK(missing.overlay_base(*missing.find("local")) == nullptr);
}

TEST_CASE("catalogues, the functional map and the career framework are found by kind") {
    DocumentSet set;
    CHECK(set.functional_map() == nullptr);
    CHECK(set.career_framework() == nullptr);
    set.add(doc("kind: NosCatalog\nformat: 1\nid: c1\nstandards: [{code: A1, title: A}]\n", "1"));
    set.add(doc("kind: NosCatalog\nformat: 1\nid: c2\nstandards: [{code: B1, title: B}]\n", "2"));
    set.add(doc("kind: FunctionalMap\nformat: 1\nid: m\nareas: [{key: A, name: Assessment}]\n", "3"));
    set.add(doc("kind: CareerFramework\nformat: 1\nid: cf\nlevels: [{level: 3}]\n", "4"));
    REQUIRE(set.catalogs().size() == 2);
    CHECK(set.catalogs()[1]->standards[0].code.value == "B1");
    REQUIRE(set.functional_map());
    CHECK(set.functional_map()->areas[0].name.value == "Assessment");
    REQUIRE(set.career_framework());
    CHECK(set.career_framework()->levels[0].level.value == 3);
    CHECK_FALSE(set.career_framework()->levels[0].core);
}

TEST_CASE("a copied document set finds documents in itself") {
    auto original = std::make_unique<DocumentSet>();
    original->add(doc(kProfile, "a.yaml"));
    const DocumentSet copy = *original;
    original.reset();  // the copy must not point into it
    REQUIRE(copy.find("base-role"));
    CHECK(copy.find("base-role") == &copy.documents().front());
}

TEST_CASE("an overlay's base named by an id an overlay shares is the profile with that id") {
    // The overlay `base-role` and the profile merged from it (same id), in
    // both orders, as validate's scope keeps them (insert: both kept).
    const std::string twin = "kind: LocalityOverlay\nformat: 1\nid: base-role\nbase: national\nlocality: L\n";
    for (const bool overlay_first : {true, false}) {
        CAPTURE(overlay_first);
        DocumentSet set;
        if (overlay_first) set.insert(doc(twin, "twin.yaml"));
        set.insert(doc(kProfile, "profile.yaml"));
        if (!overlay_first) set.insert(doc(twin, "twin.yaml"));
        set.insert(doc(overlay("base-role"), "stacked.yaml"));
        const Document* base = set.overlay_base(*set.find("local"));
        REQUIRE(base);
        CHECK(base->path == "profile.yaml");
        CHECK(set.find_profile("base-role") == base);
        // find() still answers with the first loaded, whatever its kind.
        CHECK(set.find("base-role")->path == (overlay_first ? "twin.yaml" : "profile.yaml"));
    }
    // In the fallback too, and a set without a profile of that id has none.
    DocumentSet references;
    references.insert(doc(kProfile, "profile.yaml"));
    DocumentSet inputs;
    inputs.set_fallback(&references);
    inputs.insert(doc(twin, "twin.yaml"));
    inputs.insert(doc(overlay("base-role"), "stacked.yaml"));
    REQUIRE(inputs.overlay_base(*inputs.find("local")));
    CHECK(inputs.overlay_base(*inputs.find("local"))->path == "profile.yaml");
    DocumentSet alone;
    alone.insert(doc(twin, "twin.yaml"));
    CHECK(alone.find_profile("base-role") == nullptr);
}

TEST_CASE("an overlay and the profile merged from it share their id without a collision") {
    const std::string merged = kProfile.substr(0, kProfile.find("id: base-role")) + "id: local\n" +
                               kProfile.substr(kProfile.find("title: T")) +
                               "derived_from: {base: base-role, overlays: [local]}\n";
    for (const bool overlay_first : {true, false}) {
        CAPTURE(overlay_first);
        DocumentSet set;
        CHECK(set.add(doc(kProfile, "base.yaml")).empty());
        if (overlay_first) CHECK(set.add(doc(overlay("base-role"), "o.yaml")).empty());
        CHECK(set.add(doc(merged, "m.yaml")).empty());
        if (!overlay_first) CHECK(set.add(doc(overlay("base-role"), "o.yaml")).empty());
        CHECK(set.documents().size() == 3);
        REQUIRE(set.find("local") != nullptr);
        CHECK(set.find("local")->path == "m.yaml");  // the id names the profile
        // A second overlay with that id, or a profile not made from it, still collides.
        const Findings again = set.add(doc(overlay("base-role"), "copy/o.yaml"));
        REQUIRE(again.size() == 1);
        CHECK(again[0].rule == rules::id_collision);
        CHECK(again[0].message == "id 'local' is already used by o.yaml");
    }
    DocumentSet unrelated;
    CHECK(unrelated.add(doc(overlay("base-role"), "o.yaml")).empty());
    const std::string stranger = kProfile.substr(0, kProfile.find("id: base-role")) + "id: local\n" +
                                 kProfile.substr(kProfile.find("title: T"));
    CHECK(unrelated.add(doc(stranger, "p.yaml")).size() == 1);
    // Made from another base: not this overlay's product.
    DocumentSet other_base;
    CHECK(other_base.add(doc(overlay("another-role"), "o.yaml")).empty());
    CHECK(other_base.add(doc(merged, "m.yaml")).size() == 1);
}
