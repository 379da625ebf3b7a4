#include "profile_sections.hpp"

#include <fmt/format.h>

namespace rolekit::detail {

std::vector<Section> sections_of(const RoleProfile& p) {
    std::vector<Section> out = {{"core", &p.competences.core},
                                {"role-specific", &p.competences.role_specific}};
    for (const Facet& f : p.competences.facets)
        out.push_back({fmt::format("facet '{}'", f.name.value), &f.groups});
    out.push_back({"locality", &p.competences.locality});
    return out;
}

std::map<std::string, std::string> nos_sections(const RoleProfile& p, const NosIndex& nos) {
    std::map<std::string, std::string> out;
    for (const Section& s : sections_of(p))
        for (const CompetenceGroup& g : *s.groups)
            for (const NosRef& ref : g.nos) out.emplace(nos.identity(ref), s.name);
    return out;
}

}  // namespace rolekit::detail
