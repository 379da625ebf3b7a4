#include "write/yaml_writer.hpp"

#include <algorithm>
#include <array>

namespace rolekit::detail {

namespace {

// Text YAML's core schema would read as a number or a boolean: quoted, so
// that `area: "1"` stays text for every YAML reader, not only ours.
bool looks_like_non_text(const std::string& s) {
    static constexpr std::array kWords = {"true", "false", "yes", "no", "on", "off",
                                          "True", "False", "Yes", "No", "On", "Off",
                                          "TRUE", "FALSE", "YES", "NO", "ON", "OFF"};
    if (std::find(kWords.begin(), kWords.end(), s) != kWords.end()) return true;
    return !s.empty() && s.find_first_not_of("0123456789.+-eE_xo") == std::string::npos &&
           std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A literal block (`|`) reads back exactly only for text that ends in one
// newline, has no trailing blanks on a line, no leading blank on the first
// line, and no characters that need escaping.
bool fits_literal_block(const std::string& s) {
    if (s.size() < 2 || s.back() != '\n' || s[s.size() - 2] == '\n') return false;
    if (s.front() == ' ' || s.front() == '\n') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\n') return false;
        if (c == '\n' && i > 0 && s[i - 1] == ' ') return false;
    }
    return true;
}

// A carriage return too: yaml-cpp writes it raw in a plain scalar, where it
// reads back as a line break. (Inside a flow collection yaml-cpp writes a
// literal block as a double-quoted scalar.)
bool is_multiline(const std::string& s) {
    return s.find_first_of("\n\r") != std::string::npos;
}

void write_multiline(YAML::Emitter& out, const std::string& s) {
    out << (fits_literal_block(s) ? YAML::Literal : YAML::DoubleQuoted) << s;
}

// A key is never a block scalar: yaml-cpp would write it as a `?` key.
void write_scalar(YAML::Emitter& out, const YamlValue& v, bool is_key) {
    if (is_multiline(v.text) && is_key)
        out << YAML::DoubleQuoted << v.text;
    else if (is_multiline(v.text))
        write_multiline(out, v.text);
    else if (v.plain)
        out << v.text;  // yaml-cpp quotes it if it cannot be plain
    else
        out << YAML::DoubleQuoted << v.text;
}

std::size_t depth(const YamlValue& v) {
    std::size_t deepest = 0;
    for (const YamlValue& child : v.children) deepest = std::max(deepest, depth(child));
    return deepest + 1;
}

// Block collections nest one level less deeply than flow ones before yaml-cpp
// gives up reading them; a deep value is written in flow style so that the
// written document always reads back.
constexpr std::size_t kMaxBlockDepth = 64;

void write_any(YAML::Emitter& out, const YamlValue& v, bool is_key = false) {
    switch (v.kind) {
        case YamlValue::Kind::null:
            out << YAML::Null;
            return;
        case YamlValue::Kind::scalar:
            write_scalar(out, v, is_key);
            return;
        case YamlValue::Kind::sequence:
            out << YAML::BeginSeq;
            for (const YamlValue& item : v.children) write_any(out, item);
            out << YAML::EndSeq;
            return;
        case YamlValue::Kind::map:
            out << YAML::BeginMap;
            for (std::size_t i = 0; i + 1 < v.children.size(); i += 2) {
                out << YAML::Key;
                write_any(out, v.children[i], true);
                out << YAML::Value;
                write_any(out, v.children[i + 1]);
            }
            out << YAML::EndMap;
            return;
    }
}

void write_empty(YAML::Emitter& out, const EmptyKey& e, EmptyShape shape) {
    if (e.null)
        out << YAML::Null;
    else if (shape == EmptyShape::text)
        out << YAML::DoubleQuoted << "";
    else if (shape == EmptyShape::list)
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    else
        out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
}

}  // namespace

void write_text(YAML::Emitter& out, const std::string& s) {
    if (is_multiline(s))
        write_multiline(out, s);
    else if (looks_like_non_text(s))
        out << YAML::DoubleQuoted << s;
    else
        out << s;
}

void write_value(YAML::Emitter& out, const YamlValue& v) {
    if (!v.children.empty() && depth(v) > kMaxBlockDepth) out << YAML::Flow;
    write_any(out, v);
}

MapWriter::MapWriter(YAML::Emitter& out, const MapExtras& extras, Style style)
    : out_(out), extras_(extras) {
    if (style == Style::flow && extras.extensions.empty()) out_ << YAML::Flow;
    out_ << YAML::BeginMap;
}

bool MapWriter::value(std::string_view key, bool has_value, Need need, EmptyShape shape) {
    if (has_value || need == Need::required) {
        out_ << YAML::Key << std::string(key) << YAML::Value;
        return true;
    }
    if (const EmptyKey* e = extras_.find_empty(key)) {
        out_ << YAML::Key << std::string(key) << YAML::Value;
        write_empty(out_, *e, shape);
    }
    return false;
}

void MapWriter::text(std::string_view key, const Text& v, Need need) {
    if (value(key, !v.value.empty(), need, EmptyShape::text)) write_text(out_, v.value);
}

void MapWriter::integer(std::string_view key, const Located<int>& v) {
    out_ << YAML::Key << std::string(key) << YAML::Value << v.value;
}

void MapWriter::integer(std::string_view key, const std::optional<Located<int>>& v) {
    if (value(key, v.has_value(), Need::optional, EmptyShape::text)) out_ << v->value;
}

void MapWriter::text_list(std::string_view key, const std::vector<Text>& items, Need need, Style style) {
    if (!value(key, !items.empty(), need, EmptyShape::list)) return;
    if (style == Style::flow || items.empty()) out_ << YAML::Flow;
    out_ << YAML::BeginSeq;
    for (const Text& t : items) write_text(out_, t.value);
    out_ << YAML::EndSeq;
}

void MapWriter::finish() {
    for (const Extension& e : extras_.extensions) {
        out_ << YAML::Key;
        if (is_multiline(e.key))
            out_ << YAML::DoubleQuoted << e.key;
        else
            write_text(out_, e.key);
        out_ << YAML::Value;
        write_value(out_, e.value);
    }
    out_ << YAML::EndMap;
}

}  // namespace rolekit::detail
