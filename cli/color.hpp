#pragma once
// Whether rolekit colours what it prints: the one policy every output asks.
//
//   --color always   colour, whatever the environment says
//   --color never    no colour
//   --color auto     (the default) colour only on a terminal, and not when
//                    NO_COLOR is set to anything but "" (https://no-color.org)
//                    or TERM is "dumb"

#include <string_view>

namespace rolekit::cli {

enum class ColorChoice { automatic, always, never };

// From --color's value ("auto", "always", "never"; CLI11 checks the spelling).
ColorChoice color_choice_from_name(std::string_view name);

// True when output written to file descriptor `fd` should be coloured, as
// `choice` says (made once from --color: Terminal, output.hpp).
bool use_color(ColorChoice choice, int fd);

}  // namespace rolekit::cli
