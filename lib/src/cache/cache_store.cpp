#include "rolekit/cache.hpp"

#include <dirent.h>
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
#include <utility>
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
// The folder of this format, named so that no other tool's folder is taken
// for it (ROLEKIT_CACHE_DIR=. in a project that has `v2/` or `vendor/`).
constexpr std::string_view kFolder = "rolekit-cache-v2";
// Older rolekits' folders: `cache clear` removes from them only files it
// recognises by name and magic (LegacyFormat).
constexpr std::string_view kOldFolderV2 = "v2";
constexpr std::string_view kOldFolderV1 = "v1";
constexpr std::string_view kMagicV1 = "rkcache1";
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

// An open descriptor, closed once.
class Fd {
  public:
    explicit Fd(int fd = -1) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd& operator=(Fd&&) = delete;
    int get() const { return fd_; }
    bool ok() const { return fd_ >= 0; }

  private:
    int fd_;
};

// The cache directory the user named: followed, a link there is theirs.
Fd open_dir(const fs::path& dir) {
    return Fd(::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
}

// A folder inside `parent`, never through a link: a folder swapped for one
// is refused, and everything after goes through the descriptor.
Fd open_folder(int parent, std::string_view name) {
    return Fd(::openat(parent, std::string(name).c_str(),
                       O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
}

Fd open_buckets(const fs::path& dir) {
    const Fd parent = open_dir(dir);
    return parent.ok() ? open_folder(parent.get(), kFolder) : Fd();
}

struct FileData {
    std::string data;
    struct stat st {};
};

// A regular file's bytes: O_NOFOLLOW refuses a link, O_NONBLOCK keeps a FIFO
// from blocking the open, and fstat refuses all but regular files.
std::optional<FileData> read_regular(int dirfd, const std::string& name) {
    const Fd fd(
        ::openat(dirfd, name.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC));
    FileData f;
    if (!fd.ok() || ::fstat(fd.get(), &f.st) != 0) return std::nullopt;
    std::optional<std::string> data = read_fd(fd.get(), f.st);
    if (!data) return std::nullopt;
    f.data = std::move(*data);
    return f;
}

std::size_t bucket_of(std::string_view key) {
    return static_cast<std::size_t>(std::stoul(std::string(key.substr(0, 2)), nullptr, 16));
}

std::string bucket_name(std::size_t bucket) {
    return fmt::format("{:02x}", bucket);
}

bool has_magic(std::string_view data, std::string_view magic) {
    return data.substr(0, magic.size()) == magic;
}

// The records of bucket `bucket`'s bytes; nullopt when not intact, or
// holding another bucket's keys (a file copied over it).
std::optional<std::vector<Record>> parse_bucket(std::string_view all, std::size_t bucket) {
    if (all.size() < kHeader || !has_magic(all, kMagic)) return std::nullopt;
    const std::string_view body = all.substr(kHeader);
    if (all.substr(kMagic.size(), 16) != checksum(body)) return std::nullopt;
    std::vector<Record> out;
    for (std::size_t at = 0; at < body.size();) {
        if (body.size() - at < kRecordHeader) return std::nullopt;
        const std::string_view key = body.substr(at, kKeySize);
        const std::uint64_t used = read_le(body.substr(at + kKeySize, 8));
        const std::uint64_t size = read_le(body.substr(at + kKeySize + 8, 4));
        at += kRecordHeader;
        if (!valid_key(key) || bucket_of(key) != bucket || body.size() - at < size)
            return std::nullopt;
        out.push_back(Record{std::string(key), used, std::string(body.substr(at, size))});
        at += size;
    }
    return out;
}

// The records of a bucket file in the open folder; none when it is missing,
// not a regular file, or not intact.
std::vector<Record> read_bucket(int folder, std::size_t bucket) {
    const std::optional<FileData> f = read_regular(folder, bucket_name(bucket));
    if (!f) return {};
    return parse_bucket(f->data, bucket).value_or(std::vector<Record>{});
}

// Writes a bucket whole or not at all, without waiting for the disk: a torn
// bucket fails its checksum and is rewritten, and a cold run would wait on
// hundreds of them. Never through a link, never into a FIFO: such a bucket
// stays as it is, and its entries are misses.
bool write_bucket(int folder, const fs::path& shown, std::size_t bucket,
                  const std::vector<Record>& records) {
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
    return write_file_replace_at(folder, shown, bucket_name(bucket), data).empty();
}

// The bucket a file in the folder is (two hex digits), if it is one.
std::optional<std::size_t> bucket_named(std::string_view name) {
    if (name.size() != 2 || !std::isxdigit(static_cast<unsigned char>(name[0])) ||
        !std::isxdigit(static_cast<unsigned char>(name[1])) || name != bucket_name(bucket_of(name)))
        return std::nullopt;
    return bucket_of(name);
}

// The names in an open folder (not "." and "..").
std::vector<std::string> names_in(int folder) {
    const int copy = ::fcntl(folder, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) return {};
    DIR* d = ::fdopendir(copy);
    if (d == nullptr) {
        ::close(copy);
        return {};
    }
    ::rewinddir(d);  // the copy shares the offset of earlier listings
    std::vector<std::string> out;
    while (const dirent* e = ::readdir(d)) {
        const std::string_view name = e->d_name;
        if (name != "." && name != "..") out.emplace_back(name);
    }
    ::closedir(d);
    std::sort(out.begin(), out.end());
    return out;
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

// What a non-folder in the cache's place is, for messages.
std::string kind_of(const struct stat& st) {
    if (S_ISLNK(st.st_mode)) return "a symbolic link";
    if (S_ISFIFO(st.st_mode)) return "a FIFO";
    if (S_ISSOCK(st.st_mode)) return "a socket";
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "a device";
    if (S_ISDIR(st.st_mode)) return "a folder";
    return "a file";
}

// Empty when the folder is a real directory, or missing and creatable (its
// nearest existing ancestor a writable directory); else why not. Creates
// nothing: `cache info` must not.
std::string folder_problem(const fs::path& dir, const fs::path& folder) {
    struct stat st {};
    if (::lstat(folder.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return {};
        return fmt::format("{} is {}, not a folder rolekit created", folder.string(), kind_of(st));
    }
    if (errno != ENOENT) return "cannot create it";
    for (fs::path p = dir.empty() ? fs::path(".") : dir;;
         p = p.has_parent_path() ? p.parent_path() : fs::path(".")) {
        if (::stat(p.c_str(), &st) == 0)
            return S_ISDIR(st.st_mode) && ::access(p.c_str(), W_OK | X_OK) == 0
                       ? std::string{}
                       : "cannot create it";
        if (errno != ENOENT) return "cannot create it";
    }
}

// The folder, created if missing (only a run that stores entries does).
Fd create_folder(const fs::path& dir) {
    std::error_code ec;
    if (!dir.empty()) fs::create_directories(dir, ec);
    const Fd parent = open_dir(dir);
    if (!parent.ok()) return Fd();
    if (::mkdirat(parent.get(), std::string(kFolder).c_str(), 0777) != 0 && errno != EEXIST)
        return Fd();
    return open_folder(parent.get(), kFolder);
}

// A format whose folder `cache clear` empties: which names are its entries,
// how to count the entries in one, whether its temporary files are known,
// and whether the folder is surely rolekit's (its own: what is left in it is
// reported, and the folder removed when empty) or merely named like an older
// rolekit's (`v1`, `v2`: only files recognised by name and magic are removed,
// nothing else is mentioned, and the folder goes only if that emptied it).
struct Format {
    std::string_view folder;
    std::string_view magic;
    bool (*is_entry)(std::string_view name);
    std::size_t (*entries)(std::string_view name, std::string_view data);
    bool own;
};

bool is_bucket_name(std::string_view name) {
    return bucket_named(name).has_value();
}

std::size_t bucket_entries(std::string_view name, std::string_view data) {
    return parse_bucket(data, *bucket_named(name)).value_or(std::vector<Record>{}).size();
}

bool is_key_name(std::string_view name) {
    return valid_key(name);
}

// A v1 entry: magic, XXH3-128 of key and payload, payload.
std::size_t v1_entries(std::string_view name, std::string_view data) {
    if (data.size() < kHeader) return 0;
    detail::Hasher h;
    const detail::Digest d = h.add(name).add(data.substr(kHeader)).digest();
    std::string sum(16, '\0');
    for (int i = 0; i < 8; ++i) {
        sum[static_cast<std::size_t>(i)] = static_cast<char>(d.high >> (56 - 8 * i));
        sum[static_cast<std::size_t>(8 + i)] = static_cast<char>(d.low >> (56 - 8 * i));
    }
    return data.substr(kMagicV1.size(), 16) == sum ? 1 : 0;
}

constexpr Format kCurrentFormat{kFolder, kMagic, is_bucket_name, bucket_entries, true};
constexpr Format kLegacyV2{kOldFolderV2, kMagic, is_bucket_name, bucket_entries, false};
constexpr Format kLegacyV1{kOldFolderV1, kMagicV1, is_key_name, v1_entries, false};

// write_file_replace_at's temporary file of a bucket: `.<bucket>.tmp-XXXXXX`.
bool is_temporary_name(std::string_view name) {
    constexpr std::string_view kTmp = ".tmp-";
    if (name.size() != 1 + 2 + kTmp.size() + 6 || name[0] != '.' ||
        !is_bucket_name(name.substr(1, 2)) || name.substr(3, kTmp.size()) != kTmp)
        return false;
    return std::all_of(name.begin() + 3 + static_cast<std::ptrdiff_t>(kTmp.size()), name.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

// Removes `name` if it is still the file `st` describes (not replaced since
// it was looked at); false with `error` set when it could not be removed.
bool remove_same(int folder, const std::string& name, const struct stat& st, const fs::path& shown,
                 std::string& error) {
    struct stat now {};
    if (::fstatat(folder, name.c_str(), &now, AT_SYMLINK_NOFOLLOW) != 0 ||
        now.st_ino != st.st_ino || now.st_dev != st.st_dev)
        return false;  // gone or replaced meanwhile: not what was recognised
    if (::unlinkat(folder, name.c_str(), 0) == 0) return true;
    if (errno != ENOENT && error.empty())
        error = fmt::format("cannot remove {}: {}", (shown / name).string(), std::strerror(errno));
    return false;
}

// One name in a format's folder: removed if recognised; else why it was left
// (empty: removed, or gone).
std::string clear_one(int folder, const fs::path& shown, const std::string& name,
                      const Format& format, CacheCleared& out) {
    struct stat st {};
    if (::fstatat(folder, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) return {};
    if (format.own && is_temporary_name(name) && S_ISREG(st.st_mode)) {
        if (remove_same(folder, name, st, shown, out.error)) {
            ++out.temporaries;
            out.temporary_bytes += static_cast<std::uintmax_t>(st.st_size);
        }
        return {};
    }
    if (!S_ISREG(st.st_mode)) return kind_of(st);
    if (!format.is_entry(name)) return "a file that is not a cache bucket";
    const std::optional<FileData> f = read_regular(folder, name);
    if (!f || !has_magic(f->data, format.magic)) return "a file without rolekit's cache magic";
    if (remove_same(folder, name, f->st, shown, out.error)) {
        out.removed.entries += format.entries(name, f->data);
        out.removed.bytes += f->data.size();
    }
    return {};
}

// Empties one format's folder of what it recognises (see Format).
void clear_folder(int parent, const fs::path& dir, const Format& format, CacheCleared& out) {
    const std::string folder_name(format.folder);
    const fs::path shown = dir / folder_name;
    struct stat st {};
    if (::fstatat(parent, folder_name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) return;
    if (!S_ISDIR(st.st_mode)) {
        if (format.own) out.left.push_back(fmt::format("{} ({})", shown.string(), kind_of(st)));
        return;
    }
    const Fd folder = open_folder(parent, format.folder);
    if (!folder.ok()) {
        if (format.own && out.error.empty())
            out.error = fmt::format("cannot open {}: {}", shown.string(), std::strerror(errno));
        return;
    }
    const std::size_t removed_before = out.removed.bytes + out.temporary_bytes;
    std::size_t left = 0;
    for (const std::string& name : names_in(folder.get())) {
        const std::string why = clear_one(folder.get(), shown, name, format, out);
        if (why.empty()) continue;
        ++left;
        if (format.own) out.left.push_back(fmt::format("{} ({})", (shown / name).string(), why));
    }
    const bool emptied_by_us = out.removed.bytes + out.temporary_bytes > removed_before;
    if (left == 0 && (format.own || emptied_by_us))
        (void)::unlinkat(parent, folder_name.c_str(), AT_REMOVEDIR);  // not empty: a run meanwhile
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
    unusable_reason_ = folder_problem(dir_, buckets_);
    usable_ = unusable_reason_.empty();
}

std::vector<std::optional<std::string>> CacheStore::get(
    const std::vector<std::string>& keys) const {
    std::vector<std::optional<std::string>> out(keys.size());
    const Fd folder = usable_ ? open_buckets(dir_) : Fd();
    if (!folder.ok()) return out;
    const auto wanted =
        group_by_bucket(keys.size(), [&](std::size_t i) -> const std::string& { return keys[i]; });
    const auto now = static_cast<std::uint64_t>(std::time(nullptr));
    for (std::size_t b = 0; b < kBuckets; ++b) {
        if (wanted[b].empty()) continue;
        std::vector<Record> records = read_bucket(folder.get(), b);
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
        if (touched) (void)write_bucket(folder.get(), buckets_, b, records);
    }
    return out;
}

std::size_t CacheStore::put(std::vector<std::pair<std::string, std::string>> entries,
                            std::time_t now) const {
    const Fd folder = usable_ && !entries.empty() ? create_folder(dir_) : Fd();
    if (!folder.ok()) return 0;
    const auto adding = group_by_bucket(
        entries.size(), [&](std::size_t i) -> const std::string& { return entries[i].first; });
    std::size_t written = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        if (adding[b].empty()) continue;
        std::vector<Record> records = read_bucket(folder.get(), b);
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
        if (write_bucket(folder.get(), buckets_, b, records)) ++written;
    }
    return written;
}

CacheStats CacheStore::stats() const {
    CacheStats s;
    const Fd folder = open_buckets(dir_);
    if (!folder.ok()) return s;
    for (const std::string& name : names_in(folder.get())) {
        const std::optional<std::size_t> bucket = bucket_named(name);
        if (!bucket) continue;
        const std::optional<FileData> f = read_regular(folder.get(), name);
        if (!f || !has_magic(f->data, kMagic)) continue;
        s.entries += parse_bucket(f->data, *bucket).value_or(std::vector<Record>{}).size();
        s.bytes += f->data.size();
    }
    return s;
}

CacheCleared CacheStore::clear() const {
    CacheCleared out;
    const Fd parent = open_dir(dir_);
    if (!parent.ok()) {
        if (errno != ENOENT)
            out.error = fmt::format("cannot read {}: {}", dir_.string(), std::strerror(errno));
        return out;
    }
    clear_folder(parent.get(), dir_, kCurrentFormat, out);
    clear_folder(parent.get(), dir_, kLegacyV2, out);
    clear_folder(parent.get(), dir_, kLegacyV1, out);
    return out;
}

}  // namespace rolekit
