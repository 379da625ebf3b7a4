#include "rolekit/suggest.hpp"

#include <algorithm>

#include "util/words.hpp"

namespace rolekit {

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    const std::string* best = nullptr;
    std::size_t best_distance = limit + 1;
    for (const std::string& candidate : candidates) {
        if (const std::size_t d = detail::edit_distance(word, candidate); d < best_distance) {
            best_distance = d;
            best = &candidate;
        }
    }
    if (best != nullptr) return *best;
    const auto starts = [&](const std::string& c) { return word.size() >= 2 && c.starts_with(word); };
    const auto first = std::find_if(candidates.begin(), candidates.end(), starts);
    if (first == candidates.end() || std::find_if(first + 1, candidates.end(), starts) != candidates.end())
        return {};
    return *first;
}

}  // namespace rolekit
