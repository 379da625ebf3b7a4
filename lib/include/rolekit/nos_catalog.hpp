#pragma once
// kind: NosCatalog — National Occupational Standards.

#include <vector>

#include "rolekit/position.hpp"

namespace rolekit {

enum class NosStatus { current, legacy, withdrawn, uncoded };

struct FunctionPlacement {
    Text area;
    Text function;
    Position pos;
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
};

struct NosCatalog {
    Text title;
    std::vector<NosStandard> standards;
};

}  // namespace rolekit
