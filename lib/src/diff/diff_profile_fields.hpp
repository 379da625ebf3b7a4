#pragma once
// The fields of two role profiles besides their NOS, as line diffs: in
// template order, those before the competence sections and those after them.

#include <vector>

#include "rolekit/diff.hpp"

namespace rolekit::detail {

// id, title, service, level, revision, publisher, the local identity
// (version, approved_by, approved_on, organisation, contact), level_descriptor,
// basic_info.*, scope, competences.core_level and the facets' names.
void fields_before_competences(const Document& da, const Document& db,
                               std::vector<FieldChange>& out);

// learning.*, cpd.*, references, derived_from.*, and every x- key.
void fields_after_competences(const Document& da, const Document& db,
                              std::vector<FieldChange>& out);

// The local competences each profile states alone, those both state
// differently (d.local_*), and "local_competences (order)" when those kept in
// both are listed in another order.
void compare_local_competences(const RoleProfile& a, const RoleProfile& b,
                               const FunctionalMap* map, ProfileDiff& d,
                               std::vector<FieldChange>& changed_fields);

}  // namespace rolekit::detail
