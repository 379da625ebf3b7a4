// merge_overlays: the FORMAT.md merge rules, refusals, round trip, determinism.

#include <doctest/doctest.h>

#include <deque>

#include "rolekit/library.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

struct Fixture {
    Library lib = load_library({test::frameworks_dir()});
    std::deque<Document> extra;  // overlays made by a test (deque: stable references)

    const Document& doc(const std::string& id) {
        const Document* d = lib.documents.find(id);
        REQUIRE(d);
        return *d;
    }
    const Document& add(const std::string& text, const std::string& path) {
        LoadResult r = load_document(text, path);
        for (const Finding& f : r.findings) CAPTURE(f.message);
        REQUIRE(r.findings.empty());
        extra.push_back(std::move(*r.document));
        return extra.back();
    }
    MergeResult merge(const std::string& base, const std::vector<const Document*>& overlays) {
        return merge_overlays(doc(base), overlays, CheckContext(lib.documents));
    }
};

const std::string kOverlayHead =
    "kind: LocalityOverlay\nformat: 1\nid: extra\nbase: ld-peer-support-worker-l3\nlocality: X\n";

std::string rules(const Findings& findings) {
    std::string out;
    for (const Finding& f : findings) out += (out.empty() ? "" : " ") + f.rule;
    return out;
}

}  // namespace

TEST_CASE("the example overlay merges onto the Level 3 profile") {
    Fixture fx;
    const MergeResult r = fx.merge("ld-peer-support-worker-l3", {&fx.doc("wiltshire-ld-psw")});
    CHECK(r.findings.empty());
    REQUIRE(r.merged);
    const Document& m = *r.merged;
    CHECK(m.id.value == "wiltshire-ld-psw");
    const RoleProfile& p = std::get<RoleProfile>(m.body);
    const RoleProfile& base = std::get<RoleProfile>(fx.doc("ld-peer-support-worker-l3").body);
    CHECK(p.basic_info.named_role.value == "Lead Peer Support Worker");              // replaced
    CHECK(p.basic_info.area_of_work.value == base.basic_info.area_of_work.value);    // kept
    CHECK(p.competences.core.size() == base.competences.core.size());                // untouched
    CHECK(p.competences.role_specific.size() == base.competences.role_specific.size());
    REQUIRE(p.competences.locality.size() == 3);
    for (const CompetenceGroup& g : p.competences.locality) CHECK(g.source.value == "wiltshire-ld-psw");
    CHECK(p.competences.locality[0].nos[0].title.value == "Provide supervision to other individuals");
    CHECK(p.learning->informal.size() == base.learning->informal.size() + 3);
    CHECK(p.learning->formal.size() == base.learning->formal.size());
    CHECK(p.cpd->statutory_mandatory.back().value == "PREVENT");
    CHECK(p.references.size() == base.references.size() + 3);
    REQUIRE(p.derived_from);
    CHECK(p.derived_from->base.value == "ld-peer-support-worker-l3");
    REQUIRE(p.derived_from->overlays.size() == 1);
    CHECK(p.derived_from->overlays[0].value == "wiltshire-ld-psw");
}

TEST_CASE("merged output is deterministic and loads back to the same model") {
    Fixture fx;
    const auto merge = [&] {
        return role_profile_to_yaml(
            *fx.merge("ld-peer-support-worker-l3", {&fx.doc("wiltshire-ld-psw")}).merged);
    };
    const std::string yaml = merge();
    CHECK(merge() == yaml);
    LoadResult back = load_document(yaml, "merged.yaml");
    for (const Finding& f : back.findings) CAPTURE(f.message);
    REQUIRE(back.findings.empty());
    REQUIRE(back.document);
    CHECK(role_profile_to_yaml(*back.document) == yaml);  // written again: the same bytes
    const RoleProfile& p = std::get<RoleProfile>(back.document->body);
    CHECK(p.competences.locality.size() == 3);
    CHECK(p.scope.value == std::get<RoleProfile>(fx.doc("ld-peer-support-worker-l3").body).scope.value);
    CHECK(p.derived_from->overlays[0].value == "wiltshire-ld-psw");
}

TEST_CASE("every shipped profile round-trips through the YAML writer") {
    Fixture fx;
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"}) {
        CAPTURE(id);
        const std::string yaml = role_profile_to_yaml(fx.doc(id));
        LoadResult back = load_document(yaml, "x.yaml");
        REQUIRE(back.findings.empty());
        CHECK(role_profile_to_yaml(*back.document) == yaml);
        const RoleProfile& a = std::get<RoleProfile>(fx.doc(id).body);
        const RoleProfile& b = std::get<RoleProfile>(back.document->body);
        CHECK(a.basic_info.experience_required.value == b.basic_info.experience_required.value);
        CHECK(a.level_descriptor.value == b.level_descriptor.value);
        CHECK(a.competences.core.size() == b.competences.core.size());
        CHECK(a.core_level() == b.core_level());
    }
}

TEST_CASE("a locality NOS already in the profile is a warning and is not added twice") {
    Fixture fx;
    const Document& o = fx.add(kOverlayHead + R"(competences:
  - area: "1"
    function: Communicate effectively
    nos: [Communicate effectively in a health care environment]
  - area: H
    function: Manage multi-agency working
    nos:
      - Enable workers and agencies to work collaboratively
      - Make use of supervision
)",
                               "extra.yaml");
    const MergeResult r = fx.merge("ld-peer-support-worker-l3", {&o});
    REQUIRE(r.merged);
    CHECK(rules(r.findings) == "overlay-nos-in-base overlay-nos-in-base");
    CHECK(r.findings[0].severity == Severity::warning);
    CHECK(r.findings[0].file == "extra.yaml");
    CHECK(r.findings[0].pos == Position{9, 11});
    CHECK(r.findings[0].message ==
          "NOS 'Communicate effectively in a health care environment' is already in the profile "
          "(core section); not added again");
    const auto& locality = std::get<RoleProfile>(r.merged->body).competences.locality;
    REQUIRE(locality.size() == 1);  // the group left with nothing is dropped
    CHECK(locality[0].nos.size() == 1);
}

TEST_CASE("overlays apply in order: later scalars win, lists append without duplicates") {
    Fixture fx;
    const Document& a = fx.add(kOverlayHead + "basic_info: {named_role: A}\n"
                                              "learning: {informal: [One, Two], credits: first}\n"
                                              "references: [R1]\n",
                               "a.yaml");
    const Document& b = fx.add(
        "kind: LocalityOverlay\nformat: 1\nid: second\nbase: ld-peer-support-worker-l3\n"
        "locality: Y\nbasic_info: {named_role: B}\nlearning: {informal: [Two, Three], credits: second}\n"
        "references: [R1, R2]\n",
        "b.yaml");
    const MergeResult r = fx.merge("ld-peer-support-worker-l3", {&a, &b});
    REQUIRE(r.merged);
    CHECK(r.merged->id.value == "second");
    const RoleProfile& p = std::get<RoleProfile>(r.merged->body);
    CHECK(p.basic_info.named_role.value == "B");
    CHECK(p.learning->credits.value == "second");
    const auto& informal = p.learning->informal;
    CHECK(informal[informal.size() - 3].value == "One");
    CHECK(informal[informal.size() - 2].value == "Two");
    CHECK(informal.back().value == "Three");
    CHECK(p.references[p.references.size() - 2].value == "R1");
    CHECK(p.references.back().value == "R2");
    REQUIRE(p.derived_from->overlays.size() == 2);
    CHECK(p.derived_from->overlays[1].value == "second");
}

TEST_CASE("refusals: error at the overlay's file:line:col and no result") {
    Fixture fx;
    SUBCASE("changing the national part") {
        const Document& o = fx.add(kOverlayHead + "level: 4\ncompetences:\n  core: []\n", "n.yaml");
        const MergeResult r = fx.merge("ld-peer-support-worker-l3", {&o});
        CHECK_FALSE(r.merged);
        REQUIRE(rules(r.findings) == "overlay-touches-national overlay-touches-national");
        CHECK(r.findings[0].file == "n.yaml");
        CHECK(r.findings[0].pos == Position{6, 1});
        CHECK(r.findings[1].pos == Position{8, 3});
        CHECK(r.findings[1].message == "an overlay cannot change 'core' of the national profile");
    }
    SUBCASE("rewording a NOS the catalogue has a code for") {
        const Document& o = fx.add(kOverlayHead + R"(competences:
  - area: "1"
    function: Communicate effectively
    nos: [{code: SFHGEN97, title: Communicate well in health care}]
)",
                                   "t.yaml");
        const MergeResult r = fx.merge("ld-peer-support-worker-l3", {&o});
        CHECK_FALSE(r.merged);
        REQUIRE(rules(r.findings) == "nos-title-mismatch");
        CHECK(r.findings[0].pos == Position{9, 35});
    }
    SUBCASE("an overlay for another base") {
        const MergeResult r = fx.merge("ld-strategic-manager-l8", {&fx.doc("wiltshire-ld-psw")});
        CHECK_FALSE(r.merged);
        REQUIRE(rules(r.findings) == "overlay-base-mismatch");
        CHECK(r.findings[0].message ==
              "overlay 'wiltshire-ld-psw' is for base 'ld-peer-support-worker-l3', not "
              "'ld-strategic-manager-l8'");
    }
    SUBCASE("documents of the wrong kind") {
        CHECK(rules(fx.merge("health-nos", {&fx.doc("wiltshire-ld-psw")}).findings) == "merge-wrong-kind");
        const MergeResult r = fx.merge("ld-peer-support-worker-l3", {&fx.doc("health-functional-map")});
        CHECK_FALSE(r.merged);
        CHECK(rules(r.findings) == "merge-wrong-kind");
    }
}
