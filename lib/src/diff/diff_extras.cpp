#include "diff/diff_extras.hpp"

#include <unordered_map>

namespace rolekit::detail {

namespace {

std::vector<std::string> scalar_lines(const YamlValue& v) {
    // Plain `12` and quoted "12" are different values to YAML.
    const std::string text = v.plain ? v.text : '"' + v.text + '"';
    std::vector<std::string> out = split_lines(text);
    if (out.empty()) out.push_back("");
    return out;
}

void indent_into(std::vector<std::string>& out, const std::vector<std::string>& lines,
                 const std::string& first, const std::string& rest) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        out.push_back((i == 0 ? first : rest) + lines[i]);
}

std::vector<std::string> map_lines(const YamlValue& v) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i + 1 < v.children.size(); i += 2) {
        const std::vector<std::string> key = value_lines(v.children[i]);
        const YamlValue& value = v.children[i + 1];
        const std::vector<std::string> lines = value_lines(value);
        const bool inline_value = value.kind == YamlValue::Kind::null ||
                                  (value.kind == YamlValue::Kind::scalar && lines.size() == 1);
        if (inline_value) {
            out.push_back(key.front() + ": " + lines.front());
        } else {
            out.push_back(key.front() + ":");
            indent_into(out, lines, "  ", "  ");
        }
    }
    return out;
}

// Each place once; a place given twice (two items with one id) gets "#2".
std::vector<std::pair<std::string, const MapExtras*>> unique_places(const ExtrasByPlace& places) {
    std::unordered_map<std::string, int> seen;
    std::vector<std::pair<std::string, const MapExtras*>> out;
    for (const auto& [place, extras] : places) {
        const int n = ++seen[place];
        out.emplace_back(n == 1 ? place : place + "#" + std::to_string(n), extras);
    }
    return out;
}

void compare_place(const std::string& place, const MapExtras& a, const MapExtras& b,
                   std::vector<FieldChange>& out) {
    const auto find = [](const MapExtras& m, const std::string& key) -> const Extension* {
        for (const Extension& e : m.extensions)
            if (e.key == key) return &e;
        return nullptr;
    };
    const auto compare = [&](const std::string& key) {
        const Extension* x = find(a, key);
        const Extension* y = find(b, key);
        const std::vector<std::string> lx = x ? value_lines(x->value) : std::vector<std::string>{};
        const std::vector<std::string> ly = y ? value_lines(y->value) : std::vector<std::string>{};
        if (lx != ly)
            out.push_back({place.empty() ? key : place + "." + key, diff_sequences(lx, ly)});
    };
    for (const Extension& e : a.extensions) compare(e.key);
    for (const Extension& e : b.extensions)
        if (find(a, e.key) == nullptr) compare(e.key);
}

}  // namespace

std::vector<std::string> value_lines(const YamlValue& v) {
    std::vector<std::string> out;
    switch (v.kind) {
        case YamlValue::Kind::null:
            return {"~"};
        case YamlValue::Kind::scalar:
            return scalar_lines(v);
        case YamlValue::Kind::sequence:
            if (v.children.empty()) return {"[]"};
            for (const YamlValue& c : v.children) indent_into(out, value_lines(c), "- ", "  ");
            return out;
        case YamlValue::Kind::map:
            if (v.children.empty()) return {"{}"};
            return map_lines(v);
    }
    return out;
}

void compare_extras(const ExtrasByPlace& a, const ExtrasByPlace& b, std::vector<FieldChange>& out) {
    const auto pa = unique_places(a), pb = unique_places(b);
    std::unordered_map<std::string, const MapExtras*> in_a, in_b;
    for (const auto& [place, extras] : pa) in_a.emplace(place, extras);
    for (const auto& [place, extras] : pb) in_b.emplace(place, extras);
    static const MapExtras none;
    for (const auto& [place, extras] : pa) {
        const auto it = in_b.find(place);
        compare_place(place, *extras, it == in_b.end() ? none : *it->second, out);
    }
    for (const auto& [place, extras] : pb)
        if (!in_a.count(place)) compare_place(place, none, *extras, out);
}

}  // namespace rolekit::detail
