// merge_checked: validate's checks before the merge, through the library.

#include <doctest/doctest.h>

#include "rolekit/merge.hpp"
#include "rolekit/workspace.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

const std::string kHead = "kind: LocalityOverlay\nformat: 1\nid: o\nbase: ld-peer-support-worker-l3\nlocality: L\n";

std::string group(const std::string& area, const std::string& nos) {
    return "competences:\n  - area: \"" + area + "\"\n    function: Communicate effectively\n    nos: [" + nos + "]\n";
}

MergeResult merge_with(MemoryFileSystem& files, const std::vector<std::string>& args) {
    WorkspaceOptions o;
    o.search_path = {"lib"};
    o.files = &files;
    const Workspace ws = Workspace::open(args, o);
    REQUIRE(ws.usable());
    std::vector<const Document*> overlays;
    for (std::size_t i = 1; i < ws.inputs().size(); ++i) overlays.push_back(ws.inputs()[i].document);
    return merge_checked(*ws.inputs()[0].document, overlays, ws.scope());
}

std::string rules_of(const Findings& findings) {
    std::string out;
    for (const Finding& f : findings) out += f.rule + "@" + std::to_string(f.pos.line) + " ";
    return out;
}

}  // namespace

TEST_CASE("merge_checked: an error validate would report refuses the merge") {
    MemoryFileSystem files = test::library_in_memory();
    files.add("reworded.yaml", kHead + group("1", "Communicate really effectively with people"));
    files.add("area-e.yaml", kHead + group("E", "Communicate effectively with people"));
    const MergeResult reworded = merge_with(files, {"ld-peer-support-worker-l3", "reworded.yaml"});
    CHECK_FALSE(reworded.merged);
    // The base's own warnings come first (the CLI leaves out those of a
    // library base), then the overlay's error.
    CHECK(rules_of(reworded.findings) == "nos-uncoded@64 nos-uncoded@69 nos-uncoded@115 nos-duplicate@134 nos-in-core-and-role@134 "
                                                "nos-duplicate@151 nos-unknown@9 ");
    const MergeResult area = merge_with(files, {"ld-peer-support-worker-l3", "area-e.yaml"});
    CHECK_FALSE(area.merged);
    CHECK(rules_of(area.findings).find("unknown-area@7") != std::string::npos);
}

TEST_CASE("merge_checked: warnings are reported once and the merge goes on") {
    MemoryFileSystem files = test::library_in_memory();
    files.add("dup.yaml", kHead + group("1", "Communicate effectively with people"));
    const MergeResult r = merge_with(files, {"ld-peer-support-worker-l3", "dup.yaml"});
    REQUIRE(r.merged);
    std::size_t in_base = 0;
    for (const Finding& f : r.findings) in_base += f.rule == "overlay-nos-in-base" && f.file == "dup.yaml";
    CHECK(in_base == 1);
    CHECK_FALSE(has_errors(r.findings));
}

TEST_CASE("merge_checked: one overlay twice is refused, a local copy of the base is the base") {
    MemoryFileSystem files = test::library_in_memory();
    files.add("o.yaml", kHead + group("1", "Communicate effectively in a health care environment"));
    const MergeResult twice = merge_with(files, {"ld-peer-support-worker-l3", "o.yaml", "./o.yaml"});
    CHECK_FALSE(twice.merged);
    CHECK(rules_of(twice.findings).find("overlay-repeated@3") != std::string::npos);

    // An edited copy of the national profile, named as the base: the overlay's
    // `base: ld-peer-support-worker-l3` means that copy, not the library's.
    std::string l3 = test::read_file(test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    l3.replace(l3.find("title: Peer Support Worker"), 26, "title: Peer Support Worker (local edit)");
    files.add("mine/l3.yaml", l3);
    files.add("o2.yaml", kHead + group("1", "Support individuals to access information on services and facilities"));
    const MergeResult local = merge_with(files, {"mine/l3.yaml", "o2.yaml"});
    REQUIRE(local.merged);
    CHECK(std::get<RoleProfile>(local.merged->body).title.value == "Peer Support Worker (local edit)");
}

TEST_CASE("merge_checked: the repository's rule severities count as they do for validate") {
    // `.rolekit.yaml` turning nos-unknown into a warning lets the merge go
    // ahead with the warning shown; `off` hides the rule, here as in validate.
    MemoryFileSystem files = test::library_in_memory();
    files.add("reworded.yaml", kHead + group("1", "Communicate really effectively with people"));
    WorkspaceOptions o;
    o.search_path = {"lib"};
    o.files = &files;
    const Workspace ws = Workspace::open({"ld-peer-support-worker-l3", "reworded.yaml"}, o);
    REQUIRE(ws.usable());
    const Document& base = *ws.inputs()[0].document;
    const Document* overlay = ws.inputs()[1].document;
    const MergeResult warned = merge_checked(base, {overlay}, ws.scope(), {{rules::nos_unknown, Severity::warning}});
    CHECK(warned.merged);
    CHECK(rules_of(warned.findings).find("nos-unknown@9") != std::string::npos);
    const MergeResult off = merge_checked(base, {overlay}, ws.scope(), {{rules::nos_unknown, std::nullopt}});
    CHECK(off.merged);
    CHECK(rules_of(off.findings).find("nos-unknown") == std::string::npos);
    CHECK_FALSE(merge_checked(base, {overlay}, ws.scope()).merged);
}
