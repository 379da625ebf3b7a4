#pragma once
// kind: CompetenceMap — a competence framework and its curriculum (NCCMH style).

#include <vector>

#include "rolekit/extension.hpp"
#include "rolekit/position.hpp"

namespace rolekit {

struct Principle {
    Text name;
    Text description;
    Position pos;
    MapExtras extras;  // x- keys and keys given empty (extension.hpp)
};

// A high-level skill and its concrete parts, nested to any depth.
struct Statement {
    Text text;
    std::vector<Statement> parts;
    Position pos;
    MapExtras extras;
    bool mapping = false;  // written as a mapping, not as plain text
};

struct CompetenceArea {
    Text id;
    Text name;
    std::vector<Statement> statements;
    Position pos;
    MapExtras extras;
};

struct Domain {
    Text id;
    Text name;
    Text description;
    std::vector<CompetenceArea> areas;
    std::vector<Statement> statements;
    Position pos;
    MapExtras extras;
};

struct CurriculumUnit {
    Text id;  // e.g. "1.1"
    Text name;
    std::vector<Text> domains;  // domain ids
    Position pos;
    MapExtras extras;
};

struct CurriculumSection {
    Located<int> section;
    Text name;
    std::vector<CurriculumUnit> units;
    Position pos;
    MapExtras extras;
};

struct CompetenceMap {
    Text title;
    Text revision;
    std::vector<Principle> principles;
    std::vector<Domain> domains;
    std::vector<CurriculumSection> curriculum;
    MapExtras extras;
};

}  // namespace rolekit
