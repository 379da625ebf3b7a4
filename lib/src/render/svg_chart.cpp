// A BarChart as inline SVG (svg_chart.hpp).

#include "render/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "render/markdown_html.hpp"

namespace rolekit::detail {

namespace {

// Geometry in SVG user units (integers): legend rows on top, then one row
// per bar: its label on a line of its own (area names are long), the bar
// under it, its total after it.
constexpr int kWidth = 720;
constexpr int kBarMax = 660;
constexpr int kLegendRow = 22;
constexpr int kBarsTop = 3 * kLegendRow + 12;
constexpr int kRow = 50;
constexpr int kLabelLine = 16;
constexpr int kBarHeight = 22;
constexpr int kMinLabelWidth = 20;  // narrower parts carry no count inside

struct Part {
    std::string_view sign;
    std::string_view fill;  // colour or the hatch pattern
    std::string_view ink;   // the count's colour inside the part
};

// Lightness apart (grey print): hatched mid red, light grey, dark green.
constexpr Part kFirst{"\u2212", "url(#diff-chart-hatch)", "#212b32"};
constexpr Part kBoth{"=", "#d8dde0", "#212b32"};
constexpr Part kSecond{"+", "#00703c", "#ffffff"};

constexpr std::string_view kDefs =
    "<defs><pattern id=\"diff-chart-hatch\" width=\"6\" height=\"6\" "
    "patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f3b4ae\"/>"
    "<rect width=\"2\" height=\"6\" fill=\"#a8261a\"/></pattern></defs>\n";

std::string legend(const BarChart& chart) {
    std::string out;
    const std::pair<const Part*, std::string> rows[] = {{&kFirst, "Only in " + chart.first_name},
                                                        {&kBoth, "In both"},
                                                        {&kSecond, "Only in " + chart.second_name}};
    int y = 0;
    for (const auto& [part, words] : rows) {
        out += fmt::format(
            "<rect x=\"0\" y=\"{}\" width=\"28\" height=\"16\" fill=\"{}\" stroke=\"#212b32\"/>"
            "<text x=\"14\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\" "
            "font-weight=\"700\">{}</text>"
            "<text x=\"38\" y=\"{}\">{} {}</text>\n",
            y + 2, part->fill, y + 15, part->ink, part->sign, y + 15, part->sign,
            html_escape(words));
        y += kLegendRow;
    }
    return out;
}

// One part of a bar from x: `count` of the longest bar's `most` NOS, at
// least 3 units wide so a part of one NOS shows; returns its width. Its sign
// and count go inside when they fit, with a white halo on dark ink (legible on
// the hatch).
int bar_part(std::string& out, const Part& part, int x, int y, std::size_t count,
             std::size_t most) {
    if (count == 0) return 0;
    const int width = std::max(3, static_cast<int>(count * kBarMax / most));
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#212b32\"/>", x, y,
        width, kBarHeight, part.fill);
    if (width >= kMinLabelWidth)
        out += fmt::format(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\" font-weight=\"700\" "
            "stroke=\"{}\" "
            "stroke-width=\"3\" paint-order=\"stroke\">{}{}</text>",
            x + width / 2, y + 16, part.ink, part.ink == kFirst.ink ? "#ffffff" : "none", part.sign,
            count);
    return width;
}

std::string bar_row(const Bar& bar, int y, std::size_t most) {
    std::string out =
        fmt::format("<g><title>{}: {} only in the first, {} in both, {} only in the second</title>",
                    html_escape(bar.label), bar.first, bar.both, bar.second);
    out += fmt::format("<text x=\"0\" y=\"{}\" font-weight=\"700\">{}</text>", y + kLabelLine - 3,
                       html_escape(bar.label));
    y += kLabelLine + 2;
    int x = 0;
    x += bar_part(out, kFirst, x, y, bar.first, most);
    x += bar_part(out, kBoth, x, y, bar.both, most);
    x += bar_part(out, kSecond, x, y, bar.second, most);
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text></g>\n", x + 6, y + 16,
                       bar.first + bar.both + bar.second);
    return out;
}

std::string description(const BarChart& chart) {
    std::string out;
    for (const Bar& bar : chart.bars)
        out += fmt::format("{}{}: {} only in {}, {} in both, {} only in {}.",
                           out.empty() ? "" : " ", bar.label, bar.first, chart.first_name, bar.both,
                           bar.second, chart.second_name);
    return out;
}

}  // namespace

std::string svg_chart(const BarChart& chart) {
    std::size_t most = 1;
    for (const Bar& bar : chart.bars) most = std::max(most, bar.first + bar.both + bar.second);
    const int height = kBarsTop + kRow * static_cast<int>(chart.bars.size());
    std::string out = fmt::format(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"diff-chart-title diff-chart-desc\" "
        "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" "
        "font-size=\"13\" font-family=\"Arial, sans-serif\" fill=\"#212b32\">\n"
        "<title id=\"diff-chart-title\">{}</title>\n<desc id=\"diff-chart-desc\">{}</desc>\n",
        kWidth, height, kWidth, height, html_escape(chart.title), html_escape(description(chart)));
    out += kDefs;
    out += legend(chart);
    int y = kBarsTop;
    for (const Bar& bar : chart.bars) {
        out += bar_row(bar, y, most);
        y += kRow;
    }
    return out + "</svg>\n";
}

}  // namespace rolekit::detail
