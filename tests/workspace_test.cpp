// The workspace: inputs are files, references are ids. Driven from memory
// (MemoryFileSystem) and, where the disk matters, from real files.

#include <doctest/doctest.h>

#include <filesystem>

#include "rolekit/compare.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/validate.hpp"
#include "rolekit/workspace.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

// The built-in library, copied into memory under lib/, plus `extra` files.
MemoryFileSystem memory_library() {
    MemoryFileSystem files;
    for (const fs::path& f : disk().yaml_files(test::frameworks_dir()))
        files.add(fs::path("lib") / fs::relative(f, test::frameworks_dir()), test::read_file(f));
    return files;
}

WorkspaceOptions options_for(const FileSystem& files) {
    WorkspaceOptions o;
    o.search_path = {"lib"};
    o.files = &files;
    return o;
}

std::string standard_text() { return test::read_file(test::frameworks_dir() / "standards/peer-worker-l3.yaml"); }

// `text` with one occurrence of `from` replaced.
std::string edited(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

std::string rules_of(const Findings& findings) {
    std::string out;
    for (const Finding& f : findings) out += f.file + ":" + f.rule + " ";
    return out;
}

}  // namespace

TEST_CASE("workspace: a named file never replaces the reference with its id") {
    MemoryFileSystem files = memory_library();
    files.add("mine.yaml", edited(standard_text(), "duration_months: 15", "duration_months: 18"));
    const Workspace ws = Workspace::open({"peer-worker-l3", "mine.yaml"}, options_for(files));
    REQUIRE(ws.inputs().size() == 2);
    const Input& a = ws.inputs()[0];
    const Input& b = ws.inputs()[1];
    CHECK(a.origin == InputOrigin::reference);
    CHECK(a.name == "lib/standards/peer-worker-l3.yaml");
    CHECK(b.origin == InputOrigin::file);
    CHECK(b.name == "mine.yaml");
    REQUIRE(a.document != nullptr);
    REQUIRE(b.document != nullptr);
    CHECK(a.document != b.document);
    CHECK(a.document->id.value == b.document->id.value);
    // The reference set still holds the library's document.
    CHECK(ws.references().find("peer-worker-l3") == a.document);
    const auto cmp = compare_documents(*a.document, *b.document, ws.scope(), {});
    REQUIRE(std::holds_alternative<Comparison>(cmp));
    CHECK(std::get<Comparison>(cmp).differ);
    CHECK(std::get<Comparison>(cmp).report.find("duration_months\n    - 15\n    + 18") != std::string::npos);
}

TEST_CASE("workspace: two revisions with one id are two inputs") {
    MemoryFileSystem files = memory_library();
    files.add("old.yaml", standard_text());
    files.add("new.yaml", edited(standard_text(), "duration_months: 15", "duration_months: 18"));
    const Workspace ws = Workspace::open({"old.yaml", "new.yaml"}, options_for(files));
    CHECK(ws.usable());
    CHECK(ws.findings().empty());
    REQUIRE(ws.documents().size() == 2);
    CHECK(ws.documents()[0]->path == "old.yaml");
    CHECK(ws.documents()[1]->path == "new.yaml");
}

TEST_CASE("workspace: one file named twice, however spelled, is one input read once") {
    MemoryFileSystem files = memory_library();
    files.add("d/a.yaml", standard_text());
    const Workspace ws = Workspace::open({"d/a.yaml", "./d/a.yaml"}, options_for(files));
    REQUIRE(ws.inputs().size() == 2);
    CHECK(ws.inputs()[0].document == ws.inputs()[1].document);
    CHECK(ws.documents().size() == 1);
    CHECK(ws.findings().empty());
}

TEST_CASE("workspace: '-' reads standard input once, named <stdin>") {
    MemoryFileSystem files = memory_library();
    files.set_stdin(edited(standard_text(), "title: Peer worker", "title: Peer worker (draft)"));
    const Workspace ws = Workspace::open({"-", "peer-worker-l3", "-"}, options_for(files));
    REQUIRE(ws.inputs().size() == 3);
    CHECK(ws.inputs()[0].name == "<stdin>");
    CHECK(ws.inputs()[0].origin == InputOrigin::standard_input);
    CHECK(ws.inputs()[0].document == ws.inputs()[2].document);
    CHECK(ws.inputs()[0].document->path == "<stdin>");
    CHECK(ws.stream_texts().count("<stdin>") == 1);
}

TEST_CASE("workspace: what cannot be used says why") {
    MemoryFileSystem files = memory_library();
    files.add("dir.yaml/inner.yaml", standard_text());
    const Workspace ws = Workspace::open({"dir.yaml", "missing.yaml", "peer-worker-l", "nothing-like-it"},
                                         options_for(files));
    CHECK_FALSE(ws.usable());
    for (const Input& in : ws.inputs()) CHECK(in.document == nullptr);
    REQUIRE(ws.findings().size() == 4);
    CHECK(test::render(ws.findings()[0], "") ==
          "dir.yaml: error[io-error]: is a directory, not a file\n  hint: name one document's file\n");
    CHECK(test::render(ws.findings()[1], "") == "missing.yaml: error[io-error]: no such file or directory\n");
    CHECK(test::render(ws.findings()[2], "") ==
          "rolekit: error[unknown-id]: no document with id 'peer-worker-l'\n"
          "  hint: did you mean 'peer-worker-l3'? ('rolekit list' shows every id)\n");
    CHECK(test::render(ws.findings()[3], "") ==
          "rolekit: error[unknown-id]: no document with id 'nothing-like-it'\n"
          "  hint: 'rolekit list' shows every id\n");
}

TEST_CASE("workspace: suggestions reach references a command did not load") {
    MemoryFileSystem files = memory_library();
    WorkspaceOptions o = options_for(files);
    o.reference_kinds = std::set{DocumentKind::functional_map};
    const Workspace ws = Workspace::open({"ld-strategic-manager-l9"}, o);
    REQUIRE(ws.findings().size() == 1);
    CHECK(ws.findings()[0].hint == "did you mean 'ld-strategic-manager-l8'? ('rolekit list' shows every id)");
    // Only the map and nothing else of the library was loaded.
    CHECK(ws.references().documents().size() == 1);
}

TEST_CASE("workspace: ids inside inputs resolve among the inputs first") {
    MemoryFileSystem files = memory_library();
    const std::string l3 = test::read_file(test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    files.add("mine/l3.yaml", edited(l3, "title: Peer Support Worker", "title: Peer Support Worker (local)"));
    const Workspace ws = Workspace::open({"mine/l3.yaml"}, options_for(files));
    const Document* local = ws.scope().find("ld-peer-support-worker-l3");
    REQUIRE(local != nullptr);
    CHECK(local->path == "mine/l3.yaml");
    CHECK(ws.references().find("ld-peer-support-worker-l3")->path == "lib/profiles/ld-peer-support-worker-l3.yaml");
    // Catalogues and the map still come from the references.
    CHECK(ws.scope().catalogs().size() == 1);
    CHECK(ws.scope().functional_map() != nullptr);
}

TEST_CASE("workspace: an output may not replace any file the command reads") {
    const fs::path dir = test::temp_dir("workspace-reads");
    fs::create_directories(dir / "ctx");
    test::write_file(dir / "ctx/cat.yaml", test::read_file(test::frameworks_dir() / "catalogues/health-nos.yaml"));
    test::write_file(dir / "in.yaml", standard_text());
    WorkspaceOptions o;
    o.search_path = {dir / "ctx", test::frameworks_dir()};
    const Workspace ws = Workspace::open({(dir / "in.yaml").string()}, o);
    CHECK(ws.reads(dir / "in.yaml"));
    CHECK(ws.reads(dir / "ctx/../in.yaml"));
    CHECK(ws.reads(dir / "ctx/cat.yaml"));
    CHECK(ws.reads(test::frameworks_dir() / "maps/health-functional-map.yaml"));
    CHECK_FALSE(ws.reads(dir / "out.yaml"));
    fs::remove_all(dir);
}

TEST_CASE("validate: a file reached twice is checked once, two files with one id are both checked") {
    MemoryFileSystem files = memory_library();
    const std::string l3 = test::read_file(test::frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    files.add("d/a.yaml", l3);
    files.add("d/b.yaml", l3);
    ValidateOptions o;
    o.inputs = {"d", "d/a.yaml", "./d"};
    o.workspace = options_for(files);
    const ValidateResult r = validate(o);
    CHECK(r.usable);
    REQUIRE(r.report.files.size() == 2);
    CHECK(rules_of(r.report.findings) ==
          "d/a.yaml:nos-duplicate d/a.yaml:nos-in-core-and-role d/a.yaml:nos-duplicate "
          "d/b.yaml:id-collision d/b.yaml:nos-duplicate d/b.yaml:nos-in-core-and-role d/b.yaml:nos-duplicate ");
    const Finding& clash = r.report.findings[3];
    CHECK(clash.message == "id 'ld-peer-support-worker-l3' is already used by d/a.yaml");
}

TEST_CASE("validate: standard input is one more input") {
    MemoryFileSystem files = memory_library();
    files.set_stdin("kind: RoleProfile\nformat: 1\nid: x\ntitel: y\n");
    ValidateOptions o;
    o.inputs = {"-"};
    o.workspace = options_for(files);
    const ValidateResult r = validate(o);
    REQUIRE(r.report.files.size() == 1);
    CHECK(r.report.files[0] == "<stdin>");
    REQUIRE_FALSE(r.report.findings.empty());
    CHECK(r.report.findings[0].file == "<stdin>");
    CHECK(r.stream_texts.count("<stdin>") == 1);
}

TEST_CASE("merge shows every finding of the files named, only the errors of references") {
    MemoryFileSystem files = memory_library();
    files.add("mine.yaml",
              test::read_file(test::frameworks_dir() / "overlays/wiltshire-ld-psw.yaml"));
    const Workspace ws =
        Workspace::open({"ld-peer-support-worker-l3", "mine.yaml"}, options_for(files));
    REQUIRE(ws.inputs().size() == 2);
    const std::string reference = ws.inputs()[0].name;
    const Findings findings = {
        {"nos-duplicate", Severity::warning, reference, {1, 1}, "w", ""},
        {"nos-unknown", Severity::error, reference, {2, 1}, "e", ""},
        {"nos-duplicate", Severity::warning, "mine.yaml", {3, 1}, "w", ""},
        {"nos-duplicate", Severity::info, "elsewhere.yaml", {4, 1}, "i", ""}};
    CHECK(rules_of(merge_findings_shown(findings, ws)) ==
          reference + ":nos-unknown mine.yaml:nos-duplicate elsewhere.yaml:nos-duplicate ");
}

TEST_CASE("workspace: a repository folder on the search path: other YAML, hidden files and a file reached twice") {
    // `.rolekit.yaml`'s `paths` may name the repository itself: its CI
    // workflows, its config and other YAML are no references, and its
    // catalogue, named by `catalogs` too, is one reference.
    MemoryFileSystem files = memory_library();
    files.add("repo/.rolekit.yaml", "catalogs: [cat.yaml]\npaths: [.]\n");
    files.add("repo/.github/workflows/ci.yml", "on: push\njobs: {}\n");
    files.add("repo/compose.yaml", "services: {}\n");
    files.add("repo/cat.yaml", test::read_file(test::frameworks_dir() / "catalogues/health-nos.yaml"));
    WorkspaceOptions o = options_for(files);
    o.catalogs = {"repo/cat.yaml"};
    o.search_path = {"repo"};
    const Workspace ws = Workspace::open({}, o);
    CHECK(ws.usable());
    CHECK(rules_of(ws.findings()) == "");
    CHECK(rules_of(ws.reference_findings()) == "");
    REQUIRE(ws.references().find("health-nos") != nullptr);
    CHECK(ws.references().find("health-nos")->path == "repo/cat.yaml");
}
