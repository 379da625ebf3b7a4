// The blocks of a comparison page: marked words and a bar chart, shared by
// every backend.

#include <fmt/format.h>

#include "render/render_blocks.hpp"

namespace rolekit::detail {

std::vector<TextRun> text_runs(const std::vector<EditOp>& words) {
    std::vector<TextRun> out;
    for (const auto& [op, word] : words) {
        const TextRun::Mark mark = op == '-'   ? TextRun::Mark::deleted
                                   : op == '+' ? TextRun::Mark::inserted
                                               : TextRun::Mark::kept;
        if (!out.empty()) {
            if (out.back().mark == mark) {
                out.back().text += " " + word;
                continue;
            }
            // The space between two runs is kept text: a marked run starts
            // and ends at a word.
            if (out.back().mark == TextRun::Mark::kept) {
                out.back().text += " ";
            } else if (mark == TextRun::Mark::kept) {
                out.push_back({mark, " " + word});
                continue;
            } else {
                out.push_back({TextRun::Mark::kept, " "});
            }
        }
        out.push_back({mark, word});
    }
    return out;
}

Table bar_chart_table(const BarChart& chart) {
    Table t;
    // The signs of the chart's legend, so the table reads as the chart does.
    t.header = {"", "\u2212 Only in " + chart.first_name, "= In both", "+ Only in " + chart.second_name};
    t.row_headers = true;
    t.css_class = "chart-counts";
    for (const Bar& bar : chart.bars)
        t.rows.push_back({std::vector<std::string>{bar.label},
                          std::vector<std::string>{std::to_string(bar.first)},
                          std::vector<std::string>{std::to_string(bar.both)},
                          std::vector<std::string>{std::to_string(bar.second)}});
    return t;
}

void Page::changes(std::vector<TextRun> runs) {
    if (runs.empty()) return;
    Block b;
    b.kind = Block::Kind::changes;
    b.runs = std::move(runs);
    blocks.push_back(std::move(b));
}

void Page::chart(BarChart chart) {
    if (chart.bars.empty()) return;
    Block b;
    b.kind = Block::Kind::chart;
    b.chart = std::move(chart);
    blocks.push_back(std::move(b));
}

}  // namespace rolekit::detail
