#include <doctest/doctest.h>

#include "rolekit/visible_text.hpp"

using rolekit::visible;
using rolekit::visible_block;

TEST_CASE("visible: terminal escapes, bells and backspaces are shown, not sent") {
    CHECK(visible("x\x1b]0;pwned\a") == "x\\x1b]0;pwned\\x07");
    CHECK(visible("ab\bc") == "ab\\x08c");
    CHECK(visible(std::string_view("a\0b", 3)) == "a\\x00b");
    CHECK(visible("del\x7f") == "del\\x7f");
    CHECK(visible("c1 \xc2\x9b" "31m") == "c1 \\x9b31m");  // U+009B, the 8-bit CSI
}

TEST_CASE("visible: a newline cannot forge a line, blocks keep theirs") {
    CHECK(visible("id\nx.yaml:1:1: error[fake]: forged") == "id\\nx.yaml:1:1: error[fake]: forged");
    CHECK(visible("a\tb\r") == "a\\tb\\r");
    CHECK(visible_block("a\n\tb\x1b[2J") == "a\n\tb\\x1b[2J");
}

TEST_CASE("visible: invalid UTF-8 becomes U+FFFD, valid text and backslashes are kept") {
    CHECK(visible("caf\xc3\xa9 \xff\xfe z") == "caf\xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd z");
    CHECK(visible("\xe2\x80") == "\xef\xbf\xbd\xef\xbf\xbd");  // a cut-off sequence
    CHECK(visible("C:\\path \\x1b") == "C:\\path \\x1b");
    CHECK(visible("Gemeinschaft \xe2\x80\x94 \xf0\x9f\x99\x82") == "Gemeinschaft \xe2\x80\x94 \xf0\x9f\x99\x82");
}

TEST_CASE("visible: bidirectional overrides are shown as escapes") {
    CHECK(visible("abc\xe2\x80\xae" "fed") == "abc\\u202efed");
    CHECK(visible("\xe2\x81\xa6x\xe2\x81\xa9") == "\\u2066x\\u2069");
}
