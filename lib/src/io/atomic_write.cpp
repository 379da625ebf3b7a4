// Writing files: whole or not at all, and never a temporary file left behind,
// even when the user presses Ctrl-C.

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <random>
#include <string_view>

#include "io/owned_folder.hpp"
#include "rolekit/file_io.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

// Temporary files in flight, for the signal handler: fixed storage, because a
// handler may only call async-signal-safe functions (unlink, raise).
// Global on purpose: a signal handler is given no arguments, so this registry
// is the only way it can learn what to remove.
constexpr std::size_t kMaxTemporaries = 16;
std::array<std::array<char, 4096>, kMaxTemporaries> g_temporaries{};
std::array<volatile sig_atomic_t, kMaxTemporaries> g_in_use{};
std::mutex g_registry;

constexpr std::array kCleanupSignals = {SIGINT, SIGTERM, SIGHUP};
// What each signal did before: called after the cleanup, so that a program
// embedding the library keeps its own handling.
std::array<struct sigaction, kCleanupSignals.size()> g_previous{};

void remove_temporaries(int sig) {
    for (std::size_t i = 0; i < kMaxTemporaries; ++i)
        if (g_in_use[i] != 0) ::unlink(g_temporaries[i].data());
    for (std::size_t i = 0; i < kCleanupSignals.size(); ++i) {
        if (kCleanupSignals[i] != sig) continue;
        const struct sigaction& previous = g_previous[i];
        if ((previous.sa_flags & SA_SIGINFO) == 0 && previous.sa_handler != SIG_DFL &&
            previous.sa_handler != SIG_IGN) {
            previous.sa_handler(sig);
            return;
        }
    }
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

// Installs the cleanup handler wherever it is not in place (a signal the
// user ignores, as under nohup, stays ignored).
void install_handlers() {
    const std::lock_guard lock(g_registry);
    for (std::size_t i = 0; i < kCleanupSignals.size(); ++i) {
        struct sigaction current {};
        ::sigaction(kCleanupSignals[i], nullptr, &current);
        if (current.sa_handler == SIG_IGN || current.sa_handler == remove_temporaries) continue;
        g_previous[i] = current;
        struct sigaction action {};
        action.sa_handler = remove_temporaries;
        sigemptyset(&action.sa_mask);
        ::sigaction(kCleanupSignals[i], &action, nullptr);
    }
}

// Blocks the cleanup signals while a temporary file is created and recorded,
// so that none can exist unrecorded.
class SignalsBlocked {
public:
    SignalsBlocked() {
        sigset_t set;
        sigemptyset(&set);
        for (const int sig : kCleanupSignals) sigaddset(&set, sig);
        ::pthread_sigmask(SIG_BLOCK, &set, &old_);
    }
    ~SignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
    SignalsBlocked(const SignalsBlocked&) = delete;
    SignalsBlocked& operator=(const SignalsBlocked&) = delete;

private:
    sigset_t old_{};
};

// A temporary file beside the target, removed unless released by a rename.
class Temporary {
public:
    explicit Temporary(const fs::path& target) {
        install_handlers();
        const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
        // Built with append: GCC 12 at -O2 gives a false -Wrestrict for "." + string.
        std::string name = ".";
        name.append(target.filename().string()).append(".tmp-XXXXXX");
        path_ = (dir / name).string();
        const SignalsBlocked blocked;
        const std::lock_guard lock(g_registry);
        fd_ = ::mkstemp(path_.data());
        if (fd_ < 0) {
            error_ = fmt::format("cannot create a temporary file in {}: {}", dir.string(), std::strerror(errno));
            return;
        }
        record();
    }
    // Inside the open folder `dirfd` (never followed again by name), as
    // `.<target>.tmp-XXXXXX`: the pattern `cache clear` recognises.
    Temporary(int dirfd, const fs::path& dir, const std::string& target) : dirfd_(dirfd) {
        install_handlers();
        const SignalsBlocked blocked;
        const std::lock_guard lock(g_registry);
        std::random_device random;
        for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
            name_ = ".";
            name_.append(target).append(".tmp-").append(random_suffix(random));
            fd_ = ::openat(dirfd, name_.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                           0600);
            if (fd_ < 0 && errno != EEXIST) break;
        }
        if (fd_ < 0) {
            error_ = fmt::format("cannot create a temporary file in {}: {}", dir.string(),
                                 std::strerror(errno));
            fd_ = -2;
            return;
        }
        path_ = (dir / name_).string();
        record();
    }
    ~Temporary() {
        if (fd_ >= 0) ::close(fd_);
        if (!renamed_ && fd_ != -2 && dirfd_ >= 0) ::unlinkat(dirfd_, name_.c_str(), 0);
        if (!renamed_ && fd_ != -2 && dirfd_ < 0) ::unlink(path_.c_str());
        const std::lock_guard lock(g_registry);
        if (slot_ < kMaxTemporaries) g_in_use[slot_] = 0;
    }
    Temporary(const Temporary&) = delete;
    Temporary& operator=(const Temporary&) = delete;

    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    const std::string& error() const { return error_; }
    // Closes the file, reporting a failed close (NFS and full disks report
    // errors there).
    std::string close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0 ? std::string{} : std::strerror(errno);
    }
    void renamed() { renamed_ = true; }
    const std::string& name() const { return name_; }

private:
    // For the signal handler (registry locked, signals blocked).
    void record() {
        for (slot_ = 0; slot_ < kMaxTemporaries && g_in_use[slot_] != 0; ++slot_) {
        }
        if (slot_ < kMaxTemporaries && path_.size() < g_temporaries[slot_].size()) {
            std::memcpy(g_temporaries[slot_].data(), path_.c_str(), path_.size() + 1);
            g_in_use[slot_] = 1;
        }
    }
    static std::string random_suffix(std::random_device& random) {
        static constexpr std::string_view kChars =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        std::string out(6, 'X');
        for (char& c : out) c = kChars[random() % kChars.size()];
        return out;
    }

    int dirfd_ = -1;
    std::string name_;
    std::string path_;
    std::string error_;
    int fd_ = -2;
    std::size_t slot_ = kMaxTemporaries;
    bool renamed_ = false;
};

// The file a write to `path` lands in: a symbolic link is written through.
fs::path write_target(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec))) return path;
    const fs::path resolved = fs::canonical(path, ec);
    return ec ? path : resolved;
}

// A FIFO, a terminal or a device (/dev/null, /dev/full) is written in place:
// it cannot be replaced by renaming.
std::string write_in_place(const fs::path& path, const std::string& content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return std::strerror(errno);
    std::string error = write_all(fd, content);
    if (::close(fd) != 0 && error.empty()) error = std::strerror(errno);
    return error;
}

// Writes (and, when synced, syncs) `content` into a new temporary file with
// the mode the target has (or a new file would get). Empty on success.
std::string fill(Temporary& temp, const fs::path& target, const std::string& content,
                 Durability durability = Durability::synced) {
    if (!temp.error().empty()) return temp.error();
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0) {
        ::fchmod(temp.fd(), st.st_mode & 07777);
        if (::fchown(temp.fd(), st.st_uid, st.st_gid) != 0) {
            // Not ours to give away: the new file is ours, as any editor's would be.
        }
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(temp.fd(), 0666 & ~mask);
    }
    if (std::string e = write_all(temp.fd(), content); !e.empty()) return e;
    if (durability == Durability::synced && ::fsync(temp.fd()) != 0) return std::strerror(errno);
    return temp.close();
}

}  // namespace

std::string write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::strerror(errno);
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

std::string write_file_atomic(const fs::path& path, const std::string& content, Durability durability) {
    const fs::path target = write_target(path);
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return "is a directory";
        if (!S_ISREG(st.st_mode)) return write_in_place(target, content);
    }
    Temporary temp(target);
    if (std::string e = fill(temp, target, content, durability); !e.empty()) return e;
    if (std::rename(temp.path().c_str(), target.c_str()) != 0) return std::strerror(errno);
    temp.renamed();
    return {};
}

std::string io::write_file_replace_at(int dirfd, const fs::path& dir, const std::string& name,
                                      const std::string& content) {
    struct stat st {};
    if (::fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode))
        return "not a regular file; left alone";
    Temporary temp(dirfd, dir, name);
    if (!temp.error().empty()) return temp.error();
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(temp.fd(), 0666 & ~mask);
    if (std::string e = write_all(temp.fd(), content); !e.empty()) return e;
    if (std::string e = temp.close(); !e.empty()) return e;
    // renameat replaces whatever is at `name` (a link swapped in meanwhile
    // included) and never writes through it.
    if (::renameat(dirfd, temp.name().c_str(), dirfd, name.c_str()) != 0)
        return std::strerror(errno);
    temp.renamed();
    return {};
}

std::string write_file_new(const fs::path& path, const std::string& content) {
    Temporary temp(path);
    if (std::string e = fill(temp, path, content); !e.empty()) return e;
    // link() fails if `path` exists: no window in which an existing file
    // could be replaced.
    if (::link(temp.path().c_str(), path.c_str()) != 0)
        return errno == EEXIST ? "the file already exists; not overwriting it" : std::strerror(errno);
    return {};
}

}  // namespace rolekit
