#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "rolekit/file_io.hpp"
#include "rolekit/load.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

TEST_CASE("atomic write replaces the file whole and leaves no temporary behind") {
    const fs::path dir = test::temp_dir("io-write");
    const fs::path target = dir / "out.yaml";
    CHECK(write_file_atomic(target, "first\n").empty());
    CHECK(write_file_atomic(target, "second\n").empty());
    CHECK(read_text_file(target, 100).text == "second\n");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    CHECK(write_file_atomic(dir / "missing-dir" / "x.yaml", "x").find("cannot create") == 0);
}

TEST_CASE("reading reports missing files, directories and the size limit") {
    const fs::path dir = test::temp_dir("io-read");
    CHECK(read_text_file(dir / "nope.yaml", 100).error == "no such file or directory");
    CHECK(read_text_file(dir, 100).error == "is a directory, not a file");
    std::ofstream(dir / "big.yaml") << std::string(200, 'a');
    CHECK(read_text_file(dir / "big.yaml", 100).error ==
          "file is 200 bytes, over the limit of 100 bytes");
    LoadResult r = load_file(dir / "big.yaml", LoadOptions{100});
    CHECK_FALSE(r.usable());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "io-error");
    CHECK(r.findings[0].file == (dir / "big.yaml").string());
}

TEST_CASE("YAML files are found recursively in a stable order") {
    const fs::path dir = test::temp_dir("io-find");
    fs::create_directories(dir / "b");
    for (const char* f : {"b/z.yaml", "a.yml", "c.txt", "b/a.yaml"}) std::ofstream(dir / f) << "x";
    const auto files = find_yaml_files(dir);
    REQUIRE(files.size() == 3);
    CHECK(files[0] == dir / "a.yml");
    CHECK(files[1] == dir / "b/a.yaml");
    CHECK(files[2] == dir / "b/z.yaml");
}
