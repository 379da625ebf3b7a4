#pragma once
// One item list of two revisions (knowledge, duties, units, ...): which items
// kept their id, which were renumbered or reworded, added or removed.

#include <optional>
#include <string>
#include <vector>

#include "rolekit/diff.hpp"

namespace rolekit::detail {

struct Item {
    std::string id;
    std::string text;  // as shown; close matches are found on its words
    std::string key;   // what "unchanged" means; the text when empty
};

using Items = std::vector<Item>;

// Appends the list's changes to `out`: rewordings under the same id (A's
// order), then each item whose id is only in A, reworded, renumbered or
// removed (A's order), then the items added (B's order). An id given twice is
// matched occurrence by occurrence. Returns, for each item of B, the index of
// its item in A (nullopt: added).
std::vector<std::optional<std::size_t>> compare_items(const std::string& list, const Items& a,
                                                      const Items& b, std::vector<ItemChange>& out);

}  // namespace rolekit::detail
