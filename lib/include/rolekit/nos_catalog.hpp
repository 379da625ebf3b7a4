#pragma once
// kind: NosCatalog — National Occupational Standards.

#include <vector>

#include "rolekit/extension.hpp"
#include "rolekit/position.hpp"

namespace rolekit {

enum class NosStatus { current, legacy, withdrawn, uncoded };

struct FunctionPlacement {
    Text area;
    Text function;
    Position pos;
    MapExtras extras;  // x- keys and keys given empty (extension.hpp)
};

struct NosStandard {
    Text code;  // empty for an uncoded entry (code: null)
    Text title;
    Text suite;
    std::vector<FunctionPlacement> functions;
    std::vector<Text> ksf;
    Located<NosStatus> status;
    Text replaced_by;
    Position pos;
    MapExtras extras;
};

struct NosCatalog {
    Text title;
    std::vector<NosStandard> standards;
    MapExtras extras;
};

}  // namespace rolekit
