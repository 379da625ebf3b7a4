#pragma once
// The keys of the rolekit format, each spelled once. Everything that reads,
// writes, compares or labels a key names it through these constants; what a
// key means, whether it is required and how readers see it are in the one
// table of shapes (document_shapes.cpp).

#include <initializer_list>
#include <string>
#include <string_view>

namespace rolekit::key {

inline constexpr std::string_view accreditation = "accreditation";
inline constexpr std::string_view apel_progression = "apel_progression";
inline constexpr std::string_view approved_by = "approved_by";
inline constexpr std::string_view approved_on = "approved_on";
inline constexpr std::string_view area = "area";
inline constexpr std::string_view area_of_work = "area_of_work";
inline constexpr std::string_view areas = "areas";
inline constexpr std::string_view awarding_body = "awarding_body";
inline constexpr std::string_view base = "base";
inline constexpr std::string_view basic_info = "basic_info";
inline constexpr std::string_view behaviours = "behaviours";
inline constexpr std::string_view broad_purpose = "broad_purpose";
inline constexpr std::string_view catalogs = "catalogs";
inline constexpr std::string_view code = "code";
inline constexpr std::string_view competences = "competences";
inline constexpr std::string_view contact = "contact";
inline constexpr std::string_view core = "core";
inline constexpr std::string_view core_level = "core_level";
inline constexpr std::string_view cpd = "cpd";
inline constexpr std::string_view credit = "credit";
inline constexpr std::string_view credits = "credits";
inline constexpr std::string_view curriculum = "curriculum";
inline constexpr std::string_view derived_from = "derived_from";
inline constexpr std::string_view description = "description";
inline constexpr std::string_view descriptor = "descriptor";
inline constexpr std::string_view domains = "domains";
inline constexpr std::string_view duration_months = "duration_months";
inline constexpr std::string_view duties = "duties";
inline constexpr std::string_view entry_requirements = "entry_requirements";
inline constexpr std::string_view evidence = "evidence";
inline constexpr std::string_view example_roles = "example_roles";
inline constexpr std::string_view experience_required = "experience_required";
inline constexpr std::string_view facets = "facets";
inline constexpr std::string_view fail_on = "fail-on";
inline constexpr std::string_view formal = "formal";
inline constexpr std::string_view format = "format";
inline constexpr std::string_view frequency = "frequency";
inline constexpr std::string_view function = "function";
inline constexpr std::string_view functions = "functions";
inline constexpr std::string_view funding = "funding";
inline constexpr std::string_view groups = "groups";
inline constexpr std::string_view id = "id";
inline constexpr std::string_view ignore = "ignore";
inline constexpr std::string_view impact_method = "impact_method";
inline constexpr std::string_view informal = "informal";
inline constexpr std::string_view key = "key";
inline constexpr std::string_view key_relationships = "key_relationships";
inline constexpr std::string_view kind = "kind";
inline constexpr std::string_view knowledge = "knowledge";
inline constexpr std::string_view ksf = "ksf";
inline constexpr std::string_view learning = "learning";
inline constexpr std::string_view level = "level";
inline constexpr std::string_view level_descriptor = "level_descriptor";
inline constexpr std::string_view levels = "levels";
inline constexpr std::string_view local_competences = "local_competences";
inline constexpr std::string_view locality = "locality";
inline constexpr std::string_view name = "name";
inline constexpr std::string_view named_role = "named_role";
inline constexpr std::string_view nos = "nos";
inline constexpr std::string_view nos_used = "nos_used";
inline constexpr std::string_view occupation_summary = "occupation_summary";
inline constexpr std::string_view organisation = "organisation";
inline constexpr std::string_view overlays = "overlays";
inline constexpr std::string_view parts = "parts";
inline constexpr std::string_view principles = "principles";
inline constexpr std::string_view publisher = "publisher";
inline constexpr std::string_view reference = "reference";
inline constexpr std::string_view references = "references";
inline constexpr std::string_view paths = "paths";
inline constexpr std::string_view registration = "registration";
inline constexpr std::string_view replaced_by = "replaced_by";
inline constexpr std::string_view responsibilities = "responsibilities";
inline constexpr std::string_view revision = "revision";
inline constexpr std::string_view role_specific = "role_specific";
inline constexpr std::string_view rules = "rules";
inline constexpr std::string_view scope = "scope";
inline constexpr std::string_view section = "section";
inline constexpr std::string_view service = "service";
inline constexpr std::string_view skills = "skills";
inline constexpr std::string_view source = "source";
inline constexpr std::string_view standards = "standards";
inline constexpr std::string_view statement = "statement";
inline constexpr std::string_view statements = "statements";
inline constexpr std::string_view status = "status";
inline constexpr std::string_view statutory_mandatory = "statutory_mandatory";
inline constexpr std::string_view suite = "suite";
inline constexpr std::string_view text = "text";
inline constexpr std::string_view title = "title";
inline constexpr std::string_view transferable_role = "transferable_role";
inline constexpr std::string_view typical_job_titles = "typical_job_titles";
inline constexpr std::string_view units = "units";
inline constexpr std::string_view version = "version";

// A key below others as diffs name it: "cpd.formal.title".
inline std::string path(std::initializer_list<std::string_view> keys) {
    std::string out;
    for (const std::string_view k : keys) (out += out.empty() ? "" : ".") += k;
    return out;
}

}  // namespace rolekit::key
