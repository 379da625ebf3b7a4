#pragma once
// Every file rolekit reads is reached through a FileSystem, as ninja reaches
// the disk through its DiskInterface: the real one for the command line, an
// in-memory one for tests that load documents without touching the disk.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rolekit {

enum class FileType {
    missing,    // nothing there (or a dangling symbolic link)
    regular,
    directory,
    special,    // a FIFO, a character device, a socket: read once, as a stream
    unreadable  // stat itself failed (a symbolic-link loop, no permission on a directory)
};

struct FileStat {
    FileType type = FileType::missing;
    // The same file however it is spelled (device and inode on disk): a file
    // reached twice by different paths is one input.
    std::string identity;
    std::string error;  // why, for missing and unreadable
    // Last modification, in seconds since 1970 (UTC): export dates a package
    // by it. 0 for files held in memory.
    std::int64_t mtime = 0;
    // Something is at the path, even when type is missing: a symbolic link to
    // nothing.
    bool dangling_link = false;
    bool present() const { return type != FileType::missing || dangling_link; }
};

struct ReadResult {
    std::string text;
    std::string error;  // empty on success
    bool ok() const { return error.empty(); }
};

// One entry of a directory.
struct DirEntry {
    std::string name;
    FileType type = FileType::regular;  // symbolic links are followed
};

class FileSystem {
public:
    virtual ~FileSystem() = default;
    virtual FileStat stat(const std::filesystem::path& path) const = 0;
    // Reads a whole file, refusing one over `max_size` bytes without reading
    // all of it. Directories and unreadable files give an error that says why.
    virtual ReadResult read(const std::filesystem::path& path, std::uintmax_t max_size) const = 0;
    // At most the first `bytes` bytes of a regular file (a cheap look at its
    // head); empty for anything else.
    virtual std::string read_head(const std::filesystem::path& path, std::size_t bytes) const = 0;
    // Reads standard input (once: it cannot be read again).
    virtual ReadResult read_stdin(std::uintmax_t max_size) const = 0;
    // Every *.yaml / *.yml file below `dir`, sorted, for deterministic order.
    virtual std::vector<std::filesystem::path> yaml_files(const std::filesystem::path& dir) const = 0;
    // The entries of one directory, sorted by name; `error` says why not.
    virtual std::vector<DirEntry> list(const std::filesystem::path& dir, std::string& error) const = 0;
};

// The disk.
const FileSystem& disk();

// Files held in memory, for tests: paths are compared as written (after
// lexical normalisation); directories exist implicitly above every file.
class MemoryFileSystem final : public FileSystem {
public:
    void add(const std::filesystem::path& path, std::string text);
    void set_stdin(std::string text) { stdin_ = std::move(text); }

    FileStat stat(const std::filesystem::path& path) const override;
    ReadResult read(const std::filesystem::path& path, std::uintmax_t max_size) const override;
    std::string read_head(const std::filesystem::path& path, std::size_t bytes) const override;
    ReadResult read_stdin(std::uintmax_t max_size) const override;
    std::vector<std::filesystem::path> yaml_files(const std::filesystem::path& dir) const override;
    std::vector<DirEntry> list(const std::filesystem::path& dir, std::string& error) const override;

private:
    std::map<std::filesystem::path, std::string> files_;
    std::string stdin_;
};

}  // namespace rolekit
