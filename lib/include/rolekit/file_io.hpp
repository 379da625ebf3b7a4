#pragma once
// All file reading and writing goes through here: one place for size limits,
// error wording, and atomic writes.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/file_system.hpp"

namespace rolekit {

// Reads a file from disk (disk().read does the same); the error says why not:
// missing, a directory, a symbolic-link loop, no permission, over the limit.
ReadResult read_text_file(const std::filesystem::path& path, std::uintmax_t max_size);
ReadResult read_standard_input(std::uintmax_t max_size);
FileStat stat_file(const std::filesystem::path& path);
// Whether this process may write in `path` (access(2) with W_OK): a folder
// can be there yet read-only.
bool writable(const std::filesystem::path& path);
// The running program's own file (/proc/self/exe), or empty when unknown:
// the installed library is found beside it.
std::filesystem::path executable_path();
// The entries of one directory, sorted by name (symbolic links followed).
std::vector<DirEntry> list_directory(const std::filesystem::path& dir, std::string& error);

// Writes all of `text` to a file descriptor, retrying short and interrupted
// writes. Returns why it failed (strerror), or an empty string.
std::string write_all(int fd, std::string_view text);

// Writes `content` to a temporary file beside `path`, then renames it over
// `path`: readers see the old file or the new one, never half of one, and a
// failed write leaves the old file as it was. A replaced file keeps its mode;
// a symbolic link is written through; a device or FIFO is written in place.
// The temporary file is removed on every error and on SIGINT, SIGTERM and
// SIGHUP. Returns why it failed, or an empty string on success.
// `synced` waits for the data to reach the disk before the rename, so that a
// crash cannot leave an empty file where the old one was; a file that checks
// itself on reading (the cache's buckets) can skip that wait.
enum class Durability { synced, unsynced };
std::string write_file_atomic(const std::filesystem::path& path, const std::string& content,
                              Durability durability = Durability::synced);

// Like write_file_atomic, but fails (without touching it) if `path` exists:
// the new file appears whole, and only if nothing was there.
std::string write_file_new(const std::filesystem::path& path, const std::string& content);

// Every *.yaml / *.yml file below `dir`, sorted, for deterministic order.
std::vector<std::filesystem::path> find_yaml_files(const std::filesystem::path& dir);

}  // namespace rolekit
