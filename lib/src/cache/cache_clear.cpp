// `cache clear`: removes only what it recognises as rolekit's, in its own
// folder and in the folders of older formats, and says what it left.

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "cache/bucket.hpp"
#include "io/owned_folder.hpp"
#include "rolekit/cache.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

using namespace cache;
using io::EntryKind;
using io::OwnedFolder;

// Older rolekits' folders: `cache clear` removes from them only files it
// recognises by name and magic (LegacyFormat).
constexpr std::string_view kOldFolderV2 = "v2";
constexpr std::string_view kOldFolderV1 = "v1";
constexpr std::string_view kMagicV1 = "rkcache1";

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
    return data.substr(kMagicV1.size(), 16) == checksum({name, data.substr(kHeader)}) ? 1 : 0;
}

constexpr Format kCurrentFormat{kFolder, kMagic, is_bucket_name, bucket_entries, true};
constexpr Format kLegacyV2{kOldFolderV2, kMagic, is_bucket_name, bucket_entries, false};
constexpr Format kLegacyV1{kOldFolderV1, kMagicV1, is_key_name, v1_entries, false};

// OwnedFolder::write_replace's temporary file of a bucket:
// `.<bucket>.tmp-XXXXXX`.
bool is_temporary_name(std::string_view name) {
    constexpr std::string_view kTmp = ".tmp-";
    if (name.size() != 1 + 2 + kTmp.size() + 6 || name[0] != '.' ||
        !is_bucket_name(name.substr(1, 2)) || name.substr(3, kTmp.size()) != kTmp)
        return false;
    return std::all_of(name.begin() + 3 + static_cast<std::ptrdiff_t>(kTmp.size()), name.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

// Removes `name` if it is still the file `seen` describes; the first failure
// is the run's error.
bool remove_same(const OwnedFolder& folder, const std::string& name, const io::EntryStat& seen,
                 CacheCleared& out) {
    std::string error;
    const io::Removal r = folder.remove_same(name, seen, error);
    if (r == io::Removal::failed && out.error.empty())
        out.error = fmt::format("cannot remove {}: {}", (folder.path() / name).string(), error);
    return r == io::Removal::removed;
}

// One name in a format's folder: removed if recognised; else why it was left
// (empty: removed, or gone).
std::string clear_one(const OwnedFolder& folder, const std::string& name, const Format& format,
                      CacheCleared& out) {
    const io::EntryStat st = folder.stat(name);
    if (st.kind == EntryKind::missing || st.kind == EntryKind::unreadable) return {};
    if (format.own && is_temporary_name(name) && st.kind == EntryKind::regular) {
        if (remove_same(folder, name, st, out)) {
            ++out.temporaries;
            out.temporary_bytes += st.size;
        }
        return {};
    }
    if (st.kind != EntryKind::regular) return std::string(io::kind_phrase(st.kind));
    if (!format.is_entry(name)) return "a file that is not a cache bucket";
    const std::optional<io::RegularFile> f = folder.read_regular(name, kMaxBucket);
    if (!f || !has_magic(f->data, format.magic)) return "a file without rolekit's cache magic";
    if (remove_same(folder, name, f->stat, out)) {
        out.removed.entries += format.entries(name, f->data);
        out.removed.bytes += f->data.size();
    }
    return {};
}

// Empties one format's folder of what it recognises (see Format).
void clear_folder(const OwnedFolder& parent, const Format& format, CacheCleared& out) {
    const std::string folder_name(format.folder);
    const fs::path shown = parent.path() / folder_name;
    const io::EntryStat st = parent.stat(folder_name);
    if (st.kind == EntryKind::missing || st.kind == EntryKind::unreadable) return;
    if (st.kind != EntryKind::directory) {
        if (format.own)
            out.left.push_back(fmt::format("{} ({})", shown.string(), io::kind_phrase(st.kind)));
        return;
    }
    const OwnedFolder folder = parent.open_folder(format.folder);
    if (!folder.ok()) {
        if (format.own && out.error.empty())
            out.error = fmt::format("cannot open {}: {}", shown.string(), folder.error());
        return;
    }
    const std::size_t removed_before = out.removed.bytes + out.temporary_bytes;
    std::size_t left = 0;
    for (const io::FolderEntry& entry : folder.list()) {
        const std::string why = clear_one(folder, entry.name, format, out);
        if (why.empty()) continue;
        ++left;
        if (format.own)
            out.left.push_back(fmt::format("{} ({})", (shown / entry.name).string(), why));
    }
    const bool emptied_by_us = out.removed.bytes + out.temporary_bytes > removed_before;
    if (left == 0 && (format.own || emptied_by_us))
        (void)parent.remove_folder_if_empty(folder_name);  // not empty: a run meanwhile
}

}  // namespace

CacheCleared CacheStore::clear() const {
    CacheCleared out;
    const OwnedFolder parent = OwnedFolder::open(dir_);
    if (!parent.ok()) {
        if (!parent.missing())
            out.error = fmt::format("cannot read {}: {}", dir_.string(), parent.error());
        return out;
    }
    clear_folder(parent, kCurrentFormat, out);
    clear_folder(parent, kLegacyV2, out);
    clear_folder(parent, kLegacyV1, out);
    return out;
}

}  // namespace rolekit
