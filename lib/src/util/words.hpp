#pragma once
// Lower-case words of a text (letters and digits), as NOS search and the
// "closest NOS" suggestions compare titles; how far apart two words are.

#include <string>
#include <string_view>
#include <vector>

namespace rolekit::detail {

std::vector<std::string> lower_words(std::string_view text);

// Levenshtein distance, for "did you mean" (closest_match, suggest.hpp).
std::size_t edit_distance(std::string_view a, std::string_view b);

// Jaccard similarity of two sorted word sets without repeats (0 when either
// is empty): how alike two NOS titles are, or two revisions of an item.
double similarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace rolekit::detail
