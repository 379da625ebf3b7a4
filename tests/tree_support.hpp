#pragma once
// Test helpers over YAML trees (the loader's own, lib/src/yaml/yaml_tree.hpp):
// write a tree out as YAML, add `x-` keys to every mapping of a document, and
// flatten a tree to its leaves by path, to compare what a writer kept.

#include <doctest/doctest.h>
#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/yaml_tree.hpp"

namespace rolekit::test {

using detail::YamlNode;

inline YamlNode parse_tree(std::string_view text) {
    detail::YamlParse r = detail::parse_yaml(text);
    for (const Finding& f : r.findings) CAPTURE(f.message);
    REQUIRE(r.findings.empty());
    REQUIRE(r.root);
    return std::move(*r.root);
}

inline void emit_node(YAML::Emitter& out, const YamlNode& n) {
    switch (n.kind) {
        case YamlNode::Kind::null:
            out << YAML::Null;
            break;
        case YamlNode::Kind::scalar:
            if (n.plain)
                out << n.value;
            else
                out << YAML::DoubleQuoted << n.value;
            break;
        case YamlNode::Kind::sequence:
            out << YAML::BeginSeq;
            for (const YamlNode& c : n.children) emit_node(out, c);
            out << YAML::EndSeq;
            break;
        case YamlNode::Kind::map:
            out << YAML::BeginMap;
            for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
                out << YAML::Key;
                emit_node(out, n.children[i]);
                out << YAML::Value;
                emit_node(out, n.children[i + 1]);
            }
            out << YAML::EndMap;
            break;
    }
}

// The tree as YAML text (block style; quoted scalars double-quoted).
inline std::string emit_tree(const YamlNode& root) {
    YAML::Emitter out;
    emit_node(out, root);
    REQUIRE(out.good());
    return std::string(out.c_str()) + "\n";
}

inline YamlNode plain_scalar(std::string text) {
    YamlNode n;
    n.kind = YamlNode::Kind::scalar;
    n.value = std::move(text);
    n.plain = true;
    return n;
}

// The values the added x- keys get, in turn: each shape an extension may
// hold, quoted and plain scalars that YAML reads differently among them.
inline const std::vector<YamlNode>& extension_values() {
    static const std::vector<YamlNode> values = parse_tree(R"(
- a plain note
- "12"
- 12
- ~
- ""
- []
- {}
- {source: p. 12, tags: [a, "b", 3, true], nested: {deep: [{x: 1}, ~, "yes"]}}
- |
  Two lines
  of Markdown.
- [1, two, {three: "3"}]
)")
                                                    .children;
    return values;
}

inline bool is_extension_key(const YamlNode& key) {
    return key.is_scalar() && key.value.rfind("x-", 0) == 0;
}

// Adds keys `<prefix><n>` (n = 1, 2, ...) to every mapping in `node`, but not
// inside x- values: one before the mapping's keys and one after them. Returns
// how many were added.
inline int add_extensions(YamlNode& node, const std::string& prefix, int added = 0) {
    for (std::size_t i = 0; i < node.children.size(); ++i) {
        if (node.is_map() && (i % 2 == 0 || is_extension_key(node.children[i - 1]))) continue;
        added = add_extensions(node.children[i], prefix, added);
    }
    if (!node.is_map()) return added;
    const auto& values = extension_values();
    const auto pair = [&] {
        ++added;
        return std::vector{plain_scalar(prefix + std::to_string(added)),
                           values[static_cast<std::size_t>(added) % values.size()]};
    };
    const std::vector<YamlNode> first = pair();
    node.children.insert(node.children.begin(), first.begin(), first.end());
    const std::vector<YamlNode> last = pair();
    node.children.insert(node.children.end(), last.begin(), last.end());
    return added;
}

// Every leaf of a tree by its path (`/competences/core/0/area`): a scalar by
// its text, null as `~`, empty collections as `[]` and `{}`. Under an x- key
// a scalar also says whether it was plain: YAML reads plain `12` as a number
// and `"12"` as text, so a writer must keep the difference there.
inline void collect_leaves(const YamlNode& n, const std::string& path, bool in_extension,
                           std::map<std::string, std::string>& out) {
    switch (n.kind) {
        case YamlNode::Kind::null:
            out[path] = "~";
            return;
        case YamlNode::Kind::scalar:
            out[path] = (in_extension ? (n.plain ? "plain " : "quoted ") : "") + n.value;
            return;
        case YamlNode::Kind::sequence:
            if (n.children.empty()) out[path] = "[]";
            for (std::size_t i = 0; i < n.children.size(); ++i)
                collect_leaves(n.children[i], path + "/" + std::to_string(i), in_extension, out);
            return;
        case YamlNode::Kind::map:
            if (n.children.empty()) out[path] = "{}";
            for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
                const YamlNode& key = n.children[i];
                const std::string name =
                    key.is_scalar() ? key.value : "(" + std::string(kind_name(key)) + ")";
                collect_leaves(n.children[i + 1], path + "/" + name,
                               in_extension || is_extension_key(key), out);
            }
            return;
    }
}

inline std::map<std::string, std::string> leaves(const YamlNode& root) {
    std::map<std::string, std::string> out;
    collect_leaves(root, "", false, out);
    return out;
}

// What `actual` lacks, changes or adds compared with `expected`, a line each
// (the first 12); empty when they are the same.
inline std::string leaf_diff(const std::map<std::string, std::string>& expected,
                             const std::map<std::string, std::string>& actual) {
    std::vector<std::string> lines;
    for (const auto& [path, value] : expected) {
        const auto it = actual.find(path);
        if (it == actual.end())
            lines.push_back("lost " + path + ": " + value);
        else if (it->second != value)
            lines.push_back("changed " + path + ": " + value + " -> " + it->second);
    }
    for (const auto& [path, value] : actual)
        if (!expected.count(path)) lines.push_back("added " + path + ": " + value);
    std::string out;
    for (std::size_t i = 0; i < lines.size() && i < 12; ++i) out += lines[i] + "\n";
    if (lines.size() > 12) out += std::to_string(lines.size() - 12) + " more\n";
    return out;
}

}  // namespace rolekit::test
