#pragma once
// kind: LocalityOverlay — a locality's additions to a RoleProfile.

#include <optional>
#include <vector>

#include "rolekit/role_profile.hpp"

namespace rolekit {

struct LocalityOverlay {
    Text base;  // id of a RoleProfile, or a relative path
    Text locality;
    LocalIdentity local;  // the local profile's own version, approval, organisation
    std::optional<BasicInfo> basic_info;  // given fields replace the base's
    CompetenceGroups competences;         // added to the `locality` section
    LocalCompetences local_competences;   // added to the profile's, marked local
    std::optional<Learning> learning;     // lists appended, scalars replace
    std::optional<Cpd> cpd;
    std::vector<Text> references;  // appended
    // Keys that would change the national part of the profile (core,
    // role_specific, facets, level, ...). Kept, not rejected at load, so that
    // validate and merge can name them with rule overlay-touches-national.
    std::vector<Text> national_changes;
    MapExtras extras;  // x- keys and keys given empty (extension.hpp)
    // Those of `competences` written as a mapping (`{locality: [...]}`).
    MapExtras competences_extras;
};

}  // namespace rolekit
