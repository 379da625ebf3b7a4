#pragma once
// The DOCX container: a zip archive made in memory with libzip, the same
// bytes for the same entries (their order, one timestamp, one compression).

#include <cstdint>
#include <string>
#include <vector>

namespace rolekit::detail::docx {

struct ZipEntry {
    std::string name;
    std::string data;
};

// A zip time: the DOS date and time every entry carries (UTC fields; DOS
// times have no zone).
struct ZipTime {
    std::uint16_t date = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
    std::uint16_t time = 0;                        // 00:00:00
};

// The zip time of a Unix time (seconds since 1970, UTC), clamped to what a
// zip can hold (1980-01-01 to 2107-12-31).
ZipTime zip_time(std::int64_t unix_seconds);

// The archive of `entries` in their order, each deflated at one fixed level,
// with the time `when`. Throws std::runtime_error with libzip's message if
// libzip fails.
std::string zip_archive(const std::vector<ZipEntry>& entries, ZipTime when);

}  // namespace rolekit::detail::docx
