// `rolekit import case` and `rolekit export` on hostile input, through the
// built binary (issue 21): every bad input exits 1 or 2 with a message and a
// place, never 3; what reaches the terminal is inert; nothing is written that
// validate would refuse; dates stay within what CASE can hold.

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

namespace {

// A package whose only item is a domain with `item_fields` added.
std::string package_with(const std::string& document_fields, const std::string& item_fields) {
    return R"({"CFDocument": {"identifier": "d", "title": "T", "creator": "c")" + document_fields +
           R"(}, "CFItems": [{"identifier": "a", "fullStatement": "A")" + item_fields +
           R"(}], "CFAssociations": [{"associationType": "isChildOf", "originNodeURI": "a", "destinationNodeURI": "d"}]})";
}

// `text` with its first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE(
    "import case: a number too large for a double is exit 2 with its line and column, not 3") {
    const fs::path dir = temp_dir("case-overflow");
    write_file(dir / "big.json", package_with(R"(, "x-n": -1e400)", ""));
    for (const std::string& input : {shell_quote(dir / "big.json"), "- < " + shell_quote(dir / "big.json")}) {
        CAPTURE(input);
        const Run r = run_rolekit("import case " + input + " -o " + shell_quote(dir / "out.yaml"));
        CHECK(r.exit_code == 2);
        const std::string where = input[0] == '-' ? "<stdin>" : (dir / "big.json").string();
        CHECK(r.err == where +
                           ": error: not JSON rolekit can read, at line 1, column 73: "
                           "[json.exception.out_of_range.406] number overflow parsing '-1e400'\n");
        CHECK_FALSE(fs::exists(dir / "out.yaml"));
    }
}

TEST_CASE("import case: a package's keys and identifiers reach standard error inert") {
    const fs::path dir = temp_dir("case-escapes");
    write_file(dir / "keys.json", package_with("", R"(, "\u001b[31mred\u0007": 1)"));
    const Run kept = run_rolekit("import case " + shell_quote(dir / "keys.json"));
    CHECK(kept.exit_code == 0);
    CHECK(
        kept.err ==
        (dir / "keys.json").string() +
            ": kept under x-case (the format has no place for them): 1 CFItem.\\x1b[31mred\\x07\n");
    // The YAML keeps the exact key, escaped as YAML escapes it.
    CHECK(kept.out.find("\"\\x1b[31mred\\x07\": 1") != std::string::npos);
    write_file(dir / "twice.json", R"({"CFDocument": {"identifier": "d"}, "CFItems": [
        {"identifier": "\u001b]0;owned\u0007", "fullStatement": "A"},
        {"identifier": "\u001b]0;owned\u0007", "fullStatement": "B"}]})");
    const Run twice = run_rolekit("import case " + shell_quote(dir / "twice.json"));
    CHECK(twice.exit_code == 2);
    CHECK(twice.err ==
          (dir / "twice.json").string() +
              ": error: /CFItems/1/identifier: identifier '\\x1b]0;owned\\x07' is used twice\n");
}

TEST_CASE(
    "import case: fields of the wrong type are kept under x-case and counted on standard error") {
    const fs::path dir = temp_dir("case-types");
    write_file(dir / "types.json",
               package_with(R"(, "version": 1.0, "language": ["en"])",
                            R"(, "humanCodingScheme": 7, "CFItemType": {"x": 1})"));
    const Run r = run_rolekit("import case " + shell_quote(dir / "types.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.err ==
          (dir / "types.json").string() +
              ": kept under x-case (the format has no place for them): 1 CFDocument.language, "
              "1 CFDocument.version, 1 CFItem.CFItemType, 1 CFItem.humanCodingScheme\n");
    // A title that is not text leaves the map without one: written, kept,
    // and the error validate would report (exit 1).
    write_file(dir / "title.json",
               replaced(package_with("", ""), R"("title": "T")", R"("title": 123)"));
    const Run title =
        run_rolekit("import case " + shell_quote(dir / "title.json") + " -o " + shell_quote(dir / "title.yaml"));
    CHECK(title.exit_code == 1);
    CHECK(title.err.find("1 CFDocument.title") != std::string::npos);
    CHECK(title.err.find("error[schema-missing-field]: 'title' in CompetenceMap is empty") !=
          std::string::npos);
    CHECK(rolekit::test::read_file(dir / "title.yaml").find("    title: 123\n") !=
          std::string::npos);
}

TEST_CASE(
    "import case: a map over validate's file-size limit is refused before anything is written") {
    const fs::path dir = temp_dir("case-size");
    // 15 MB of title: the map holds it twice (title, and the id made from it).
    write_file(dir / "title.json",
               replaced(package_with("", ""), "\"T\"", "\"" + std::string(15'000'000, 't') + "\""));
    const auto start = std::chrono::steady_clock::now();
    const Run r =
        run_rolekit("import case " + shell_quote(dir / "title.json") + " -o " + shell_quote(dir / "map.yaml"));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    MESSAGE("import case of a 15 MB title took " << seconds << " s");
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind((dir / "title.json").string() + ": error: the map would be more than 30000",
                      0) == 0);
    CHECK(r.err.find(
              " bytes, over the limit of 16777216 bytes that validate and every other command read "
              "(--max-file-size); nothing written\n") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "map.yaml"));
    // "more than": refused from the map's text, before yaml-cpp spent seconds
    // writing it (the time is printed, not asserted: bench/ measures speed).
    // To standard output, the same: nothing.
    const Run out = run_rolekit("import case " + shell_quote(dir / "title.json"));
    CHECK(out.exit_code == 2);
    CHECK(out.out.empty());
}

TEST_CASE("export: SOURCE_DATE_EPOCH outside the years 1970 to 9999 is exit 2") {
    const std::string range =
        "outside 0 to 253402300799 (the years 1970 to 9999 that CASE dates hold)\n";
    for (const std::string epoch : {"253402300800", "99999999999999999999999", "-1"}) {
        CAPTURE(epoch);
        const Run r = run_rolekit("export health-functional-map", "SOURCE_DATE_EPOCH=" + epoch);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err == "rolekit: error: SOURCE_DATE_EPOCH is '" + epoch + "', " + range);
    }
    const Run last = run_rolekit("export health-functional-map", "SOURCE_DATE_EPOCH=253402300799");
    CHECK(last.exit_code == 0);
    CHECK(last.out.find("\"lastChangeDateTime\": \"9999-12-31T23:59:59Z\"") != std::string::npos);
    const Run text = run_rolekit("export health-functional-map", "SOURCE_DATE_EPOCH=1e9");
    CHECK(text.exit_code == 2);
    CHECK(text.err == "rolekit: error: SOURCE_DATE_EPOCH is '1e9', not a number of seconds\n");
}
