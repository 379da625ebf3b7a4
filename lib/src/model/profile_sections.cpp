#include "model/profile_sections.hpp"

#include "schema/format_keys.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace rolekit {

namespace {

constexpr std::array<std::string_view, 4> kSectionKindNames = {key::core, key::role_specific, key::facets, key::locality};

}  // namespace

std::string section_key(const ProfileSection& s) {
    // One facet among many: the key names which.
    if (s.kind == SectionKind::facet) return "facet:" + s.facet;
    return std::string(kSectionKindNames[static_cast<std::size_t>(s.kind)]);
}

std::span<const std::string_view> section_kind_names() { return kSectionKindNames; }

std::optional<SectionKind> section_kind_from_name(std::string_view name) {
    const auto it = std::find(kSectionKindNames.begin(), kSectionKindNames.end(), name);
    if (it == kSectionKindNames.end()) return std::nullopt;
    return static_cast<SectionKind>(it - kSectionKindNames.begin());
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

std::string section_phrase(const ProfileSection& s) {
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
