#pragma once
// A small, position-keeping YAML tree built from yaml-cpp's event API.
//
// Why not YAML::Node: it silently keeps duplicate keys, shares aliased nodes
// (cyclic graphs, billion-laughs blow-ups), ignores later documents and has no
// cheap way to tell a plain `3` from a quoted "3". Events let us see all of that
// while building a tree that costs a fraction of the node graph's memory.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/finding.hpp"

namespace rolekit::detail {

struct YamlNode {
    enum class Kind { null, scalar, sequence, map };

    Kind kind = Kind::null;
    Position pos;
    std::string value;   // scalars only
    bool plain = false;  // scalar written without quotes or tag
    // Sequence items in order; for maps keys and values alternate
    // (children[2*i] is a key, children[2*i+1] its value).
    std::vector<YamlNode> children;

    bool is_map() const { return kind == Kind::map; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_null() const { return kind == Kind::null; }
    std::size_t map_size() const { return children.size() / 2; }
};

std::string_view kind_name(const YamlNode& node);

struct YamlLimits {
    std::size_t max_alias_nodes = 100000;  // nodes created by expanding aliases
};

// Where a scalar that is not plain (quoted, block or tagged) starts: the byte
// offset of yaml-cpp's mark in the text without its byte order mark (at an
// anchor or tag written before it), and the indentation its lines need (one
// more than the column of the block collection it is in, 0 at the root).
// yaml_comments.hpp tells the comments from the text inside such scalars.
struct ScalarStart {
    std::size_t offset = 0;
    std::size_t min_indent = 0;
};

struct YamlParse {
    std::optional<YamlNode> root;  // set when the text is one well-formed document
    Findings findings;             // positions only; the caller adds the path
    std::vector<ScalarStart> scalars;  // every scalar that is not plain, in order
};

// Parses exactly one YAML document. Reports (as findings, never exceptions):
// invalid UTF-8 and control characters, syntax errors (a tab in the
// indentation and an unterminated quoted string named as such, where they
// are), zero or several documents, duplicate mapping keys, recursive or
// explosive aliases, and tags outside the core schema (which, like duplicate
// keys, leave the tree usable). A `!!null` scalar is null.
YamlParse parse_yaml(std::string_view text, const YamlLimits& limits = {});

}  // namespace rolekit::detail
