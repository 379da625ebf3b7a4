#include "rolekit/nos_index.hpp"

#include "util/words.hpp"

#include <algorithm>
#include <cctype>

namespace rolekit {

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out = detail::lower_words(text);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

NosIndex::NosIndex(const std::vector<const NosCatalog*>& catalogs) {
    for (const NosCatalog* c : catalogs)
        for (const NosStandard& s : c->standards) {
            standards_.push_back(&s);
            // First catalogue wins, as with ids.
            if (!s.code.value.empty()) {
                by_code_.emplace(s.code.value, &s);
                coded_by_title_.emplace(s.title.value, &s);
            }
            by_title_.emplace(s.title.value, &s);
        }
}

const NosStandard* NosIndex::by_code(std::string_view code) const {
    const auto it = by_code_.find(code);
    return it == by_code_.end() ? nullptr : it->second;
}

const NosStandard* NosIndex::by_title(std::string_view title) const {
    const auto it = by_title_.find(title);
    return it == by_title_.end() ? nullptr : it->second;
}

const NosStandard* NosIndex::coded_by_title(std::string_view title) const {
    const auto it = coded_by_title_.find(title);
    return it == coded_by_title_.end() ? nullptr : it->second;
}

const std::vector<NosIndex::Words>& NosIndex::title_words() const {
    std::call_once(words_once_, [this] {
        title_words_.reserve(standards_.size());
        for (const NosStandard* s : standards_) title_words_.push_back(words(s->title.value));
    });
    return title_words_;
}

std::vector<const NosStandard*> NosIndex::closest(std::string_view text, std::size_t limit) const {
    const auto target = words(text);
    const auto& titles = title_words();
    std::vector<std::pair<double, const NosStandard*>> scored;
    for (std::size_t i = 0; i < standards_.size(); ++i) {
        const double score = detail::similarity(target, titles[i]);
        if (score >= 0.3) scored.emplace_back(score, standards_[i]);
    }
    // Stable on ties so that suggestions are deterministic (catalogue order).
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<const NosStandard*> out;
    for (std::size_t i = 0; i < scored.size() && i < limit; ++i) out.push_back(scored[i].second);
    return out;
}

std::string NosIndex::identity(const NosRef& ref) const {
    if (ref.has_code()) return ref.code.value;
    if (const NosStandard* s = by_title(ref.title.value); s && !s->code.value.empty())
        return s->code.value;
    return "title:" + ref.title.value;
}

}  // namespace rolekit
