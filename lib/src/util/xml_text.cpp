#include "util/xml_text.hpp"

#include "io/utf8.hpp"

namespace rolekit::detail {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool forbidden_in_xml(std::string_view seq) {
    const auto c = static_cast<unsigned char>(seq[0]);
    if (seq.size() == 1) return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    return seq == "\xEF\xBF\xBE" || seq == "\xEF\xBF\xBF";
}

}  // namespace

std::string xml_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = utf8_sequence_length(s, i);
        const std::string_view seq = s.substr(i, len == 0 ? 1 : len);
        i += seq.size();
        out += len == 0 || forbidden_in_xml(seq) ? kReplacement : seq;
    }
    return out;
}

}  // namespace rolekit::detail
