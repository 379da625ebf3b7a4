#include "diff/profile_sections.hpp"

#include <fmt/format.h>

namespace rolekit {

std::string section_key(const ProfileSection& s) {
    switch (s.kind) {
        case SectionKind::core:
            return "core";
        case SectionKind::role_specific:
            return "role_specific";
        case SectionKind::facet:
            return "facet:" + s.facet;
        case SectionKind::locality:
            return "locality";
    }
    return "";
}

std::optional<SectionKind> section_kind_from_name(std::string_view name) {
    if (name == "core") return SectionKind::core;
    if (name == "role_specific") return SectionKind::role_specific;
    if (name == "facets") return SectionKind::facet;
    if (name == "locality") return SectionKind::locality;
    return std::nullopt;
}

namespace detail {

std::vector<Section> sections_of(const RoleProfile& p) {
    std::vector<Section> out = {{{SectionKind::core, {}}, &p.competences.core},
                                {{SectionKind::role_specific, {}}, &p.competences.role_specific}};
    for (const Facet& f : p.competences.facets)
        out.push_back({{SectionKind::facet, f.name.value}, &f.groups});
    out.push_back({{SectionKind::locality, {}}, &p.competences.locality});
    return out;
}

std::string section_label(const ProfileSection& s) {
    switch (s.kind) {
        case SectionKind::core:
            return "core";
        case SectionKind::role_specific:
            return "role-specific";
        case SectionKind::facet:
            return fmt::format("facet '{}'", s.facet);
        case SectionKind::locality:
            return "locality";
    }
    return "";
}

std::map<std::string, ProfileSection> nos_sections(const RoleProfile& p, const NosIndex& nos) {
    std::map<std::string, ProfileSection> out;
    for (const Section& s : sections_of(p))
        for (const CompetenceGroup& g : *s.groups)
            for (const NosRef& ref : g.nos) out.emplace(nos.identity(ref), s.section);
    return out;
}

}  // namespace detail

}  // namespace rolekit
