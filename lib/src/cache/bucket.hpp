#pragma once
// The validation cache's bucket files: their format, names and records. What
// the store (cache_store.cpp) and `cache clear` (cache_clear.cpp) share; no
// disk here (io/owned_folder.hpp is the store's door to it).

#include <array>
#include <cstddef>
#include <cstdint>
#include <ctime>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rolekit::cache {

// A bucket: magic, XXH3-128 of the body (high, low; big-endian), the body.
// The body is records: key (32 hex digits), last used (seconds since the
// epoch, 8 bytes little-endian), payload size (4 bytes little-endian),
// payload.
inline constexpr std::string_view kMagic = "rkcache2";
inline constexpr std::size_t kHeader = kMagic.size() + 16;
inline constexpr std::size_t kKeySize = 32;
inline constexpr std::size_t kRecordHeader = kKeySize + 8 + 4;
// The folder of this format, named so that no other tool's folder is taken
// for it (ROLEKIT_CACHE_DIR=. in a project that has `v2/` or `vendor/`).
inline constexpr std::string_view kFolder = "rolekit-cache-v2";
inline constexpr std::size_t kBuckets = 256;
inline constexpr std::uintmax_t kMaxBucket = 64u * 1024 * 1024;

struct Record {
    std::string key;
    std::uint64_t used = 0;
    std::string payload;
};

// The XXH3-128 of `fields` (each length-prefixed, detail::Hasher) as 16
// bytes, high half first, each big-endian.
std::string checksum(std::initializer_list<std::string_view> fields);
bool valid_key(std::string_view key);
// The bucket of a valid key: its first byte.
std::size_t bucket_of(std::string_view key);
// A bucket's file name: two lowercase hex digits.
std::string bucket_name(std::size_t bucket);
// The bucket a file name is, if it is one.
std::optional<std::size_t> bucket_named(std::string_view name);
bool has_magic(std::string_view data, std::string_view magic);

// The records of bucket `bucket`'s bytes; nullopt when not intact, or
// holding another bucket's keys (a file copied over it).
std::optional<std::vector<Record>> parse_bucket(std::string_view all, std::size_t bucket);
// The bytes of a bucket holding `records`.
std::string encode_bucket(const std::vector<Record>& records);

// The indexes 0..n-1 by the bucket of key_of(i); invalid keys left out.
template <class KeyOf>
std::array<std::vector<std::size_t>, kBuckets> group_by_bucket(std::size_t n, KeyOf key_of) {
    std::array<std::vector<std::size_t>, kBuckets> out;
    for (std::size_t i = 0; i < n; ++i)
        if (valid_key(key_of(i))) out[bucket_of(key_of(i))].push_back(i);
    return out;
}

// Each record's index by key.
std::map<std::string, std::size_t> index_of(const std::vector<Record>& records);

// Keeps a bucket within its share of the limit: least recently used out
// first (by key among equal times, so that runs agree).
void cut(std::vector<Record>& records, std::uintmax_t share);

}  // namespace rolekit::cache
