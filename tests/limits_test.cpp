// Hostile and broken input through the built `rolekit validate`: every limit
// is a finding with a clear message and exit code 2, never a crash or a hang
// (docs/limits.md).

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

namespace {

const std::string kEnvelope = "kind: RoleProfile\nformat: 1\nid: hostile\n";

// `validate --no-builtin` on one file holding `text`; `flags` go before it.
Run validate_text(const std::string& name, const std::string& text, const std::string& flags = "") {
    const fs::path file = temp_dir("limits-" + name) / (name + ".yaml");
    write_file(file, text);
    return run_rolekit("validate --no-builtin " + flags + " " + file.string());
}

// The report's first line: the one finding, as `file:line:col: error[rule]: message`
// with the file name left out.
std::string first_finding(const Run& r) {
    const std::string line = r.out.substr(0, r.out.find('\n'));
    const auto name_end = line.find(".yaml");
    return name_end == std::string::npos ? line : line.substr(name_end + 5);
}

// `validate --no-builtin <flags> /dev/stdin` with `file` coming through a pipe,
// which cannot tell its size or be read twice.
Run validate_piped(const fs::path& file, const std::string& flags = "") {
    // The shell runs the binary as "$0" with the arguments after it as "$@".
    return run_rolekit("validate --no-builtin " + flags + " /dev/stdin", "",
                       "sh -c 'cat " + file.string() + " | \"$0\" \"$@\"'");
}

std::string nested(int depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

}  // namespace

TEST_CASE("limits: a file over --max-file-size is an io-error naming the limit") {
    Run r = validate_text("size", kEnvelope + "# " + std::string(2000, 'x') + "\n",
                          "--max-file-size 1000");
    CHECK(r.exit_code == 2);
    CHECK(first_finding(r) ==
          ": error[io-error]: file is 2043 bytes, over the limit of 1000 bytes");
    // A pipe cannot say its size: reading stops at the limit.
    const fs::path big = temp_dir("size-pipe") / "big.yaml";
    write_file(big, std::string(5000, '#'));
    Run piped = validate_piped(big, "--max-file-size 1000");
    CHECK(piped.exit_code == 2);
    CHECK(piped.out.rfind("/dev/stdin: error[io-error]: file is over the limit of 1000 bytes\n",
                          0) == 0);
}

TEST_CASE("limits: the default file size limit is 16 MiB") {
    Run r = validate_text("size-default", kEnvelope + "# " + std::string(16u << 20, 'x') + "\n");
    CHECK(r.exit_code == 2);
    CHECK(first_finding(r) ==
          ": error[io-error]: file is 16777259 bytes, over the limit of 16777216 bytes");
    fs::remove_all(temp_dir("limits-size-default"));  // not 16 MiB left behind in /tmp
}

TEST_CASE("limits: a piped document is read once, not consumed by a look at its head") {
    const fs::path file = temp_dir("pipe") / "map.yaml";
    write_file(file, "kind: FunctionalMap\nformat: 1\nid: piped\ntitle: Piped\nareas: []\n");
    Run r = validate_piped(file);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "1 file checked: 0 errors, 0 warnings, 0 infos\n");
}

TEST_CASE("limits: nesting deeper than yaml-cpp's cap is a yaml-syntax error") {
    Run r = validate_text("depth", nested(600) + "\n");
    CHECK(r.exit_code == 2);
    // The position is yaml-cpp's (where its scanner had got to), so only the message is checked.
    CHECK(r.out.find(": error[yaml-syntax]: nesting is too deep for a rolekit document\n") !=
          std::string::npos);
    CHECK(r.out.find("1 file checked: 1 error,") != std::string::npos);
}

TEST_CASE("limits: nesting just below the cap loads on worker threads without a crash") {
    // yaml-cpp recurses once per level: more than 128 KB of stack at the cap.
    const fs::path dir = temp_dir("depth-threads");
    std::string block_maps;
    for (int i = 0; i < 490; ++i) block_maps += std::string(2 * i, ' ') + "k:\n";
    write_file(dir / "a.yaml",
               "kind: RoleProfile\nformat: 1\nid: deep-a\nx: " + nested(490) + "\n");
    write_file(dir / "b.yaml", "kind: RoleProfile\nformat: 1\nid: deep-b\nx:\n" + block_maps);
    Run r = run_rolekit("validate --no-builtin -j 2 " + (dir / "a.yaml").string() + " " +
                        (dir / "b.yaml").string());
    CHECK(r.exit_code == 1);  // loaded: only findings (missing fields, unknown key 'x')
    CHECK(r.out.find("a.yaml:4:1: error[schema-unknown-key]: unknown key 'x' in RoleProfile") !=
          std::string::npos);
    CHECK(r.out.find("b.yaml:4:1: error[schema-unknown-key]: unknown key 'x' in RoleProfile") !=
          std::string::npos);
    CHECK(r.out.find("yaml-syntax") == std::string::npos);
}

TEST_CASE("limits: a billion-laughs document fails fast with yaml-alias") {
    std::string text = kEnvelope + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 12; ++i) {  // 10^12 nodes if expanded
        const std::string prev = "*a" + std::to_string(i - 1);
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
        for (int k = 1; k < 10; ++k) text += ", " + prev;
        text += "]\n";
    }
    const auto start = std::chrono::steady_clock::now();
    Run r = validate_text("laughs", text);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    CHECK(r.exit_code == 2);
    CHECK(first_finding(r) == ":8:45: error[yaml-alias]: aliases expand to more than 100000 nodes");
    CHECK(r.out.find("  hint: write the repeated content out, or use fewer nested aliases\n") !=
          std::string::npos);
    // Not a speed test (that is bench/): a hang guard. Expanding the aliases
    // would take hours; refusing them takes milliseconds, even loaded and under ASan.
    CHECK(took.count() < 30.0);
}

TEST_CASE("limits: a recursive alias is a yaml-alias error") {
    Run r = validate_text("recursive", kEnvelope + "title: &t\n  x: *t\n");
    CHECK(r.exit_code == 2);
    CHECK(first_finding(r) ==
          ":5:6: error[yaml-alias]: alias refers to a node that contains it (recursive alias)");
}

TEST_CASE("limits: text that is not UTF-8 is a yaml-encoding error at its first bad byte") {
    SUBCASE("invalid UTF-8") {
        Run r = validate_text("latin1", kEnvelope + "title: Caf\xE9\n");
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) == ":4:11: error[yaml-encoding]: invalid UTF-8 byte 0xE9");
        CHECK(r.out.find("  hint: save the file as UTF-8 text without control characters\n") !=
              std::string::npos);
    }
    SUBCASE("NUL byte") {
        Run r = validate_text("nul", kEnvelope + std::string("title: a\0b\n", 11));
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) ==
              ":4:9: error[yaml-encoding]: NUL byte in text (is this a binary file?)");
    }
    SUBCASE("UTF-16") {
        Run r = validate_text("utf16", std::string("\xFF\xFEk\0i\0", 6));
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) ==
              ":1:1: error[yaml-encoding]: file is UTF-16; rolekit reads UTF-8 only");
    }
    SUBCASE("UTF-32") {
        // It used to be called UTF-16: its byte order mark starts with UTF-16's.
        Run r = validate_text("utf32", std::string("\xFF\xFE\0\0k\0\0\0i\0\0\0", 12));
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) ==
              ":1:1: error[yaml-encoding]: file is UTF-32; rolekit reads UTF-8 only");
        CHECK(r.err.empty());
    }
    SUBCASE("UTF-16 without a byte order mark") {
        Run r = validate_text("utf16-nobom", std::string("k\0i\0n\0d\0:\0 \0", 12));
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) ==
              ":1:1: error[yaml-encoding]: file is UTF-16; rolekit reads UTF-8 only");
    }
}

TEST_CASE("limits: one YAML document per file") {
    SUBCASE("several documents") {
        Run r = validate_text("documents", kEnvelope + "---\n" + kEnvelope);
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) ==
              ":4:1: error[yaml-documents]: a file must hold exactly one YAML "
              "document, this is the second");
        CHECK(r.out.find("  hint: split the documents into separate files\n") != std::string::npos);
    }
    SUBCASE("an empty file") {
        Run r = validate_text("empty", "");
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) == ":1:1: error[yaml-documents]: file holds no YAML document");
    }
}

TEST_CASE("limits: binary files are yaml-encoding errors at their first control byte") {
    SUBCASE("ELF") {
        Run r = validate_text("elf", std::string("\x7f"
                                                 "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                                 16));
        CHECK(r.exit_code == 2);
        // DEL (0x7F) passes: yaml-cpp reads it, and the YAML writer writes it raw.
        CHECK(first_finding(r) == ":1:5: error[yaml-encoding]: control character 0x02 in text");
    }
    SUBCASE("PNG") {
        Run r = validate_text("png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) == ":1:1: error[yaml-encoding]: invalid UTF-8 byte 0x89");
    }
}

TEST_CASE("limits: a tab in the indentation is named at the tab") {
    Run r = validate_text("tab", kEnvelope + "title: T\nbasic_info:\n\tnamed_role: R\n");
    CHECK(r.exit_code == 2);
    CHECK(first_finding(r) ==
          ":6:1: error[yaml-syntax]: tab character used for indentation; YAML indents with spaces");
    CHECK(r.out.find("  hint: replace the tab with spaces\n") != std::string::npos);
    CHECK(r.err.empty());  // findings are the report, on standard output
}

TEST_CASE("limits: an unterminated quoted string is reported at its opening quote") {
    SUBCASE("to the end of the file") {
        Run r = validate_text("quote-eof", kEnvelope + "title: \"Peer\nservice: S\nlevel: 3\n");
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) == ":4:8: error[yaml-syntax]: unterminated quoted string");
        CHECK(r.err.empty());
    }
    SUBCASE("to another string's quote") {
        Run r = validate_text("quote-next", kEnvelope + "title: 'Peer\nservice: 'S'\n");
        CHECK(r.exit_code == 2);
        CHECK(first_finding(r) ==
              ":4:8: error[yaml-syntax]: unterminated quoted string: it runs on to the ' at line "
              "5, column 10");
        CHECK(r.err.empty());
    }
}

TEST_CASE("limits: a tag outside the core schema is a yaml-tag finding, not an unusable file") {
    Run r = validate_text("tag", "kind: FunctionalMap\nformat: 1\nid: tagged\n"
                                 "title: !!binary TWFw\nareas: []\n");
    CHECK(r.exit_code == 1);
    CHECK(first_finding(r) ==
          ":4:8: error[yaml-tag]: tag '!!binary' is not allowed; rolekit documents hold plain "
          "text");
    CHECK(r.out.find("1 file checked: 1 error, 0 warnings, 0 infos\n") != std::string::npos);
}
