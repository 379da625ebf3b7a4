// The date `rolekit export` stamps on a package's records (case.hpp).

#include <fmt/format.h>

#include <charconv>
#include <string_view>

#include "rolekit/case.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit {

namespace {

// The seconds CASE dates can hold: years 1970 to 9999 (four digits), UTC.
constexpr std::int64_t kLastSecond = 253402300799;  // 9999-12-31T23:59:59Z

CaseDate from_epoch(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || end != text.data() + text.size() || ec == std::errc::invalid_argument)
        return {0, fmt::format("SOURCE_DATE_EPOCH is '{}', not a number of seconds", visible(text))};
    if (ec == std::errc::result_out_of_range || value < 0 || value > kLastSecond)
        return {0, fmt::format("SOURCE_DATE_EPOCH is '{}', outside 0 to {} (the years 1970 to 9999 that "
                               "CASE dates hold)",
                               visible(text), kLastSecond)};
    return {value, {}};
}

}  // namespace

CaseDate case_date(const char* source_date_epoch, const std::string& path, std::int64_t now,
                   const FileSystem& files) {
    if (source_date_epoch != nullptr) return from_epoch(source_date_epoch);
    const FileStat st = files.stat(path);
    if (st.type != FileType::regular) return {now, {}};
    if (st.mtime >= 0 && st.mtime <= kLastSecond) return {st.mtime, {}};
    return {0, fmt::format("{} was last modified outside the years 1970 to 9999 that CASE dates hold; "
                           "set SOURCE_DATE_EPOCH",
                           visible(path))};
}

}  // namespace rolekit
