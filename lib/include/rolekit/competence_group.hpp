#pragma once
// The group shape shared by role profiles, overlays and career frameworks: one
// functional-map area, one reference function, the NOS listed under them.

#include <optional>
#include <string>
#include <vector>

#include "rolekit/extension.hpp"
#include "rolekit/position.hpp"

namespace rolekit {

// A National Occupational Standard as a document lists it: by title, by code,
// or both. An empty code or title means "not given".
struct NosRef {
    Text code;
    Text title;
    Position pos;
    MapExtras extras;  // x- keys and keys given empty (extension.hpp)
    bool mapping = false;  // written as a mapping, not as a title string
    // The rolekit-disable directives for its line, as one comment's text
    // (`rolekit-disable-line nos-uncoded -- why`), or empty. Kept through
    // merge and written after it, so that a merged profile silences what
    // its template and overlays did (suppressions.hpp).
    std::string suppression{};  // (an initializer: aggregates may leave it out)

    bool has_code() const { return !code.value.empty(); }
    bool has_title() const { return !title.value.empty(); }
    // How a user would name it in a message: the title, else the code.
    const std::string& label() const { return has_title() ? title.value : code.value; }
};

struct CompetenceGroup {
    Text area;      // Health Functional Map area key: "1".."6", "A".."H"
    Text function;  // reference function
    std::vector<NosRef> nos;
    Text source;    // locality groups: the overlay that added the group (merge writes it)
    Text locality;  // ...and that overlay's locality, so a page can name it
    Position pos;
    MapExtras extras;
};

using CompetenceGroups = std::vector<CompetenceGroup>;

}  // namespace rolekit
