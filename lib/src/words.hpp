#pragma once
// Lower-case words of a text (letters and digits), as NOS search and the
// "closest NOS" suggestions compare titles.

#include <string>
#include <string_view>
#include <vector>

namespace rolekit::detail {

std::vector<std::string> lower_words(std::string_view text);

}  // namespace rolekit::detail
