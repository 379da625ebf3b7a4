// A RoleProfile in the order and with the headings of the Skills for Health
// template.

#include <fmt/format.h>

#include <algorithm>

#include "render/render_blocks.hpp"
#include "rolekit/nos_index.hpp"
#include "schema/document_shapes.hpp"
#include "schema/format_keys.hpp"

namespace rolekit::detail {

namespace {

using Lines = std::vector<std::string>;

std::string area_label(const std::string& key, const FunctionalMap* map) {
    if (map != nullptr)
        for (const FunctionalArea& a : map->areas)
            if (a.key.value == key) return fmt::format("{}. {}", key, a.name.value);
    return key;
}

// A NOS as the template prints it: code and title. A profile gives a NOS by
// title when the seed printed no code; the code then comes from the
// catalogue, so a reader still sees it.
std::string nos_label(const NosRef& ref, const NosIndex& nos) {
    std::string code = ref.code.value;
    if (code.empty())
        if (const NosStandard* s = nos.by_title(ref.title.value)) code = s->code.value;
    if (code.empty()) return ref.title.value;
    return ref.has_title() ? fmt::format("{} {}", code, ref.title.value) : code;
}

// Three columns as in the template; an area or function is not repeated on
// the rows that continue it.
Table competence_table(const CompetenceGroups& groups, const FunctionalMap* map, const NosIndex& nos) {
    Table t;
    t.header = {"Underpinning principle", "Reference function", "Competence"};
    t.css_class = "competence-table";
    std::string last_area;
    for (const CompetenceGroup& g : groups) {
        for (std::size_t i = 0; i < g.nos.size(); ++i) {
            const bool first = i == 0;
            const bool new_area = first && g.area.value != last_area;
            t.rows.push_back({new_area ? Lines{area_label(g.area.value, map)} : Lines{},
                              first ? Lines{g.function.value} : Lines{}, Lines{nos_label(g.nos[i], nos)}});
        }
        last_area = g.area.value;
    }
    return t;
}

// Paragraphs of a Markdown field as lines of a table cell.
Lines paragraphs(const std::string& text) {
    Lines out;
    std::string current;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, nl - start);
        if (line.empty()) {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current += (current.empty() ? "" : " ") + line;
        }
        start = nl + 1;
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

Lines texts(const std::vector<Text>& items) {
    Lines out;
    for (const Text& t : items) out.push_back(t.value);
    return out;
}

Table key_values(std::string first, std::string second, std::vector<std::pair<std::string, Lines>> rows) {
    Table t;
    t.header = {std::move(first), std::move(second)};
    t.row_headers = true;
    for (auto& [key, value] : rows) t.rows.push_back({Lines{key}, std::move(value)});
    return t;
}

std::string level_descriptor(const RoleProfile& p, const DocumentSet& ctx) {
    if (!p.level_descriptor.value.empty()) return p.level_descriptor.value;
    if (const CareerFramework* cf = ctx.career_framework())
        for (const CareerLevel& l : cf->levels)
            if (l.level.value == p.level.value) return l.descriptor.value;
    return {};
}

// "Added by Wiltshire L&D Service (wiltshire-ld-psw)": the locality as merge
// recorded it, else as the overlay (if loaded) says.
std::string added_by(const CompetenceGroup& g, const DocumentSet& ctx) {
    std::string locality = g.locality.value;
    if (locality.empty() && !g.source.value.empty()) {
        const Document* overlay = ctx.find(g.source.value);
        if (const auto* o = overlay ? overlay->as<LocalityOverlay>() : nullptr) locality = o->locality.value;
    }
    if (g.source.value.empty()) return locality.empty() ? "" : "Added by " + locality;
    return locality.empty() ? "Added by " + g.source.value
                            : fmt::format("Added by {} ({})", locality, g.source.value);
}

void locality_section(Page& page, const RoleProfile& p, const DocumentSet& ctx, const FunctionalMap* map,
                      const NosIndex& nos) {
    page.heading(2, "Locality Specific Competences");
    const CompetenceGroups& groups = p.competences.locality;
    if (groups.empty()) {
        page.note("No locality specific competences have been added.");
        return;
    }
    // Consecutive groups from one overlay share a table, introduced by the
    // locality that added them.
    for (std::size_t i = 0; i < groups.size();) {
        std::size_t j = i;
        while (j < groups.size() && groups[j].source.value == groups[i].source.value &&
               groups[j].locality.value == groups[i].locality.value)
            ++j;
        page.paragraph(added_by(groups[i], ctx));
        page.table(competence_table(CompetenceGroups(groups.begin() + i, groups.begin() + j), map, nos));
        i = j;
    }
}

void learning_section(Page& page, const Learning& l) {
    page.heading(2, "Indicative Learning and Development");
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
    page.heading(2, "Continuing Professional Development");
    Lines formal;
    if (c.formal) {
        const auto line = [](std::string_view k, const Text& value) {
            return fmt::format("{}: {}", label_of("cpd.formal", k), value.value);
        };
        formal = {line(key::title, c.formal->title), line(key::awarding_body, c.formal->awarding_body),
                  line(key::credit, c.formal->credit), line(key::level, c.formal->level)};
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

// The localities a merged profile was made for, in overlay order: each
// overlay's own `locality` when it is loaded, else as merge recorded it on the
// groups it added. Empty for a national template.
std::vector<std::string> localities_of(const RoleProfile& p, const DocumentSet& ctx) {
    std::vector<std::string> out;
    const auto add = [&](const std::string& l) {
        if (!l.empty() && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    };
    if (p.derived_from)
        for (const Text& id : p.derived_from->overlays) {
            const Document* d = ctx.find(id.value);
            if (const auto* o = d ? d->as<LocalityOverlay>() : nullptr) add(o->locality.value);
        }
    for (const CompetenceGroup& g : p.competences.locality)
        if (!g.source.value.empty()) add(g.locality.value);
    return out;
}

std::string and_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

// A local profile says whose it is where a reader looks first: the page
// title (and so the browser's tab and print header), the line under it and
// the first row of the table.
void title_block(Page& page, const Document& doc, const RoleProfile& p, const DocumentSet& ctx) {
    const std::string locality = and_list(localities_of(p, ctx));
    page.title = locality.empty() ? p.title.value : fmt::format("{} — {}", p.title.value, locality);
    page.subtitle = fmt::format("{} · Career Framework Level {}", p.service.value, p.level.value);
    if (!locality.empty()) page.subtitle = fmt::format("Local profile for {} · {}", locality, page.subtitle);
    std::vector<std::pair<std::string, Lines>> rows;
    if (!locality.empty()) rows.push_back({"Locality", {locality}});
    rows.insert(rows.end(), {{"Service", {p.service.value}},
                             {"Role", {p.basic_info.named_role.value}},
                             {"Career Framework level", {fmt::format("Level {}", p.level.value)}},
                             {"Revision", {p.revision.value}},
                             {"Publisher", {p.publisher.value}}});
    page.table(key_values("Transferable role profile", "", rows));
    if (p.derived_from) {
        std::string overlays;
        for (const Text& o : p.derived_from->overlays) overlays += (overlays.empty() ? "" : ", ") + o.value;
        page.paragraph(fmt::format("Local profile {}: the national template {} with the locality overlay(s) {}.",
                                   doc.id.value, p.derived_from->base.value, overlays));
    }
}

}  // namespace

Page role_profile_page(const Document& doc, const DocumentSet& ctx) {
    const RoleProfile& p = std::get<RoleProfile>(doc.body);
    const FunctionalMap* map = ctx.functional_map();
    const NosIndex nos(ctx.catalogs());
    Page page;
    title_block(page, doc, p, ctx);
    page.heading(2, "Level Descriptor");
    const std::string descriptor = level_descriptor(p, ctx);
    if (descriptor.empty()) page.note("No level descriptor is given for this level.");
    page.markdown(descriptor);
    page.heading(2, "Basic Information");
    page.table(key_values("Basic information", "",
                          {{"Named Role", {p.basic_info.named_role.value}},
                           {"Area of Work", {p.basic_info.area_of_work.value}},
                           {"Experience Required", paragraphs(p.basic_info.experience_required.value)},
                           {"Career Framework Level", {fmt::format("Level {}", p.level.value)}}}));
    page.heading(2, "Scope of the Role");
    page.markdown(p.scope.value);
    page.heading(2, fmt::format("Common/Core Competences for all Level {} Roles", p.core_level()));
    page.table(competence_table(p.competences.core, map, nos));
    page.heading(2, "Role Specific Competences");
    page.table(competence_table(p.competences.role_specific, map, nos));
    for (const Facet& f : p.competences.facets) {
        page.heading(2, fmt::format("Facet: {}", f.name.value));
        page.table(competence_table(f.groups, map, nos));
    }
    locality_section(page, p, ctx, map, nos);
    if (p.learning) learning_section(page, *p.learning);
    if (p.cpd) cpd_section(page, *p.cpd);
    if (!p.references.empty()) {
        page.heading(2, "References");
        std::vector<ListItem> items;
        for (const Text& r : p.references) items.push_back({r.value, {}});
        page.list(std::move(items));
    }
    return page;
}

}  // namespace rolekit::detail
