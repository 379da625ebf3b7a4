#include "rolekit/overlay_template.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "load/parse_common.hpp"
#include "rolekit/visible_text.hpp"

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

namespace {

std::string starter_text(const Document& base, const std::string& id, const std::string& locality) {
    const RoleProfile& p = std::get<RoleProfile>(base.body);
    // Text in comments is one visible line: a newline there would end the
    // comment and become YAML.
    return fmt::format(
        R"(# yaml-language-server: $schema=rolekit.schema.json
# Locality overlay: what {locality_name} adds to the national
# "{role_title}" template (Career Framework Level {role_level}, {role_service}).
# The national parts (core, role-specific and facet competences, level) cannot be changed here.
#
#   check it:                rolekit validate THIS-FILE
#   make the local profile:  rolekit merge {base_id} THIS-FILE -o profile.yaml
#   help from your editor:   rolekit schema -o rolekit.schema.json (docs/editors.md)
kind: LocalityOverlay
format: 1
id: {overlay_id}
base: {base_id}
locality: {locality_yaml}

# Basic information: each field given replaces the template's.
# basic_info:
#   named_role: {role_name}
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
        fmt::arg("locality_name", visible(locality)), fmt::arg("role_title", visible(p.title.value)),
        fmt::arg("role_level", p.level.value), fmt::arg("role_service", visible(p.service.value)),
        fmt::arg("base_id", base.id.value), fmt::arg("overlay_id", id), fmt::arg("locality_yaml", yaml_scalar(locality)),
        fmt::arg("role_name", visible(yaml_scalar(p.basic_info.named_role.value))));
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

}  // namespace

StarterOverlay starter_overlay(const Document& base, const std::string& id_given, const std::string& locality) {
    StarterOverlay out;
    if (base.as<RoleProfile>() == nullptr || !detail::is_valid_id(base.id.value)) {
        out.error = fmt::format("'{}' is not a role profile an overlay can build on", visible(base.id.value));
        out.hint = "give --base a RoleProfile's id or file";
        return out;
    }
    if (blank(locality)) {
        out.error = "--locality is empty";
        out.hint = "name the local service, e.g. --locality 'Wiltshire L&D Service'";
        return out;
    }
    if (visible(locality) != locality) {
        out.error = fmt::format("--locality '{}' holds control characters", visible(locality));
        out.hint = "a locality is one line of text";
        return out;
    }
    const std::string id = id_given.empty() ? slug(locality) + "-" + base.id.value : id_given;
    if (!detail::is_valid_id(id)) {
        out.error = fmt::format("'{}' is not a valid id", visible(id));
        out.hint = "ids use lower-case letters, digits and '-', starting with a letter or digit";
        return out;
    }
    out.text = starter_text(base, id, locality);
    return out;
}

}  // namespace rolekit
