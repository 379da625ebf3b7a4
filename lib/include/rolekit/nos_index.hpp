#pragma once
// Lookup over every loaded NosCatalog: by code, by exact title, and the
// closest titles for "did you mean".

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rolekit/competence_group.hpp"
#include "rolekit/nos_catalog.hpp"

namespace rolekit {

class NosIndex {
public:
    NosIndex() = default;
    explicit NosIndex(const std::vector<const NosCatalog*>& catalogs);

    bool empty() const { return standards_.empty(); }
    const NosStandard* by_code(std::string_view code) const;
    const NosStandard* by_title(std::string_view title) const;
    // The first entry with this title that has a code: a catalogue may list a
    // title uncoded (no source gives its code) that a later one codes.
    const NosStandard* coded_by_title(std::string_view title) const;
    // Catalogue entries whose titles share the most words with `text`, best first.
    std::vector<const NosStandard*> closest(std::string_view text, std::size_t limit) const;

    // The identity of a NOS entry, for matching entries across sections and
    // documents: its code, else the code the catalogue has for its title,
    // else its exact title.
    std::string identity(const NosRef& ref) const;

private:
    using Words = std::vector<std::string>;  // sorted, unique, lower-case
    const std::vector<Words>& title_words() const;

    std::vector<const NosStandard*> standards_;
    // Word sets of every title, built on the first `closest` call (only
    // unknown NOS need them) and shared by all threads.
    mutable std::once_flag words_once_;
    mutable std::vector<Words> title_words_;
    std::unordered_map<std::string_view, const NosStandard*> by_code_;
    std::unordered_map<std::string_view, const NosStandard*> by_title_;
    std::unordered_map<std::string_view, const NosStandard*> coded_by_title_;
};

}  // namespace rolekit
