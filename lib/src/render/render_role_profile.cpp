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
// title when the seed printed no code; the code then comes from a loaded
// catalogue that has one for that title, so a reader still sees it.
std::string nos_label(const NosRef& ref, const NosIndex& nos) {
    std::string code = ref.code.value;
    if (code.empty())
        if (const NosStandard* s = nos.coded_by_title(ref.title.value)) code = s->code.value;
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

// The locality that added a group: as merge recorded it, else as its overlay
// (when loaded) says; empty when neither is known.
std::string locality_of(const CompetenceGroup& g, const DocumentSet& ctx) {
    if (!g.locality.value.empty() || g.source.value.empty()) return g.locality.value;
    const Document* overlay = ctx.find(g.source.value);
    const auto* o = overlay ? overlay->as<LocalityOverlay>() : nullptr;
    return o ? o->locality.value : "";
}

// "Added by Wiltshire Liaison and Diversion Service". Never the overlay's id:
// when its locality is unknown, the groups were still added locally.
std::string added_by(const CompetenceGroup& g, const DocumentSet& ctx) {
    const std::string locality = locality_of(g, ctx);
    if (!locality.empty()) return "Added by " + locality;
    return g.source.value.empty() ? "" : "Added locally";
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

// An overlay's locality: its own `locality` when it is loaded, else the one
// merge recorded on the groups it added; empty when neither says.
std::string overlay_locality(const std::string& id, const RoleProfile& p, const DocumentSet& ctx) {
    const Document* d = ctx.find(id);
    if (const auto* o = d ? d->as<LocalityOverlay>() : nullptr; o && !o->locality.value.empty())
        return o->locality.value;
    for (const CompetenceGroup& g : p.competences.locality)
        if (g.source.value == id && !g.locality.value.empty()) return g.locality.value;
    return {};
}

// The localities a merged profile was made for, in overlay order, each once.
// Empty for a national template. `unknown` counts the overlays whose locality
// is not known.
std::vector<std::string> localities_of(const RoleProfile& p, const DocumentSet& ctx, int* unknown = nullptr) {
    std::vector<std::string> out;
    const auto add = [&](const std::string& l) {
        if (!l.empty() && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    };
    if (p.derived_from)
        for (const Text& id : p.derived_from->overlays) {
            const std::string locality = overlay_locality(id.value, p, ctx);
            if (locality.empty() && unknown != nullptr) ++*unknown;
            add(locality);
        }
    for (const CompetenceGroup& g : p.competences.locality)
        if (!g.source.value.empty()) add(locality_of(g, ctx));
    return out;
}

std::string and_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

// "the national template Peer Support Worker (Career Framework Level 3)":
// `base` is an id, so it is looked up and never printed. A base that is
// itself a local profile is named by its localities.
std::string base_template(const DerivedFrom& from, const DocumentSet& ctx) {
    const Document* d = ctx.find(from.base.value);
    const auto* base = d ? d->as<RoleProfile>() : nullptr;
    if (base == nullptr) return "a national template that was not available when this page was made";
    const std::string localities = base->derived_from ? and_list(localities_of(*base, ctx)) : "";
    if (base->derived_from)
        return fmt::format("the local profile {}{} (Career Framework Level {})", base->title.value,
                           localities.empty() ? "" : " for " + localities, base->level.value);
    return fmt::format("the national template {} (Career Framework Level {})", base->title.value,
                       base->level.value);
}

// Where a local profile comes from, in one sentence made only of names and
// titles: "Adapted for Dorset Liaison and Diversion Service from the national
// template Peer Support Worker (Career Framework Level 3)." Empty for a
// profile that records no derivation.
std::string provenance(const RoleProfile& p, const DocumentSet& ctx) {
    if (!p.derived_from) return {};
    int unknown = 0;
    std::vector<std::string> places = localities_of(p, ctx, &unknown);
    const std::string from = base_template(*p.derived_from, ctx);
    if (places.empty()) return (unknown > 0 ? "Adapted locally from " : "Made from ") + from + ".";
    if (unknown > 0) places.push_back(unknown == 1 ? "one other locality" : fmt::format("{} other localities", unknown));
    return fmt::format("Adapted for {} from {}.", and_list(places), from);
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts)
        if (!part.empty()) out += (out.empty() ? "" : " · ") + part;
    return out;
}

// A local profile says whose it is where a reader looks first: the page
// title (and so the browser's tab and print header), the line under it and
// the first row of the table.
void title_block(Page& page, const RoleProfile& p, const DocumentSet& ctx) {
    const std::string locality = and_list(localities_of(p, ctx));
    page.title = locality.empty() ? p.title.value : fmt::format("{} — {}", p.title.value, locality);
    page.subtitle = joined({locality.empty() ? "" : "Local profile for " + locality, p.service.value,
                            fmt::format("Career Framework Level {}", p.level.value)});
    std::vector<std::pair<std::string, Lines>> rows;
    if (!locality.empty()) rows.push_back({"Locality", {locality}});
    rows.insert(rows.end(), {{"Service", {p.service.value}},
                             {"Role", {p.basic_info.named_role.value}},
                             {"Career Framework level", {fmt::format("Level {}", p.level.value)}},
                             {"Revision", {p.revision.value}},
                             {"Publisher", {p.publisher.value}}});
    page.table(key_values("Transferable role profile", "", rows));
    page.paragraph(provenance(p, ctx));
}

}  // namespace

Page role_profile_page(const Document& doc, const DocumentSet& ctx) {
    const RoleProfile& p = std::get<RoleProfile>(doc.body);
    const FunctionalMap* map = ctx.functional_map();
    const NosIndex nos(ctx.catalogs());
    Page page;
    title_block(page, p, ctx);
    page.heading(2, "Level Descriptor");
    page.markdown(level_descriptor(p, ctx));
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
