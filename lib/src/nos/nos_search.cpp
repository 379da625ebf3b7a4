#include "rolekit/nos_search.hpp"

#include "util/words.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace rolekit {

using detail::lower_words;

namespace {

// Words that share a stem: all but the last two letters of the shorter word,
// and at least four ("agency"/"agencies", "supervise"/"supervision").
bool prefix_match(const std::string& a, const std::string& b) {
    const std::size_t shorter = std::min(a.size(), b.size());
    std::size_t common = 0;
    while (common < shorter && a[common] == b[common]) ++common;
    return common >= 4 && common + 2 >= shorter;
}

int word_score(const std::string& q, const std::vector<std::string>& title,
               const std::vector<std::string>& functions) {
    if (std::find(title.begin(), title.end(), q) != title.end()) return 3;
    if (std::any_of(title.begin(), title.end(), [&](const std::string& w) { return prefix_match(q, w); }))
        return 2;
    if (std::any_of(functions.begin(), functions.end(),
                    [&](const std::string& w) { return w == q || prefix_match(q, w); }))
        return 1;
    return 0;
}

const FunctionPlacement* shown_placement(const NosStandard& s, std::string_view area) {
    for (const FunctionPlacement& p : s.functions)
        if (area.empty() || p.area.value == area) return &p;
    return nullptr;
}

// 0 when some query word matches nothing.
int score_of(const NosStandard& s, const std::vector<std::string>& query) {
    const auto title = lower_words(s.title.value);
    std::vector<std::string> functions;
    for (const FunctionPlacement& p : s.functions) {
        const auto w = lower_words(p.function.value);
        functions.insert(functions.end(), w.begin(), w.end());
    }
    int total = 0;
    for (const std::string& q : query) {
        const int score = word_score(q, title, functions);
        if (score == 0) return 0;
        total += score;
    }
    return total;
}

}  // namespace

std::vector<NosMatch> search_nos(const std::vector<const NosCatalog*>& catalogs,
                                 const std::vector<std::string>& query_text, std::string_view area,
                                 std::size_t limit) {
    std::vector<std::string> query;
    for (const std::string& q : query_text) {
        const auto w = lower_words(q);
        query.insert(query.end(), w.begin(), w.end());
    }
    std::vector<NosMatch> out;
    for (const NosCatalog* c : catalogs)
        for (const NosStandard& s : c->standards) {
            const FunctionPlacement* placement = shown_placement(s, area);
            if (!area.empty() && placement == nullptr) continue;
            const int score = query.empty() ? 1 : score_of(s, query);
            if (score > 0) out.push_back({&s, placement, score});
        }
    std::sort(out.begin(), out.end(), [](const NosMatch& a, const NosMatch& b) {
        return std::tie(b.score, a.standard->title.value, a.standard->code.value) <
               std::tie(a.score, b.standard->title.value, b.standard->code.value);
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

}  // namespace rolekit
