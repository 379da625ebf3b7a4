// merge_overlays: the FORMAT.md merge rules, refusals, round trip, determinism.

#include <doctest/doctest.h>

#include <deque>
#include <set>

#include "rolekit/library.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"
#include "tree_support.hpp"

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

std::string rule_ids(const Findings& findings) {
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
    // Seed 003's Wiltshire lead: leads the volunteer team, quality-assures its work.
    REQUIRE(p.competences.locality.size() == 2);
    for (const CompetenceGroup& g : p.competences.locality) CHECK(g.source.value == "wiltshire-ld-psw");
    CHECK(p.competences.locality[0].nos[0].title.value == "Lead your team");
    CHECK(p.competences.locality[1].nos[0].title.value == "Quality assure work in your team");
    CHECK(p.learning->informal.size() == base.learning->informal.size());
    CHECK(p.learning->formal.size() == base.learning->formal.size());
    CHECK(p.cpd->statutory_mandatory.size() == base.cpd->statutory_mandatory.size());
    CHECK(p.references.size() == base.references.size() + 1);
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
    CHECK(p.competences.locality.size() == 2);
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
    CHECK(rule_ids(r.findings) == "overlay-nos-in-base overlay-nos-in-base");
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
        REQUIRE(rule_ids(r.findings) == "overlay-touches-national overlay-touches-national");
        CHECK(r.findings[0].file == "n.yaml");
        CHECK(r.findings[0].pos == Position{6, 1});
        CHECK(r.findings[1].pos == Position{8, 3});
        CHECK(r.findings[1].message == "an overlay cannot change 'core' of the national profile");
    }
    SUBCASE("rewording a NOS the catalogue has a code for") {
        const Document& o = fx.add(kOverlayHead + R"(competences:
  - area: "1"
    function: Communicate effectively
    nos: [{code: SFHGEN23, title: Monitor your own work}]
)",
                                   "t.yaml");
        const MergeResult r = fx.merge("ld-peer-support-worker-l3", {&o});
        CHECK_FALSE(r.merged);
        REQUIRE(rule_ids(r.findings) == "nos-title-mismatch");
        CHECK(r.findings[0].pos == Position{9, 35});
    }
    SUBCASE("an overlay for another base") {
        const MergeResult r = fx.merge("ld-strategic-manager-l8", {&fx.doc("wiltshire-ld-psw")});
        CHECK_FALSE(r.merged);
        REQUIRE(rule_ids(r.findings) == "overlay-base-mismatch");
        CHECK(r.findings[0].message ==
              "overlay 'wiltshire-ld-psw' is for base 'ld-peer-support-worker-l3', not "
              "'ld-strategic-manager-l8'");
    }
    SUBCASE("documents of the wrong kind") {
        CHECK(rule_ids(fx.merge("health-nos", {&fx.doc("wiltshire-ld-psw")}).findings) == "merge-wrong-kind");
        const MergeResult r = fx.merge("ld-peer-support-worker-l3", {&fx.doc("health-functional-map")});
        CHECK_FALSE(r.merged);
        CHECK(rule_ids(r.findings) == "merge-wrong-kind");
    }
}

namespace {

const std::string kBaseFile = "profiles/ld-peer-support-worker-l3.yaml";
const std::string kOverlayFile = "overlays/wiltshire-ld-psw.yaml";

template <class Edit>
std::string edited(const std::string& file, Edit edit) {
    test::YamlNode tree = test::parse_tree(test::read_file(test::frameworks_dir() / file));
    edit(tree);
    return test::emit_tree(tree);
}

// A shipped document with x- keys named `prefix`1, 2, ... in every mapping.
std::string with_extensions(const std::string& file, const std::string& prefix) {
    return edited(file, [&](test::YamlNode& tree) { test::add_extensions(tree, prefix); });
}

// Without every key whose value is empty ("", [], {} or null), repeatedly.
void strip_empty(test::YamlNode& node) {
    for (test::YamlNode& child : node.children) strip_empty(child);
    if (!node.is_map()) return;
    for (std::size_t i = 0; i + 1 < node.children.size();) {
        const test::YamlNode& v = node.children[i + 1];
        const bool empty = v.is_null() || (v.is_scalar() && v.value.empty()) ||
                           (!v.is_scalar() && v.children.empty());
        if (empty)
            node.children.erase(node.children.begin() + static_cast<std::ptrdiff_t>(i),
                                node.children.begin() + static_cast<std::ptrdiff_t>(i) + 2);
        else
            i += 2;
    }
}

// Every key of a tree by its path, list items as `*` (`/competences/core/*/nos`),
// not looking inside x- values.
void collect_keys(const test::YamlNode& n, const std::string& path, std::set<std::string>& out) {
    if (n.is_sequence())
        for (const test::YamlNode& item : n.children) collect_keys(item, path + "/*", out);
    if (!n.is_map()) return;
    for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
        const std::string key = path + "/" + n.children[i].value;
        out.insert(key);
        if (!test::is_extension_key(n.children[i])) collect_keys(n.children[i + 1], key, out);
    }
}

std::set<std::string> keys(const std::string& text) {
    std::set<std::string> out;
    collect_keys(test::parse_tree(text), "", out);
    return out;
}

// Where a key of an overlay lands in the merged profile ("" for the keys that
// only say what the overlay is).
std::string merged_path(const std::string& overlay_path, std::size_t locality_offset) {
    static const std::string kGroups = "/competences/";
    if (overlay_path == "/base" || overlay_path == "/locality") return "";
    if (overlay_path.rfind(kGroups, 0) != 0) return overlay_path;
    const std::string rest = overlay_path.substr(kGroups.size());
    const std::size_t slash = rest.find('/');
    if (rest.rfind("x-", 0) == 0 || rest.rfind("locality", 0) == 0) return overlay_path;
    if (rest == "*" || rest.rfind("*/", 0) == 0)  // from keys(): any group
        return kGroups + "locality/" + rest;
    // From leaves(): group number `index` of the overlay.
    const std::size_t index = std::stoul(rest.substr(0, slash));
    return kGroups + "locality/" + std::to_string(locality_offset + index) +
           (slash == std::string::npos ? "" : rest.substr(slash));
}

MergeResult merge_texts(const std::string& base, const std::string& overlay) {
    LoadResult b = load_document(base, "base.yaml");
    LoadResult o = load_document(overlay, "overlay.yaml");
    for (const Finding& f : b.findings) CAPTURE(f.message);
    for (const Finding& f : o.findings) CAPTURE(f.message);
    REQUIRE((b.findings.empty() && o.findings.empty()));
    MergeResult r =
        merge_overlays(*b.document, {&*o.document}, CheckContext(test::builtin().documents));
    REQUIRE(r.merged);
    return r;
}

}  // namespace

TEST_CASE("merge keeps every x- key of the base and of the overlay, where each was written") {
    const std::string base = with_extensions(kBaseFile, "x-base-");
    const std::string overlay = with_extensions(kOverlayFile, "x-wilts-");
    const MergeResult r = merge_texts(base, overlay);
    CHECK(r.findings.empty());
    const std::string written = document_to_yaml(*r.merged);
    CAPTURE(written);
    const auto out = test::leaves(test::parse_tree(written));

    std::size_t checked = 0;
    for (const auto& [path, value] : test::leaves(test::parse_tree(base))) {
        if (path.find("/x-base-") == std::string::npos) continue;
        CHECK_MESSAGE(out.count(path), path);
        if (out.count(path)) CHECK(out.at(path) == value);
        ++checked;
    }
    // The base's locality section was empty: the overlay's groups come first.
    const std::size_t offset = std::get<RoleProfile>(load_document(base, "b").document->body)
                                   .competences.locality.size();
    for (const auto& [path, value] : test::leaves(test::parse_tree(overlay))) {
        if (path.find("/x-wilts-") == std::string::npos) continue;
        const std::string where = merged_path(path, offset);
        CAPTURE(path);
        REQUIRE(!where.empty());
        CHECK_MESSAGE(out.count(where), where);
        if (out.count(where)) CHECK(out.at(where) == value);
        ++checked;
    }
    CHECK(checked > 100);
    // And the merged profile, loaded again, writes the same bytes.
    const LoadResult back = load_document(written, "merged.yaml");
    REQUIRE(back.document);
    CHECK(back.findings.empty());
    CHECK(document_to_yaml(*back.document) == written);
}

TEST_CASE("merge writes every key its inputs had and no other") {
    // The keys merge itself defines.
    const std::set<std::string> defined = {"/derived_from", "/derived_from/base",
                                           "/derived_from/overlays", "/competences/locality",
                                           "/competences/locality/*/source",
                                           "/competences/locality/*/locality",
                                           "/local_competences/*/source",
                                           "/local_competences/*/locality"};
    const std::string level_8 = "profiles/ld-strategic-manager-l8.yaml";
    for (const std::string& base_file : {kBaseFile, level_8}) {
        for (const bool stripped : {false, true}) {
            CAPTURE(base_file);
            CAPTURE(stripped);
            const std::string base = edited(base_file, [&](test::YamlNode& tree) {
                if (stripped) strip_empty(tree);
            });
            const std::string base_id = *load_document(base, "b").document->id;
            const std::string overlay = edited(kOverlayFile, [&](test::YamlNode& tree) {
                for (std::size_t i = 0; i + 1 < tree.children.size(); i += 2)
                    if (tree.children[i].value == "base") tree.children[i + 1].value = base_id;
            });
            const std::string written = document_to_yaml(*merge_texts(base, overlay).merged);
            CAPTURE(written);
            const std::set<std::string> out = keys(written);
            std::set<std::string> allowed = keys(base);
            for (const std::string& k : allowed) CHECK_MESSAGE(out.count(k), "lost " << k);
            for (const std::string& k : keys(overlay))
                if (const std::string where = merged_path(k, 0); !where.empty())
                    allowed.insert(where);
            allowed.insert(defined.begin(), defined.end());
            for (const std::string& k : out) CHECK_MESSAGE(allowed.count(k), "added " << k);
            if (stripped) CHECK_FALSE(out.count("/learning/registration"));
        }
    }
}

TEST_CASE("an overlay's x- key replaces the profile's of the same name, its others are added") {
    const std::string base = edited(kBaseFile, [](test::YamlNode& tree) {
        for (const char* key : {"x-owner", "x-kept"}) {
            tree.children.push_back(test::plain_scalar(key));
            tree.children.push_back(test::plain_scalar("national"));
        }
    });
    const MergeResult r = merge_texts(
        base, kOverlayHead + "x-owner: local\nx-contact: {name: A. Person}\n"
                             "basic_info: {x-owner: local team}\n");
    const RoleProfile& p = std::get<RoleProfile>(r.merged->body);
    const auto& top = p.extras.extensions;
    REQUIRE(top.size() == 3);
    CHECK(top[0].key == "x-owner");
    CHECK(top[0].value.text == "local");
    CHECK(top[1].key == "x-kept");
    CHECK(top[1].value.text == "national");
    CHECK(top[2].key == "x-contact");
    CHECK(top[2].value.kind == YamlValue::Kind::map);
    REQUIRE(p.basic_info.extras.extensions.size() == 1);
    CHECK(p.basic_info.extras.extensions[0].value.text == "local team");
}
