#pragma once
// The x- keys of two revisions of a document: a changed field for each one
// that differs, named by where it sits ("knowledge.K1.x-source").

#include <string>
#include <utility>
#include <vector>

#include "rolekit/diff.hpp"
#include "rolekit/extension.hpp"

namespace rolekit::detail {

// The mappings of one document that may hold x- keys, each by its place.
using ExtrasByPlace = std::vector<std::pair<std::string, const MapExtras*>>;

// Places are matched by name (an empty place is the document's top level);
// a place on one side only compares with no x- keys.
void compare_extras(const ExtrasByPlace& a, const ExtrasByPlace& b, std::vector<FieldChange>& out);

// A value as YAML-like lines: scalars as written (quoted when they were),
// collections one item or key a line.
std::vector<std::string> value_lines(const YamlValue& v);

}  // namespace rolekit::detail
