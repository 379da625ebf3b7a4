#pragma once
// The competence sections of a role profile — core, role-specific, a named
// facet, locality — as one vocabulary for the checks, merge and diff. Each
// output names them its own way; the names live with the printers.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rolekit {

enum class SectionKind { core, role_specific, facet, locality };

struct ProfileSection {
    SectionKind kind = SectionKind::core;
    std::string facet;  // the facet's name (kind == facet only)

    friend bool operator==(const ProfileSection&, const ProfileSection&) = default;
};

// As diff reports and its JSON name a section: its key (core, role_specific,
// locality), or facet:<name>.
std::string section_key(const ProfileSection& s);

// The names `diff --sections` takes, in SectionKind order: the sections'
// keys (core, role_specific, facets for every facet, locality). The one table: the
// option's check, help and completion come from it.
std::span<const std::string_view> section_kind_names();
std::optional<SectionKind> section_kind_from_name(std::string_view name);

}  // namespace rolekit
