// A RoleProfile in the order and with the headings of the Skills for Health
// template.

#include <fmt/format.h>

#include <algorithm>

#include "render/profile_tables.hpp"
#include "rolekit/nos_index.hpp"
#include "schema/document_shapes.hpp"
#include "schema/format_keys.hpp"

namespace rolekit::detail {

namespace {

std::string level_descriptor(const RoleProfile& p, const DocumentSet& ctx) {
    if (!p.level_descriptor.value.empty()) return p.level_descriptor.value;
    if (const CareerFramework* cf = ctx.career_framework())
        for (const CareerLevel& l : cf->levels)
            if (l.level.value == p.level.value) return l.descriptor.value;
    return {};
}

void learning_section(Page& page, const Learning& l) {
    page.heading(2, std::string(label_of("RoleProfile", key::learning)));
    const auto row = [](std::string_view k, Lines value) {
        return std::pair{std::string(label_of(key::learning, k)), std::move(value)};
    };
    page.table(key_values("Learning and development", "Detail",
                          {row(key::transferable_role, {l.transferable_role.value}),
                           row(key::formal, texts(l.formal)),
                           row(key::informal, texts(l.informal)),
                           row(key::nos_used, paragraphs(l.nos_used.value)),
                           row(key::credits, paragraphs(l.credits.value)),
                           row(key::accreditation, paragraphs(l.accreditation.value)),
                           row(key::apel_progression, paragraphs(l.apel_progression.value)),
                           row(key::registration, paragraphs(l.registration.value))}));
}

void cpd_section(Page& page, const Cpd& c) {
    page.heading(2, std::string(label_of("RoleProfile", key::cpd)));
    Lines formal;
    if (c.formal) {
        const auto line = [](std::string_view k, const Text& value) {
            return fmt::format("{}: {}", label_of("cpd.formal", k), value.value);
        };
        using Field = std::pair<std::string_view, const Text*>;
        for (const auto& [k, value] : {Field{key::title, &c.formal->title},
                                       Field{key::awarding_body, &c.formal->awarding_body},
                                       Field{key::credit, &c.formal->credit}, Field{key::level, &c.formal->level}})
            if (!value->value.empty()) formal.push_back(line(k, *value));
    }
    const auto row = [](std::string_view k, Lines value) {
        return std::pair{std::string(label_of(key::cpd, k)), std::move(value)};
    };
    page.table(key_values("Continuing professional development", "Detail",
                          {row(key::statutory_mandatory, texts(c.statutory_mandatory)), row(key::formal, formal),
                           row(key::informal, paragraphs(c.informal.value)),
                           row(key::impact_method, paragraphs(c.impact_method.value)),
                           row(key::funding, paragraphs(c.funding.value)),
                           row(key::frequency, paragraphs(c.frequency.value))}));
}

}  // namespace

Page role_profile_page(const Document& doc, const DocumentSet& ctx) {
    const RoleProfile& p = std::get<RoleProfile>(doc.body);
    const FunctionalMap* map = ctx.functional_map();
    const NosIndex nos(ctx.catalogs());
    Page page;
    title_block(page, p, ctx);
    // Headings and labels in the template's words, from the format's table (diff pages use it too).
    const auto label = [](std::string_view shape, std::string_view k) { return std::string(label_of(shape, k)); };
    page.heading(2, label("RoleProfile", key::level_descriptor));
    page.markdown(level_descriptor(p, ctx));
    page.heading(2, "Basic Information");
    page.table(key_values("Basic information", "",
                          {{label(key::basic_info, key::named_role), {p.basic_info.named_role.value}},
                           {label(key::basic_info, key::area_of_work), {p.basic_info.area_of_work.value}},
                           {label(key::basic_info, key::experience_required),
                            paragraphs(p.basic_info.experience_required.value)},
                           {label("RoleProfile", key::level), {fmt::format("Level {}", p.level.value)}}}));
    page.heading(2, label("RoleProfile", key::scope));
    page.markdown(p.scope.value);
    page.heading(2, fmt::format("Common/Core Competences for all Level {} Roles", p.core_level()));
    page.table(competence_table(p.competences.core, map, nos));
    page.heading(2, label(key::competences, key::role_specific));
    page.table(competence_table(p.competences.role_specific, map, nos));
    for (const Facet& f : p.competences.facets) {
        page.heading(2, fmt::format("Facet: {}", f.name.value));
        page.table(competence_table(f.groups, map, nos));
    }
    locality_section(page, p, ctx, map, nos);
    if (p.learning) learning_section(page, *p.learning);
    if (p.cpd) cpd_section(page, *p.cpd);
    if (!p.references.empty()) {
        page.heading(2, label("RoleProfile", key::references));
        std::vector<ListItem> items;
        for (const Text& r : p.references) items.push_back({r.value, {}});
        page.list(std::move(items));
    }
    return page;
}

}  // namespace rolekit::detail
