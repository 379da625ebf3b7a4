// Matching the items of two revisions of a list in near-linear time. An item
// whose id is only in A is paired with the item only in B whose words are most
// like its own (Jaccard similarity over the sets of words, above 0.5; the
// first in B's order on a tie), taking A's items in order. Comparing every
// such pair made renumbering a whole standard quadratic; instead the pairs
// that can score above 0.5 are found through an index of B's words.

#include "diff/diff_items.hpp"

#include "util/words.hpp"

#include <algorithm>
#include <unordered_map>

namespace rolekit::detail {

namespace {

const std::string& key_of(const Item& item) {
    return item.key.empty() ? item.text : item.key;
}

// Sorted, without repeats.
std::vector<std::string> word_set(const std::string& text) {
    std::vector<std::string> w = split_words(text);
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += w + '\n';  // no word holds a line break
    return out;
}

// The items only in B, waiting to be paired: by their exact set of words
// (similarity 1, the most there is), and by each of their words.
class Candidates {
  public:
    Candidates(const Items& b, const std::vector<std::size_t>& added) {
        words_.reserve(added.size());
        taken_.assign(added.size(), false);
        seen_.assign(added.size(), kNone);
        for (std::size_t i = 0; i < added.size(); ++i) {
            words_.push_back(word_set(b[added[i]].text));
            if (words_[i].empty()) continue;  // similarity 0 with anything
            same_words_[joined(words_[i])].push_back(i);
            for (const std::string& w : words_[i]) by_word_[w].push_back(i);
        }
    }

    // The best partner for an item with these words (an index into `added`),
    // taken out of the candidates; nullopt when none scores above 0.5.
    std::optional<std::size_t> take_best(const std::vector<std::string>& words, std::size_t query) {
        if (words.empty()) return std::nullopt;
        std::optional<std::size_t> best = first_with_same_words(words);
        if (!best) best = closest(words, query);
        if (best) taken_[*best] = true;
        return best;
    }

    bool taken(std::size_t i) const { return taken_[i]; }

  private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    std::optional<std::size_t> first_with_same_words(const std::vector<std::string>& words) {
        const auto it = same_words_.find(joined(words));
        if (it == same_words_.end()) return std::nullopt;
        std::vector<std::size_t>& list = it->second;
        auto& next = next_same_[it->first];
        while (next < list.size() && taken_[list[next]]) ++next;
        if (next == list.size()) return std::nullopt;
        return list[next];
    }

    // A pair scoring above 0.5 shares more than half of the query's words
    // (3c > |a| + |b| >= |a| + c), so it shares one of the query's
    // (k - floor(m/2)) rarest indexed words, where m is the number of the
    // query's words and k how many of them B has at all. Only the items
    // listing one of those are scored.
    std::optional<std::size_t> closest(const std::vector<std::string>& words, std::size_t query) {
        std::vector<std::pair<std::size_t, const std::vector<std::size_t>*>> indexed;
        for (const std::string& w : words)
            if (const auto it = by_word_.find(w); it != by_word_.end())
                indexed.emplace_back(it->second.size(), &it->second);
        const std::size_t must_share = words.size() / 2 + 1;
        if (indexed.size() < must_share) return std::nullopt;
        std::sort(indexed.begin(), indexed.end(),
                  [](const auto& x, const auto& y) { return x.first < y.first; });
        std::optional<std::size_t> best;
        double best_score = 0.5;
        for (std::size_t k = 0; k < indexed.size() - must_share + 1; ++k)
            for (const std::size_t i : *indexed[k].second) {
                if (taken_[i] || seen_[i] == query) continue;
                seen_[i] = query;
                const double score = similarity(words, words_[i]);
                if (score > best_score || (best && score == best_score && i < *best)) {
                    best_score = score;
                    best = i;
                }
            }
        return best;
    }

    std::vector<std::vector<std::string>> words_;
    std::vector<bool> taken_;
    std::vector<std::size_t> seen_;  // the last query that scored each item
    std::unordered_map<std::string, std::vector<std::size_t>> same_words_;
    std::unordered_map<std::string, std::size_t> next_same_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_word_;
};

ItemChange rewording(const std::string& list, const Item& before, const Item& after) {
    return {list,
            after.id,
            before.id == after.id ? "" : before.id,
            key_of(before) == key_of(after) ? ItemChangeKind::renumbered : ItemChangeKind::reworded,
            before.text,
            after.text,
            diff_sequences(split_words(before.text), split_words(after.text))};
}

// For each item, the index of the item with the same id and occurrence on
// the other side.
std::vector<std::optional<std::size_t>> same_ids(const Items& from, const Items& to) {
    std::unordered_map<std::string, std::vector<std::size_t>> positions;
    for (std::size_t i = 0; i < to.size(); ++i) positions[to[i].id].push_back(i);
    std::unordered_map<std::string, std::size_t> seen;
    std::vector<std::optional<std::size_t>> out(from.size());
    for (std::size_t i = 0; i < from.size(); ++i) {
        const auto it = positions.find(from[i].id);
        const std::size_t occurrence = seen[from[i].id]++;
        if (it != positions.end() && occurrence < it->second.size())
            out[i] = it->second[occurrence];
    }
    return out;
}

}  // namespace

std::vector<std::optional<std::size_t>> compare_items(const std::string& list, const Items& a,
                                                      const Items& b,
                                                      std::vector<ItemChange>& out) {
    const std::vector<std::optional<std::size_t>> a_in_b = same_ids(a, b);
    std::vector<std::optional<std::size_t>> b_in_a(b.size());
    std::vector<std::size_t> removed, added;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!a_in_b[i]) {
            removed.push_back(i);
            continue;
        }
        b_in_a[*a_in_b[i]] = i;
        if (key_of(a[i]) != key_of(b[*a_in_b[i]]))
            out.push_back(rewording(list, a[i], b[*a_in_b[i]]));
    }
    for (std::size_t j = 0; j < b.size(); ++j)
        if (!b_in_a[j]) added.push_back(j);
    Candidates candidates(b, added);
    for (const std::size_t i : removed) {
        const std::optional<std::size_t> best = candidates.take_best(word_set(a[i].text), i);
        if (!best) {
            out.push_back({list, a[i].id, "", ItemChangeKind::removed, a[i].text, "", {}});
            continue;
        }
        const std::size_t j = added[*best];
        b_in_a[j] = i;
        out.push_back(rewording(list, a[i], b[j]));
    }
    for (std::size_t k = 0; k < added.size(); ++k)
        if (!candidates.taken(k))
            out.push_back(
                {list, b[added[k]].id, "", ItemChangeKind::added, "", b[added[k]].text, {}});
    return b_in_a;
}

}  // namespace rolekit::detail
