// Every input the fuzzer (fuzz/fuzz_load.cpp) found a crash, hang or broken
// promise with, run through the library as the fuzzer runs it (docs/fuzzing.md).

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../fuzz/exercise.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzz regressions: each input loads, checks, writes and renders") {
    std::vector<fs::path> inputs;
    for (const auto& entry :
         fs::directory_iterator(rolekit::test::source_dir() / "tests/fuzz_regressions"))
        inputs.push_back(entry.path());
    std::sort(inputs.begin(), inputs.end());
    REQUIRE_FALSE(inputs.empty());
    for (const fs::path& input : inputs) {
        CAPTURE(input.filename().string());
        CHECK(rolekit::fuzz::exercise(rolekit::test::read_file(input),
                                      rolekit::test::builtin().documents) == "");
    }
}
