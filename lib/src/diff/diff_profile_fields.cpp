#include "diff/diff_profile_fields.hpp"

#include "schema/format_keys.hpp"
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
    text_field(out, key::path({key::learning, key::transferable_role}), la.transferable_role, lb.transferable_role);
    add_field(out, key::path({key::learning, key::formal}), values(la.formal), values(lb.formal));
    add_field(out, key::path({key::learning, key::informal}), values(la.informal), values(lb.informal));
    for (auto [name, x, y] :
         {std::tuple{key::path({key::learning, key::nos_used}), &la.nos_used, &lb.nos_used},
          {key::path({key::learning, key::credits}), &la.credits, &lb.credits},
          {key::path({key::learning, key::accreditation}), &la.accreditation, &lb.accreditation},
          {key::path({key::learning, key::apel_progression}), &la.apel_progression, &lb.apel_progression},
          {key::path({key::learning, key::registration}), &la.registration, &lb.registration}})
        text_field(out, name, *x, *y);
}

void cpd_fields(const RoleProfile& a, const RoleProfile& b, std::vector<FieldChange>& out) {
    const Cpd ca = a.cpd.value_or(Cpd{}), cb = b.cpd.value_or(Cpd{});
    add_field(out, key::path({key::cpd, key::statutory_mandatory}), values(ca.statutory_mandatory),
              values(cb.statutory_mandatory));
    const CpdFormal fa = ca.formal.value_or(CpdFormal{}), fb = cb.formal.value_or(CpdFormal{});
    for (auto [name, x, y] : {std::tuple{key::path({key::cpd, key::formal, key::title}), &fa.title, &fb.title},
                              {key::path({key::cpd, key::formal, key::awarding_body}), &fa.awarding_body, &fb.awarding_body},
                              {key::path({key::cpd, key::formal, key::credit}), &fa.credit, &fb.credit},
                              {key::path({key::cpd, key::formal, key::level}), &fa.level, &fb.level},
                              {key::path({key::cpd, key::informal}), &ca.informal, &cb.informal},
                              {key::path({key::cpd, key::impact_method}), &ca.impact_method, &cb.impact_method},
                              {key::path({key::cpd, key::funding}), &ca.funding, &cb.funding},
                              {key::path({key::cpd, key::frequency}), &ca.frequency, &cb.frequency}})
        text_field(out, name, *x, *y);
}

// Every mapping that may hold x- keys, by its place; groups and NOS by their
// index in their section ("competences.core[2].nos[0]").
ExtrasByPlace profile_extras(const RoleProfile& p) {
    ExtrasByPlace out{{"", &p.extras},
                      {std::string(key::basic_info), &p.basic_info.extras},
                      {std::string(key::competences), &p.competences.extras}};
    const auto groups = [&](const std::string& place, const CompetenceGroups& list) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string group = place + "[" + std::to_string(i) + "]";
            out.emplace_back(group, &list[i].extras);
            for (std::size_t k = 0; k < list[i].nos.size(); ++k)
                out.emplace_back(group + ".nos[" + std::to_string(k) + "]", &list[i].nos[k].extras);
        }
    };
    groups(key::path({key::competences, key::core}), p.competences.core);
    groups(key::path({key::competences, key::role_specific}), p.competences.role_specific);
    for (const Facet& f : p.competences.facets) {
        const std::string place = key::path({key::competences, section_key({SectionKind::facet, f.name.value})});
        out.emplace_back(place, &f.extras);
        groups(place, f.groups);
    }
    groups(key::path({key::competences, key::locality}), p.competences.locality);
    for (std::size_t i = 0; i < p.local_competences.size(); ++i)
        out.emplace_back(std::string(key::local_competences) + "[" + std::to_string(i) + "]",
                         &p.local_competences[i].extras);
    if (p.learning) out.emplace_back(std::string(key::learning), &p.learning->extras);
    if (p.cpd) out.emplace_back(std::string(key::cpd), &p.cpd->extras);
    if (p.cpd && p.cpd->formal) out.emplace_back(key::path({key::cpd, key::formal}), &p.cpd->formal->extras);
    if (p.derived_from) out.emplace_back(std::string(key::derived_from), &p.derived_from->extras);
    return out;
}

}  // namespace

void fields_before_competences(const Document& da, const Document& db,
                               std::vector<FieldChange>& out) {
    const RoleProfile& a = std::get<RoleProfile>(da.body);
    const RoleProfile& b = std::get<RoleProfile>(db.body);
    text_field(out, std::string(key::id), da.id, db.id);
    text_field(out, std::string(key::title), a.title, b.title);
    text_field(out, std::string(key::service), a.service, b.service);
    add_field(out, std::string(key::level), {std::to_string(a.level.value)}, {std::to_string(b.level.value)});
    text_field(out, std::string(key::revision), a.revision, b.revision);
    text_field(out, std::string(key::publisher), a.publisher, b.publisher);
    for (auto [name, x, y] : {std::tuple{key::version, &a.local.version, &b.local.version},
                              {key::approved_by, &a.local.approved_by, &b.local.approved_by},
                              {key::approved_on, &a.local.approved_on, &b.local.approved_on},
                              {key::organisation, &a.local.organisation, &b.local.organisation},
                              {key::contact, &a.local.contact, &b.local.contact}})
        text_field(out, std::string(name), *x, *y);
    text_field(out, std::string(key::level_descriptor), a.level_descriptor, b.level_descriptor);
    text_field(out, key::path({key::basic_info, key::named_role}), a.basic_info.named_role, b.basic_info.named_role);
    text_field(out, key::path({key::basic_info, key::area_of_work}), a.basic_info.area_of_work,
               b.basic_info.area_of_work);
    text_field(out, key::path({key::basic_info, key::experience_required}), a.basic_info.experience_required,
               b.basic_info.experience_required);
    text_field(out, std::string(key::scope), a.scope, b.scope);
    add_field(out, key::path({key::competences, key::core_level}), core_level(a), core_level(b));
    add_field(out, key::path({key::competences, key::facets}), facet_names(a), facet_names(b));
}

void fields_after_competences(const Document& da, const Document& db,
                              std::vector<FieldChange>& out) {
    const RoleProfile& a = std::get<RoleProfile>(da.body);
    const RoleProfile& b = std::get<RoleProfile>(db.body);
    learning_fields(a, b, out);
    cpd_fields(a, b, out);
    add_field(out, std::string(key::references), values(a.references), values(b.references));
    const DerivedFrom fa = a.derived_from.value_or(DerivedFrom{}),
                      fb = b.derived_from.value_or(DerivedFrom{});
    text_field(out, key::path({key::derived_from, key::base}), fa.base, fb.base);
    add_field(out, key::path({key::derived_from, key::overlays}), values(fa.overlays), values(fb.overlays));
    compare_extras(profile_extras(a), profile_extras(b), out);
}

}  // namespace rolekit::detail
