#pragma once
// What makes a local profile its own: the identity a locality overlay gives it
// (version, approval, organisation) and the competences agreed locally that
// are not National Occupational Standards. An overlay states them; merge
// carries them into the local RoleProfile, next to the national template's
// own `revision` and `publisher`, which stay what the profile is based on.

#include <vector>

#include "rolekit/extension.hpp"
#include "rolekit/position.hpp"

namespace rolekit {

struct LocalIdentity {
    Text version;       // e.g. "1.2"
    Text approved_by;   // who signed the local profile off
    Text approved_on;   // YYYY-MM-DD, checked at load
    Text organisation;  // the employer publishing the local profile
    Text contact;

    bool empty() const {
        return version.value.empty() && approved_by.value.empty() && approved_on.value.empty() &&
               organisation.value.empty() && contact.value.empty();
    }
};

// A competence agreed locally (from a local policy or a commissioning
// requirement), in the service's own words: never a NOS, so no catalogue
// settles its wording.
struct LocalCompetence {
    Text area;       // Health Functional Map area key
    Text function;   // reference function
    Text statement;  // the competence, in the service's words
    Text evidence;   // where it comes from (optional)
    Text source;     // in a merged profile: the overlay that added it
    Text locality;   // ...and that overlay's locality
    Position pos;
    MapExtras extras;
};

using LocalCompetences = std::vector<LocalCompetence>;

}  // namespace rolekit
