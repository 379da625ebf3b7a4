#pragma once
// The competence sections of a role profile in template order, as the checks,
// merge and diff walk them.

#include <map>
#include <string>
#include <vector>

#include "rolekit/nos_index.hpp"
#include "rolekit/profile_section.hpp"
#include "rolekit/role_profile.hpp"

namespace rolekit::detail {

struct Section {
    ProfileSection section;
    const CompetenceGroups* groups;
};

std::vector<Section> sections_of(const RoleProfile& p);

// A section inside a finding's sentence: core, role-specific,
// facet 'Custody', locality; and in a spreadsheet's cells (sheet/). Pages use
// the template's words (section_name in render/profile_tables.hpp).
std::string section_phrase(const ProfileSection& s);

// The section each NOS of a profile is first listed in, by NOS identity.
std::map<std::string, ProfileSection> nos_sections(const RoleProfile& p, const NosIndex& nos);

}  // namespace rolekit::detail
