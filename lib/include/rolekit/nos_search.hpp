#pragma once
// Finding NOS in the loaded catalogues by code, words and functional-map
// area: how a manager looks for the locality competences to add.

#include <string>
#include <string_view>
#include <vector>

#include "rolekit/nos_catalog.hpp"

namespace rolekit {

struct NosMatch {
    const NosStandard* standard = nullptr;
    const FunctionPlacement* placement = nullptr;  // the placement shown (in the area when given)
    int score = 0;
};

// Standards matching the query, best first. A query word scores 5 when it is
// the standard's code (any case), 3 when it is a word of the title, 2 when it
// has the stem of a title word ("agency"/"agencies", "supervise"/"supervision":
// word_stem), 1 when it is, or has the stem of, a word of a reference function
// the standard is placed under. Every query word must match somewhere. With
// `area` (any case), only standards placed in that area. Ties are broken by
// title, then code. All matches are returned: the caller shows as many as it
// wants and can say how many there were.
std::vector<NosMatch> search_nos(const std::vector<const NosCatalog*>& catalogs,
                                 const std::vector<std::string>& query, std::string_view area);

// The stem of a lower-case word: common English endings taken off (-s, -es,
// -ies, -ing, -ion, -ation, -ment, -er, -ed, -ate, -e, -y), never leaving
// fewer than four letters. Two words match by stem when their stems are equal,
// so "communicatzzzz" is not "communicate".
std::string word_stem(std::string_view word);

// The area keys the standards of the catalogues are placed in, in first-seen
// order ("1", "2", …, "H"), for checking --area when no functional map is loaded.
std::vector<std::string> placement_areas(const std::vector<const NosCatalog*>& catalogs);

// `area` in the case the map writes it ("h" → "H"), or empty when it is not one of `areas`.
std::string known_area(std::string_view area, const std::vector<std::string>& areas);

}  // namespace rolekit
