// merge_arguments and resolve_overlay_base: `rolekit merge OVERLAY...` and
// `rolekit render OVERLAY` find the base the overlay names, through the
// library, on the shipped library held in memory.

#include <doctest/doctest.h>

#include "rolekit/merge.hpp"
#include "rolekit/workspace.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

std::string overlay(const std::string& id, const std::string& base) {
    return "kind: LocalityOverlay\nformat: 1\nid: " + id + "\nbase: " + base +
           "\nlocality: L\ncompetences:\n  - area: H\n    function: Manage multi-agency working\n"
           "    nos: [Enable workers and agencies to work collaboratively]\n";
}

Workspace open(MemoryFileSystem& files, const std::vector<std::string>& args) {
    WorkspaceOptions o;
    o.search_path = {"lib"};
    o.files = &files;
    o.reference_kinds = std::set{DocumentKind::nos_catalog, DocumentKind::functional_map,
                                 DocumentKind::career_framework, DocumentKind::role_profile};
    Workspace ws = Workspace::open(args, o);
    REQUIRE(ws.usable());
    return ws;
}

MergeCommand merge(Workspace& ws) {
    return merge_arguments(ws.documents(), ws);
}

std::string where(const Finding& f) {
    return f.file + ":" + std::to_string(f.pos.line) + ":" + std::to_string(f.pos.column) + ": " +
           std::string(f.rule.id()) + ": " + f.message + " | " + f.hint;
}

std::vector<std::string> overlays_of(const Document& merged) {
    std::vector<std::string> out;
    for (const Text& t : std::get<RoleProfile>(merged.body).derived_from->overlays)
        out.push_back(t.value);
    return out;
}

}  // namespace

TEST_CASE("merge OVERLAY: the base named by id is the library's, as BASE OVERLAY would take it") {
    MemoryFileSystem files = test::library_in_memory();
    files.add("o.yaml", overlay("o", "ld-peer-support-worker-l3"));
    Workspace one = open(files, {"o.yaml"});
    const MergeCommand m = merge(one);
    REQUIRE(m.usable);
    REQUIRE(m.result.merged);
    CHECK(m.result.merged->id.value == "o");
    CHECK(std::get<RoleProfile>(m.result.merged->body).derived_from->base.value ==
          "ld-peer-support-worker-l3");
    // The base is a reference: the national template's own warnings are not shown.
    CHECK(m.result.findings.empty());

    Workspace two = open(files, {"ld-peer-support-worker-l3", "o.yaml"});
    const MergeCommand both = merge(two);
    REQUIRE(both.result.merged);
    CHECK(both.result.findings.empty());
    CHECK(role_profile_to_yaml(*both.result.merged) == role_profile_to_yaml(*m.result.merged));
}

TEST_CASE(
    "merge OVERLAY: a base named by path is relative to the overlay's folder, and is an input") {
    MemoryFileSystem files = test::library_in_memory();
    std::string l3 =
        test::read_file(test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    l3.replace(l3.find("title: Peer Support Worker"), 26,
               "title: Peer Support Worker (local edit)");
    files.add("mine/l3.yaml", l3);
    files.add("loc/o.yaml", overlay("o", "../mine/l3.yaml"));
    Workspace ws = open(files, {"loc/o.yaml"});
    Findings found;
    const Document* base = resolve_overlay_base(*ws.documents().front(), ws, found);
    REQUIRE(base);
    CHECK(found.empty());
    CHECK(base->path == "mine/l3.yaml");
    CHECK(ws.reads("mine/l3.yaml"));  // so -o cannot replace it
    CHECK(ws.inputs().back().origin == InputOrigin::file);
    CHECK(ws.scope().overlay_base(*ws.documents().front()) == base);  // validate's lookup

    const MergeCommand m = merge_arguments({ws.documents().front()}, ws);
    REQUIRE(m.result.merged);
    CHECK(std::get<RoleProfile>(m.result.merged->body).title.value ==
          "Peer Support Worker (local edit)");
    // The base is the user's file: its warnings are shown, as for BASE OVERLAY.
    std::string rules;
    for (const Finding& f : m.result.findings)
        rules += f.file + ":" + std::string(f.rule.id()) + " ";
    CHECK(rules.find("mine/l3.yaml:nos-duplicate") != std::string::npos);
}

TEST_CASE("merge OVERLAY: a base that cannot be found is unusable, at the overlay's base") {
    MemoryFileSystem files = test::library_in_memory();
    files.add("typo.yaml", overlay("t", "ld-peer-support-worker-l9"));
    files.add("loc/gone.yaml", overlay("g", "../nowhere/l3.yaml"));
    files.add("loc/onto-overlay.yaml", overlay("v", "typo.yaml"));
    files.add("loc/typo.yaml", overlay("t2", "ld-peer-support-worker-l3"));
    files.add("catalog.yaml", overlay("c", "health-nos"));

    const auto only_finding = [&](const std::string& file) {
        Workspace ws = open(files, {file});
        const MergeCommand m = merge(ws);
        CHECK_FALSE(m.usable);
        CHECK_FALSE(m.result.merged);
        REQUIRE(m.result.findings.size() == 1);
        return where(m.result.findings.front());
    };
    CHECK(only_finding("typo.yaml") ==
          "typo.yaml:4:7: overlay-base-missing: base 'ld-peer-support-worker-l9' names no "
          "RoleProfile on the search path | "
          "did you mean 'ld-peer-support-worker-l3'? (else add its folder with --path, or name "
          "the base first: rolekit merge BASE OVERLAY...)");
    CHECK(only_finding("loc/gone.yaml") ==
          "loc/gone.yaml:4:7: overlay-base-missing: base profile '../nowhere/l3.yaml' cannot be "
          "read from "
          "loc/../nowhere/l3.yaml: there is no such file | a path in 'base' is relative to the "
          "overlay's folder; "
          "correct it, or name the base first: rolekit merge BASE OVERLAY...");
    CHECK(only_finding("loc/onto-overlay.yaml") ==
          "loc/onto-overlay.yaml:4:7: overlay-base-missing: base 'typo.yaml' is a LocalityOverlay, "
          "not a "
          "RoleProfile | an overlay builds on a role profile");
    // The catalogue is loaded (as a reference) but is no profile.
    CHECK(only_finding("catalog.yaml") ==
          "catalog.yaml:4:7: overlay-base-missing: base 'health-nos' is a NosCatalog, not a "
          "RoleProfile | an "
          "overlay builds on a role profile");
}

TEST_CASE("merge OVERLAY...: overlays of one base merge in order, of different bases are refused") {
    MemoryFileSystem files = test::library_in_memory();
    files.add("a.yaml", overlay("a", "ld-peer-support-worker-l3"));
    files.add(
        "b.yaml",
        "kind: LocalityOverlay\nformat: 1\nid: b\nbase: ld-peer-support-worker-l3\nlocality: M\n"
        "basic_info:\n  named_role: Peer Mentor\n");
    files.add(
        "l8.yaml",
        "kind: LocalityOverlay\nformat: 1\nid: h\nbase: ld-strategic-manager-l8\nlocality: N\n");
    Workspace same = open(files, {"a.yaml", "b.yaml"});
    const MergeCommand m = merge(same);
    REQUIRE(m.result.merged);
    CHECK(m.result.merged->id.value == "b");
    CHECK(overlays_of(*m.result.merged) == std::vector<std::string>{"a", "b"});

    Workspace mixed = open(files, {"a.yaml", "l8.yaml", "b.yaml"});
    const MergeCommand refused = merge(mixed);
    CHECK(refused.usable);  // each document is fine: the merge is refused
    CHECK_FALSE(refused.result.merged);
    REQUIRE(refused.result.findings.size() == 1);
    CHECK(where(refused.result.findings.front()) ==
          "l8.yaml:4:7: overlay-base-mismatch: overlay 'h' is for base 'ld-strategic-manager-l8', "
          "but the first "
          "overlay, 'a', is for base 'ld-peer-support-worker-l3' | merge the overlays of each base "
          "separately; one "
          "merge makes one profile");
}

TEST_CASE("merge with one document: an overlay alone is enough, a profile alone is not") {
    MemoryFileSystem files = test::library_in_memory();
    Workspace ws = open(files, {"ld-strategic-manager-l8"});
    const MergeCommand m = merge(ws);
    CHECK_FALSE(m.usable);
    REQUIRE(m.result.findings.size() == 1);
    CHECK(where(m.result.findings.front()) ==
          "lib/profiles/ld-strategic-manager-l8.yaml:12:1: merge-wrong-kind: "
          "lib/profiles/ld-strategic-manager-l8.yaml "
          "is a RoleProfile, and no LocalityOverlay follows it | merge takes a LocalityOverlay "
          "(its base is the one "
          "it names), or a RoleProfile and the LocalityOverlays to apply to it");

    Workspace shipped = open(files, {"birmingham-ld-psw"});
    const MergeCommand b = merge(shipped);
    REQUIRE(b.result.merged);
    CHECK(b.result.merged->id.value == "birmingham-ld-psw");
}

TEST_CASE("merge OVERLAY: an error in the overlay refuses the merge, as with BASE OVERLAY") {
    MemoryFileSystem files = test::library_in_memory();
    files.add("national.yaml",
              "kind: LocalityOverlay\nformat: 1\nid: n\nbase: ld-peer-support-worker-l3\n"
              "locality: L\nrole_specific: []\n");
    Workspace ws = open(files, {"national.yaml"});
    const MergeCommand m = merge(ws);
    CHECK(m.usable);
    CHECK_FALSE(m.result.merged);
    REQUIRE(m.result.findings.size() == 1);
    CHECK(where(m.result.findings.front()) ==
          "national.yaml:6:1: overlay-touches-national: an overlay cannot change 'role_specific' "
          "of the national "
          "profile | national sections are fixed; add locality competences under 'competences' "
          "instead");
}

TEST_CASE("Workspace::add_file: one more input, a file already read is not read again") {
    MemoryFileSystem files = test::library_in_memory();
    files.add("o.yaml", overlay("o", "ld-peer-support-worker-l3"));
    files.add("bad.yaml", "kind: RoleProfile\nformat: 1\nid: b\ntitel: x\n");
    Workspace ws = open(files, {"o.yaml"});
    Findings found;
    const Input& again = ws.add_file("./o.yaml", found);
    CHECK(found.empty());
    CHECK(again.document == ws.inputs().front().document);
    CHECK(ws.inputs().size() == 2);

    const Input& bad = ws.add_file("bad.yaml", found);
    REQUIRE(bad.document != nullptr);  // loaded, with its errors in the findings
    CHECK(ws.reads("bad.yaml"));
    std::string rules;
    for (const Finding& f : found)
        rules += f.file + ":" + std::to_string(f.pos.line) + ":" + std::string(f.rule.id()) + " ";
    CHECK(rules.find("bad.yaml:4:schema-unknown-key") != std::string::npos);
    CHECK(ws.findings().size() >= found.size());

    Findings none;
    const Input& missing = ws.add_file("missing.yaml", none);
    CHECK(missing.document == nullptr);
    CHECK_FALSE(ws.usable());
    REQUIRE(none.size() == 1);
    CHECK(none.front().rule == "io-error");
    CHECK(none.front().message == "no such file or directory");
}
