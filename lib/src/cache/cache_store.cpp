#include "rolekit/cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "cache/hash.hpp"
#include "rolekit/file_io.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

// A bucket: magic, XXH3-128 of the body (high, low; big-endian), the body.
// The body is records: key (32 hex digits), last used (seconds since the
// epoch, 8 bytes little-endian), payload size (4 bytes little-endian),
// payload.
constexpr std::string_view kMagic = "rkcache2";
constexpr std::size_t kHeader = kMagic.size() + 16;
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kRecordHeader = kKeySize + 8 + 4;
// The folder of this format: a rolekit with another format keeps to its own
// folder, and `cache clear` removes every one.
constexpr std::string_view kFolder = "v2";
constexpr std::size_t kBuckets = 256;
constexpr std::uintmax_t kMaxBucket = 64u * 1024 * 1024;
// A hit marks its entry used again at most this often: rewriting buckets on
// every warm run would cost more than the hits save.
constexpr std::time_t kTouchAfter = 24 * 3600;

struct Record {
    std::string key;
    std::uint64_t used = 0;
    std::string payload;
};

std::string checksum(std::string_view body) {
    detail::Hasher h;
    const detail::Digest d = h.add(body).digest();
    std::string out(16, '\0');
    for (int i = 0; i < 8; ++i) {
        out[static_cast<std::size_t>(i)] = static_cast<char>(d.high >> (56 - 8 * i));
        out[static_cast<std::size_t>(8 + i)] = static_cast<char>(d.low >> (56 - 8 * i));
    }
    return out;
}

bool valid_key(std::string_view key) {
    return key.size() == kKeySize && std::all_of(key.begin(), key.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::uint64_t read_le(std::string_view bytes) {
    std::uint64_t v = 0;
    for (std::size_t i = bytes.size(); i-- > 0;)
        v = (v << 8) | static_cast<unsigned char>(bytes[i]);
    return v;
}

void append_le(std::string& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>(v >> (8 * i));
}

std::optional<std::string> read_fd(int fd, const struct stat& st) {
    if (!S_ISREG(st.st_mode) || static_cast<std::uintmax_t>(st.st_size) > kMaxBucket)
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

std::size_t bucket_of(std::string_view key) {
    return static_cast<std::size_t>(std::stoul(std::string(key.substr(0, 2)), nullptr, 16));
}

// The records of bucket file `bucket`; none when it is missing, not intact,
// or holds another bucket's keys (a file copied over it).
std::vector<Record> read_bucket(const fs::path& path, std::size_t bucket) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return {};
    struct stat st {};
    std::optional<std::string> data;
    if (::fstat(fd, &st) == 0) data = read_fd(fd, st);
    ::close(fd);
    if (!data || data->size() < kHeader) return {};
    const std::string_view all(*data);
    const std::string_view body = all.substr(kHeader);
    if (all.substr(0, kMagic.size()) != kMagic || all.substr(kMagic.size(), 16) != checksum(body))
        return {};
    std::vector<Record> out;
    for (std::size_t at = 0; at < body.size();) {
        if (body.size() - at < kRecordHeader) return {};
        const std::string_view key = body.substr(at, kKeySize);
        const std::uint64_t used = read_le(body.substr(at + kKeySize, 8));
        const std::uint64_t size = read_le(body.substr(at + kKeySize + 8, 4));
        at += kRecordHeader;
        if (!valid_key(key) || bucket_of(key) != bucket || body.size() - at < size) return {};
        out.push_back(Record{std::string(key), used, std::string(body.substr(at, size))});
        at += size;
    }
    return out;
}

// Writes a bucket whole or not at all (write_file_atomic), without waiting
// for the disk: a torn bucket fails its checksum and is rewritten, and a cold
// run would wait on hundreds of them.
bool write_bucket(const fs::path& path, const std::vector<Record>& records) {
    std::string body;
    for (const Record& r : records) {
        body += r.key;
        append_le(body, r.used, 8);
        append_le(body, r.payload.size(), 4);
        body += r.payload;
    }
    std::string data(kMagic);
    data += checksum(body);
    data += body;
    return write_file_atomic(path, data, Durability::unsynced).empty();
}

fs::path bucket_path(const fs::path& dir, std::size_t bucket) {
    return dir / fmt::format("{:02x}", bucket);
}

// The bucket a file in the folder is (two hex digits), if it is one.
std::optional<std::size_t> bucket_named(const fs::path& file) {
    const std::string name = file.filename().string();
    if (name.size() != 2 || !std::isxdigit(static_cast<unsigned char>(name[0])) ||
        !std::isxdigit(static_cast<unsigned char>(name[1])) ||
        name != fmt::format("{:02x}", bucket_of(name)))
        return std::nullopt;
    return bucket_of(name);
}

// The indexes 0..n-1 by the bucket of key_of(i); invalid keys left out.
template <class KeyOf>
std::array<std::vector<std::size_t>, kBuckets> group_by_bucket(std::size_t n, KeyOf key_of) {
    std::array<std::vector<std::size_t>, kBuckets> out;
    for (std::size_t i = 0; i < n; ++i)
        if (valid_key(key_of(i))) out[bucket_of(key_of(i))].push_back(i);
    return out;
}

std::map<std::string, std::size_t> index_of(const std::vector<Record>& records) {
    std::map<std::string, std::size_t> index;
    for (std::size_t r = 0; r < records.size(); ++r) index.emplace(records[r].key, r);
    return index;
}

std::uintmax_t record_size(const Record& r) {
    return kRecordHeader + r.payload.size();
}

// Keeps a bucket within its share of the limit: least recently used out
// first (by key among equal times, so that runs agree).
void cut(std::vector<Record>& records, std::uintmax_t share) {
    std::uintmax_t total = 0;
    for (const Record& r : records) total += record_size(r);
    if (total <= share) return;
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        return a.used != b.used ? a.used > b.used : a.key < b.key;
    });
    while (!records.empty() && total > share) {
        total -= record_size(records.back());
        records.pop_back();
    }
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
    : dir_(std::move(dir)), buckets_(dir_ / kFolder), limit_(limit) {
    std::error_code ec;
    fs::create_directories(buckets_, ec);
    usable_ = fs::is_directory(buckets_, ec);
}

std::vector<std::optional<std::string>> CacheStore::get(
    const std::vector<std::string>& keys) const {
    std::vector<std::optional<std::string>> out(keys.size());
    if (!usable_) return out;
    const auto wanted =
        group_by_bucket(keys.size(), [&](std::size_t i) -> const std::string& { return keys[i]; });
    const auto now = static_cast<std::uint64_t>(std::time(nullptr));
    for (std::size_t b = 0; b < kBuckets; ++b) {
        if (wanted[b].empty()) continue;
        const fs::path path = bucket_path(buckets_, b);
        std::vector<Record> records = read_bucket(path, b);
        const std::map<std::string, std::size_t> index = index_of(records);
        bool touched = false;
        for (const std::size_t i : wanted[b]) {
            const auto it = index.find(keys[i]);
            if (it == index.end()) continue;
            Record& r = records[it->second];
            out[i] = r.payload;
            if (r.used + kTouchAfter < now) {
                r.used = now;
                touched = true;
            }
        }
        if (touched) (void)write_bucket(path, records);
    }
    return out;
}

std::size_t CacheStore::put(std::vector<std::pair<std::string, std::string>> entries,
                            std::time_t now) const {
    if (!usable_) return 0;
    const auto adding = group_by_bucket(
        entries.size(), [&](std::size_t i) -> const std::string& { return entries[i].first; });
    std::size_t written = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        if (adding[b].empty()) continue;
        const fs::path path = bucket_path(buckets_, b);
        std::vector<Record> records = read_bucket(path, b);
        std::map<std::string, std::size_t> index = index_of(records);
        for (const std::size_t i : adding[b]) {
            Record fresh{entries[i].first, static_cast<std::uint64_t>(now),
                         std::move(entries[i].second)};
            if (const auto it = index.find(fresh.key); it != index.end()) {
                records[it->second] = std::move(fresh);
            } else {
                index.emplace(fresh.key, records.size());
                records.push_back(std::move(fresh));
            }
        }
        cut(records, limit_ / kBuckets);
        if (write_bucket(path, records)) ++written;
    }
    return written;
}

CacheStats CacheStore::stats() const {
    CacheStats s;
    std::error_code ec;
    for (fs::directory_iterator it(buckets_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::optional<std::size_t> bucket = bucket_named(it->path());
        if (!bucket) continue;
        s.entries += read_bucket(it->path(), *bucket).size();
        s.bytes += it->file_size(ec);
    }
    return s;
}

CacheStats CacheStore::clear(std::string& error) const {
    CacheStats removed;
    std::error_code ec;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
        // Only format folders (v1, v2…): a directory given by mistake keeps
        // everything else in it.
        const std::string name = it->path().filename().string();
        if (name.size() < 2 || name[0] != 'v' || !it->is_directory()) continue;
        std::error_code list;
        for (fs::directory_iterator f(it->path(), list), fend; !list && f != fend;
             f.increment(list)) {
            const std::optional<std::size_t> bucket = bucket_named(f->path());
            const bool temporary = !bucket;
            const std::size_t entries = temporary ? 0 : read_bucket(f->path(), *bucket).size();
            std::error_code size_error;
            const std::uintmax_t bytes = temporary ? 0 : f->file_size(size_error);
            if (::unlink(f->path().c_str()) == 0) {
                removed.entries += entries;
                removed.bytes += size_error ? 0 : bytes;
            } else if (errno != ENOENT && error.empty()) {
                error =
                    fmt::format("cannot remove {}: {}", f->path().string(), std::strerror(errno));
            }
        }
    }
    if (ec && ec != std::errc::no_such_file_or_directory && error.empty())
        error = fmt::format("cannot read {}: {}", dir_.string(), ec.message());
    return removed;
}

}  // namespace rolekit
