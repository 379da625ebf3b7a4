#include "io/owned_folder.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>

namespace rolekit::io {

namespace fs = std::filesystem;

namespace {

EntryStat from_stat(const struct stat& st) {
    EntryStat out;
    out.kind = S_ISREG(st.st_mode)                          ? EntryKind::regular
               : S_ISDIR(st.st_mode)                        ? EntryKind::directory
               : S_ISLNK(st.st_mode)                        ? EntryKind::symlink
               : S_ISFIFO(st.st_mode)                       ? EntryKind::fifo
               : S_ISSOCK(st.st_mode)                       ? EntryKind::socket
               : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? EntryKind::device
                                                            : EntryKind::regular;
    out.size = static_cast<std::uintmax_t>(st.st_size);
    out.device = static_cast<std::uintmax_t>(st.st_dev);
    out.inode = static_cast<std::uintmax_t>(st.st_ino);
    return out;
}

EntryStat failed_stat() {
    EntryStat out;
    out.kind = errno == ENOENT ? EntryKind::missing : EntryKind::unreadable;
    return out;
}

// Reads exactly `size` bytes; nullopt when the file ends sooner (truncated
// while reading) or cannot be read.
std::optional<std::string> read_exactly(int fd, std::uintmax_t size) {
    std::string data(static_cast<std::size_t>(size), '\0');
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;
        done += static_cast<std::size_t>(n);
    }
    return data;
}

// A descriptor closed at the end of a scope.
struct Closer {
    int fd;
    ~Closer() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::string_view kind_phrase(EntryKind kind) {
    switch (kind) {
        case EntryKind::symlink:
            return "a symbolic link";
        case EntryKind::fifo:
            return "a FIFO";
        case EntryKind::socket:
            return "a socket";
        case EntryKind::device:
            return "a device";
        case EntryKind::directory:
            return "a folder";
        case EntryKind::missing:
            return "nothing";
        case EntryKind::unreadable:
        case EntryKind::regular:
            break;
    }
    return "a file";
}

EntryStat entry_at(const fs::path& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 ? from_stat(st) : failed_stat();
}

bool can_create_below(const fs::path& dir) {
    for (fs::path p = dir.empty() ? fs::path(".") : dir;;
         p = p.has_parent_path() ? p.parent_path() : fs::path(".")) {
        struct stat st {};
        if (::stat(p.c_str(), &st) == 0)
            return S_ISDIR(st.st_mode) && ::access(p.c_str(), W_OK | X_OK) == 0;
        if (errno != ENOENT || p == ".") return false;
    }
}

OwnedFolder OwnedFolder::open(const fs::path& path) {
    const int fd = ::open(path.empty() ? "." : path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    return OwnedFolder(fd, fd < 0 ? errno : 0, path);
}

OwnedFolder OwnedFolder::create(const fs::path& parent, std::string_view name) {
    std::error_code ec;
    if (!parent.empty()) fs::create_directories(parent, ec);
    const OwnedFolder above = open(parent);
    if (!above.ok()) return OwnedFolder(-1, above.error_, parent / name);
    if (::mkdirat(above.fd_, std::string(name).c_str(), 0777) != 0 && errno != EEXIST)
        return OwnedFolder(-1, errno, parent / name);
    return above.open_folder(name);
}

OwnedFolder::~OwnedFolder() {
    if (fd_ >= 0) ::close(fd_);
}

OwnedFolder::OwnedFolder(OwnedFolder&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), error_(other.error_), path_(std::move(other.path_)) {}

OwnedFolder& OwnedFolder::operator=(OwnedFolder&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        error_ = other.error_;
        path_ = std::move(other.path_);
    }
    return *this;
}

bool OwnedFolder::missing() const {
    return !ok() && error_ == ENOENT;
}

std::string OwnedFolder::error() const {
    return ok() ? std::string{} : std::strerror(error_);
}

OwnedFolder OwnedFolder::open_folder(std::string_view name) const {
    const std::string n(name);
    if (!ok()) return OwnedFolder(-1, error_, path_ / n);
    const int fd = ::openat(fd_, n.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    return OwnedFolder(fd, fd < 0 ? errno : 0, path_ / n);
}

EntryStat OwnedFolder::stat(const std::string& name) const {
    struct stat st {};
    if (!ok()) return EntryStat{};
    return ::fstatat(fd_, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 ? from_stat(st)
                                                                       : failed_stat();
}

std::vector<FolderEntry> OwnedFolder::list() const {
    if (!ok()) return {};
    // A copy of the descriptor: closedir closes the one it is given.
    const int copy = ::fcntl(fd_, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) return {};
    DIR* d = ::fdopendir(copy);
    if (d == nullptr) {
        ::close(copy);
        return {};
    }
    ::rewinddir(d);  // the copy shares the offset of earlier listings
    std::vector<FolderEntry> out;
    while (const dirent* e = ::readdir(d)) {
        const std::string_view name = e->d_name;
        if (name != "." && name != "..") out.push_back({std::string(name), {}});
    }
    ::closedir(d);
    std::sort(out.begin(), out.end(),
              [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; });
    for (FolderEntry& e : out) e.stat = stat(e.name);
    return out;
}

std::optional<RegularFile> OwnedFolder::read_regular(const std::string& name,
                                                     std::uintmax_t max_size) const {
    if (!ok()) return std::nullopt;
    const Closer fd{
        ::openat(fd_, name.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC)};
    struct stat st {};
    if (fd.fd < 0 || ::fstat(fd.fd, &st) != 0) return std::nullopt;
    RegularFile f;
    f.stat = from_stat(st);
    if (f.stat.kind != EntryKind::regular || f.stat.size > max_size) return std::nullopt;
    std::optional<std::string> data = read_exactly(fd.fd, f.stat.size);
    if (!data) return std::nullopt;
    f.data = std::move(*data);
    return f;
}

std::string OwnedFolder::write_replace(const std::string& name, const std::string& content) const {
    if (!ok()) return error();
    return write_file_replace_at(fd_, path_, name, content);
}

Removal OwnedFolder::remove_same(const std::string& name, const EntryStat& seen,
                                 std::string& error) const {
    const EntryStat now = stat(name);
    if (now.kind == EntryKind::missing || now.kind == EntryKind::unreadable || !now.same_file(seen))
        return Removal::gone;  // gone or replaced meanwhile: not what was looked at
    if (::unlinkat(fd_, name.c_str(), 0) == 0) return Removal::removed;
    if (errno == ENOENT) return Removal::gone;
    error = std::strerror(errno);
    return Removal::failed;
}

bool OwnedFolder::remove_folder_if_empty(const std::string& name) const {
    return ok() && ::unlinkat(fd_, name.c_str(), AT_REMOVEDIR) == 0;
}

}  // namespace rolekit::io
