#include "io/run_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace rolekit::io {

namespace {

// The environment the program gets: ours, with `changes` (NAME=VALUE)
// replacing or adding entries.
std::vector<std::string> environment_with(const std::vector<std::string>& changes) {
    std::vector<std::string> out;
    const auto name_of = [](std::string_view entry) { return entry.substr(0, entry.find('=')); };
    for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
        const std::string_view entry = *e;
        bool replaced = false;
        for (const std::string& change : changes)
            replaced = replaced || name_of(change) == name_of(entry);
        if (!replaced) out.emplace_back(entry);
    }
    out.insert(out.end(), changes.begin(), changes.end());
    return out;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (std::string& s : strings) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// posix_spawn's attributes and file actions, released at the end of a scope.
struct SpawnSetup {
    posix_spawnattr_t attr;
    posix_spawn_file_actions_t actions;
    SpawnSetup() {
        posix_spawnattr_init(&attr);
        posix_spawn_file_actions_init(&actions);
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

// Its own process group (so that the group can be killed whole), no signal
// blocked or ignored, standard input from /dev/null, output to new files.
int prepare(SpawnSetup& s, const ProcessSpec& spec) {
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    const short flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    constexpr int out_flags = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW;
    for (int rc :
         {posix_spawnattr_setflags(&s.attr, flags), posix_spawnattr_setpgroup(&s.attr, 0),
          posix_spawnattr_setsigmask(&s.attr, &none), posix_spawnattr_setsigdefault(&s.attr, &all),
          posix_spawn_file_actions_addopen(&s.actions, 0, "/dev/null", O_RDONLY, 0),
          posix_spawn_file_actions_addopen(&s.actions, 1, spec.stdout_file.c_str(), out_flags,
                                           0600),
          posix_spawn_file_actions_addopen(&s.actions, 2, spec.stderr_file.c_str(), out_flags,
                                           0600)})
        if (rc != 0) return rc;
    return 0;
}

void pause_for(std::chrono::milliseconds d) {
    timespec ts{static_cast<time_t>(d.count() / 1000),
                static_cast<long>(d.count() % 1000) * 1'000'000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

constexpr std::array kStopSignals = {SIGINT, SIGTERM, SIGHUP};

sigset_t stop_signals() {
    sigset_t set;
    sigemptyset(&set);
    for (const int sig : kStopSignals) sigaddset(&set, sig);
    return set;
}

// A stop signal waiting to be delivered (held by StopSignalsHeld), or 0.
int pending_stop() {
    sigset_t pending;
    if (sigpending(&pending) != 0) return 0;
    for (const int sig : kStopSignals)
        if (sigismember(&pending, sig) == 1) return sig;
    return 0;
}

struct Wait {
    ProcessResult::End end = ProcessResult::End::exited;  // exited: it ended (how: waitpid says)
    int signal = 0;                                       // interrupted: the stop signal
};

// Waits until `pid` has ended, without reaping it (its process group stays
// valid while it is a zombie), until `deadline`, or until a stop signal is
// pending.
Wait wait_until(pid_t pid, std::chrono::steady_clock::time_point deadline) {
    std::chrono::milliseconds interval{2};
    for (;;) {
        siginfo_t info{};
        const int rc = waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT);
        if (rc == 0 && info.si_pid != 0) return {};
        if (rc != 0 && errno != EINTR) return {};  // nothing to wait for: waitpid below says so
        if (const int sig = pending_stop(); sig != 0) return {ProcessResult::End::interrupted, sig};
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline) return {ProcessResult::End::timed_out, 0};
        pause_for(std::min(interval,
                           std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now) +
                               std::chrono::milliseconds{1}));
        interval = std::min(interval * 2, std::chrono::milliseconds{50});
    }
}

int reap(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

}  // namespace

StopSignalsHeld::StopSignalsHeld() {
    const sigset_t set = stop_signals();
    ::pthread_sigmask(SIG_BLOCK, &set, &old_);
}

StopSignalsHeld::~StopSignalsHeld() {
    ::pthread_sigmask(SIG_SETMASK, &old_, nullptr);
}

ProcessResult run_process(const ProcessSpec& spec) {
    ProcessResult result;
    if (spec.argv.empty()) return {ProcessResult::End::not_started, 0, "no program named"};
    SpawnSetup setup;
    if (const int rc = prepare(setup, spec); rc != 0)
        return {ProcessResult::End::not_started, 0, std::strerror(rc)};
    std::vector<std::string> args = spec.argv;
    std::vector<std::string> env = environment_with(spec.environment);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, args[0].c_str(), &setup.actions, &setup.attr,
                               pointers(args).data(), pointers(env).data());
    if (rc != 0) return {ProcessResult::End::not_started, 0, std::strerror(rc)};
    const Wait wait = wait_until(pid, std::chrono::steady_clock::now() + spec.time_limit);
    // The program, or what it left behind in its group (a browser's helpers).
    ::kill(-pid, SIGKILL);
    const int status = reap(pid);
    if (wait.end != ProcessResult::End::exited) return {wait.end, wait.signal, ""};
    if (WIFSIGNALED(status)) return {ProcessResult::End::signalled, WTERMSIG(status), ""};
    return {ProcessResult::End::exited, WEXITSTATUS(status), ""};
}

std::filesystem::path find_on_path(std::string_view name, std::string_view search_path) {
    while (!search_path.empty()) {
        const std::size_t colon = search_path.find(':');
        const std::string_view dir = search_path.substr(0, colon);
        search_path =
            colon == std::string_view::npos ? std::string_view{} : search_path.substr(colon + 1);
        if (dir.empty()) continue;  // the working directory: never searched implicitly
        const std::filesystem::path candidate = std::filesystem::path(dir) / name;
        if (program_problem(candidate).empty()) return candidate;
    }
    return {};
}

std::string program_problem(const std::filesystem::path& program) {
    struct stat st {};
    if (::stat(program.c_str(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? "there is no such file" : std::strerror(errno);
    if (S_ISDIR(st.st_mode)) return "it is a folder";
    if (!S_ISREG(st.st_mode)) return "it is not a regular file";
    if (::access(program.c_str(), X_OK) != 0) return "it is not executable";
    return {};
}

}  // namespace rolekit::io
