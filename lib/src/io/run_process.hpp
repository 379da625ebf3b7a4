#pragma once
// Another program run by rolekit (a PDF engine): never through a shell, with
// an argument vector, standard input from /dev/null, its output to files, in
// its own process group, within a time limit.

#include <signal.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace rolekit::io {

struct ProcessSpec {
    std::vector<std::string> argv;  // argv[0] is the program's path, run as it is (no PATH search)
    // NAME=VALUE entries that replace or add to this process's environment.
    std::vector<std::string> environment;
    std::filesystem::path stdout_file;  // created (mode 0600); standard output goes there
    std::filesystem::path stderr_file;  // the same for standard error
    std::chrono::milliseconds time_limit{60'000};
};

struct ProcessResult {
    enum class End { exited, signalled, timed_out, interrupted, not_started };
    End end = End::not_started;
    int code = 0;       // exited: the exit status; signalled, interrupted: the signal
    std::string error;  // not_started: why (strerror)
};

// While one is held, SIGINT, SIGTERM and SIGHUP wait (blocked in this
// thread): run_process stops its program when one comes (the program is in a
// group of its own, so Ctrl-C reaches only rolekit), and the signal is
// delivered when the hold ends, after the caller has cleaned up (removed its
// ScratchFolder, declared after the hold).
class StopSignalsHeld {
  public:
    StopSignalsHeld();
    ~StopSignalsHeld();
    StopSignalsHeld(const StopSignalsHeld&) = delete;
    StopSignalsHeld& operator=(const StopSignalsHeld&) = delete;

  private:
    sigset_t old_{};
};

// Runs the program and waits for it, at most the time limit: then the whole
// process group (the program and what it started) is killed with SIGKILL.
// When the program ends, whatever it left running in its group is killed too;
// so it is when a stop signal held by StopSignalsHeld is pending (interrupted).
ProcessResult run_process(const ProcessSpec& spec);

// The program `name` in the folders of `search_path` (a PATH value: folders
// separated by ':', an empty entry is not searched), the first that is an
// executable regular file; empty when none is.
std::filesystem::path find_on_path(std::string_view name, std::string_view search_path);

// Why `program` cannot be run (it is missing, a folder, not executable), or
// empty when it can.
std::string program_problem(const std::filesystem::path& program);

}  // namespace rolekit::io
