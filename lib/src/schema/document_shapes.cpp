#include "schema/document_shapes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "schema/format_keys.hpp"

namespace rolekit::detail {

namespace {

using V = ValueShape;

FieldShape labelled(FieldShape field, std::string_view label) {
    field.label = label;
    return field;
}
constexpr Need req = Need::required;
constexpr Need opt = Need::optional;

std::vector<FieldShape> joined(std::initializer_list<std::vector<FieldShape>> parts) {
    std::vector<FieldShape> out;
    for (const std::vector<FieldShape>& part : parts) out.insert(out.end(), part.begin(), part.end());
    return out;
}

// A local profile's own identity: an overlay states it, merge copies it into
// the profile it makes.
std::vector<FieldShape> local_identity_fields() {
    return {
        labelled({key::version, opt, V::text, "The local profile's own version, e.g. '1.2'."}, "Version"),
        labelled({key::approved_by, opt, V::text,
                  "Who approved the local profile, e.g. 'Head of Criminal Justice Services'."},
                 "Approved by"),
        labelled({key::approved_on, opt, V::date, "The day it was approved, YYYY-MM-DD (a real date)."},
                 "Approved on"),
        labelled({key::organisation, opt, V::text, "The employer publishing the local profile."},
                 "Organisation"),
        labelled({key::contact, opt, V::text, "Whom to ask about the local profile."}, "Contact"),
    };
}

std::vector<Shape> kind_shapes() {
    return {
        {"document", "Every rolekit document starts with kind, format and id.",
         {{key::kind, req, V::kind, "The document kind, one of the seven, spelled exactly: what the rest of the file holds."},
          {key::format, req, V::format, "The rolekit format version this file is written in: 1.", {}, 0, 1000000},
          labelled({key::id, req, V::id,
           "The document's id: lower-case letters, digits and '-' ([a-z0-9][a-z0-9-]*), starting "
           "with a letter or digit; unique among the files loaded together. Other documents refer "
           "to it by this id."}, "ID")}},
        {"RoleProfile", "A Skills for Health Transferable Role Profile.",
         joined({{labelled({key::title, req, V::text, "Role title, e.g. 'Peer Support Worker'."}, "Title"),
          labelled({key::service, req, V::text, "The service, e.g. 'Liaison and Diversion Service'."}, "Service"),
          labelled({key::level, req, V::integer, "Career Framework level, 1 to 9.", {}, 1, 9}, "Career Framework Level"),
          labelled({key::revision, opt, V::text,
           "e.g. 'Revised February 2023'; in a local profile, the national template's."}, "Revision"),
          labelled({key::publisher, opt, V::text,
           "e.g. 'Skills for Health'; in a local profile, the national template's."}, "Publisher")},
         local_identity_fields(),
         {labelled({key::level_descriptor, opt, V::markdown,
           "'Definition of the Level N Role' (Markdown); when absent, the CareerFramework's "
           "descriptor of `level` is used."}, "Level Descriptor"),
          {key::basic_info, req, V::object, "Named role, area of work, experience required.",
           key::basic_info},
          labelled({key::scope, req, V::markdown, "'Scope of the Role' (Markdown)."}, "Scope of the Role"),
          {key::competences, req, V::object,
           "The competence sections: core, role specific, facets, locality.", key::competences},
          labelled({key::local_competences, opt, V::list,
           "Written by merge: the competences its overlays agreed locally (not NOS).",
           "local competence"}, "Local competences"),
          labelled({key::learning, opt, V::object, "'Indicative Learning and Development'.", key::learning}, "Indicative Learning and Development"),
          labelled({key::cpd, opt, V::object, "'Continuing Professional Development'.", key::cpd}, "Continuing Professional Development"),
          labelled({key::references, opt, V::text_list, "The template's references."}, "References"),
          labelled({key::derived_from, opt, V::object,
           "Written by merge, never by hand: the national profile and the overlays applied.",
           key::derived_from}, "Derived from")}})},
        {"LocalityOverlay",
         "Local additions to a national RoleProfile; `rolekit merge` applies them.",
         joined({{{key::base, req, V::text,
           "The RoleProfile this overlay adds to: its id, or a path relative to this file (a value "
           "containing '/' or ending in .yaml or .yml is a path; that file must be among the loaded "
           "files)."},
          {key::locality, req, V::text,
           "The local service, e.g. 'Wiltshire Liaison and Diversion Service'; shown as the "
           "overlay's title."},
          {key::basic_info, opt, V::object, "Each key given replaces the base profile's.",
           "overlay basic_info"},
          {key::competences, opt, V::overlay_competences,
           "Competence groups added to the merged profile's locality section."},
          {key::learning, opt, V::object, "Lists are appended (no duplicates), text replaces.",
           key::learning},
          {key::cpd, opt, V::object, "Lists are appended (no duplicates), text replaces.", key::cpd},
          {key::references, opt, V::text_list, "References appended to the base profile's."}},
                local_identity_fields(),
                {{key::local_competences, opt, V::list,
                  "Competences agreed locally that are not National Occupational Standards: merge "
                  "adds them to the profile, and pages show them in the locality table, marked local.",
                  "local competence"}}})},
        {"NosCatalog", "A catalogue of National Occupational Standards.",
         {{key::title, opt, V::text, "The catalogue's name."},
          {key::standards, req, V::list, "The standards, each with its code and title.",
           "NOS standard"}}},
        {"FunctionalMap", "The Health Functional Map: areas and their reference functions.",
         {{key::title, opt, V::text, "The map's name."},
          {key::areas, req, V::list, "The map's areas.", "functional map area"}}},
        {"CareerFramework", "Career Framework levels and their core competences.",
         {{key::title, opt, V::text, "The framework's name."},
          {key::levels, req, V::list, "The levels, 1 to 9.", "career framework level"}}},
        {"CompetenceMap", "A competence framework and its curriculum.",
         {labelled({key::title, req, V::text, "The framework's name."}, "Title"),
          labelled({key::revision, opt, V::text, "e.g. 'February 2020 (consultation period)'."}, "Revision"),
          labelled({key::principles, opt, V::list, "Values and principles over the whole map.", "principle"}, "Values and principles"),
          labelled({key::domains, req, V::list, "The map's domains.", "domain"}, "Domains"),
          labelled({key::curriculum, opt, V::list, "The curriculum's sections.", "curriculum section"}, "Curriculum")}},
        {"OccupationalStandard", "An apprenticeship standard: duties and KSBs.",
         {labelled({key::title, req, V::text, "e.g. 'Peer worker'."}, "Title"),
          labelled({key::level, req, V::integer, "Apprenticeship level, 1 to 8.", {}, 1, 8}, "Level"),
          labelled({key::duration_months, opt, V::integer, "Typical duration in months.", {}, 1, 120}, "Duration (months)"),
          labelled({key::reference, opt, V::text, "e.g. the standard's ST code."}, "Reference"),
          labelled({key::occupation_summary, opt, V::markdown,
           "Where the occupation is found: the text after 'This occupation is found in...'."}, "Occupation summary"),
          labelled({key::broad_purpose, opt, V::markdown,
           "The text after 'The broad purpose of the occupation is...'."}, "Broad purpose"),
          labelled({key::key_relationships, opt, V::markdown,
           "Whom the employee works with: the text after 'In their daily work, an employee in "
           "this occupation interacts with...'."}, "Key relationships"),
          labelled({key::responsibilities, opt, V::markdown,
           "The text after 'An employee in this occupation will be responsible for...'."}, "Responsibilities"),
          labelled({key::typical_job_titles, opt, V::text_list, "Typical job titles, one each."}, "Typical job titles"),
          labelled({key::entry_requirements, opt, V::markdown, "Entry requirements."}, "Entry requirements"),
          labelled({key::duties, req, V::list, "The duties, each linked to its K, S and B ids.", "duty"}, "Duties"),
          labelled({key::knowledge, opt, V::list, "Knowledge items (K1, K2, ...).", "knowledge or skill item"}, "Knowledge"),
          labelled({key::skills, opt, V::list, "Skill items (S1, S2, ...).", "knowledge or skill item"}, "Skills"),
          labelled({key::behaviours, opt, V::list, "Behaviours (B1, B2, ...).", "behaviour"}, "Behaviours")}},
    };
}

std::vector<Shape> part_shapes() {
    const auto basic_info = [](std::string_view name, Need need) {
        return Shape{name, "The template's basic information.",
                     {labelled({key::named_role, need, V::text, "Named Role."}, "Named Role"),
                      labelled({key::area_of_work, need, V::text, "Area of Work."}, "Area of Work"),
                      labelled({key::experience_required, need, V::markdown, "Experience Required (Markdown)."}, "Experience Required")}};
    };
    return {
        basic_info(key::basic_info, req),
        basic_info("overlay basic_info", opt),
        {key::competences, "A profile's competence sections.",
         {labelled({key::core_level, opt, V::integer,
           "The level whose core set `core` states; defaults to `level`. The Level 8 Strategic "
           "Manager template states the Level 7 core set, so it has core_level: 7.", {}, 1, 9}, "Level of the core competences"),
          labelled({key::core, req, V::list, "'Common/Core Competences for all Level N Roles' (may be []).",
           "competence group"}, "Common/Core Competences"),
          labelled({key::role_specific, req, V::list, "'Role Specific Competences' (may be []).",
           "competence group"}, "Role Specific Competences"),
          labelled({key::facets, opt, V::list, "Named sets of groups, for roles with facets.", "facet"}, "Facets"),
          labelled({key::locality, opt, V::list,
           "'Locality Specific Competences': filled by merge from overlays.",
           "competence group"}, "Locality Specific Competences")}},
        {"facet", "A named set of competence groups.",
         {{key::name, req, V::text, "The facet's name."},
          {key::groups, req, V::list, "The facet's groups.", "competence group"}}},
        {key::derived_from, "Written by merge: where a local profile came from.",
         {labelled({key::base, req, V::text, "The id of the national profile."}, "Based on"),
          labelled({key::overlays, req, V::text_list, "The ids of the overlays applied, in order."}, "Overlays")}},
        {"competence group", "One functional-map area, one reference function, its NOS.",
         {{key::area, req, V::area, "Health Functional Map area key: '1'-'6' or 'A'-'H'."},
          {key::function, req, V::text, "The reference function, as worded in the functional map."},
          {key::nos, req, V::text_or_object_list,
           "The NOS in this group, at least one: each a title, or {code, title}.", "NOS entry"},
          {key::source, opt, V::text, "Written by merge: the id of the overlay that added the group."},
          {key::locality, opt, V::text, "Written by merge: that overlay's locality."}}},
        {"local competence", "A competence agreed locally, in the service's own words; not a NOS.",
         {{key::area, req, V::area, "Health Functional Map area key: '1'-'6' or 'A'-'H'."},
          {key::function, req, V::text, "The reference function, as worded in the functional map."},
          {key::statement, req, V::text, "The competence, in the service's own words."},
          {key::evidence, opt, V::text,
           "Where it comes from: a local policy, a commissioning requirement."},
          {key::source, opt, V::text, "Written by merge: the id of the overlay that added it."},
          {key::locality, opt, V::text, "Written by merge: that overlay's locality."}}},
        {"NOS entry", "A NOS by code and/or title (at least one of the two).",
         {{key::code, opt, V::text, "The NOS code, e.g. SFHGEN97."},
          {key::title, opt, V::text, "The NOS title, word for word."}}},
        {key::learning, "'Indicative Learning and Development'.",
         {labelled({key::transferable_role, opt, V::text, "Transferable role."}, "Transferable role"),
          labelled({key::formal, opt, V::text_list, "Formal endorsed learning."}, "Formal endorsed learning"),
          labelled({key::informal, opt, V::text_list, "Informal learning."}, "Informal learning"),
          labelled({key::nos_used, opt, V::text, "National Occupational Standards used."}, "National Occupational Standards used"),
          labelled({key::credits, opt, V::text, "Credits (including framework used)."}, "Credits (including framework used)"),
          labelled({key::accreditation, opt, V::text, "Accreditation."}, "Accreditation"),
          labelled({key::apel_progression, opt, V::text, "APEL and progression."}, "APEL and progression"),
          labelled({key::registration, opt, V::text, "Leading to registration or membership with."}, "Leading to registration or membership with")}},
        {key::cpd, "'Continuing Professional Development'.",
         {labelled({key::statutory_mandatory, opt, V::text_list,
           "Statutory and Mandatory learning of particular relevance to the role."}, "Statutory and Mandatory learning of particular relevance to the role"),
          labelled({key::formal, opt, V::object, "Formal endorsed learning.", "cpd.formal"}, "Formal endorsed learning"),
          labelled({key::informal, opt, V::text, "Informal learning."}, "Informal learning"),
          labelled({key::impact_method, opt, V::text, "Method of capturing impact."}, "Method of capturing impact"),
          labelled({key::funding, opt, V::text, "Funding required."}, "Funding required"),
          labelled({key::frequency, opt, V::text, "Frequency required."}, "Frequency required")}},
        {"cpd.formal", "Formal endorsed CPD learning.",
         {labelled({key::title, opt, V::text, "Title."}, "Title"),
          labelled({key::awarding_body, opt, V::text, "Awarding body."}, "Awarding body"),
          labelled({key::credit, opt, V::text, "Credit."}, "Credit"),
          labelled({key::level, opt, V::text, "Level."}, "Level")}},
        {"overlay competences", "The RoleProfile shape of an overlay's competences.",
         {{key::locality, opt, V::list, "Groups added to the locality section.",
           "competence group"}}},
        {"NOS standard", "One National Occupational Standard.",
         {{key::code, opt, V::nos_code, "The NOS code, e.g. SFHGEN97; the key must be present. null (or \"\") means the code is "
           "not known yet: the entry is matched by exact title. Codes should be unique within a "
           "catalogue; loading does not check this."},
          {key::title, req, V::text, "The title, word for word."},
          {key::suite, opt, V::text, "e.g. 'Skills for Health'."},
          {key::functions, opt, V::list, "Where the NOS sits in the functional map.",
           "function placement"},
          {key::ksf, opt, V::text_list, "NHS Knowledge and Skills Framework dimension codes."},
          {key::status, opt, V::nos_status,
           "Default: uncoded when code is null, else current. An entry without a code must be "
           "uncoded, and an entry with a code must not be (schema-value)."},
          {key::replaced_by, opt, V::text, "The replacing code, for a withdrawn NOS."}}},
        {"function placement", "A functional-map area and reference function.",
         {{key::area, req, V::area, "Health Functional Map area key."},
          {key::function, req, V::text, "The reference function."}}},
        {"functional map area", "One area of the functional map.",
         {{key::key, req, V::text, "'1'-'6' or 'A'-'H': what a group's `area` refers to."},
          {key::name, req, V::text, "e.g. 'Communication'."},
          {key::ksf, opt, V::text, "The NHS KSF dimension the area maps to, e.g. C1."},
          {key::functions, opt, V::text_list, "Reference functions, worded as groups must cite them."}}},
        {"career framework level", "One Career Framework level.",
         {{key::level, req, V::integer, "The level, 1 to 9.", {}, 1, 9},
          {key::descriptor, opt, V::markdown, "The level descriptor (Markdown)."},
          {key::example_roles, opt, V::text_list, "Example job titles at this level."},
          {key::core, opt, V::list,
           "The common/core set for all roles at this level. Absent or null: no core set is "
           "stated; []: the core set is stated and empty.",
           "competence group"}}},
        {"principle", "A value or principle over the whole map.",
         {{key::name, req, V::text, "The principle's name."},
          {key::description, opt, V::markdown, "What it means (Markdown)."}}},
        {"competence statement", "A high-level skill and its concrete parts.",
         {{key::text, req, V::text, "The statement."},
          {key::parts, opt, V::text_or_object_list, "Its parts, nested to any depth.",
           "competence statement"}}},
        {"competence area", "An area within a domain.",
         {{key::id, req, V::text, "The area's id within the map."},
          {key::name, req, V::text, "The area's name."},
          labelled({key::statements, opt, V::text_or_object_list, "The area's statements.",
           "competence statement"}, "Statements")}},
        {"domain", "A domain of the competence map.",
         {{key::id, req, V::text, "The domain's id, referred to by curriculum units."},
          {key::name, req, V::text, "e.g. 'Self-care and support'."},
          {key::description, opt, V::markdown, "What the domain covers (Markdown)."},
          labelled({key::areas, opt, V::list, "The domain's areas.", "competence area"}, "Areas"),
          labelled({key::statements, opt, V::text_or_object_list, "Statements directly under the domain.",
           "competence statement"}, "Statements")}},
        {"curriculum unit", "A unit of the curriculum.",
         {{key::id, req, V::text, "e.g. '1.1'."},
          {key::name, req, V::text, "The unit's name."},
          labelled({key::domains, opt, V::text_list, "The ids of the domains the unit covers."}, "Domains")}},
        {"curriculum section", "A section of the curriculum.",
         {{key::section, req, V::integer, "Section number.", {}, 1, 999},
          {key::name, req, V::text, "Section title."},
          labelled({key::units, req, V::list, "The section's units.", "curriculum unit"}, "Units")}},
        {"duty", "A duty of the occupation.",
         {{key::id, req, V::text, "D1, D2, ..."},
          {key::text, req, V::text, "The duty."},
          labelled({key::knowledge, opt, V::text_list, "The K ids this duty needs."}, "Knowledge"),
          labelled({key::skills, opt, V::text_list, "The S ids this duty needs."}, "Skills"),
          labelled({key::behaviours, opt, V::text_list, "The B ids this duty needs."}, "Behaviours")}},
        {"knowledge or skill item", "A knowledge or skill item.",
         {{key::id, req, V::text, "K1, S1, ..."}, {key::text, req, V::text, "The item."}}},
        {"behaviour", "A behaviour.",
         {{key::id, req, V::text, "B1, B2, ..."},
          {key::name, req, V::text, "The behaviour's name."},
          {key::text, opt, V::text, "What it means."}}},
        {".rolekit.yaml", "The repository's configuration, used by every command.",
         {{key::catalogs, opt, V::text_list,
           "NOS catalogue files every command loads, relative to this file's folder."},
          {key::paths, opt, V::text_list,
           "Folders searched for the documents ids refer to (overlay bases, catalogues), relative "
           "to this file's folder; searched after --path, before $ROLEKIT_PATH and the built-in "
           "library."},
          {key::rules, opt, V::rule_severities,
           "Rule id to severity (error, warning, info) or off."},
          {key::ignore, opt, V::text_list, "Gitignore-style patterns of paths not to check."},
          {key::fail_on, opt, V::severity, "The least severity that makes validate exit 1."}}},
    };
}

}  // namespace

const std::vector<Shape>& document_shapes() {
    static const std::vector<Shape> shapes = [] {
        std::vector<Shape> all = kind_shapes();
        for (Shape& s : part_shapes()) all.push_back(std::move(s));
        return all;
    }();
    return shapes;
}

const Shape* find_shape(std::string_view name) {
    const auto& shapes = document_shapes();
    auto it = std::find_if(shapes.begin(), shapes.end(),
                           [&](const Shape& s) { return s.name == name; });
    return it == shapes.end() ? nullptr : &*it;
}

std::string_view label_of(std::string_view shape, std::string_view key) {
    if (const Shape* s = find_shape(shape))
        for (const FieldShape& f : s->fields)
            if (f.key == key && !f.label.empty()) return f.label;
    throw std::logic_error(fmt::format("the format's table has no label for '{}' in {}", key, shape));
}

}  // namespace rolekit::detail
