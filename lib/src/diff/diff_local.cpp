// Two role profiles' local competences (agreed locally, not NOS): which each
// states alone, and which both state differently.

#include <algorithm>
#include <deque>
#include <map>

#include "diff/diff_profile_fields.hpp"
#include "schema/format_keys.hpp"
#include "util/words.hpp"

namespace rolekit::detail {

namespace {

// A statement's words, lower-case: the identity of a local competence, as
// merge and the local-competence-twice check compare them.
std::string statement_key(const std::string& statement) {
    std::string key;
    for (const std::string& w : lower_words(statement)) (key += key.empty() ? "" : " ") += w;
    return key;
}

LocalEntry entry(const LocalCompetence& c) {
    return {c.statement.value, c.area.value,   c.function.value,
            c.evidence.value,  c.source.value, c.locality.value};
}

bool same(const LocalEntry& x, const LocalEntry& y) {
    return x.statement == y.statement && x.area == y.area && x.function == y.function &&
           x.evidence == y.evidence && x.source == y.source && x.locality == y.locality;
}

std::size_t area_rank(const std::string& area, const FunctionalMap* map) {
    if (map != nullptr)
        for (std::size_t i = 0; i < map->areas.size(); ++i)
            if (map->areas[i].key.value == area) return i;
    return 1000;
}

template <class T, class Area>
void sort_by_area(std::vector<T>& list, const FunctionalMap* map, Area area) {
    std::stable_sort(list.begin(), list.end(), [&](const T& x, const T& y) {
        return std::pair(area_rank(area(x), map), area(x)) <
               std::pair(area_rank(area(y), map), area(y));
    });
}

}  // namespace

void compare_local_competences(const RoleProfile& a, const RoleProfile& b, const FunctionalMap* map,
                               ProfileDiff& d, std::vector<FieldChange>& changed_fields) {
    // A statement given twice is matched occurrence by occurrence.
    std::map<std::string, std::deque<std::size_t>> in_a;
    for (std::size_t i = 0; i < a.local_competences.size(); ++i)
        in_a[statement_key(a.local_competences[i].statement.value)].push_back(i);
    std::vector<bool> paired(a.local_competences.size(), false);
    std::vector<std::string> order_a, order_b;  // statements kept in both, in each side's order
    for (const LocalCompetence& c : b.local_competences) {
        auto& queue = in_a[statement_key(c.statement.value)];
        if (queue.empty()) {
            d.local_only_b.push_back(entry(c));
            continue;
        }
        const std::size_t i = queue.front();
        queue.pop_front();
        paired[i] = true;
        // A's wording on both sides: a statement written another way is a
        // change reported above, not an order.
        order_b.push_back(a.local_competences[i].statement.value);
        const LocalEntry x = entry(a.local_competences[i]), y = entry(c);
        if (!same(x, y)) d.local_changed.push_back({x, y});
    }
    for (std::size_t i = 0; i < a.local_competences.size(); ++i) {
        if (paired[i])
            order_a.push_back(a.local_competences[i].statement.value);
        else
            d.local_only_a.push_back(entry(a.local_competences[i]));
    }
    const auto area = [](const LocalEntry& e) { return e.area; };
    sort_by_area(d.local_only_a, map, area);
    sort_by_area(d.local_only_b, map, area);
    sort_by_area(d.local_changed, map, [](const ChangedLocal& c) { return c.b.area; });
    // Kept in both but listed in another order: nothing above shows that.
    if (order_a != order_b)
        changed_fields.push_back(
            {std::string(key::local_competences) + " (order)", diff_sequences(order_a, order_b)});
}

}  // namespace rolekit::detail
