#pragma once
// The parts of a role profile's page that render_role_profile.cpp and
// render_local_profile.cpp share.

#include <string>
#include <utility>
#include <vector>

#include "render/render_blocks.hpp"
#include "rolekit/nos_index.hpp"
#include "rolekit/profile_section.hpp"

namespace rolekit::detail {

using Lines = std::vector<std::string>;

// Three columns as in the template: underpinning principle, reference
// function, competence (NOS code from the catalogue where the profile has
// none).
Table competence_table(const CompetenceGroups& groups, const FunctionalMap* map, const NosIndex& nos);
// "1. Communication": an area key with its name in the map.
std::string area_label(const std::string& key, const FunctionalMap* map);
// A competence section named as the template heads it, in short: "Core
// competences", "Role-specific competences", "Facet: Custody",
// "Locality-specific competences". Comparison pages name sections so.
std::string section_name(const ProfileSection& section);
// Paragraphs of a Markdown field as lines of a table cell.
Lines paragraphs(const std::string& text);
Lines texts(const std::vector<Text>& items);
// A two-column table of labels and values (rows without a value are dropped
// when the page is finished).
Table key_values(std::string first, std::string second, std::vector<std::pair<std::string, Lines>> rows);

// The page's title block (title, subtitle, the role's table and, for a local
// profile, where it comes from) and its "Locality Specific Competences".
void title_block(Page& page, const RoleProfile& p, const DocumentSet& ctx);
void locality_section(Page& page, const RoleProfile& p, const DocumentSet& ctx, const FunctionalMap* map,
                      const NosIndex& nos);

}  // namespace rolekit::detail
