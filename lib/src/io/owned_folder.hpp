#pragma once
// A folder rolekit owns (the cache's), reached through the disk's one door:
// held open by descriptor, and everything in it reached relative to that
// descriptor, never through a symbolic link, never blocking on a FIFO.
//
// The folder itself is opened with O_NOFOLLOW | O_DIRECTORY inside a parent
// the user named (a link there is theirs, and followed); a folder swapped for
// a link is refused, and a folder renamed meanwhile is still the one opened.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rolekit::io {

// What is at a name, the name itself not followed.
enum class EntryKind { missing, unreadable, regular, directory, symlink, fifo, socket, device };

// For messages: "a symbolic link", "a FIFO", "a folder", "a file", …
std::string_view kind_phrase(EntryKind kind);

struct EntryStat {
    EntryKind kind = EntryKind::missing;
    std::uintmax_t size = 0;
    // Device and inode: the same file, not one put in its place meanwhile.
    std::uintmax_t device = 0;
    std::uintmax_t inode = 0;
    bool same_file(const EntryStat& other) const {
        return device == other.device && inode == other.inode;
    }
};

// What is at `path`, its last component not followed (lstat).
EntryStat entry_at(const std::filesystem::path& path);

// Whether a folder could be made at `dir` or below it by this process: the
// nearest part of `dir` that exists (`dir` itself, or "." for an empty one)
// is a directory it may write and search. Creates nothing.
bool can_create_below(const std::filesystem::path& dir);

struct FolderEntry {
    std::string name;
    EntryStat stat;
};

// A regular file's bytes and what it was when read.
struct RegularFile {
    std::string data;
    EntryStat stat;
};

// What removing a file did.
enum class Removal { removed, gone, failed };

class OwnedFolder {
  public:
    // The directory at `path` (empty: the working directory), followed: the
    // user named it. Not ok() when it is missing or cannot be opened.
    static OwnedFolder open(const std::filesystem::path& path);
    // The folder `name` in `parent`, made (mode 0777 less the umask) when
    // missing, `parent` and its ancestors too; never through a link.
    static OwnedFolder create(const std::filesystem::path& parent, std::string_view name);

    OwnedFolder() = default;
    ~OwnedFolder();
    OwnedFolder(OwnedFolder&& other) noexcept;
    OwnedFolder& operator=(OwnedFolder&& other) noexcept;
    OwnedFolder(const OwnedFolder&) = delete;
    OwnedFolder& operator=(const OwnedFolder&) = delete;

    bool ok() const { return fd_ >= 0; }
    // Why it is not open: there was nothing at the path.
    bool missing() const;
    // Why it is not open, as strerror says it.
    std::string error() const;
    // The path it was opened by, for messages.
    const std::filesystem::path& path() const { return path_; }

    // The folder `name` inside this one (O_NOFOLLOW | O_DIRECTORY).
    OwnedFolder open_folder(std::string_view name) const;

    // What is at `name` (not followed); kind missing when nothing is.
    EntryStat stat(const std::string& name) const;
    // The entries (not "." and ".."), sorted by name, each with what it is.
    std::vector<FolderEntry> list() const;
    // The bytes of `name` when it is a regular file of at most `max_size`
    // bytes, read whole: a link is refused (O_NOFOLLOW), a FIFO neither
    // blocks the open (O_NONBLOCK) nor is read, and a file that shrinks while
    // read gives nullopt.
    std::optional<RegularFile> read_regular(const std::string& name, std::uintmax_t max_size) const;
    // Writes `content` to `name` whole or not at all: a temporary file
    // `.<name>.tmp-XXXXXX` renamed over it (renameat), not synced (what is
    // written here is checked on reading). Refuses, touching nothing, when
    // `name` is anything but a regular file or missing. Why not, or empty.
    std::string write_replace(const std::string& name, const std::string& content) const;
    // Removes `name` if it is still the file `seen` describes (not replaced
    // since it was looked at); `error` says why not when it failed.
    Removal remove_same(const std::string& name, const EntryStat& seen, std::string& error) const;
    // Removes the folder `name` inside this one if it is empty.
    bool remove_folder_if_empty(const std::string& name) const;

  private:
    OwnedFolder(int fd, int error, std::filesystem::path path)
        : fd_(fd), error_(error), path_(std::move(path)) {}

    int fd_ = -1;
    int error_ = 0;
    std::filesystem::path path_;
};

// write_replace's work, in atomic_write.cpp with the other atomic writes (it
// shares their temporary files and signal cleanup): `dirfd` is the open
// folder, `dir` its path for messages.
std::string write_file_replace_at(int dirfd, const std::filesystem::path& dir,
                                  const std::string& name, const std::string& content);

}  // namespace rolekit::io
