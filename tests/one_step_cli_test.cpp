// `rolekit merge OVERLAY...`, `rolekit render OVERLAY`, render --catalog and a
// refused merge's last line, through the built binary (issue 23).

#include <doctest/doctest.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit::test;

namespace {

// Runs rolekit in `dir`, so that findings name the files as written.
Run in(const fs::path& dir, const std::string& args) {
    return run_rolekit(args, "", "cd " + shell_quote(dir) + " &&");
}

const std::string kDorset =
    "init overlay --base ld-peer-support-worker-l3 --locality \"Dorset Liaison and Diversion "
    "Service\" -o dorset.yaml";

}  // namespace

TEST_CASE(
    "merge OVERLAY takes the base the overlay names: the same profile as merge BASE OVERLAY") {
    const fs::path dir = temp_dir("one-step-merge");
    REQUIRE(in(dir, kDorset).exit_code == 0);
    const Run one = in(dir, "merge dorset.yaml");
    CHECK(one.exit_code == 0);
    CHECK(one.err.empty());
    CHECK(one.out == in(dir, "merge ld-peer-support-worker-l3 dorset.yaml").out);
    CHECK(one.out.find("derived_from:\n  base: ld-peer-support-worker-l3\n") != std::string::npos);

    // Standard input, and a shipped overlay by id.
    CHECK(in(dir, "merge - < dorset.yaml").out == one.out);
    CHECK(in(dir, "merge wiltshire-ld-psw").out ==
          in(dir, "merge ld-peer-support-worker-l3 wiltshire-ld-psw").out);

    const Run written = in(dir, "merge dorset.yaml -o dorset-profile.yaml");
    CHECK(written.err == "wrote dorset-profile.yaml\n");
    CHECK(read_file(dir / "dorset-profile.yaml") == one.out);
}

TEST_CASE(
    "merge OVERLAY: a base named by path, relative to the overlay's folder, and never written "
    "over") {
    const fs::path dir = temp_dir("one-step-path");
    fs::create_directories(dir / "profiles");
    fs::create_directories(dir / "overlays");
    std::string l3 = read_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml");
    l3.replace(l3.find("title: Peer Support Worker"), 26,
               "title: Peer Support Worker (local edit)");
    write_file(dir / "profiles/l3.yaml", l3);
    std::string overlay = read_file(frameworks_dir() / "overlays/wiltshire-ld-psw.yaml");
    overlay.replace(overlay.find("base: ld-peer-support-worker-l3"), 31,
                    "base: ../profiles/l3.yaml");
    write_file(dir / "overlays/w.yaml", overlay);
    const Run merged = in(dir, "merge overlays/w.yaml");
    CHECK(merged.exit_code == 0);
    CHECK(merged.out.find("\ntitle: Peer Support Worker (local edit)\n") != std::string::npos);
    CHECK(merged.out.find("derived_from:\n  base: ld-peer-support-worker-l3\n") !=
          std::string::npos);
    // The base is a file the user has: its warnings are shown (as for BASE OVERLAY).
    CHECK(merged.err.find("profiles/l3.yaml:134:11: warning[nos-duplicate]") !=
          std::string::npos);

    const std::string before = read_file(dir / "profiles/l3.yaml");
    const Run over = in(dir, "merge overlays/w.yaml -o profiles/l3.yaml");
    CHECK(over.exit_code == 2);
    CHECK(over.err.find("error[output-is-input]") != std::string::npos);
    CHECK(read_file(dir / "profiles/l3.yaml") == before);
}

TEST_CASE("merge OVERLAY: a base that cannot be found is exit 2, at the overlay's base") {
    const fs::path dir = temp_dir("one-step-missing");
    write_file(dir / "lost.yaml",
               "kind: LocalityOverlay\nformat: 1\nid: lost\nbase: ld-peer-support-worker-l9\n"
               "locality: L\n");
    write_file(dir / "gone.yaml",
               "kind: LocalityOverlay\nformat: 1\nid: gone\nbase: ../nowhere/l3.yaml\n"
               "locality: L\n");
    const Run lost = in(dir, "merge lost.yaml -o out.yaml");
    CHECK(lost.exit_code == 2);
    CHECK(lost.out.empty());
    CHECK(lost.err ==
          "lost.yaml:4:7: error[overlay-base-missing]: base 'ld-peer-support-worker-l9' names no "
          "RoleProfile on the search path\n"
          "  base: ld-peer-support-worker-l9\n"
          "        ^\n"
          "  hint: did you mean 'ld-peer-support-worker-l3'? (else add its folder with --path, or name "
          "the base first: rolekit merge BASE OVERLAY...)\n");
    const Run gone = in(dir, "render gone.yaml -o out.html");
    CHECK(gone.exit_code == 2);
    CHECK(gone.err ==
          "gone.yaml:4:7: error[overlay-base-missing]: base profile '../nowhere/l3.yaml' cannot be "
          "read from "
          "../nowhere/l3.yaml: there is no such file\n"
          "  base: ../nowhere/l3.yaml\n"
          "        ^\n"
          "  hint: a path in 'base' is relative to the overlay's folder; correct it, or name the "
          "base first: "
          "rolekit merge BASE OVERLAY...\n");
    CHECK_FALSE(fs::exists(dir / "out.yaml"));
    CHECK_FALSE(fs::exists(dir / "out.html"));

    // An overlay's id as the base: the library has no profile of that id.
    write_file(dir / "stacked.yaml", "kind: LocalityOverlay\nformat: 1\nid: stacked\nbase: wiltshire-ld-psw\n"
                                     "locality: Swindon\n");
    const Run stacked = in(dir, "merge stacked.yaml");
    CHECK(stacked.exit_code == 2);
    CHECK(stacked.err.rfind("stacked.yaml:4:7: error[overlay-base-missing]: base 'wiltshire-ld-psw' names no "
                            "RoleProfile on the search path\n",
                            0) == 0);
    // With the profile merged from it on the search path, that profile is the base.
    fs::create_directories(dir / "local");
    REQUIRE(in(dir, "merge wiltshire-ld-psw -o local/wiltshire-profile.yaml").exit_code == 0);
    fs::copy_file(frameworks_dir() / "overlays/wiltshire-ld-psw.yaml", dir / "local/wiltshire.yaml");
    const Run on_local = in(dir, "merge stacked.yaml --path local");
    CHECK(on_local.exit_code == 0);
    CHECK(on_local.out.find("derived_from:\n  base: ld-peer-support-worker-l3\n  overlays: [wiltshire-ld-psw, "
                            "stacked]\n") != std::string::npos);

    const Run alone = in(dir, "merge ld-peer-support-worker-l3");
    CHECK(alone.exit_code == 2);
    CHECK(alone.err.find(
              "error[merge-wrong-kind]: <builtin>/profiles/ld-peer-support-worker-l3.yaml is a "
              "RoleProfile, and no LocalityOverlay follows it\n") != std::string::npos);
}

TEST_CASE("a refused merge ends with 'merge refused: nothing written', exit 1: merge and render") {
    const fs::path dir = temp_dir("one-step-refused");
    write_file(dir / "o.yaml",
               "kind: LocalityOverlay\nformat: 1\nid: o\nbase: ld-peer-support-worker-l3\n"
               "locality: L\nrole_specific: []\n");
    const std::string findings =
        "o.yaml:6:1: error[overlay-touches-national]: an overlay cannot change 'role_specific' of "
        "the national "
        "profile\n"
        "  role_specific: []\n"
        "  ^\n"
        "  hint: national sections are fixed; add locality competences under 'competences' "
        "instead\n"
        "merge refused: nothing written\n";
    for (const std::string args :
         {"merge o.yaml -o out.yaml", "merge ld-peer-support-worker-l3 o.yaml -o out.yaml",
          "render o.yaml -o out.md", "-q merge o.yaml -o out.yaml"}) {
        CAPTURE(args);
        const Run r = in(dir, args);
        CHECK(r.exit_code == 1);
        CHECK(r.out.empty());
        CHECK(r.err == findings);
        CHECK_FALSE(fs::exists(dir / "out.yaml"));
        CHECK_FALSE(fs::exists(dir / "out.md"));
    }

    // Overlays of two bases in one merge.
    write_file(
        dir / "a.yaml",
        "kind: LocalityOverlay\nformat: 1\nid: a\nbase: ld-peer-support-worker-l3\nlocality: L\n");
    write_file(
        dir / "h.yaml",
        "kind: LocalityOverlay\nformat: 1\nid: h\nbase: ld-strategic-manager-l8\nlocality: L\n");
    const Run mixed = in(dir, "merge a.yaml h.yaml");
    CHECK(mixed.exit_code == 1);
    CHECK(mixed.out.empty());
    CHECK(mixed.err ==
          "h.yaml:4:7: error[overlay-base-mismatch]: overlay 'h' is for base "
          "'ld-strategic-manager-l8', but the first "
          "overlay, 'a', is for base 'ld-peer-support-worker-l3'\n"
          "  base: ld-strategic-manager-l8\n"
          "        ^\n"
          "  hint: merge the overlays of each base separately; one merge makes one profile\n"
          "merge refused: nothing written\n");
    const Run same = in(
        dir, "merge a.yaml " + shell_quote(frameworks_dir() / "overlays/birmingham-ld-psw.yaml"));
    CHECK(same.exit_code == 0);
    CHECK(same.out.find("derived_from:\n  base: ld-peer-support-worker-l3\n  overlays: [a, "
                        "birmingham-ld-psw]\n") != std::string::npos);
}

TEST_CASE("render OVERLAY renders the merged local profile, as render of merge's output does") {
    const fs::path dir = temp_dir("one-step-render");
    REQUIRE(in(dir, kDorset).exit_code == 0);
    // The shipped overlay renders as the profile merged from it does (the
    // overlay, a reference, gives the page its locality either way).
    REQUIRE(in(dir, "merge wiltshire-ld-psw -o wiltshire.yaml").exit_code == 0);
    for (const std::string format : {"markdown", "html"}) {
        CAPTURE(format);
        const Run direct = in(dir, "render wiltshire-ld-psw --format " + format);
        CHECK(direct.exit_code == 0);
        CHECK(direct.err.empty());
        CHECK(direct.out == in(dir, "render wiltshire.yaml --format " + format).out);
    }
    // A new overlay with no competences yet: the page still names its
    // locality, from the overlay itself.
    const Run md = in(dir, "render dorset.yaml");
    CHECK(md.exit_code == 0);
    CHECK(md.out.rfind("# Peer Support Worker — Dorset Liaison and Diversion Service\n\n"
                       "Local profile for Dorset Liaison and Diversion Service · Liaison and "
                       "Diversion Service · "
                       "Career Framework Level 3\n",
                       0) == 0);
    const Run html = in(dir, "render dorset.yaml -o dorset.html");
    CHECK(html.err == "wrote dorset.html\n");
    CHECK(read_file(dir / "dorset.html").find("Dorset Liaison and Diversion Service") !=
          std::string::npos);

    // Not every kind renders: the hint now names the overlay.
    const Run catalog = in(dir, "render health-nos");
    CHECK(catalog.exit_code == 2);
    CHECK(catalog.err.find(
              "  hint: render a RoleProfile, CompetenceMap or OccupationalStandard, or a "
              "LocalityOverlay (merged onto its base)\n") != std::string::npos);
}

TEST_CASE("render --catalog: the overlay's NOS are checked against the catalogues given") {
    const fs::path dir = temp_dir("one-step-catalog");
    write_file(
        dir / "local-nos.yaml",
        "kind: NosCatalog\nformat: 1\nid: local-nos\ntitle: Local\nstandards:\n  - code: null\n"
        "    status: uncoded\n    title: PLACEHOLDER Support individuals to find and keep housing\n"
        "    functions:\n      - area: C\n        function: Enable people to address issues "
        "relating to "
        "their health and wellbeing\n");
    write_file(dir / "housing.yaml",
               "kind: LocalityOverlay\nformat: 1\nid: housing\nbase: "
               "ld-peer-support-worker-l3\nlocality: L\n"
               "competences:\n  - area: C\n    function: Enable people to address issues relating "
               "to their health "
               "and wellbeing\n    nos:\n      - PLACEHOLDER Support individuals to find and keep "
               "housing\n");
    const Run without = in(dir, "render housing.yaml");
    CHECK(without.exit_code == 1);
    CHECK(without.out.empty());
    CHECK(without.err.find("housing.yaml:10:9: error[nos-unknown]: NOS 'PLACEHOLDER Support "
                           "individuals to find and "
                           "keep housing' is not in any loaded catalogue\n") == 0);
    CHECK(without.err.ends_with("merge refused: nothing written\n"));
    const Run with = in(dir, "render --catalog local-nos.yaml housing.yaml");
    CHECK(with.exit_code == 0);
    CHECK(with.err.empty());
    CHECK(with.out.find("PLACEHOLDER Support individuals to find and keep housing") !=
          std::string::npos);
    // --catalog is repeatable, and a missing one is unusable input.
    CHECK(in(dir, "render --catalog local-nos.yaml --catalog local-nos.yaml housing.yaml")
              .exit_code == 0);
    CHECK(in(dir, "render --catalog nowhere.yaml ld-peer-support-worker-l3").exit_code == 2);
}

TEST_CASE(
    "validate: the README's overlay and merged profile side by side are not an id-collision") {
    const fs::path dir = temp_dir("one-step-validate");
    fs::create_directories(dir / "local");
    fs::copy_file(frameworks_dir() / "overlays/wiltshire-ld-psw.yaml",
                  dir / "local/wiltshire-ld-psw.yaml");
    REQUIRE(in(dir, "merge local/wiltshire-ld-psw.yaml -o local/wiltshire-ld-psw-profile.yaml")
                .exit_code == 0);
    const Run both = in(dir, "validate local");
    CHECK(both.exit_code == 0);
    CHECK(both.out.find("id-collision") == std::string::npos);
    CHECK(both.out.find("2 files checked: 0 errors") != std::string::npos);

    // An unrelated document with that id still collides.
    write_file(dir / "local/zz-other.yaml",
               "kind: LocalityOverlay\nformat: 1\nid: wiltshire-ld-psw\n"
               "base: ld-strategic-manager-l8\nlocality: Elsewhere\n");
    const Run other = in(dir, "validate local");
    CHECK(other.exit_code == 1);
    CHECK(other.out.find("local/zz-other.yaml:3:5: error[id-collision]: id 'wiltshire-ld-psw' is "
                         "already used by "
                         "local/wiltshire-ld-psw-profile.yaml\n") != std::string::npos);
}
