#pragma once
// Which YAML tags a rolekit document may carry. The format reads every value
// by where it stands (text, whole number, list, mapping), so tags beyond the
// core schema's (`!!binary`, `!foo`, `!<tag:...>`) would be ignored, and text
// that the writer meant as something else would be taken as plain text.

#include <optional>
#include <string>
#include <string_view>

namespace rolekit::detail {

enum class TaggedKind { scalar, sequence, map };

// yaml-cpp's resolved tag for a node, as it is written in a file: `!!binary`
// for `tag:yaml.org,2002:binary`, `!<...>` for other URIs.
std::string tag_as_written(std::string_view tag);

// Why `tag` is not allowed on a node of `kind`, or nothing when it is:
// no tag, the non-specific `!`, `!!str`, `!!int`, `!!float`, `!!bool` and
// `!!null` on scalars, `!!seq` on lists and `!!map` on mappings.
std::optional<std::string> tag_problem(std::string_view tag, TaggedKind kind);

// The core-schema `!!null` tag, which makes a scalar "not given".
bool is_null_tag(std::string_view tag);

}  // namespace rolekit::detail
