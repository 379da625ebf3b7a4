#include "io/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace rolekit::detail {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return len;
}

namespace {

// True when every `unit`-byte code unit among the first 16 bytes of `text`
// has NULs in all bytes but the one at `ascii_byte`, which is not NUL: the
// shape of ASCII text (as every rolekit document starts) in UTF-16 or UTF-32.
bool ascii_in_units(std::string_view text, std::size_t unit, std::size_t ascii_byte) {
    const std::size_t checked = std::min<std::size_t>(text.size(), 16) / unit * unit;
    if (checked == 0) return false;
    for (std::size_t i = 0; i < checked; ++i)
        if ((text[i] == '\0') != (i % unit != ascii_byte)) return false;
    return true;
}

// The encoding of a UTF-16 or UTF-32 file, told by its byte order mark or,
// without one, by where the NULs of ASCII text fall (YAML 1.2, section 5.2).
// UTF-32's marks come first: "FF FE 00 00" also starts with UTF-16's.
std::optional<std::string_view> wide_encoding(std::string_view text) {
    using namespace std::string_view_literals;
    if (text.starts_with("\0\0\xFE\xFF"sv) || text.starts_with("\xFF\xFE\0\0"sv)) return "UTF-32";
    if (text.starts_with("\xFE\xFF"sv) || text.starts_with("\xFF\xFE"sv)) return "UTF-16";
    if (ascii_in_units(text, 4, 3) || ascii_in_units(text, 4, 0)) return "UTF-32";
    if (ascii_in_units(text, 2, 1) || ascii_in_units(text, 2, 0)) return "UTF-16";
    return std::nullopt;
}

}  // namespace

std::optional<TextProblem> find_invalid_text(std::string_view text) {
    int line = 1, column = 1;
    std::size_t i = 0;
    // A UTF-8 byte order mark is allowed and ignored by yaml-cpp.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    if (const auto wide = wide_encoding(text))
        return TextProblem{{1, 1}, fmt::format("file is {}; rolekit reads UTF-8 only", *wide)};
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
            ++i;
            continue;
        }
        if (c == 0)
            return TextProblem{{line, column}, "NUL byte in text (is this a binary file?)"};
        if (c < 0x20 && c != '\t' && c != '\r')
            return TextProblem{{line, column}, fmt::format("control character 0x{:02X} in text", c)};
        const std::size_t len = utf8_sequence_length(text, i);
        if (len == 0)
            return TextProblem{{line, column}, fmt::format("invalid UTF-8 byte 0x{:02X}", c)};
        i += len;
        column += static_cast<int>(len);  // columns count bytes, as yaml-cpp's marks do
    }
    return std::nullopt;
}

std::string clean_text(std::string_view text) {
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = utf8_sequence_length(text, i);
        if (len == 0 || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
            out += kReplacement;
            i += len == 0 ? 1 : len;
            continue;
        }
        out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

}  // namespace rolekit::detail
