#pragma once
// All file reading and writing goes through here: one place for size limits,
// error wording, and atomic writes.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rolekit {

struct ReadResult {
    std::string text;
    std::string error;  // empty on success
    bool ok() const { return error.empty(); }
};

ReadResult read_text_file(const std::filesystem::path& path, std::uintmax_t max_size);

// Writes `content` to a temporary file beside `path`, then renames it over
// `path`: readers see the old file or the new one, never half of one.
// Returns an error message, or an empty string on success.
std::string write_file_atomic(const std::filesystem::path& path, const std::string& content);

// Like write_file_atomic, but fails (without touching it) if `path` exists:
// the new file appears whole, and only if nothing was there.
std::string write_file_new(const std::filesystem::path& path, const std::string& content);

// The canonical form of a path that may not exist yet, for comparing paths;
// the path itself if it cannot be resolved.
std::filesystem::path canonical_or_self(const std::filesystem::path& path);

// Every *.yaml / *.yml file below `dir`, sorted, for deterministic order.
std::vector<std::filesystem::path> find_yaml_files(const std::filesystem::path& dir);

}  // namespace rolekit
