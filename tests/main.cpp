// The test runner: doctest's own main, plus run-time skips that CTest sees.
//
// CTest runs one test case per process (doctest_discover_tests). A test that
// cannot run here (no ../shared, no python3, no zsh) calls test::skip(); when
// the only test case of the run skipped and nothing failed, the process exits
// with 77, which tests/CMakeLists.txt declares as CTest's SKIP_RETURN_CODE, so
// the test is listed as skipped, never as passed.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

struct SkipState {
    int started = 0;
    std::vector<std::string> skipped;  // "test case: why"
    std::string current;
};

SkipState& state() {
    static SkipState s;
    return s;
}

struct SkipListener : doctest::IReporter {
    explicit SkipListener(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats&) override {}
    void test_case_start(const doctest::TestCaseData& tc) override {
        ++state().started;
        state().current = tc.m_name;
    }
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats&) override {}
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};

}  // namespace

REGISTER_LISTENER("rolekit-skips", 1, SkipListener);

namespace rolekit::test {

void skip(const std::string& why) {
    state().skipped.push_back(state().current + ": " + why);
    MESSAGE("skipped: " << why);
}

}  // namespace rolekit::test

int main(int argc, char** argv) {
    doctest::Context context(argc, argv);
    const int result = context.run();
    if (context.shouldExit()) return result;
    const SkipState& s = state();
    for (const std::string& line : s.skipped) std::fprintf(stderr, "SKIPPED %s\n", line.c_str());
    // CTest names a test case by its exact name: when that ran nothing (a
    // name CMake split at a semicolon, say) the test must not pass.
    if (s.started == 0) {
        std::fputs("error: no test case matched the filters\n", stderr);
        return 1;
    }
    // A test case may skip more than once (a check run per page): still one
    // skipped test, never a pass.
    if (result == 0 && s.started == 1 && !s.skipped.empty()) return 77;
    return result;
}
