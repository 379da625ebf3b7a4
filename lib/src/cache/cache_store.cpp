#include "rolekit/cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "cache/hash.hpp"
#include "rolekit/file_io.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

// An entry: magic, then XXH3-128 of key and payload (high, low; big-endian),
// then the payload. The key is in the checksum, so an entry renamed to
// another key is not taken for it.
constexpr std::string_view kMagic = "rkcache1";
constexpr std::size_t kHeader = kMagic.size() + 16;
// The folder of this entry format: a rolekit with another format keeps to
// its own folder, and `cache clear` removes both.
constexpr std::string_view kEntriesFolder = "v1";
constexpr std::uintmax_t kMaxEntry = 64u * 1024 * 1024;
// A hit refreshes the entry's time (the LRU order) at most this often: one
// write per entry per run would cost more than the hit saves.
constexpr std::time_t kTouchAfter = 600;
constexpr std::string_view kTempPrefix = ".tmp-";
constexpr std::time_t kStaleTemp = 3600;

std::string checksum(std::string_view key, std::string_view payload) {
    detail::Hasher h;
    const detail::Digest d = h.add(key).add(payload).digest();
    std::string out(16, '\0');
    for (int i = 0; i < 8; ++i) {
        out[static_cast<std::size_t>(i)] = static_cast<char>(d.high >> (56 - 8 * i));
        out[static_cast<std::size_t>(8 + i)] = static_cast<char>(d.low >> (56 - 8 * i));
    }
    return out;
}

bool valid_key(std::string_view key) {
    return key.size() == 32 && std::all_of(key.begin(), key.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::optional<std::string> read_fd(int fd, const struct stat& st) {
    if (!S_ISREG(st.st_mode) || static_cast<std::uintmax_t>(st.st_size) > kMaxEntry)
        return std::nullopt;
    std::string data(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;  // truncated while reading
        done += static_cast<std::size_t>(n);
    }
    return data;
}

struct EntryFile {
    fs::path path;
    std::uintmax_t size = 0;
    std::time_t mtime = 0;
    bool temporary = false;
};

std::vector<EntryFile> list_entries(const fs::path& dir) {
    std::vector<EntryFile> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        struct stat st {};
        // Another run may remove an entry between listing and stat: skipped.
        if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
        const std::string name = it->path().filename().string();
        out.push_back(EntryFile{it->path(), static_cast<std::uintmax_t>(st.st_size), st.st_mtime,
                                name.starts_with(kTempPrefix)});
    }
    return out;
}

std::optional<fs::path> env_dir(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return std::nullopt;
    const fs::path p(value);
    if (p.is_relative()) return std::nullopt;
    return p;
}

}  // namespace

std::optional<fs::path> default_cache_dir() {
    // ROLEKIT_CACHE_DIR may be relative (a project-local cache); the XDG
    // variables may not.
    if (const char* own = std::getenv("ROLEKIT_CACHE_DIR"); own != nullptr && *own != '\0')
        return fs::path(own);
    if (auto xdg = env_dir("XDG_CACHE_HOME")) return *xdg / "rolekit";
    if (auto home = env_dir("HOME")) return *home / ".cache" / "rolekit";
    return std::nullopt;
}

CacheStore::CacheStore(fs::path dir, std::uintmax_t limit)
    : dir_(std::move(dir)), entries_(dir_ / kEntriesFolder), limit_(limit) {
    std::error_code ec;
    fs::create_directories(entries_, ec);
    usable_ = fs::is_directory(entries_, ec);
}

std::optional<std::string> CacheStore::get(std::string_view key) const {
    if (!usable_ || !valid_key(key)) return std::nullopt;
    const fs::path path = entries_ / key;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return std::nullopt;
    struct stat st {};
    std::optional<std::string> data;
    if (::fstat(fd, &st) == 0) data = read_fd(fd, st);
    if (data && st.st_mtime + kTouchAfter < std::time(nullptr)) (void)::futimens(fd, nullptr);
    ::close(fd);
    if (!data || data->size() < kHeader ||
        std::string_view(*data).substr(0, kMagic.size()) != kMagic)
        return std::nullopt;
    std::string_view payload = std::string_view(*data).substr(kHeader);
    if (std::string_view(*data).substr(kMagic.size(), 16) != checksum(key, payload))
        return std::nullopt;
    return std::string(payload);
}

bool CacheStore::put(std::string_view key, std::string_view payload) const {
    if (!usable_ || !valid_key(key)) return false;
    // Not write_file_atomic: an entry needs no fsync (a torn one fails its
    // checksum and is rewritten), and thousands of fsyncs would make a cold
    // run far slower than one without the cache.
    std::string temp = (entries_ / kTempPrefix).string() + "XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) return false;
    std::string data(kMagic);
    data += checksum(key, payload);
    data += payload;
    const bool written = write_all(fd, data).empty();
    const bool closed = ::close(fd) == 0;
    if (!written || !closed || std::rename(temp.c_str(), (entries_ / key).c_str()) != 0) {
        ::unlink(temp.c_str());
        return false;
    }
    return true;
}

CacheStats CacheStore::stats() const {
    CacheStats s;
    for (const EntryFile& e : list_entries(entries_)) {
        if (e.temporary) continue;
        ++s.entries;
        s.bytes += e.size;
    }
    return s;
}

CacheStats CacheStore::prune() const {
    CacheStats removed;
    if (!usable_) return removed;
    std::vector<EntryFile> entries = list_entries(entries_);
    const std::time_t now = std::time(nullptr);
    std::uintmax_t total = 0;
    std::erase_if(entries, [&](const EntryFile& e) {
        if (!e.temporary) {
            total += e.size;
            return false;
        }
        // A run still writing has just created its temporary file.
        if (e.mtime + kStaleTemp < now) (void)::unlink(e.path.c_str());
        return true;
    });
    if (total <= limit_) return removed;
    // Oldest first; by name among equal times, so that two runs pruning at
    // once remove the same entries.
    std::sort(entries.begin(), entries.end(), [](const EntryFile& a, const EntryFile& b) {
        return a.mtime != b.mtime ? a.mtime < b.mtime : a.path < b.path;
    });
    const std::uintmax_t target = limit_ / 10 * 9;
    for (const EntryFile& e : entries) {
        if (total <= target) break;
        total -= e.size;
        // ENOENT: another run removed it first; either way it is gone.
        if (::unlink(e.path.c_str()) == 0) {
            ++removed.entries;
            removed.bytes += e.size;
        }
    }
    return removed;
}

CacheStats CacheStore::clear(std::string& error) const {
    CacheStats removed;
    std::error_code ec;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
        // Only entry folders (v1, v2…): a directory given by mistake keeps
        // everything else in it.
        const std::string name = it->path().filename().string();
        if (name.size() < 2 || name[0] != 'v' || !it->is_directory()) continue;
        for (const EntryFile& e : list_entries(it->path())) {
            if (::unlink(e.path.c_str()) == 0) {
                removed.entries += e.temporary ? 0 : 1;
                removed.bytes += e.temporary ? 0 : e.size;
            } else if (errno != ENOENT && error.empty()) {
                error = fmt::format("cannot remove {}: {}", e.path.string(), std::strerror(errno));
            }
        }
    }
    if (ec && ec != std::errc::no_such_file_or_directory && error.empty())
        error = fmt::format("cannot read {}: {}", dir_.string(), ec.message());
    return removed;
}

}  // namespace rolekit
