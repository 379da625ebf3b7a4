// A closed pipe on standard output (`rolekit export ID | head -c 10`) ends
// rolekit quietly with exit 0, as ripgrep and other Unix filters do; a write
// that fails for any other reason (a full disk) is still exit 2 with a
// message (issue 21, docs/cli.md#exit-codes).

#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::frameworks_dir;
using rolekit::test::read_file;
using rolekit::test::run_rolekit;
using rolekit::test::temp_dir;

namespace {

struct Ended {
    int status = 0;   // as waitpid gives it
    std::string err;  // standard error
};

// Runs `argv` with its standard output a pipe nobody will ever read: every
// write to it fails at once, whatever its size.
Ended run_into_closed_pipe(const std::vector<std::string>& argv) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    ::close(fds[0]);
    const fs::path err = temp_dir("closed-pipe-" + std::to_string(::getpid())) / "err";
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The test runner may ignore or block SIGPIPE, and a child inherits
        // both: reset them, so that the child meets the pipe as it would in
        // a shell's pipeline.
        ::signal(SIGPIPE, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::unsetenv("ROLEKIT_PATH");
        ::dup2(fds[1], STDOUT_FILENO);
        ::close(fds[1]);
        const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(e, STDERR_FILENO);
        std::vector<char*> args;
        for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    Ended ended;
    REQUIRE(::waitpid(child, &ended.status, 0) == child);
    ended.err = read_file(err);
    return ended;
}

}  // namespace

TEST_CASE(
    "closed pipe: the test's child meets a closed pipe as a pipeline does (SIGPIPE kills it)") {
    // Without rolekit's handling, this is what happens: killed, status 141
    // in a shell. If this fails, the test below proves nothing.
    const Ended echo = run_into_closed_pipe({"/bin/sh", "-c", "echo hello; echo still here >&2"});
    REQUIRE(WIFSIGNALED(echo.status));
    CHECK(WTERMSIG(echo.status) == SIGPIPE);
}

TEST_CASE("closed pipe: every command ends quietly with exit 0") {
    const std::string source = rolekit::test::source_dir().string();
    const std::vector<std::vector<std::string>> commands = {
        {"export", "ld-peer-support-worker-l3"},
        {"list"},
        {"show", "ld-peer-support-worker-l3"},
        {"validate", frameworks_dir().string()},
        {"validate", "--format", "sarif", frameworks_dir().string()},
        {"diff", "ld-peer-support-worker-l3", "ld-strategic-manager-l8"},
        {"render", "ld-peer-support-worker-l3"},
        {"import", "case", "-q", source + "/tests/case/case-1.1-package.json"},
        {"nos", "search", "communication"},
        {"schema"},
        {"rules"},
        {"--help"},
    };
    for (std::vector<std::string> args : commands) {
        args.insert(args.begin(), ROLEKIT_BINARY);
        CAPTURE(args[1]);
        CAPTURE(args.back());
        const Ended ended = run_into_closed_pipe(args);
        REQUIRE(WIFEXITED(ended.status));  // not killed by SIGPIPE
        CHECK(WEXITSTATUS(ended.status) == 0);
        CHECK(ended.err == "");
    }
}

TEST_CASE("closed pipe: a full device is still a failed write, exit 2 with a message") {
    if (!fs::exists("/dev/full")) {
        rolekit::test::skip("no /dev/full");
        return;
    }
    const auto to_full = "sh -c '\"$0\" \"$@\" >/dev/full'";
    const auto r = run_rolekit("export ld-peer-support-worker-l3", "", to_full);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "rolekit: error writing standard output: No space left on device\n");
    const auto o = run_rolekit("export ld-peer-support-worker-l3 -o /dev/full");
    CHECK(o.exit_code == 2);
    CHECK(o.err == "rolekit: error writing /dev/full: No space left on device\n");
}
