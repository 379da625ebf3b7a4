#include "cache/bucket.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "cache/hash.hpp"

namespace rolekit::cache {

namespace {

std::uint64_t read_le(std::string_view bytes) {
    std::uint64_t v = 0;
    for (std::size_t i = bytes.size(); i-- > 0;)
        v = (v << 8) | static_cast<unsigned char>(bytes[i]);
    return v;
}

void append_le(std::string& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>(v >> (8 * i));
}

std::uintmax_t record_size(const Record& r) {
    return kRecordHeader + r.payload.size();
}

}  // namespace

std::string checksum(std::initializer_list<std::string_view> fields) {
    detail::Hasher h;
    for (const std::string_view field : fields) h.add(field);
    const detail::Digest d = h.digest();
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

std::size_t bucket_of(std::string_view key) {
    return static_cast<std::size_t>(std::stoul(std::string(key.substr(0, 2)), nullptr, 16));
}

std::string bucket_name(std::size_t bucket) {
    return fmt::format("{:02x}", bucket);
}

std::optional<std::size_t> bucket_named(std::string_view name) {
    if (name.size() != 2 || !std::isxdigit(static_cast<unsigned char>(name[0])) ||
        !std::isxdigit(static_cast<unsigned char>(name[1])) || name != bucket_name(bucket_of(name)))
        return std::nullopt;
    return bucket_of(name);
}

bool has_magic(std::string_view data, std::string_view magic) {
    return data.substr(0, magic.size()) == magic;
}

std::optional<std::vector<Record>> parse_bucket(std::string_view all, std::size_t bucket) {
    if (all.size() < kHeader || !has_magic(all, kMagic)) return std::nullopt;
    const std::string_view body = all.substr(kHeader);
    if (all.substr(kMagic.size(), 16) != checksum({body})) return std::nullopt;
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

std::string encode_bucket(const std::vector<Record>& records) {
    std::string body;
    for (const Record& r : records) {
        body += r.key;
        append_le(body, r.used, 8);
        append_le(body, r.payload.size(), 4);
        body += r.payload;
    }
    std::string data(kMagic);
    data += checksum({body});
    data += body;
    return data;
}

std::map<std::string, std::size_t> index_of(const std::vector<Record>& records) {
    std::map<std::string, std::size_t> index;
    for (std::size_t r = 0; r < records.size(); ++r) index.emplace(records[r].key, r);
    return index;
}

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

}  // namespace rolekit::cache
