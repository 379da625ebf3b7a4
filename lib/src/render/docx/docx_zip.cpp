#include "render/docx/docx_zip.hpp"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <ctime>
#include <memory>
#include <stdexcept>

namespace rolekit::detail::docx {

namespace {

// Compression level 6 (zlib's default), fixed so that the bytes do not
// depend on libzip's default.
constexpr zip_uint32_t kLevel = 6;
// Regular file, rw-r--r--, as the Unix "version made by" says.
constexpr zip_uint32_t kAttributes = (0100644u << 16);

[[noreturn]] void fail(std::string_view what, zip_error_t* error) {
    throw std::runtime_error(
        fmt::format("DOCX container: {}: {}", what, zip_error_strerror(error)));
}

void check(bool ok, std::string_view what, zip_t* za) {
    if (!ok) fail(what, zip_get_error(za));
}

void add_entry(zip_t* za, const ZipEntry& e, ZipTime when) {
    zip_source_t* data = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
    check(data != nullptr, "adding " + e.name, za);
    const zip_int64_t index = zip_file_add(za, e.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(data);
        fail("adding " + e.name, zip_get_error(za));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    check(zip_set_file_compression(za, i, ZIP_CM_DEFLATE, kLevel) == 0, "compression", za);
    check(zip_file_set_dostime(za, i, when.time, when.date, 0) == 0, "time", za);
    check(zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX, kAttributes) == 0,
          "attributes", za);
}

// The bytes libzip wrote into the buffer source.
std::string read_back(zip_source_t* src) {
    zip_stat_t st;
    if (zip_source_open(src) < 0) fail("reading back", zip_source_error(src));
    zip_stat_init(&st);
    if (zip_source_stat(src, &st) < 0 || (st.valid & ZIP_STAT_SIZE) == 0) {
        zip_source_close(src);
        fail("reading back", zip_source_error(src));
    }
    std::string out(st.size, '\0');
    const zip_int64_t n = zip_source_read(src, out.data(), st.size);
    zip_source_close(src);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
        fail("reading back", zip_source_error(src));
    return out;
}

}  // namespace

ZipTime zip_time(std::int64_t unix_seconds) {
    constexpr std::int64_t kFirst = 315532800;  // 1980-01-01T00:00:00Z
    constexpr std::int64_t kLast = 4354819198;  // 2107-12-31T23:59:58Z
    const std::time_t t = std::clamp(unix_seconds, kFirst, kLast);
    std::tm tm{};
    gmtime_r(&t, &tm);
    ZipTime z;
    z.date =
        static_cast<std::uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
    z.time = static_cast<std::uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
    return z;
}

std::string zip_archive(const std::vector<ZipEntry>& entries, ZipTime when) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (src == nullptr) fail("creating", &error);
    // The source outlives the archive: its bytes are read after zip_close.
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> owned(src, zip_source_free);
    zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
    if (za == nullptr) fail("opening", &error);
    zip_source_keep(src);
    try {
        for (const ZipEntry& e : entries) add_entry(za, e, when);
    } catch (...) {
        zip_discard(za);
        throw;
    }
    if (zip_close(za) < 0) {
        const std::string message = zip_strerror(za);
        zip_discard(za);
        throw std::runtime_error("DOCX container: writing: " + message);
    }
    return read_back(src);
}

}  // namespace rolekit::detail::docx
