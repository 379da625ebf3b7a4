#pragma once
// kind: CareerFramework — level descriptors and the core set of each level.

#include <optional>
#include <vector>

#include "rolekit/competence_group.hpp"

namespace rolekit {

struct CareerLevel {
    Located<int> level;
    Text descriptor;
    std::vector<Text> example_roles;
    std::optional<CompetenceGroups> core;  // absent: no core set stated
    Position pos;
    MapExtras extras;  // x- keys and keys given empty (extension.hpp)
};

struct CareerFramework {
    Text title;
    std::vector<CareerLevel> levels;
    MapExtras extras;
};

}  // namespace rolekit
