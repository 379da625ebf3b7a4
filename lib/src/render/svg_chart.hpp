#pragma once
// A BarChart drawn as inline SVG for the HTML page (render_html.cpp).

#include <string>

#include "render/render_blocks.hpp"

namespace rolekit::detail {

// An <svg role="img"> with a <title> and a <desc>, no script and nothing
// external (the page's CSP is default-src 'none'). Integer geometry, so the
// same chart gives the same bytes. Each part of a bar differs from the others
// in lightness, in pattern and in its sign (− = +), so it reads in colour, in
// grey print and without colour; the legend carries the sign and the word.
// Ids are fixed: one chart per page.
std::string svg_chart(const BarChart& chart);

}  // namespace rolekit::detail
