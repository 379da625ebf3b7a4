#pragma once
// kind: OccupationalStandard — an apprenticeship standard: duties and KSBs.

#include <optional>
#include <vector>

#include "rolekit/extension.hpp"
#include "rolekit/position.hpp"

namespace rolekit {

struct Duty {
    Text id;  // D1, D2, ...
    Text text;
    std::vector<Text> knowledge;   // K ids
    std::vector<Text> skills;      // S ids
    std::vector<Text> behaviours;  // B ids
    Position pos;
    MapExtras extras;  // x- keys and keys given empty (extension.hpp)
};

// A knowledge, skill or behaviour item. Behaviours have a name and may have a
// text; knowledge and skills have a text.
struct Ksb {
    Text id;
    Text name;
    Text text;
    Position pos;
    MapExtras extras;
};

struct OccupationalStandard {
    Text title;
    Located<int> level;
    std::optional<Located<int>> duration_months;
    Text reference;
    // The occupation profile, in the order an apprenticeship standard gives it;
    // each optional (empty when not given). Texts may hold Markdown.
    Text occupation_summary;                // "This occupation is found in..."
    Text broad_purpose;                     // "The broad purpose of the occupation is..."
    Text key_relationships;                 // "... an employee in this occupation interacts with..."
    Text responsibilities;                  // "An employee in this occupation will be responsible for..."
    std::vector<Text> typical_job_titles;   // "Typical job titles", one title each
    Text entry_requirements;                // "Entry requirements"
    std::vector<Duty> duties;
    std::vector<Ksb> knowledge;
    std::vector<Ksb> skills;
    std::vector<Ksb> behaviours;
    MapExtras extras;
};

}  // namespace rolekit
