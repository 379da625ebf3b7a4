#pragma once
// kind: RoleProfile — a Skills for Health Transferable Role Profile.

#include <optional>
#include <vector>

#include "rolekit/competence_group.hpp"
#include "rolekit/local_profile.hpp"

namespace rolekit {

struct BasicInfo {
    Text named_role;
    Text area_of_work;
    Text experience_required;  // Markdown
    Position pos;
    MapExtras extras;  // x- keys and keys given empty (extension.hpp)
};

struct Facet {
    Text name;
    CompetenceGroups groups;
    Position pos;
    MapExtras extras;
};

struct Competences {
    std::optional<Located<int>> core_level;  // level whose core set `core` states
    CompetenceGroups core;
    CompetenceGroups role_specific;
    std::vector<Facet> facets;
    CompetenceGroups locality;
    Position pos;
    MapExtras extras;
};

// "Indicative Learning and Development". Also used for overlay patches, where
// an empty field means "not given".
struct Learning {
    Text transferable_role;
    std::vector<Text> formal;
    std::vector<Text> informal;
    Text nos_used;
    Text credits;
    Text accreditation;
    Text apel_progression;
    Text registration;
    Position pos;
    MapExtras extras;
};

struct CpdFormal {
    Text title;
    Text awarding_body;
    Text credit;
    Text level;
    Position pos;
    MapExtras extras;
};

// "Continuing Professional Development".
struct Cpd {
    std::vector<Text> statutory_mandatory;
    std::optional<CpdFormal> formal;
    Text informal;
    Text impact_method;
    Text funding;
    Text frequency;
    Position pos;
    MapExtras extras;
};

struct DerivedFrom {
    Text base;
    std::vector<Text> overlays;
    Position pos;
    MapExtras extras;
};

struct RoleProfile {
    Text title;
    Text service;
    Located<int> level;
    Text revision;
    Text publisher;
    // A local profile's own version, approval and organisation (merge copies
    // them from its overlays); `revision` and `publisher` stay the national
    // template's.
    LocalIdentity local;
    Text level_descriptor;
    BasicInfo basic_info;
    Text scope;  // Markdown
    Competences competences;
    LocalCompetences local_competences;  // merge adds them from overlays
    std::optional<Learning> learning;
    std::optional<Cpd> cpd;
    std::vector<Text> references;
    std::optional<DerivedFrom> derived_from;
    MapExtras extras;

    // The level whose core set the `core` section states (defaults to `level`).
    int core_level() const {
        return competences.core_level ? competences.core_level->value : level.value;
    }
};

}  // namespace rolekit
