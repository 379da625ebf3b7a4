#pragma once

namespace rolekit::cli {

// The exit codes of every command (see docs/cli.md).
enum class ExitCode {
    ok = 0,        // success, nothing at or above the failing severity
    findings = 1,  // findings at or above the failing severity; documents differ
    usage = 2,     // usage error, unreadable or unparsable input, a failed write
    internal = 3,  // a bug: an exception nothing else caught
};

inline int to_int(ExitCode c) { return static_cast<int>(c); }

}  // namespace rolekit::cli
