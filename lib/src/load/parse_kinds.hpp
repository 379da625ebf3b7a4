#pragma once
// One reader per document kind. Each reads the body keys of its kind from the
// top-level mapping (the envelope keys are already read) and leaves
// reporting unknown keys to the caller.

#include "rolekit/document.hpp"
#include "load/schema_reader.hpp"

namespace rolekit::detail {

RoleProfile parse_role_profile(MapReader& r);
LocalityOverlay parse_locality_overlay(MapReader& r);
NosCatalog parse_nos_catalog(MapReader& r);
FunctionalMap parse_functional_map(MapReader& r);
CareerFramework parse_career_framework(MapReader& r);
CompetenceMap parse_competence_map(MapReader& r);
OccupationalStandard parse_occupational_standard(MapReader& r);

}  // namespace rolekit::detail
