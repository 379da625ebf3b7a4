#include "color.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace rolekit::cli {

namespace {

bool environment_allows_color() {
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color != nullptr && *no_color != '\0') return false;
    const char* term = std::getenv("TERM");
    return term == nullptr || std::string_view(term) != "dumb";
}

}  // namespace

ColorChoice color_choice_from_name(std::string_view name) {
    if (name == "always") return ColorChoice::always;
    if (name == "never") return ColorChoice::never;
    return ColorChoice::automatic;
}

bool use_color(ColorChoice choice, int fd) {
    switch (choice) {
        case ColorChoice::always: return true;
        case ColorChoice::never: return false;
        case ColorChoice::automatic: break;
    }
    return ::isatty(fd) == 1 && environment_allows_color();
}

}  // namespace rolekit::cli
