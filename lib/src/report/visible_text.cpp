#include "rolekit/visible_text.hpp"

#include <fmt/format.h>

#include "io/utf8.hpp"

namespace rolekit {

namespace {

// U+202A..U+202E and U+2066..U+2069 reorder the text around them ("Trojan
// source"); U+200E/U+200F and U+061C are invisible direction marks.
bool is_bidi_control(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
           cp == 0x200F || cp == 0x061C;
}

char32_t decode(std::string_view s, std::size_t i, std::size_t len) {
    const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    switch (len) {
        case 1: return b(0);
        case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        default: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    }
}

void append_escape(std::string& out, char32_t cp) {
    switch (cp) {
        case '\n': out += "\\n"; return;
        case '\t': out += "\\t"; return;
        case '\r': out += "\\r"; return;
        default: break;
    }
    if (cp < 0x100)
        out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
    else
        out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
}

std::string make_visible(std::string_view text, bool keep_lines) {
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = detail::utf8_sequence_length(text, i);
        if (len == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        const char32_t cp = decode(text, i, len);
        const bool control = cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || is_bidi_control(cp);
        if (control && !(keep_lines && (cp == '\n' || cp == '\t')))
            append_escape(out, cp);
        else
            out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

}  // namespace

std::string visible(std::string_view text) { return make_visible(text, false); }

std::string visible_block(std::string_view text) { return make_visible(text, true); }

}  // namespace rolekit
