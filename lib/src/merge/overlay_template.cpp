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

// A file name as a shell word: as it is when a shell would not split or
// expand it, else in single quotes. Shown through `visible`, so a comment
// stays one line.
std::string shell_word(const std::string& file) {
    const bool plain = std::all_of(file.begin(), file.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x80 && std::isalnum(u)) || c == '.' || c == '/' || c == '-' || c == '_' ||
               c == '+';
    });
    if (plain && !file.empty() && file.front() != '-') return file;
    std::string quoted = "'";
    for (char c : file) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return visible(quoted + "'");
}

// The merged profile beside the overlay: "dorset.yaml" -> "dorset-profile.yaml".
std::string profile_file(const std::string& file) {
    const std::size_t slash = file.rfind('/');
    const std::size_t dot = file.rfind('.');
    const bool has_extension =
        dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
    const std::string extension = has_extension ? file.substr(dot) : std::string();
    const bool yaml = extension == ".yaml" || extension == ".yml";
    return (yaml ? file.substr(0, dot) : file) + "-profile" + (yaml ? extension : ".yaml");
}

bool to_standard_output(const std::string& file) {
    return file.empty() || file == "-";
}

// One commented example per section: each one uncommented (the "# " taken
// off its lines) is valid on its own. New sections get a block of their own
// here, in the order of docs/format.md.
constexpr std::string_view kExamples = R"(
# The local profile's own identity, shown on its page above the national template it is based
# on (whose revision and publisher stay as they are). approved_on is a date, YYYY-MM-DD.
# version: "1.0"
# approved_by: Head of Service
# approved_on: 2026-01-31
# organisation: Your organisation
# contact: workforce@example.org

# Basic information: each field given replaces the template's.
# basic_info:
#   named_role: {role_name}
#   experience_required: |
#     Lived experience of the local criminal justice system.

# Locality specific competences: National Occupational Standards, worded exactly as in the
# catalogue, grouped by Health Functional Map area and reference function. The example is a
# NOS of the built-in catalogue: replace it with yours.
# Find them with: rolekit nos search WORDS... [--area KEY]
# competences:
#   - area: H
#     function: Manage multi-agency working
#     nos:
#       - Enable workers and agencies to work collaboratively

# Local competences: what your service agreed locally that no NOS covers (a local policy, a
# commissioning requirement), in your own words, under a functional map area and function.
# A NOS belongs under competences above, never here.
# local_competences:
#   - area: C
#     function: Enable people to address issues relating to their health and wellbeing
#     statement: Know the local housing, debt and benefits advice services and refer people to them
#     evidence: Local commissioning specification

# Learning: each list item is added to the template's; text replaces it.
# learning:
#   informal: [Locality induction]

# CPD: each list item is added to the template's; text replaces it.
# cpd:
#   statutory_mandatory: [PREVENT]

# References: each one is added to the template's.
# references:
#   - Local operational policy
)";

std::string starter_text(const Document& base, const std::string& id, const std::string& locality,
                         const std::string& file) {
    const RoleProfile& p = std::get<RoleProfile>(base.body);
    // Text in comments is one visible line: a newline there would end the
    // comment and become YAML.
    const std::string head = fmt::format(
        R"(# yaml-language-server: $schema=rolekit.schema.json
# Locality overlay: what {locality_name} adds to the national
# "{role_title}" template (Career Framework Level {role_level}, {role_service}).
# The national parts (core, role-specific and facet competences, level) cannot be changed here.
#
#   check it:                {validate}
#   make the local profile:  {merge}
#   help from your editor:   rolekit schema -o rolekit.schema.json (docs/editors.md){placeholder}
#
# Each section below is a commented example: to use one, delete the "# " at the start of each
# of its lines (most editors do this with Ctrl+/), then change it to what your service needs.
kind: LocalityOverlay
format: 1
id: {overlay_id}
base: {base_id}
locality: {locality_yaml}
)",
        fmt::arg("locality_name", visible(locality)),
        fmt::arg("role_title", visible(p.title.value)), fmt::arg("role_level", p.level.value),
        fmt::arg("role_service", visible(p.service.value)),
        fmt::arg("validate", starter_validate_command(file)),
        fmt::arg("merge", starter_merge_command(file)),
        fmt::arg(
            "placeholder",
            to_standard_output(file)
                ? "\n#   (OVERLAY.yaml: this file, once saved; PROFILE.yaml: the profile to write)"
                : ""),
        fmt::arg("base_id", base.id.value), fmt::arg("overlay_id", id),
        fmt::arg("locality_yaml", yaml_scalar(locality)));
    return head +
           fmt::format(fmt::runtime(kExamples),
                       fmt::arg("role_name", visible(yaml_scalar(p.basic_info.named_role.value))));
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

}  // namespace

std::string starter_validate_command(const std::string& file) {
    return "rolekit validate " + (to_standard_output(file) ? "OVERLAY.yaml" : shell_word(file));
}

std::string starter_merge_command(const std::string& file) {
    if (to_standard_output(file)) return "rolekit merge OVERLAY.yaml -o PROFILE.yaml";
    return "rolekit merge " + shell_word(file) + " -o " + shell_word(profile_file(file));
}

StarterOverlay starter_overlay(const Document& base, const std::string& id_given,
                               const std::string& locality, const std::string& file) {
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
    const std::string id = id_given.empty() ? default_overlay_id(locality, base) : id_given;
    if (id.empty()) {
        out.error =
            fmt::format("--locality '{}' has no word to make an id from", visible(locality));
        out.hint = "give the overlay's id with --id, e.g. --id my-service";
        return out;
    }
    if (!detail::is_valid_id(id)) {
        out.error = fmt::format("'{}' is not a valid id", visible(id));
        out.hint = "ids use lower-case letters, digits and '-', starting with a letter or digit";
        return out;
    }
    out.text = starter_text(base, id, locality, file);
    return out;
}

}  // namespace rolekit
