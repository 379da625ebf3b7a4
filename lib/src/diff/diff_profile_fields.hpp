#pragma once
// The fields of two role profiles besides their NOS, as line diffs: in
// template order, those before the competence sections and those after them.

#include <vector>

#include "rolekit/diff.hpp"

namespace rolekit::detail {

// id, title, service, level, revision, publisher, level_descriptor,
// basic_info.*, scope, competences.core_level and the facets' names.
void fields_before_competences(const Document& da, const Document& db,
                               std::vector<FieldChange>& out);

// learning.*, cpd.*, references, derived_from.*, and every x- key.
void fields_after_competences(const Document& da, const Document& db,
                              std::vector<FieldChange>& out);

}  // namespace rolekit::detail
