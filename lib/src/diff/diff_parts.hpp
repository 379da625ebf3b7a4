#pragma once
// What the diffs share: text fields as line diffs; for revisions (standards,
// competence maps) item lists compared with their order, mappings compared as
// sets, walking paired items.

#include <optional>
#include <string>
#include <vector>

#include "diff/diff_items.hpp"
#include "rolekit/diff.hpp"

namespace rolekit::detail {

using Partners = std::vector<std::optional<std::size_t>>;  // for each item of B, its item in A

// A line diff of a text field, when A's and B's values differ (even in a
// line break at the end only).
void field(std::vector<FieldChange>& out, const std::string& name, const std::string& a,
           const std::string& b);

// One item list: its changes, and its order when items kept in both are
// listed in another order ("<list> (order)").
Partners compare_list(const std::string& list, const Items& a, const Items& b, RevisionDiff& d);

// The ids one duty or unit maps to: a MappingChange when one side has an id
// the other has not; else, when the lists still differ (order, repeats) and
// `place` is given, a changed field "<place> (order)".
void compare_mapping(const std::string& from, const std::string& list, const std::vector<Text>& a,
                     const std::vector<Text>& b, RevisionDiff& d, const std::string& place);

template <class T>
std::vector<const T*> pointers(const std::vector<T>& list) {
    std::vector<const T*> out;
    for (const T& x : list) out.push_back(&x);
    return out;
}

// Calls f(A's item or null, B's item) for each item of B in order, then
// f(A's item, null) for each item of A nothing in B was paired with.
template <class T, class F>
void each_pair(const std::vector<const T*>& a, const std::vector<const T*>& b,
               const Partners& partners, F f) {
    std::vector<bool> paired(a.size(), false);
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (partners[j]) paired[*partners[j]] = true;
        f(partners[j] ? a[*partners[j]] : nullptr, b[j]);
    }
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!paired[i]) f(a[i], nullptr);
}

void diff_competence_maps(const CompetenceMap& a, const CompetenceMap& b, RevisionDiff& d);

}  // namespace rolekit::detail
