#pragma once
// Readers for shapes several kinds share.

#include "rolekit/competence_group.hpp"
#include "rolekit/role_profile.hpp"
#include "load/schema_reader.hpp"

namespace rolekit::detail {

NosRef parse_nos_ref(const YamlNode& node, Diagnostics& diag);
CompetenceGroup parse_group(const YamlNode& node, Diagnostics& diag);
// A list of groups under `key` of `reader`.
CompetenceGroups parse_groups(MapReader& reader, std::string_view key);

// Sections a RoleProfile has and a LocalityOverlay patches. `shape` names
// the profile's basic information, or the overlay's (a patch: every key
// optional).
BasicInfo parse_basic_info(const YamlNode& node, Diagnostics& diag, std::string_view shape);
Learning parse_learning(const YamlNode& node, Diagnostics& diag);
Cpd parse_cpd(const YamlNode& node, Diagnostics& diag);

// A local profile's own identity, and its locally agreed competences (the
// keys are the same in an overlay and in the profile merged from it).
LocalIdentity parse_local_identity(MapReader& reader);
LocalCompetences parse_local_competences(MapReader& reader);

// The mapping's `x-` keys with their content, and its keys given empty
// (extension.hpp). Nothing when the reader's node is not a mapping.
MapExtras read_extras(const MapReader& reader);

// True when `id` matches [a-z0-9][a-z0-9-]*.
bool is_valid_id(std::string_view id);

}  // namespace rolekit::detail
