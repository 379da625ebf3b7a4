#pragma once
// kind: FunctionalMap — the Health Functional Map.

#include <vector>

#include "rolekit/extension.hpp"
#include "rolekit/position.hpp"

namespace rolekit {

struct FunctionalArea {
    Text key;  // "1".."6", "A".."H"
    Text name;
    Text ksf;
    std::vector<Text> functions;
    Position pos;
    MapExtras extras;  // x- keys and keys given empty (extension.hpp)
};

struct FunctionalMap {
    Text title;
    std::vector<FunctionalArea> areas;
    MapExtras extras;
};

}  // namespace rolekit
