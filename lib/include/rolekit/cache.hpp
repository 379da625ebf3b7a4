#pragma once
// The validation cache's store (docs/cache.md): one file per entry, named by
// a content address, written whole or not at all, checked on every read.
//
// Nothing here ever fails a command: an entry that cannot be read, is
// truncated, corrupted or from another format is a miss, and a store that
// cannot be written is a run without the cache.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rolekit {

// Past this size the least recently used entries are removed.
inline constexpr std::uintmax_t kDefaultCacheLimit = 256u * 1024 * 1024;

// $ROLEKIT_CACHE_DIR, else $XDG_CACHE_HOME/rolekit, else ~/.cache/rolekit
// (empty and relative values are ignored, as the XDG specification says);
// nullopt when there is no home directory either.
std::optional<std::filesystem::path> default_cache_dir();

struct CacheStats {
    std::size_t entries = 0;
    std::uintmax_t bytes = 0;
};

class CacheStore {
  public:
    // Creates the directory when it is missing; usable() says whether that
    // worked.
    explicit CacheStore(std::filesystem::path dir, std::uintmax_t limit = kDefaultCacheLimit);

    const std::filesystem::path& dir() const { return dir_; }
    std::uintmax_t limit() const { return limit_; }
    bool usable() const { return usable_; }

    // The payload stored under `key` (32 hex digits), if an intact entry is
    // there. A hit marks the entry as recently used.
    std::optional<std::string> get(std::string_view key) const;
    // Stores `payload` under `key`: a temporary file renamed into place, so a
    // reader (another run, at the same time) sees the old entry, the new one
    // or none. False when it could not be written (the run goes on).
    bool put(std::string_view key, std::string_view payload) const;

    CacheStats stats() const;
    // Removes the least recently used entries while the store is over its
    // limit (down to 90% of it, so that pruning is not needed on every run),
    // and temporary files a killed run left behind. Returns what it removed.
    CacheStats prune() const;
    // Removes every entry; `error` says why some could not be.
    CacheStats clear(std::string& error) const;

  private:
    std::filesystem::path dir_;      // as given (what `cache info` shows)
    std::filesystem::path entries_;  // dir_ / the format's folder
    std::uintmax_t limit_;
    bool usable_ = false;
};

}  // namespace rolekit
