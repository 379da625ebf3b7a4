// `rolekit show` without the built-in library's encoding comments (the ones
// citing its seed documents): every other comment, and the YAML, unchanged.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "rolekit/encoding_comments.hpp"
#include "rolekit/write_yaml.hpp"
#include "test_support.hpp"

using namespace rolekit;
using namespace rolekit::test;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> builtin_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(frameworks_dir()))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

std::string head(const std::string& text, std::size_t lines) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < lines && at != std::string::npos; ++i) at = text.find('\n', at + 1);
    return text.substr(0, at == std::string::npos ? text.size() : at + 1);
}

}  // namespace

TEST_CASE("encoding comments: what cites a seed") {
    CHECK(cites_seed(" Encoded from seed file: ../shared/seeds/000_bbe079d08a8633a7.txt."));
    CHECK(cites_seed(" 003 (../shared/seeds/003_158f8d14955859fe.txt): \"quoted\""));
    CHECK(cites_seed(" pathway recommendations in 003 are addressed to all services"));
    CHECK(cites_seed(" seeds/004_ccd4c7ca472800b3.txt"));
    CHECK_FALSE(
        cites_seed(" Source: https://www.ukstandards.org.uk/en/nos-finder/SFHGEN23/monitor"));
    CHECK_FALSE(
        cites_seed(" The seed states this core set as \"Level 7\"."));  // no file, no number
    CHECK_FALSE(cites_seed(" 2019/20-2023/24, 4000 workers, code SFHGEN003X, 0031, 03"));
    CHECK_FALSE(cites_seed(" seeds/notes.txt and seeds/12_x.txt"));
}

TEST_CASE(
    "encoding comments: every built-in document shown keeps its YAML and its other comments") {
    const std::vector<fs::path> files = builtin_files();
    CHECK(files.size() == 10);
    for (const fs::path& file : files) {
        CAPTURE(file.string());
        const std::string text = read_file(file);
        const std::string shown = without_encoding_comments(text);
        CHECK(text.find("seeds/") != std::string::npos);  // each one cites its seed
        CHECK(shown.find("seeds/") == std::string::npos);
        CHECK(shown.find("# 003") == std::string::npos);
        CHECK_FALSE(cites_seed(shown));
        CHECK(without_encoding_comments(shown) == shown);  // nothing left to take
        // The description that opens every file stays.
        CHECK(shown.substr(0, shown.find('\n')) == text.substr(0, text.find('\n')));
        // Same document, read from either text; same directives.
        const LoadResult a = load_document(text, file.string());
        const LoadResult b = load_document(shown, file.string());
        REQUIRE(a.document);
        REQUIRE(b.document);
        CHECK(b.findings.size() == a.findings.size());
        CHECK(document_to_yaml(*b.document) == document_to_yaml(*a.document));
        CHECK(count(shown, "# rolekit-disable-") == count(text, "# rolekit-disable-"));
        // Only whole comment lines go: every line shown is a line of the file.
        std::size_t at = 0;
        for (std::size_t nl; (nl = shown.find('\n', at)) != std::string::npos; at = nl + 1)
            CHECK(text.find(shown.substr(at, nl - at + 1)) != std::string::npos);
    }
}

TEST_CASE("encoding comments: the built-in profile, overlay and catalogue as shown") {
    const auto shown = [](const std::string& path) {
        return without_encoding_comments(read_file(frameworks_dir() / path));
    };
    CHECK(head(shown("profiles/ld-peer-support-worker-l3.yaml"), 8) ==
          "# Transferable Role Profile: Liaison and Diversion Service, Peer Support Worker, Career "
          "Framework Level 3.\n"
          "# Faithful encoding: entries, order, wording and defects kept as printed in the seed\n"
          "# (NOS are given by title only, as printed; codes come from "
          "frameworks/catalogues/health-nos.yaml).\n"
          "# Shifted cells interpreted: in Role Specific area 1 the rows \"Advise on access to and "
          "use of\n"
          "# services\" and \"Support individuals to access information on services and "
          "facilities\" were\n"
          "# printed alone in the first column; they continue \"Provide information, advice and "
          "guidance\".\n"
          "# Scope: the i)..viii) list is printed as bullets \"- i) ...\" by the PDF conversion; "
          "kept as an i) list.\n"
          "kind: RoleProfile\n");
    CHECK(head(shown("overlays/birmingham-ld-psw.yaml"), 15) ==
          "# Locality overlay: what the Birmingham Liaison and Diversion service adds to the "
          "national\n"
          "# Level 3 Peer Support Worker template (ld-peer-support-worker-l3).\n"
          "#\n"
          "# NOS are national standards from frameworks/catalogues/health-nos.yaml, in their "
          "catalogue wording.\n"
          "#\n"
          "# Left out: \"They also help the L&D service to find people to be PSV\" (Shelter finds "
          "peer support\n"
          "# volunteers) is already in the base (\"Recruit and place volunteers\"); court support "
          "and the\n"
          "# \"emerging benefits\" are stated for both the Wiltshire and Birmingham schemes, not "
          "as a local need.\n"
          "kind: LocalityOverlay\n"
          "format: 1\n"
          "id: birmingham-ld-psw\n"
          "base: ld-peer-support-worker-l3\n"
          "locality: Birmingham Liaison and Diversion Service\n"
          "basic_info:\n"
          "  named_role: Peer Mentor\n");
    // Wiltshire's "Left out" sentence cites 003 by number: it goes; the
    // sentence before it on the local competence does not.
    CHECK(head(shown("overlays/wiltshire-ld-psw.yaml"), 8) ==
          "# Locality overlay: what the Wiltshire Liaison and Diversion service adds to the "
          "national\n"
          "# Level 3 Peer Support Worker template (ld-peer-support-worker-l3), for its lead Peer "
          "Support\n"
          "# Worker.\n"
          "#\n"
          "# NOS are national standards from frameworks/catalogues/health-nos.yaml, in their "
          "catalogue wording.\n"
          "#\n"
          "# \"They see the more complex, higher risk, cases\" has no NOS: it is the local "
          "competence below.\n"
          "kind: LocalityOverlay\n");
    // The catalogue's sources for its codes are what a user checks a code by.
    const std::string nos = shown("catalogues/health-nos.yaml");
    CHECK(count(nos, "  # Source: ") == 4);
    CHECK(count(nos, "  # Uncoded: ") == 3);
    CHECK(head(nos, 3) ==
          "# Catalogue of the National Occupational Standards (NOS) used in the two Liaison and "
          "Diversion\n"
          "# Transferable Role Profiles: one entry per distinct NOS title as printed.\n"
          "# The seeds print no NOS codes. A code is given only where a public source names that "
          "code with\n");
}

TEST_CASE("encoding comments: sentences, paragraphs, trailing comments and what is not YAML") {
    // A sentence runs to the line ending with a full stop: all its lines go.
    CHECK(without_encoding_comments(
              "# Kept.\n# From seeds/001_ab.txt, the\n# text after it.\n# Kept too.\na: 1\n") ==
          "# Kept.\n# Kept too.\na: 1\n");
    // A bare `#` left at an edge, or after another, goes; blank lines do not pile up.
    CHECK(without_encoding_comments(
              "# Kept.\n#\n# In 003.\n#\n# Also kept.\n\n# 003 says.\n\nb: 2\n") ==
          "# Kept.\n#\n# Also kept.\n\nb: 2\n");
    CHECK(without_encoding_comments("# 003 (x).\n\nb: 2\n") == "b: 2\n");
    // A change of column is another block; a trailing comment goes alone.
    CHECK(without_encoding_comments("a:\n  # 003: \"quoted\"\n  - x  # from 003\n  - y # kept\n") ==
          "a:\n  - x\n  - y # kept\n");
    // Directives stay, even citing a seed, and end a sentence.
    CHECK(without_encoding_comments(
              "# rolekit-disable-file nos-uncoded -- as in 003\n# 003 says\na: 1\n") ==
          "# rolekit-disable-file nos-uncoded -- as in 003\na: 1\n");
    // Text in a block scalar is no comment; line breaks are kept as written.
    CHECK(without_encoding_comments("a: |\n  # 003 text\n# 003\nb: 1\r\n") ==
          "a: |\n  # 003 text\nb: 1\r\n");
    // Not one YAML document: nothing can be trusted to be a comment.
    const std::string broken = "# 003\na: [\n";
    CHECK(without_encoding_comments(broken) == broken);
    CHECK(without_encoding_comments("") == "");
}
