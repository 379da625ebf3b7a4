#pragma once
// The validation cache's store (docs/cache.md): entries keyed by a content
// address, kept in 256 bucket files (by the key's first byte), each written
// whole or not at all and checked on every read.
//
// Nothing here ever fails a command: a bucket that cannot be read, is
// truncated, corrupted or from another format holds no entries, and a store
// that cannot be written is a run without the cache.

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rolekit {

// Past this size the least recently used entries are removed (each bucket
// keeps to its 1/256th of it).
inline constexpr std::uintmax_t kDefaultCacheLimit = 256u * 1024 * 1024;

// $ROLEKIT_CACHE_DIR, else $XDG_CACHE_HOME/rolekit, else ~/.cache/rolekit
// (empty values, and relative XDG_CACHE_HOME and HOME, are ignored, as the
// XDG specification says); nullopt when there is no home directory either.
std::optional<std::filesystem::path> default_cache_dir();

struct CacheStats {
    std::size_t entries = 0;
    std::uintmax_t bytes = 0;
};

// What `cache clear` did: it removes only what it recognises as its own.
struct CacheCleared {
    CacheStats removed;           // buckets it recognised (magic), entries intact in them
    std::size_t temporaries = 0;  // `.<bucket>.tmp-XXXXXX` files of interrupted runs
    std::uintmax_t temporary_bytes = 0;
    std::vector<std::string> left;  // "<path> (why)": in its folder, not created by rolekit
    std::string error;              // why something of its own could not be removed
};

// The cache owns one folder inside the cache directory, `rolekit-cache-v2`
// (a name only rolekit uses), and in it only bucket files (two hex digits,
// starting with its magic) and their temporary files. It never follows a
// symbolic link there, never opens anything but a regular file (a FIFO would
// block), and only a run that stores entries creates the folder.
class CacheStore {
  public:
    // Creates nothing: usable() says whether the folder is there (a real
    // directory) or could be created.
    explicit CacheStore(std::filesystem::path dir, std::uintmax_t limit = kDefaultCacheLimit);

    const std::filesystem::path& dir() const { return dir_; }
    // The format's folder, dir() / "rolekit-cache-v2".
    const std::filesystem::path& folder() const { return buckets_; }
    std::uintmax_t limit() const { return limit_; }
    bool usable() const { return usable_; }
    // Why not usable; empty when usable.
    const std::string& unusable_reason() const { return unusable_reason_; }

    // The payloads stored under `keys` (32 hex digits each), by index; each
    // bucket is read once. Entries found and last marked used over a day ago
    // are marked used again (their bucket rewritten), for the LRU order.
    std::vector<std::optional<std::string>> get(const std::vector<std::string>& keys) const;
    // Adds or replaces entries (key, payload), used `now`: each bucket they
    // fall in is read, merged, cut to its share of the limit (least recently
    // used first) and renamed into place, so a reader (another run, at the
    // same time) sees the old bucket or the new one. Two runs writing one
    // bucket at once may lose one run's new entries (checked again next
    // time), never corrupt it. A bucket path holding anything but a regular
    // file (a link, a FIFO) is left alone: that bucket stores nothing.
    // Creates the folder. Returns how many buckets were written.
    std::size_t put(std::vector<std::pair<std::string, std::string>> entries,
                    std::time_t now = std::time(nullptr)) const;

    CacheStats stats() const;
    // Removes the buckets and temporary files it recognises, in its folder
    // and in the folders of older formats (`v1`, `v2`: only files of their
    // names and magic), then each folder if empty.
    CacheCleared clear() const;

  private:
    std::filesystem::path dir_;      // as given (what `cache info` shows)
    std::filesystem::path buckets_;  // dir_ / the format's folder
    std::uintmax_t limit_;
    bool usable_ = false;
    std::string unusable_reason_;
};

}  // namespace rolekit
