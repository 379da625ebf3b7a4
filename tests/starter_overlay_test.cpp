// `init overlay`'s starter: valid as written and with any one of its commented
// example blocks uncommented; its commands name the file it is written to; its
// default id is short (docs/merge.md).

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rolekit/overlay_template.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"

using namespace rolekit;
using namespace rolekit::test;
namespace fs = std::filesystem;

namespace {

const Document& base(const std::string& id) {
    const Document* d = builtin().documents.find(id);
    REQUIRE(d);
    return *d;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    for (std::size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1)
        lines.push_back(text.substr(at, nl - at));
    return lines;
}

// "# key:" with a YAML key of lower-case letters and `_` at the left: the
// first line of a commented example (prose comments start with a capital or
// a space).
bool opens_block(const std::string& line) {
    if (line.rfind("# ", 0) != 0) return false;
    std::size_t i = 2;
    while (i < line.size() && ((line[i] >= 'a' && line[i] <= 'z') || line[i] == '_')) ++i;
    return i > 2 && i < line.size() && line[i] == ':';
}

// Each commented example block: a line `opens_block` and the lines after it
// that go on deeper ("#   ..."), as [first, last) line indexes.
std::vector<std::pair<std::size_t, std::size_t>> example_blocks(
    const std::vector<std::string>& lines) {
    std::vector<std::pair<std::size_t, std::size_t>> blocks;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!opens_block(lines[i])) continue;
        std::size_t end = i + 1;
        while (end < lines.size() && lines[end].rfind("#  ", 0) == 0) ++end;
        blocks.emplace_back(i, end);
        i = end - 1;
    }
    return blocks;
}

std::string uncommented(const std::vector<std::string>& lines,
                        std::pair<std::size_t, std::size_t> block) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i)
        out += (i >= block.first && i < block.second ? lines[i].substr(2) : lines[i]) + "\n";
    return out;
}

// `rolekit validate` on `text`, saved as `name` in a folder of its own.
Run validated(const std::string& text, const std::string& name) {
    const fs::path dir = temp_dir("starter-" + name);
    write_file(dir / "dorset.yaml", text);
    return run_rolekit("validate " + shell_quote(dir / "dorset.yaml"));
}

}  // namespace

TEST_CASE("the starter overlay validates as written, and with any one example block uncommented") {
    for (const std::string base_id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"}) {
        CAPTURE(base_id);
        const StarterOverlay starter = starter_overlay(
            base(base_id), "", "Dorset Liaison and Diversion Service", "dorset.yaml");
        REQUIRE(starter.error.empty());
        Run as_written = validated(starter.text, base_id);
        CHECK(as_written.exit_code == 0);
        CHECK(as_written.out.find("1 file checked: 0 errors, 0 warnings, 0 infos") !=
              std::string::npos);

        const LoadResult plain = load_document(starter.text, "dorset.yaml");
        REQUIRE(plain.document);
        const std::vector<std::string> lines = lines_of(starter.text);
        const auto blocks = example_blocks(lines);
        // One block per section today (basic_info, competences, learning, cpd,
        // references); blocks added later are found the same way.
        CHECK(blocks.size() >= 5);
        for (const auto& block : blocks) {
            CAPTURE(lines[block.first]);
            const std::string text = uncommented(lines, block);
            Run r = validated(text, base_id + "-" + std::to_string(block.first));
            CHECK(r.exit_code == 0);
            CHECK(r.out.find(": 0 errors,") != std::string::npos);
            CHECK(r.err == "");
            // The block did something: the overlay read is not the bare one.
            const LoadResult loaded = load_document(text, "dorset.yaml");
            REQUIRE(loaded.document);
            CHECK(document_to_yaml(*loaded.document) != document_to_yaml(*plain.document));
        }
    }
}

TEST_CASE("the starter's example blocks are the only commented YAML keys, and each comes once") {
    const std::string text =
        starter_overlay(base("ld-peer-support-worker-l3"), "", "Dorset", "d.yaml").text;
    const std::vector<std::string> lines = lines_of(text);
    std::vector<std::string> keys;
    for (const auto& [first, last] : example_blocks(lines))
        keys.push_back(lines[first].substr(2, lines[first].find(':') - 2));
    CHECK(keys ==
          std::vector<std::string>{"version", "approved_by", "approved_on", "organisation", "contact",
                                   "basic_info", "competences", "local_competences", "learning",
                                   "cpd", "references"});
    // The old layout's trap: a key given a value above its commented items.
    CHECK(text.find("competences: []") == std::string::npos);
}

TEST_CASE("the starter's commands name the file -o gave, or a placeholder on standard output") {
    const Document& psw = base("ld-peer-support-worker-l3");
    const auto commands = [&](const std::string& file) {
        const std::string text = starter_overlay(psw, "", "Dorset", file).text;
        const std::size_t from = text.find("#   check it:");
        return text.substr(from, text.find("\n#\n", from) - from);
    };
    CHECK(commands("dorset.yaml") ==
          "#   check it:                rolekit validate dorset.yaml\n"
          "#   make the local profile:  rolekit merge dorset.yaml -o dorset-profile.yaml\n"
          "#   help from your editor:   rolekit schema -o rolekit.schema.json (docs/editors.md)");
    CHECK(commands("") ==
          "#   check it:                rolekit validate OVERLAY.yaml\n"
          "#   make the local profile:  rolekit merge OVERLAY.yaml -o PROFILE.yaml\n"
          "#   help from your editor:   rolekit schema -o rolekit.schema.json (docs/editors.md)\n"
          "#   (OVERLAY.yaml: this file, once saved; PROFILE.yaml: the profile to write)");
    CHECK(commands("-") == commands(""));
    CHECK(starter_merge_command("overlays/dorset.yml") ==
          "rolekit merge overlays/dorset.yml -o overlays/dorset-profile.yml");
    CHECK(starter_merge_command("dorset") == "rolekit merge dorset -o dorset-profile.yaml");
    CHECK(starter_merge_command("a.b/dorset") ==
          "rolekit merge a.b/dorset -o a.b/dorset-profile.yaml");
    CHECK(starter_validate_command("my overlay.yaml") == "rolekit validate 'my overlay.yaml'");
    CHECK(starter_validate_command("it's.yaml") == "rolekit validate 'it'\\''s.yaml'");
    CHECK(starter_validate_command("-o.yaml") == "rolekit validate '-o.yaml'");
    // A control character in the name stays inside the comment's one line.
    CHECK(starter_validate_command("a\nid: x.yaml") == "rolekit validate 'a\\nid: x.yaml'");
}

TEST_CASE("the default overlay id: the locality's place and the base title's initials") {
    const Document& psw = base("ld-peer-support-worker-l3");
    const Document& manager = base("ld-strategic-manager-l8");
    const std::vector<std::pair<std::string, std::string>> cases{
        {"Dorset Liaison and Diversion Service", "dorset-psw"},
        {"Birmingham L&D", "birmingham-psw"},
        {"Birmingham & Solihull L&D", "birmingham-psw"},
        {"The Wirral Liaison and Diversion Service", "wirral-psw"},
        {"King's Lynn L&D", "kings-psw"},
        {"King\u2019s Lynn L&D", "kings-psw"},
        {"West Sussex L&D", "west-sussex-psw"},
        {"St. Helens L&D", "st-helens-psw"},
        {"Ynys Môn", "ynys-psw"},
        {"Môn a Gwynedd", "mon-psw"},
        {"Zürich Diversion", "zurich-psw"},
        {"  \"Dorset\" (pilot)  ", "dorset-psw"},
        {"L&D, Dorset", "ld-psw"},
        {"42nd Street", "42nd-psw"},
        {"Кент L&D", "ld-psw"},
        {"Dorset\u2014Poole", "dorset-psw"},
    };
    for (const auto& [locality, id] : cases) {
        CAPTURE(locality);
        CHECK(default_overlay_id(locality, psw) == id);
        CHECK(starter_overlay(psw, "", locality).text.find("\nid: " + id + "\n") !=
              std::string::npos);
    }
    CHECK(default_overlay_id("Dorset Liaison and Diversion Service", manager) == "dorset-sm");
    CHECK(default_overlay_id(std::string(100, 'x') + " L&D", psw) == std::string(40, 'x') + "-psw");
    for (const std::string nothing : {"&&&", "...", "The", "Кент", "—"}) {
        CAPTURE(nothing);
        CHECK(default_overlay_id(nothing, psw).empty());
        const StarterOverlay refused = starter_overlay(psw, "", nothing);
        CHECK(refused.text.empty());
        CHECK(refused.error == "--locality '" + nothing + "' has no word to make an id from");
        CHECK(refused.hint == "give the overlay's id with --id, e.g. --id my-service");
        CHECK(starter_overlay(psw, "mine", nothing).error.empty());  // --id still works
    }
    CHECK(starter_overlay(psw, "brum", "Birmingham L&D").text.find("\nid: brum\n") !=
          std::string::npos);
}
