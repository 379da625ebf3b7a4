#pragma once
// What a mapping of a document holds besides the values of the format's keys:
// the user's `x-` keys, kept with their content so that writing the model back
// (merge) loses none of them, and the keys given with nothing in them, so that
// writing it back drops none and adds none.

#include <string>
#include <string_view>
#include <vector>

#include "rolekit/position.hpp"

namespace rolekit {

// Any YAML value, as much of it as writing it back needs. Aliases are already
// expanded; tags, comments and flow or block style are not kept.
struct YamlValue {
    enum class Kind { null, scalar, sequence, map };

    Kind kind = Kind::null;
    std::string text;    // scalars only
    bool plain = false;  // a scalar without quotes or tag: `12` is a number to YAML, `"12"` text
    // Sequence items in order; for maps keys and values alternate
    // (children[2*i] is a key, children[2*i+1] its value).
    std::vector<YamlValue> children;
};

// A user extension: a key that starts with `x-`, and its value.
struct Extension {
    std::string key;
    YamlValue value;
    Position pos;  // of the key
};

// A key written with an empty value: `""`, `[]`, `{}`, or null (`~`, nothing).
struct EmptyKey {
    std::string key;
    bool null = false;
};

struct MapExtras {
    std::vector<Extension> extensions;  // in file order
    std::vector<EmptyKey> empty_keys;   // in file order

    const EmptyKey* find_empty(std::string_view key) const;
    // Another document's extras for the same mapping (an overlay's, in merge):
    // an extension replaces ours of the same key or is added after ours; an
    // empty key we lack is added.
    void merge(const MapExtras& other);
};

}  // namespace rolekit
