#pragma once
// What the spreadsheet tables share.

#include <string>

#include "rolekit/document_set.hpp"

namespace rolekit::detail {

// An area's place in the functional map (as pages order them); areas the
// map does not know after those it does.
inline std::size_t sheet_area_rank(const std::string& area, const DocumentSet& ctx) {
    if (const FunctionalMap* map = ctx.functional_map())
        for (std::size_t i = 0; i < map->areas.size(); ++i)
            if (map->areas[i].key.value == area) return i;
    return 1000;
}

}  // namespace rolekit::detail
