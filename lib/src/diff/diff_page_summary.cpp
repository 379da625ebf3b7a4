// The opening of the page comparing two role profiles: the counts in words,
// then a chart of where the two roles differ, area by area.

#include <fmt/format.h>

#include <algorithm>

#include "diff/diff_labels.hpp"
#include "diff/diff_pages.hpp"

namespace rolekit::detail {

namespace {

std::string local_count(std::size_t n) {
    return fmt::format("{} local competence{}", n, n == 1 ? "" : "s");
}

std::vector<ListItem> summary_items(const ProfileDiff& d, const SideNames& n) {
    std::vector<ListItem> items;
    const auto add = [&](std::string text) { items.push_back({std::move(text), {}}); };
    add(fmt::format("+ {} NOS only in {}: what it adds", d.only_b.size(), n.second));
    add(fmt::format("\u2212 {} NOS only in {}", d.only_a.size(), n.first));
    std::string both = fmt::format("= {} NOS in both", d.both.size());
    if (!d.moved.empty())
        both +=
            fmt::format(", {} of them moved to another section, area or function", d.moved.size());
    add(std::move(both));
    if (!d.retitled.empty())
        add(fmt::format("~ {} NOS in both written another way (retitled)", d.retitled.size()));
    if (!d.local_only_b.empty())
        add(fmt::format("+ {} only in {}", local_count(d.local_only_b.size()), n.second));
    if (!d.local_only_a.empty())
        add(fmt::format("\u2212 {} only in {}", local_count(d.local_only_a.size()), n.first));
    if (!d.local_changed.empty())
        add(fmt::format("~ {} changed", local_count(d.local_changed.size())));
    if (!d.changed_fields.empty())
        add(fmt::format("~ {} other field{} changed", d.changed_fields.size(),
                        d.changed_fields.size() == 1 ? "" : "s"));
    return items;
}

// The areas in the functional map's order, then any other area in the
// order the lists give it.
std::vector<std::string> area_order(const ProfileDiff& d, const DocumentSet& ctx) {
    std::vector<std::string> keys;
    if (const FunctionalMap* map = ctx.functional_map())
        for (const FunctionalArea& a : map->areas) keys.push_back(a.key.value);
    for (const auto* list : {&d.only_a, &d.both, &d.only_b})
        for (const NosEntry& e : *list)
            if (std::find(keys.begin(), keys.end(), e.area) == keys.end()) keys.push_back(e.area);
    return keys;
}

std::size_t count_in(const std::vector<NosEntry>& list, const std::string& area) {
    return static_cast<std::size_t>(
        std::count_if(list.begin(), list.end(), [&](const NosEntry& e) { return e.area == area; }));
}

}  // namespace

// One bar per area that either role lists a NOS under. A moved NOS is in
// both: it counts where the second role lists it.
BarChart profile_diff_chart(const ProfileDiff& d, const SideNames& n, const DocumentSet& ctx) {
    BarChart chart;
    chart.title = fmt::format(
        "Where the roles differ: NOS in each functional-map area, only in {}, in both, or only in "
        "{}. "
        "A moved NOS counts as in both, under the area {} gives it.",
        n.first, n.second, n.second);
    chart.first_name = n.first;
    chart.second_name = n.second;
    for (const std::string& key : area_order(d, ctx)) {
        Bar bar{area_label(key, ctx), count_in(d.only_a, key), count_in(d.both, key),
                count_in(d.only_b, key)};
        if (bar.first + bar.both + bar.second > 0) chart.bars.push_back(std::move(bar));
    }
    return chart;
}

void page_summary(Page& page, const ProfileDiff& d, const SideNames& n, const DocumentSet& ctx) {
    page.heading(2, "Summary");
    page.list(summary_items(d, n));
    // When every NOS is in both there is no difference to picture.
    if (!d.only_a.empty() || !d.only_b.empty()) page.chart(profile_diff_chart(d, n, ctx));
}

}  // namespace rolekit::detail
