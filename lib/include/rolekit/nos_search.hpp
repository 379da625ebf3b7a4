#pragma once
// Finding NOS in the loaded catalogues by words and functional-map area: how a
// manager looks for the locality competences to add.

#include <string>
#include <string_view>
#include <vector>

#include "rolekit/nos_catalog.hpp"

namespace rolekit {

struct NosMatch {
    const NosStandard* standard = nullptr;
    const FunctionPlacement* placement = nullptr;  // the placement shown (in --area when given)
    int score = 0;
};

// Standards matching the query, best first. A query word scores 3 when it is a
// word of the title, 2 when it shares a stem with a title word (all but the
// last two letters of the shorter, 4 at least: "agency"/"agencies"), 1 when
// it matches a word of a reference function the standard is placed under. Every query word must match somewhere. With `area`, only
// standards placed in that area. Ties are broken by title, then code.
std::vector<NosMatch> search_nos(const std::vector<const NosCatalog*>& catalogs,
                                 const std::vector<std::string>& query, std::string_view area,
                                 std::size_t limit);

}  // namespace rolekit
