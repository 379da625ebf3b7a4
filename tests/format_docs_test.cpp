// docs/format.md's (and config.md's) key tables are the format's table (schema/document_shapes)
// written out: each sits under a `<!-- keys: SHAPE -->` line and must equal
// key_table_markdown(SHAPE), and every shape has one. To write them again
// after changing the table:
//   ROLEKIT_UPDATE_DOCS=1 build/dev/tests/rolekit_tests -tc='docs/format.md*'

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "schema/key_tables.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

constexpr std::string_view kMarker = "<!-- keys: ";

struct Block {
    std::string shape;
    std::size_t begin = 0;  // the table's first character
    std::size_t end = 0;    // one past its last line
};

// Each marker and the table right below it (every line up to a blank one).
std::vector<Block> key_blocks(const std::string& page) {
    std::vector<Block> out;
    for (std::size_t at = page.find(kMarker); at != std::string::npos; at = page.find(kMarker, at + 1)) {
        const std::size_t name_end = page.find(" -->", at);
        const std::size_t line_end = page.find('\n', at);
        if (name_end == std::string::npos || line_end == std::string::npos || name_end > line_end) continue;
        Block b{page.substr(at + kMarker.size(), name_end - at - kMarker.size()), line_end + 1, line_end + 1};
        while (b.end < page.size() && page[b.end] == '|') b.end = page.find('\n', b.end) + 1;
        out.push_back(b);
    }
    return out;
}

}  // namespace

TEST_CASE("docs/format.md's key tables are the format's table") {
    const auto docs = test::source_dir() / "docs";
    if (!std::filesystem::exists(docs / "format.md")) return test::skip("no docs/ beside the tests");
    const bool update = std::getenv("ROLEKIT_UPDATE_DOCS") != nullptr;
    std::map<std::string, int> seen;
    for (const char* name : {"format.md", "validate.md", "config.md"}) {
        CAPTURE(name);
        std::string page = test::read_file(docs / name);
        const std::vector<Block> blocks = key_blocks(page);
        for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
            CAPTURE(it->shape);
            ++seen[it->shape];
            const detail::Shape* shape = detail::find_shape(it->shape);
            REQUIRE_MESSAGE(shape, "the page names a shape the table lacks");
            const std::string expected = detail::key_table_markdown(*shape);
            if (update)
                page.replace(it->begin, it->end - it->begin, expected);
            else
                CHECK_MESSAGE(page.substr(it->begin, it->end - it->begin) == expected,
                              "the table under <!-- keys: " << it->shape << " --> should be:\n" << expected);
        }
        if (update) std::ofstream(docs / name, std::ios::binary) << page;
        // No key table written by hand beside them.
        std::size_t tables = 0;
        for (std::size_t at = page.find("\n| key |"); at != std::string::npos; at = page.find("\n| key |", at + 1))
            ++tables;
        CHECK(tables == blocks.size());
    }
    for (const detail::Shape& shape : detail::document_shapes()) {
        CAPTURE(shape.name);
        CHECK_MESSAGE(seen[std::string(shape.name)] == 1, "each shape has one key table in docs/");
    }
}
