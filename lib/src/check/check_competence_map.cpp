// Rules unit-unknown-domain and domain-without-unit for a CompetenceMap.

#include <fmt/format.h>

#include <set>

#include "check/checks.hpp"

namespace rolekit::detail {

void check_competence_map(const Document& doc, const CompetenceMap& m, Findings& out) {
    std::set<std::string> domains;
    std::vector<std::string> in_order;  // for the hint, in the map's own order
    for (const Domain& d : m.domains) {
        domains.insert(d.id.value);
        in_order.push_back(d.id.value);
    }
    std::set<std::string> covered;
    for (const CurriculumSection& section : m.curriculum)
        for (const CurriculumUnit& unit : section.units)
            for (const Text& d : unit.domains) {
                covered.insert(d.value);
                if (domains.count(d.value)) continue;
                out.push_back(finding(
                    "unit-unknown-domain", doc, d.pos,
                    fmt::format("unit {} is mapped to domain '{}', which the map does not have",
                                unit.id.value, d.value),
                    fmt::format("the domains are: {}",
                                quoted_list(in_order, 12))));
            }
    if (m.curriculum.empty()) return;  // a map without a curriculum covers nothing by design
    for (const Domain& d : m.domains)
        if (!covered.count(d.id.value))
            out.push_back(finding("domain-without-unit", doc, d.id.pos,
                                  fmt::format("no curriculum unit covers domain '{}'", d.id.value),
                                  "map a unit to it, or explain the gap in the curriculum"));
}

}  // namespace rolekit::detail
