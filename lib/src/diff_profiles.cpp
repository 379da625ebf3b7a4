// Two role profiles: which NOS each has, which both have and which moved; and
// line diffs of their text fields.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "rolekit/diff.hpp"
#include "rolekit/nos_index.hpp"

namespace rolekit {

namespace {

struct Listed {
    std::string key;  // NOS identity: code, else the catalogue's code for the title, else title
    NosEntry entry;
};

bool wanted(const ProfileDiffOptions& o, const std::string& section) {
    if (o.sections.empty()) return true;
    const std::string name = section.starts_with("facet:") ? "facets" : section;
    return std::find(o.sections.begin(), o.sections.end(), name) != o.sections.end();
}

std::vector<Listed> listed_nos(const RoleProfile& p, const NosIndex& nos, const ProfileDiffOptions& o) {
    std::vector<std::pair<std::string, const CompetenceGroups*>> sections = {
        {"core", &p.competences.core}, {"role_specific", &p.competences.role_specific}};
    for (const Facet& f : p.competences.facets) sections.push_back({"facet:" + f.name.value, &f.groups});
    sections.push_back({"locality", &p.competences.locality});
    std::vector<Listed> out;
    for (const auto& [section, groups] : sections) {
        if (!wanted(o, section)) continue;
        for (const CompetenceGroup& g : *groups)
            for (const NosRef& ref : g.nos) {
                std::string code = ref.code.value;
                if (code.empty())
                    if (const NosStandard* s = nos.by_title(ref.title.value)) code = s->code.value;
                std::string title = ref.title.value;
                if (title.empty())
                    if (const NosStandard* s = nos.by_code(ref.code.value)) title = s->title.value;
                out.push_back({nos.identity(ref), {title, code, section, g.area.value, g.function.value}});
            }
    }
    return out;
}

// Functional-map order of areas; unknown areas after the known ones.
std::size_t area_rank(const std::string& area, const FunctionalMap* map) {
    if (map != nullptr)
        for (std::size_t i = 0; i < map->areas.size(); ++i)
            if (map->areas[i].key.value == area) return i;
    return 1000;
}

void sort_by_area(std::vector<NosEntry>& entries, const FunctionalMap* map) {
    std::stable_sort(entries.begin(), entries.end(), [&](const NosEntry& x, const NosEntry& y) {
        return std::pair(area_rank(x.area, map), x.area) < std::pair(area_rank(y.area, map), y.area);
    });
}

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

void text_field(std::vector<FieldChange>& out, std::string field, const Text& a, const Text& b) {
    add_field(out, std::move(field), split_lines(a.value), split_lines(b.value));
}

void field_changes(const RoleProfile& a, const RoleProfile& b, std::vector<FieldChange>& out) {
    text_field(out, "title", a.title, b.title);
    text_field(out, "service", a.service, b.service);
    add_field(out, "level", {std::to_string(a.level.value)}, {std::to_string(b.level.value)});
    text_field(out, "level_descriptor", a.level_descriptor, b.level_descriptor);
    text_field(out, "basic_info.named_role", a.basic_info.named_role, b.basic_info.named_role);
    text_field(out, "basic_info.area_of_work", a.basic_info.area_of_work, b.basic_info.area_of_work);
    text_field(out, "basic_info.experience_required", a.basic_info.experience_required,
               b.basic_info.experience_required);
    text_field(out, "scope", a.scope, b.scope);
    const Learning la = a.learning.value_or(Learning{}), lb = b.learning.value_or(Learning{});
    text_field(out, "learning.transferable_role", la.transferable_role, lb.transferable_role);
    add_field(out, "learning.formal", values(la.formal), values(lb.formal));
    add_field(out, "learning.informal", values(la.informal), values(lb.informal));
    for (auto [name, x, y] : {std::tuple{"learning.nos_used", &la.nos_used, &lb.nos_used},
                              {"learning.credits", &la.credits, &lb.credits},
                              {"learning.accreditation", &la.accreditation, &lb.accreditation},
                              {"learning.apel_progression", &la.apel_progression, &lb.apel_progression},
                              {"learning.registration", &la.registration, &lb.registration}})
        text_field(out, name, *x, *y);
    const Cpd ca = a.cpd.value_or(Cpd{}), cb = b.cpd.value_or(Cpd{});
    add_field(out, "cpd.statutory_mandatory", values(ca.statutory_mandatory), values(cb.statutory_mandatory));
    for (auto [name, x, y] : {std::tuple{"cpd.informal", &ca.informal, &cb.informal},
                              {"cpd.impact_method", &ca.impact_method, &cb.impact_method},
                              {"cpd.funding", &ca.funding, &cb.funding},
                              {"cpd.frequency", &ca.frequency, &cb.frequency}})
        text_field(out, name, *x, *y);
    add_field(out, "references", values(a.references), values(b.references));
}

DiffSide side_of(const Document& d, const RoleProfile& p) { return {d.id.value, p.title.value, p.level.value}; }

}  // namespace

ProfileDiff diff_profiles(const Document& da, const Document& db, const DocumentSet& context,
                          const ProfileDiffOptions& options) {
    const RoleProfile& a = std::get<RoleProfile>(da.body);
    const RoleProfile& b = std::get<RoleProfile>(db.body);
    const NosIndex nos(context.catalogs());
    const std::vector<Listed> in_a = listed_nos(a, nos, options), in_b = listed_nos(b, nos, options);
    std::map<std::string, const NosEntry*> first_a, first_b;
    for (const Listed& l : in_a) first_a.emplace(l.key, &l.entry);
    for (const Listed& l : in_b) first_b.emplace(l.key, &l.entry);

    ProfileDiff d;
    d.a = side_of(da, a);
    d.b = side_of(db, b);
    std::set<std::string> reported;  // a NOS listed twice is reported once
    for (const Listed& l : in_a)
        if (!first_b.count(l.key) && reported.insert(l.key).second) d.only_a.push_back(l.entry);
    for (const Listed& l : in_b) {
        const auto it = first_a.find(l.key);
        if (!reported.insert(l.key).second) continue;
        if (it == first_a.end()) {
            d.only_b.push_back(l.entry);
            continue;
        }
        d.both.push_back(l.entry);
        const NosEntry& x = *it->second;
        if (x.section != l.entry.section || x.area != l.entry.area || x.function != l.entry.function)
            d.moved.push_back({x, l.entry});
    }
    const FunctionalMap* map = context.functional_map();
    sort_by_area(d.only_a, map);
    sort_by_area(d.only_b, map);
    sort_by_area(d.both, map);
    std::stable_sort(d.moved.begin(), d.moved.end(), [&](const MovedNos& x, const MovedNos& y) {
        return area_rank(x.b.area, map) < area_rank(y.b.area, map);
    });
    field_changes(a, b, d.changed_fields);
    return d;
}

}  // namespace rolekit
