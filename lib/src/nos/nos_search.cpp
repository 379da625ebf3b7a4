#include "rolekit/nos_search.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>
#include <utility>

#include "util/words.hpp"

namespace rolekit {

using detail::lower_words;

namespace {

constexpr std::size_t kMinStem = 4;

// Longest first, so that "-ations" goes before "-s".
constexpr std::array<std::string_view, 22> kEndings = {
    "ations", "ation", "ating", "ments", "ated", "ates", "ment", "ings", "ions", "ing", "ion",
    "ies",    "ied",   "ers",   "ate",   "er",   "es",   "ed",   "ly",   "s",   "e",   "y"};

bool is_stem_of(const std::string& q, const std::vector<std::string>& stems) {
    const std::string s = word_stem(q);
    return std::find(stems.begin(), stems.end(), s) != stems.end();
}

std::vector<std::string> stems_of(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const std::string& w : words) out.push_back(word_stem(w));
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

struct Words {
    std::string code;
    std::vector<std::string> title, title_stems, functions, function_stems;
};

Words words_of(const NosStandard& s) {
    Words w;
    w.code = lower(s.code.value);
    w.title = lower_words(s.title.value);
    w.title_stems = stems_of(w.title);
    for (const FunctionPlacement& p : s.functions) {
        const auto f = lower_words(p.function.value);
        w.functions.insert(w.functions.end(), f.begin(), f.end());
    }
    w.function_stems = stems_of(w.functions);
    return w;
}

int word_score(const std::string& q, const Words& w) {
    if (!w.code.empty() && q == w.code) return 5;
    if (std::find(w.title.begin(), w.title.end(), q) != w.title.end()) return 3;
    if (is_stem_of(q, w.title_stems)) return 2;
    if (std::find(w.functions.begin(), w.functions.end(), q) != w.functions.end() ||
        is_stem_of(q, w.function_stems))
        return 1;
    return 0;
}

// 0 when some query word matches nothing.
int score_of(const NosStandard& s, const std::vector<std::string>& query) {
    const Words w = words_of(s);
    int total = 0;
    for (const std::string& q : query) {
        const int score = word_score(q, w);
        if (score == 0) return 0;
        total += score;
    }
    return total;
}

const FunctionPlacement* shown_placement(const NosStandard& s, std::string_view area) {
    for (const FunctionPlacement& p : s.functions)
        if (area.empty() || p.area.value == area) return &p;
    return nullptr;
}

}  // namespace

std::string word_stem(std::string_view word) {
    std::string stem(word);
    for (bool changed = true; changed;) {
        changed = false;
        for (const std::string_view ending : kEndings) {
            if (stem.size() < ending.size() + kMinStem || !stem.ends_with(ending)) continue;
            stem.resize(stem.size() - ending.size());
            changed = true;
            break;
        }
    }
    return stem;
}

std::vector<std::string> placement_areas(const std::vector<const NosCatalog*>& catalogs) {
    std::vector<std::string> out;
    for (const NosCatalog* c : catalogs)
        for (const NosStandard& s : c->standards)
            for (const FunctionPlacement& p : s.functions)
                if (std::find(out.begin(), out.end(), p.area.value) == out.end()) out.push_back(p.area.value);
    return out;
}

std::string known_area(std::string_view area, const std::vector<std::string>& areas) {
    for (const std::string& a : areas)
        if (lower(a) == lower(area)) return a;
    return {};
}

std::vector<NosMatch> search_nos(const std::vector<const NosCatalog*>& catalogs,
                                 const std::vector<std::string>& query_text, std::string_view area_text) {
    std::vector<std::string> query;
    for (const std::string& q : query_text) {
        const auto w = lower_words(q);
        query.insert(query.end(), w.begin(), w.end());
    }
    const std::string area = known_area(area_text, placement_areas(catalogs));
    std::vector<NosMatch> out;
    if (!area_text.empty() && area.empty()) return out;
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
    return out;
}

}  // namespace rolekit
