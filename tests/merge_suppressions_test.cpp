// A merged profile keeps the rolekit-disable directives of its template and
// overlays: they are written back after the NOS they silence, and validating
// the merged file reports nothing its template had silenced.

#include <doctest/doctest.h>

#include "rolekit/merge.hpp"
#include "rolekit/validate.hpp"
#include "rolekit/workspace.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

std::string merged_yaml(MemoryFileSystem& files, const std::vector<std::string>& args) {
    WorkspaceOptions o;
    o.search_path = {"lib"};
    o.files = &files;
    const Workspace ws = Workspace::open(args, o);
    REQUIRE(ws.usable());
    std::vector<const Document*> overlays;
    for (std::size_t i = 1; i < ws.inputs().size(); ++i)
        overlays.push_back(ws.inputs()[i].document);
    const MergeResult r = merge_checked(*ws.inputs()[0].document, overlays, ws.scope());
    REQUIRE(r.merged);
    return role_profile_to_yaml(*r.merged);
}

// Every finding and every suppressed finding, as `validate` prints them.
struct Validated {
    std::string findings;
    std::string suppressed;
};

Validated validated(MemoryFileSystem& files, const std::string& path) {
    ValidateOptions o;
    o.inputs = {path};
    o.workspace.search_path = {"lib"};
    o.workspace.files = &files;
    const ValidateResult r = validate(o);
    const std::string text = files.read(path, 1 << 20).text;
    Validated out;
    for (const Finding& f : r.report.findings) out.findings += test::render(f, text);
    for (const Finding& f : r.report.suppressed) out.suppressed += test::render(f, text);
    return out;
}

}  // namespace

TEST_CASE(
    "merge suppressions: the template's rolekit-disable-line comments are written after their "
    "NOS") {
    MemoryFileSystem files = test::library_in_memory();
    const std::string yaml =
        merged_yaml(files, {"ld-peer-support-worker-l3", "lib/overlays/wiltshire-ld-psw.yaml"});
    const std::string why =
        "  # rolekit-disable-line nos-uncoded -- printed by title only; the catalogue lends the "
        "code\n";
    CHECK(yaml.find("      - Monitor your own work practices" + why) != std::string::npos);
    CHECK(yaml.find("      - Make sure your own actions reduce risks to health and safety" + why) !=
          std::string::npos);
    CHECK(yaml.find("      - Develop effective relationships with individuals" + why) !=
          std::string::npos);
    std::size_t n = 0;
    for (std::size_t at = yaml.find("rolekit-disable"); at != std::string::npos;
         at = yaml.find("rolekit-disable", at + 1))
        ++n;
    CHECK(n == 3);
}

namespace {

std::string where(const std::string& rendered_findings) {
    // "path:line:col: severity[rule]: message" lines only, without the source excerpts.
    std::string out;
    std::size_t at = 0;
    while (at < rendered_findings.size()) {
        const std::size_t end = rendered_findings.find('\n', at);
        const std::string line = rendered_findings.substr(at, end - at);
        if (!line.starts_with(" ")) out += line + "\n";
        at = end + 1;
    }
    return out;
}

}  // namespace

TEST_CASE(
    "merge suppressions: a merged profile reports what its template reports, and silences the "
    "same") {
    MemoryFileSystem files = test::library_in_memory();
    const Validated base = validated(files, "lib/profiles/ld-peer-support-worker-l3.yaml");
    const std::string t = "lib/profiles/ld-peer-support-worker-l3.yaml";
    CHECK(where(base.findings) ==
          t +
              ":134:11: warning[nos-duplicate]: NOS 'Manage and organise your own time and "
              "activities' is listed more than once (first at line 82, core section)\n" +
              t +
              ":134:11: warning[nos-in-core-and-role]: NOS 'Manage and organise your own time and "
              "activities' is in both the core (line 82) and the role-specific section\n" +
              t +
              ":151:11: warning[nos-duplicate]: NOS 'Support individuals to access information on "
              "services and facilities' is listed more than once (first at line 122, role-specific "
              "section)\n");
    CHECK(where(base.suppressed) ==
          t +
              ":64:11: info[nos-uncoded]: NOS 'Monitor your own work practices' is given by title "
              "only; its code is SFHGEN23\n" +
              t +
              ":69:11: info[nos-uncoded]: NOS 'Make sure your own actions reduce risks to health "
              "and safety' is given by title only; its code is PROHSS1\n" +
              t +
              ":115:11: info[nos-uncoded]: NOS 'Develop effective relationships with individuals' "
              "is given by title only; its code is SCDHSC0233\n");
    for (const char* overlay : {"wiltshire", "birmingham", "northumbria"}) {
        CAPTURE(overlay);
        files.add("merged.yaml",
                  merged_yaml(files, {"ld-peer-support-worker-l3",
                                      std::string("lib/overlays/") + overlay + "-ld-psw.yaml"}));
        const Validated merged = validated(files, "merged.yaml");
        // The template's three warnings, where the merged file has their NOS; nothing else.
        CHECK(
            where(merged.findings) ==
            "merged.yaml:128:11: warning[nos-duplicate]: NOS 'Manage and organise your own time "
            "and activities' is listed more than once (first at line 76, core section)\n"
            "merged.yaml:128:11: warning[nos-in-core-and-role]: NOS 'Manage and organise your own "
            "time and activities' is in both the core (line 76) and the role-specific section\n"
            "merged.yaml:145:11: warning[nos-duplicate]: NOS 'Support individuals to access "
            "information on services and facilities' is listed more than once (first at line 116, "
            "role-specific section)\n");
        // The three infos the template silences are silenced in the merged file too.
        CHECK(where(merged.suppressed) ==
              "merged.yaml:58:11: info[nos-uncoded]: NOS 'Monitor your own work practices' is "
              "given by title only; its code is SFHGEN23\n"
              "merged.yaml:63:11: info[nos-uncoded]: NOS 'Make sure your own actions reduce risks "
              "to health and safety' is given by title only; its code is PROHSS1\n"
              "merged.yaml:109:11: info[nos-uncoded]: NOS 'Develop effective relationships with "
              "individuals' is given by title only; its code is SCDHSC0233\n");
    }
}

TEST_CASE(
    "merge suppressions: an overlay's directives go with its NOS, a file-wide one stays behind") {
    MemoryFileSystem files = test::library_in_memory();
    files.add(
        "o.yaml",
        "# rolekit-disable-file nos-uncoded\n"
        "kind: LocalityOverlay\nformat: 1\nid: o\nbase: ld-peer-support-worker-l3\nlocality: L\n"
        "competences:\n  - area: \"2\"\n    function: Reflect on your own practice\n    nos:\n"
        "      # rolekit-disable-next-line nos-uncoded -- printed so\n"
        "      - Lead your team\n"
        "      - Quality assure work in your team  # rolekit-disable-line nos-uncoded, "
        "nos-withdrawn\n");
    const std::string yaml = merged_yaml(files, {"ld-peer-support-worker-l3", "o.yaml"});
    CHECK(
        yaml.find("        - Lead your team  # rolekit-disable-line nos-uncoded -- printed so\n"
                  "        - Quality assure work in your team  # rolekit-disable-line nos-uncoded, "
                  "nos-withdrawn\n") != std::string::npos);
    CHECK(yaml.find("rolekit-disable-file") == std::string::npos);
}
