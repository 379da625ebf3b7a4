#pragma once
// The comments of a YAML text. yaml-cpp's event API drops them, and a line
// scanner alone cannot tell a comment from a `#` inside a quoted or block
// scalar: `scope: |` followed by `  # text`, or `title: 'a # b'` over two
// lines. So comments are found in the text outside the scalars yaml-cpp read,
// each scalar's extent taken from where yaml-cpp says it starts (plain
// scalars cannot hold ` #`: in YAML it always starts a comment).

#include <string_view>
#include <vector>

#include "rolekit/position.hpp"
#include "yaml/yaml_tree.hpp"

namespace rolekit::detail {

struct YamlComment {
    Position pos;           // of the `#`
    std::string_view text;  // after the `#`, to the end of the line (no line break)
};

// The comments of `source` (a text without its byte order mark, as parsed),
// given the scalars the parse found that are not plain.
std::vector<YamlComment> locate_comments(std::string_view source,
                                         const std::vector<ScalarStart>& scalars);

// The comments of a whole file, as yaml_tree parses it. None when the text is
// not one well-formed YAML document: then nothing in it can be trusted to be
// a comment. Views into `text`.
std::vector<YamlComment> yaml_comments(std::string_view text);

}  // namespace rolekit::detail
