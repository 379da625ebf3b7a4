#include "rolekit/overlay_template.hpp"

#include <fmt/format.h>

#include <cctype>

#include "rolekit/write_yaml.hpp"

namespace rolekit {

std::string slug(const std::string& text) {
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80)
            out += static_cast<char>(std::tolower(u));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string starter_overlay(const Document& base, const std::string& id, const std::string& locality) {
    const RoleProfile& p = std::get<RoleProfile>(base.body);
    return fmt::format(
        R"(# Locality overlay: what {locality} adds to the national
# "{title}" template (Career Framework Level {level}, {service}).
# The national parts (core, role-specific and facet competences, level) cannot be changed here.
#
#   check it:                rolekit validate THIS-FILE
#   make the local profile:  rolekit merge {base} THIS-FILE -o profile.yaml
kind: LocalityOverlay
format: 1
id: {id}
base: {base}
locality: {locality_yaml}

# Basic information: each field given replaces the template's.
# basic_info:
#   named_role: {named_role}
#   experience_required: |
#     ...

# Locality specific competences: National Occupational Standards, worded exactly as in the
# catalogue, grouped by Health Functional Map area and reference function.
# Find them with: rolekit nos search WORDS... [--area KEY]
competences: []
#  - area: B
#    function: Refer individuals to services for treatment and care
#    nos:
#      - {{code: CODE, title: The exact title from the catalogue}}

# Learning, CPD and references: list items are added to the template's; text replaces it.
# learning:
#   informal: [Locality induction]
# cpd:
#   statutory_mandatory: [PREVENT]
# references: []
)",
        fmt::arg("locality", locality), fmt::arg("title", p.title.value),
        fmt::arg("level", p.level.value), fmt::arg("service", p.service.value),
        fmt::arg("base", base.id.value), fmt::arg("id", id),
        fmt::arg("locality_yaml", yaml_scalar(locality)),
        fmt::arg("named_role", yaml_scalar(p.basic_info.named_role.value)));
}

}  // namespace rolekit
