// Nothing lost: every write checked, outputs never over inputs, temporary
// files never left behind, replaced files keep their mode (issue 12).

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "rolekit/file_io.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::frameworks_dir;
using rolekit::test::read_file;
using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::run_rolekit_with_hooks;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

namespace {

bool has_temporary(const fs::path& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) return true;
    return false;
}

mode_t mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

const std::string kMerge = "merge ld-peer-support-worker-l3 wiltshire-ld-psw";

}  // namespace

TEST_CASE("a signal during an atomic write removes the temporary file") {
    for (const int sig : {SIGINT, SIGTERM, SIGHUP}) {
        CAPTURE(sig);
        const fs::path dir = temp_dir("signal-" + std::to_string(sig));
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // As in the rolekit process: the test runner's own handlers are
            // not there.
            for (const int s : {SIGINT, SIGTERM, SIGHUP}) ::signal(s, SIG_DFL);
            // Writes a big file again and again: a temporary file exists
            // almost all the time, so the signal lands while one does.
            const std::string content(32u << 20, 'x');
            for (;;) (void)rolekit::write_file_atomic(dir / "out.yaml", content);
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!has_temporary(dir) && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        CHECK(has_temporary(dir));
        ::kill(child, sig);
        int status = 0;
        ::waitpid(child, &status, 0);
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == sig);
        CHECK_FALSE(has_temporary(dir));
        fs::remove_all(dir);
    }
}

TEST_CASE("a replaced file keeps its mode, a new one gets the umask's") {
    const fs::path dir = temp_dir("mode");
    const fs::path secret = dir / "secret.yaml";
    write_file(secret, "old\n");
    fs::permissions(secret, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(rolekit::write_file_atomic(secret, "new\n").empty());
    CHECK(read_file(secret) == "new\n");
    CHECK(mode_of(secret) == 0600);
    Run merged = run_rolekit(kMerge + " -o " + shell_quote(secret));
    CHECK(merged.exit_code == 0);
    CHECK(mode_of(secret) == 0600);
    Run fresh = run_rolekit(kMerge + " -o " + shell_quote(dir / "new.yaml"), "", "umask 027 &&");
    CHECK(fresh.exit_code == 0);
    CHECK(mode_of(dir / "new.yaml") == 0640);
    CHECK_FALSE(has_temporary(dir));
}

TEST_CASE("a symbolic link is written through, not replaced") {
    const fs::path dir = temp_dir("symlink-out");
    write_file(dir / "real.yaml", "old\n");
    fs::create_symlink("real.yaml", dir / "link.yaml");
    CHECK(rolekit::write_file_atomic(dir / "link.yaml", "new\n").empty());
    CHECK(fs::is_symlink(dir / "link.yaml"));
    CHECK(read_file(dir / "real.yaml") == "new\n");
}

TEST_CASE("a failed write is an error naming where, with the old file untouched") {
    if (!fs::exists("/dev/full")) {
        rolekit::test::skip("no /dev/full");
        return;
    }
    // The redirection must apply to rolekit itself, inside the helper's own.
    const std::string to_full = "sh -c '\"$0\" \"$@\" >/dev/full'";
    Run merged = run_rolekit(kMerge, "", to_full);
    CHECK(merged.exit_code == 2);
    CHECK(merged.err == "rolekit: error writing standard output: No space left on device\n");
    Run sarif = run_rolekit("validate --format sarif " + shell_quote(frameworks_dir()), "", to_full);
    CHECK(sarif.exit_code == 2);
    CHECK(sarif.err == "rolekit: error writing standard output: No space left on device\n");
    Run listed = run_rolekit("list", "", to_full);
    CHECK(listed.exit_code == 2);
    Run to_device = run_rolekit(kMerge + " -o /dev/full");
    CHECK(to_device.exit_code == 2);
    CHECK(to_device.err == "rolekit: error writing /dev/full: No space left on device\n");
    CHECK(fs::is_character_file("/dev/full"));
    Run help = run_rolekit("--help", "", to_full);
    CHECK(help.exit_code == 2);
    CHECK(help.err == "rolekit: error writing standard output: No space left on device\n");

    const fs::path dir = temp_dir("write-fails");
    fs::create_directories(dir / "ro");
    write_file(dir / "ro/out.yaml", "old\n");
    fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
    Run refused = run_rolekit(kMerge + " -o " + shell_quote(dir / "ro/out.yaml"));
    fs::permissions(dir / "ro", fs::perms::owner_all);
    if (::geteuid() != 0) {  // root may write anywhere
        CHECK(refused.exit_code == 2);
        CHECK(refused.err.rfind("rolekit: error writing " + (dir / "ro/out.yaml").string() +
                                    ": cannot create a temporary file in ",
                                0) == 0);
        CHECK(read_file(dir / "ro/out.yaml") == "old\n");
    }
    CHECK_FALSE(has_temporary(dir / "ro"));
}

TEST_CASE("-o never names a file the command reads, by any route") {
    const fs::path dir = temp_dir("output-is-input");
    fs::create_directories(dir / "ctx");
    const fs::path catalog = dir / "cat.yaml";
    const fs::path standard = dir / "standard.yaml";
    fs::copy_file(frameworks_dir() / "standards/peer-worker-l3.yaml", standard);
    fs::copy_file(frameworks_dir() / "catalogues/health-nos.yaml", catalog);
    fs::copy_file(frameworks_dir() / "maps/health-functional-map.yaml", dir / "ctx/map.yaml");
    const std::string before = read_file(catalog);
    const std::string refusal = "error[output-is-input]: refusing to write over a file this command reads";
    const std::string env = "ROLEKIT_PATH=" + shell_quote(dir / "ctx");
    // With no extension, a name render and diff could write (a .yaml one
    // they refuse by its name first, below).
    const fs::path bare = dir / "standard";
    fs::copy_file(standard, bare);
    for (const std::string& cmd :
         {kMerge + " --catalog " + shell_quote(catalog) + " -o " + shell_quote(catalog),
          "diff " + shell_quote(bare) + " peer-worker-l3 -o " + shell_quote(bare),
          "render - -o " + shell_quote(bare) + " < " + shell_quote(bare)}) {
        CAPTURE(cmd);
        Run r = run_rolekit(cmd, env);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(refusal) != std::string::npos);
    }
    CHECK(read_file(bare) == read_file(standard));
    for (const std::string& cmd :
         {"render peer-worker-l3 --path " + shell_quote(dir / "ctx") + " -o " + shell_quote(dir / "ctx/map.yaml"),
          "render peer-worker-l3 -o " + shell_quote(dir / "ctx/map.yaml"),  // reached through ROLEKIT_PATH
          "render - -o " + shell_quote(standard) + " < " + shell_quote(standard)}) {
        CAPTURE(cmd);
        Run r = run_rolekit(cmd, env);
        CHECK(r.exit_code == 2);
        CHECK(r.err.starts_with("rolekit: error: render does not write yaml ("));
    }
    CHECK(read_file(catalog) == before);
    CHECK(read_file(standard) == read_file(frameworks_dir() / "standards/peer-worker-l3.yaml"));
    CHECK(read_file(dir / "ctx/map.yaml") == read_file(frameworks_dir() / "maps/health-functional-map.yaml"));
}

TEST_CASE("init overlay -o never names a file it reads, and never replaces a file") {
    const fs::path dir = temp_dir("init-output-is-input");
    fs::create_directories(dir / "ctx");
    const fs::path base = dir / "base.yaml";
    const fs::path listed = dir / "ctx/manager.yaml";
    fs::copy_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml", base);
    fs::copy_file(frameworks_dir() / "profiles/ld-strategic-manager-l8.yaml", listed);
    const std::string refusal =
        "error[output-is-input]: refusing to write over a file this command reads";
    for (const std::string& cmd :
         {"init overlay --base " + shell_quote(base) + " --locality X -o " +
              shell_quote(base),  // the base profile's file
          "init overlay --base ld-peer-support-worker-l3 --locality X --path " + shell_quote(dir / "ctx") +
              " -o " + shell_quote(listed)}) {  // a file on the search path
        CAPTURE(cmd);
        Run r = run_rolekit(cmd);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(refusal) != std::string::npos);
    }
    CHECK(read_file(base) ==
          read_file(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml"));
    CHECK(read_file(listed) ==
          read_file(frameworks_dir() / "profiles/ld-strategic-manager-l8.yaml"));

    // Any other file is still never replaced: the checked write says why.
    write_file(dir / "mine.yaml", "mine");
    Run kept = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality X -o " +
                           shell_quote(dir / "mine.yaml"));
    CHECK(kept.exit_code == 2);
    CHECK(kept.err == "rolekit: error writing " + (dir / "mine.yaml").string() +
                          ": the file already exists; not overwriting it\n");
    CHECK(read_file(dir / "mine.yaml") == "mine");
    Run made = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality X -o " +
                           shell_quote(dir / "new.yaml"));
    CHECK(made.exit_code == 0);
    CHECK(made.err == "wrote " + (dir / "new.yaml").string() + "\n");
}

TEST_CASE("-o a device writes into it, and leaves it a device") {
    Run ok = run_rolekit(kMerge + " -o /dev/null");
    CHECK(ok.exit_code == 0);
    CHECK(ok.err == "wrote /dev/null\n");
    CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("an internal error exits 3 and asks for a report, out of memory exits 2") {
    Run r = run_rolekit_with_hooks("list", "ROLEKIT_TEST_INTERNAL_ERROR=1");
    CHECK(r.exit_code == 3);
    CHECK(r.out.empty());
    CHECK(r.err == "rolekit: internal error: ROLEKIT_TEST_INTERNAL_ERROR is set\n"
                   "This is a bug in rolekit: please report it, with the command and the files it read.\n");
    // The rolekit that is installed has no such hook.
    CHECK(run_rolekit("list", "ROLEKIT_TEST_INTERNAL_ERROR=1").exit_code == 0);
#if !defined(__SANITIZE_ADDRESS__)
    // Under a 60 MB address-space limit a 6 MB catalogue cannot be held:
    // std::bad_alloc, from whichever thread, is a clear error, not a crash.
    const fs::path dir = temp_dir("out-of-memory");
    std::string text = "kind: NosCatalog\nformat: 1\nid: big\nstandards:\n";
    for (int i = 0; i < 120000; ++i)
        text += "  - {code: C" + std::to_string(i) + ", title: Title number " + std::to_string(i) + " of many}\n";
    write_file(dir / "big.yaml", text);
    for (const char* jobs : {"1", "2"}) {
        CAPTURE(jobs);
        Run oom = run_rolekit(std::string("validate --no-builtin -j ") + jobs + " " + shell_quote(dir / "big.yaml"), "",
                              "ulimit -v 60000 &&");
        CHECK(oom.exit_code == 2);
        CHECK(oom.err == "rolekit: error: out of memory (the input is too large for the memory this process may use)\n");
    }
#endif
}

TEST_CASE("list, nos search and init show document text inert") {
    const fs::path dir = temp_dir("inert-cli");
    write_file(dir / "cat.yaml", "kind: NosCatalog\nformat: 1\nid: \"evil\\nx.yaml:1:1: error[forged]: gotcha\"\n"
                                 "title: \"Cat \\e]0;pwned\\a\\b\"\nstandards:\n"
                                 "  - {code: EVIL1, title: \"Pwned \\e[2J title\", status: current}\n");
    Run listed = run_rolekit("list --no-builtin --path " + shell_quote(dir));
    CHECK(listed.out.find('\x1b') == std::string::npos);
    CHECK(listed.out.find('\a') == std::string::npos);
    CHECK(listed.out.find("evil\\nx.yaml:1:1: error[forged]: gotcha") != std::string::npos);
    CHECK(listed.out.find("Cat \\x1b]0;pwned\\x07\\x08") != std::string::npos);
    CHECK(listed.err.find('\x1b') == std::string::npos);
    Run found = run_rolekit("nos search pwned --no-builtin --catalog " + shell_quote(dir / "cat.yaml"));
    CHECK(found.exit_code == 0);
    CHECK(found.out == "CODE   TITLE                AREA  FUNCTION\n"
                       "EVIL1  Pwned \\x1b[2J title  -     -\n");
    Run init = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality \"$(printf 'Foo\\033]0;x\\007')\"");
    CHECK(init.exit_code == 2);
    CHECK(init.err.find('\x1b') == std::string::npos);
}
