// The validation cache's store: its location, its folder, and entries read
// and written bucket by bucket. Everything on the disk goes through
// io/owned_folder.hpp; the bucket format is cache/bucket.hpp.

#include "rolekit/cache.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <utility>

#include "cache/bucket.hpp"
#include "io/owned_folder.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

using namespace cache;
using io::OwnedFolder;

// A hit marks its entry used again at most this often: rewriting buckets on
// every warm run would cost more than the hits save.
constexpr std::time_t kTouchAfter = 24 * 3600;

// The records of a bucket file in the open folder; none when it is missing,
// not a regular file, or not intact.
std::vector<Record> read_bucket(const OwnedFolder& folder, std::size_t bucket) {
    const std::optional<io::RegularFile> f = folder.read_regular(bucket_name(bucket), kMaxBucket);
    if (!f) return {};
    return parse_bucket(f->data, bucket).value_or(std::vector<Record>{});
}

// Writes a bucket whole or not at all, without waiting for the disk: a torn
// bucket fails its checksum and is rewritten, and a cold run would wait on
// hundreds of them. Never through a link, never into a FIFO: such a bucket
// stays as it is, and its entries are misses.
bool write_bucket(const OwnedFolder& folder, std::size_t bucket,
                  const std::vector<Record>& records) {
    return folder.write_replace(bucket_name(bucket), encode_bucket(records)).empty();
}

// Empty when the folder is a real directory, or missing and creatable (its
// nearest existing ancestor a writable directory); else why not. Creates
// nothing: `cache info` must not.
std::string folder_problem(const fs::path& dir, const fs::path& folder) {
    const io::EntryStat st = io::entry_at(folder);
    switch (st.kind) {
        case io::EntryKind::directory:
            return {};
        case io::EntryKind::unreadable:
            return "cannot create it";
        case io::EntryKind::missing:
            return io::can_create_below(dir) ? std::string{} : "cannot create it";
        default:
            return fmt::format("{} is {}, not a folder rolekit created", folder.string(),
                               io::kind_phrase(st.kind));
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
    unusable_reason_ = folder_problem(dir_, buckets_);
    usable_ = unusable_reason_.empty();
}

std::vector<std::optional<std::string>> CacheStore::get(
    const std::vector<std::string>& keys) const {
    std::vector<std::optional<std::string>> out(keys.size());
    const OwnedFolder folder =
        usable_ ? OwnedFolder::open(dir_).open_folder(kFolder) : OwnedFolder();
    if (!folder.ok()) return out;
    const auto wanted =
        group_by_bucket(keys.size(), [&](std::size_t i) -> const std::string& { return keys[i]; });
    const auto now = static_cast<std::uint64_t>(std::time(nullptr));
    for (std::size_t b = 0; b < kBuckets; ++b) {
        if (wanted[b].empty()) continue;
        std::vector<Record> records = read_bucket(folder, b);
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
        if (touched) (void)write_bucket(folder, b, records);
    }
    return out;
}

std::size_t CacheStore::put(std::vector<std::pair<std::string, std::string>> entries,
                            std::time_t now) const {
    const OwnedFolder folder =
        usable_ && !entries.empty() ? OwnedFolder::create(dir_, kFolder) : OwnedFolder();
    if (!folder.ok()) return 0;
    const auto adding = group_by_bucket(
        entries.size(), [&](std::size_t i) -> const std::string& { return entries[i].first; });
    std::size_t written = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        if (adding[b].empty()) continue;
        std::vector<Record> records = read_bucket(folder, b);
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
        if (write_bucket(folder, b, records)) ++written;
    }
    return written;
}

CacheStats CacheStore::stats() const {
    CacheStats s;
    const OwnedFolder folder = OwnedFolder::open(dir_).open_folder(kFolder);
    if (!folder.ok()) return s;
    for (const io::FolderEntry& entry : folder.list()) {
        const std::optional<std::size_t> bucket = bucket_named(entry.name);
        if (!bucket) continue;
        const std::optional<io::RegularFile> f = folder.read_regular(entry.name, kMaxBucket);
        if (!f || !has_magic(f->data, kMagic)) continue;
        s.entries += parse_bucket(f->data, *bucket).value_or(std::vector<Record>{}).size();
        s.bytes += f->data.size();
    }
    return s;
}

}  // namespace rolekit
