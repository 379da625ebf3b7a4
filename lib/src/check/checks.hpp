#pragma once
// The checks of each kind; check.cpp dispatches to them.

#include <string>

#include "rolekit/check.hpp"

namespace rolekit::detail {

// A finding of `rule` in `doc` with the rule's default severity.
Finding finding(RuleId rule, const Document& doc, Position pos, std::string message,
                std::string hint = {});

// References of competence groups: areas and functions against the functional
// map, NOS against the catalogues.
void check_groups(const CompetenceGroups& groups, const Document& doc, const CheckContext& ctx,
                  Findings& out);

// unknown-area and function-not-in-area of one area key and function.
void check_placement(const Text& area, const Text& function, const Document& doc,
                     const FunctionalMap& map, Findings& out);
// A profile's or an overlay's locally agreed competences: their placement in
// the functional map, a statement given twice, a statement that is a NOS.
void check_local_competences(const LocalCompetences& competences, const Document& doc,
                             const CheckContext& ctx, Findings& out);

void check_role_profile(const Document& doc, const RoleProfile& p, const CheckContext& ctx,
                        Findings& out);
void check_overlay(const Document& doc, const LocalityOverlay& o, const CheckContext& ctx,
                   Findings& out);
void check_standard(const Document& doc, const OccupationalStandard& s, Findings& out);
void check_competence_map(const Document& doc, const CompetenceMap& m, Findings& out);

// Quoted list for messages: 'a', 'b' and 2 more.
std::string quoted_list(const std::vector<std::string>& items, std::size_t max_shown = 5);

}  // namespace rolekit::detail
