#pragma once
// kind: CompetenceMap — a competence framework and its curriculum (NCCMH style).

#include <vector>

#include "rolekit/position.hpp"

namespace rolekit {

struct Principle {
    Text name;
    Text description;
    Position pos;
};

// A high-level skill and its concrete parts, nested to any depth.
struct Statement {
    Text text;
    std::vector<Statement> parts;
    Position pos;
};

struct CompetenceArea {
    Text id;
    Text name;
    std::vector<Statement> statements;
    Position pos;
};

struct Domain {
    Text id;
    Text name;
    Text description;
    std::vector<CompetenceArea> areas;
    std::vector<Statement> statements;
    Position pos;
};

struct CurriculumUnit {
    Text id;  // e.g. "1.1"
    Text name;
    std::vector<Text> domains;  // domain ids
    Position pos;
};

struct CurriculumSection {
    Located<int> section;
    Text name;
    std::vector<CurriculumUnit> units;
    Position pos;
};

struct CompetenceMap {
    Text title;
    Text revision;
    std::vector<Principle> principles;
    std::vector<Domain> domains;
    std::vector<CurriculumSection> curriculum;
};

}  // namespace rolekit
