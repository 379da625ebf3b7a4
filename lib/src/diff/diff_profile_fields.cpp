#include "diff/diff_profile_fields.hpp"

#include <tuple>

#include "diff/diff_extras.hpp"
#include "diff/diff_parts.hpp"
#include "rolekit/profile_section.hpp"

namespace rolekit::detail {

namespace {

void add_field(std::vector<FieldChange>& out, std::string field, const std::vector<std::string>& a,
               const std::vector<std::string>& b) {
    if (a == b) return;
    out.push_back({std::move(field), diff_sequences(a, b)});
}

std::vector<std::string> values(const std::vector<Text>& items) {
    std::vector<std::string> out;
    for (const Text& t : items) out.push_back(t.value);
    return out;
}

void text_field(std::vector<FieldChange>& out, const std::string& name, const Text& a,
                const Text& b) {
    field(out, name, a.value, b.value);
}

std::vector<std::string> facet_names(const RoleProfile& p) {
    std::vector<std::string> out;
    for (const Facet& f : p.competences.facets) out.push_back(f.name.value);
    return out;
}

std::vector<std::string> core_level(const RoleProfile& p) {
    if (!p.competences.core_level) return {};
    return {std::to_string(p.competences.core_level->value)};
}

void learning_fields(const RoleProfile& a, const RoleProfile& b, std::vector<FieldChange>& out) {
    const Learning la = a.learning.value_or(Learning{}), lb = b.learning.value_or(Learning{});
    text_field(out, "learning.transferable_role", la.transferable_role, lb.transferable_role);
    add_field(out, "learning.formal", values(la.formal), values(lb.formal));
    add_field(out, "learning.informal", values(la.informal), values(lb.informal));
    for (auto [name, x, y] :
         {std::tuple{"learning.nos_used", &la.nos_used, &lb.nos_used},
          {"learning.credits", &la.credits, &lb.credits},
          {"learning.accreditation", &la.accreditation, &lb.accreditation},
          {"learning.apel_progression", &la.apel_progression, &lb.apel_progression},
          {"learning.registration", &la.registration, &lb.registration}})
        text_field(out, name, *x, *y);
}

void cpd_fields(const RoleProfile& a, const RoleProfile& b, std::vector<FieldChange>& out) {
    const Cpd ca = a.cpd.value_or(Cpd{}), cb = b.cpd.value_or(Cpd{});
    add_field(out, "cpd.statutory_mandatory", values(ca.statutory_mandatory),
              values(cb.statutory_mandatory));
    const CpdFormal fa = ca.formal.value_or(CpdFormal{}), fb = cb.formal.value_or(CpdFormal{});
    for (auto [name, x, y] : {std::tuple{"cpd.formal.title", &fa.title, &fb.title},
                              {"cpd.formal.awarding_body", &fa.awarding_body, &fb.awarding_body},
                              {"cpd.formal.credit", &fa.credit, &fb.credit},
                              {"cpd.formal.level", &fa.level, &fb.level},
                              {"cpd.informal", &ca.informal, &cb.informal},
                              {"cpd.impact_method", &ca.impact_method, &cb.impact_method},
                              {"cpd.funding", &ca.funding, &cb.funding},
                              {"cpd.frequency", &ca.frequency, &cb.frequency}})
        text_field(out, name, *x, *y);
}

// Every mapping that may hold x- keys, by its place; groups and NOS by their
// index in their section ("competences.core[2].nos[0]").
ExtrasByPlace profile_extras(const RoleProfile& p) {
    ExtrasByPlace out{{"", &p.extras},
                      {"basic_info", &p.basic_info.extras},
                      {"competences", &p.competences.extras}};
    const auto groups = [&](const std::string& place, const CompetenceGroups& list) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string group = place + "[" + std::to_string(i) + "]";
            out.emplace_back(group, &list[i].extras);
            for (std::size_t k = 0; k < list[i].nos.size(); ++k)
                out.emplace_back(group + ".nos[" + std::to_string(k) + "]", &list[i].nos[k].extras);
        }
    };
    groups("competences.core", p.competences.core);
    groups("competences.role_specific", p.competences.role_specific);
    for (const Facet& f : p.competences.facets) {
        const std::string place = "competences." + section_key({SectionKind::facet, f.name.value});
        out.emplace_back(place, &f.extras);
        groups(place, f.groups);
    }
    groups("competences.locality", p.competences.locality);
    if (p.learning) out.emplace_back("learning", &p.learning->extras);
    if (p.cpd) out.emplace_back("cpd", &p.cpd->extras);
    if (p.cpd && p.cpd->formal) out.emplace_back("cpd.formal", &p.cpd->formal->extras);
    if (p.derived_from) out.emplace_back("derived_from", &p.derived_from->extras);
    return out;
}

}  // namespace

void fields_before_competences(const Document& da, const Document& db,
                               std::vector<FieldChange>& out) {
    const RoleProfile& a = std::get<RoleProfile>(da.body);
    const RoleProfile& b = std::get<RoleProfile>(db.body);
    text_field(out, "id", da.id, db.id);
    text_field(out, "title", a.title, b.title);
    text_field(out, "service", a.service, b.service);
    add_field(out, "level", {std::to_string(a.level.value)}, {std::to_string(b.level.value)});
    text_field(out, "revision", a.revision, b.revision);
    text_field(out, "publisher", a.publisher, b.publisher);
    text_field(out, "level_descriptor", a.level_descriptor, b.level_descriptor);
    text_field(out, "basic_info.named_role", a.basic_info.named_role, b.basic_info.named_role);
    text_field(out, "basic_info.area_of_work", a.basic_info.area_of_work,
               b.basic_info.area_of_work);
    text_field(out, "basic_info.experience_required", a.basic_info.experience_required,
               b.basic_info.experience_required);
    text_field(out, "scope", a.scope, b.scope);
    add_field(out, "competences.core_level", core_level(a), core_level(b));
    add_field(out, "competences.facets", facet_names(a), facet_names(b));
}

void fields_after_competences(const Document& da, const Document& db,
                              std::vector<FieldChange>& out) {
    const RoleProfile& a = std::get<RoleProfile>(da.body);
    const RoleProfile& b = std::get<RoleProfile>(db.body);
    learning_fields(a, b, out);
    cpd_fields(a, b, out);
    add_field(out, "references", values(a.references), values(b.references));
    const DerivedFrom fa = a.derived_from.value_or(DerivedFrom{}),
                      fb = b.derived_from.value_or(DerivedFrom{});
    text_field(out, "derived_from.base", fa.base, fb.base);
    add_field(out, "derived_from.overlays", values(fa.overlays), values(fb.overlays));
    compare_extras(profile_extras(a), profile_extras(b), out);
}

}  // namespace rolekit::detail
