// Two role profiles: which NOS each has, which both have, which moved or are
// written another way; what else differs in the competence sections; and line
// diffs of every other field.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "diff/diff_profile_fields.hpp"
#include "model/profile_sections.hpp"
#include "rolekit/diff.hpp"
#include "rolekit/nos_index.hpp"

namespace rolekit {

namespace {

using detail::Section;

struct Listed {
    std::string key;   // NOS identity: code, else the catalogue's code for the title, else title
    NosEntry entry;    // code and title lent by the catalogue where not given
    NosEntry written;  // code and title as written
};

// One line per NOS listing and per group without NOS, for what the NOS
// lists do not show: order, repeats, empty groups, where a group came from.
struct ListingLine {
    std::string key;  // the NOS's identity; empty for a group without NOS
    std::string text;
};

struct SectionListing {
    ProfileSection section;
    std::vector<ListingLine> lines;
};

struct Listing {
    std::vector<Listed> nos;
    std::vector<SectionListing> sections;
};

std::string written_label(const NosRef& ref) {
    if (!ref.has_code()) return ref.title.value;
    return ref.has_title() ? ref.code.value + " " + ref.title.value : ref.code.value;
}

std::string group_line(const CompetenceGroup& g, const std::string& what) {
    std::string out = fmt::format("area {}, {}: {}", g.area.value, g.function.value, what);
    if (!g.source.value.empty() || !g.locality.value.empty())
        out += fmt::format(" (from {}, {})", g.source.value, g.locality.value);
    return out;
}

void list_group(const CompetenceGroup& g, const ProfileSection& section, const NosIndex& nos,
                Listing& out) {
    SectionListing& listing = out.sections.back();
    if (g.nos.empty()) listing.lines.push_back({"", group_line(g, "(no NOS)")});
    for (const NosRef& ref : g.nos) {
        std::string code = ref.code.value;
        if (code.empty())
            if (const NosStandard* s = nos.by_title(ref.title.value)) code = s->code.value;
        std::string title = ref.title.value;
        if (title.empty())
            if (const NosStandard* s = nos.by_code(ref.code.value)) title = s->title.value;
        const std::string key = nos.identity(ref);
        out.nos.push_back(
            {key,
             {title, code, section, g.area.value, g.function.value},
             {ref.title.value, ref.code.value, section, g.area.value, g.function.value}});
        listing.lines.push_back({key, group_line(g, written_label(ref))});
    }
}

Listing listing_of(const RoleProfile& p, const NosIndex& nos, const ProfileDiffOptions& o) {
    Listing out;
    for (const Section& s : detail::sections_of(p)) {
        if (!o.sections.empty() && !o.sections.contains(s.section.kind)) continue;
        out.sections.push_back({s.section, {}});
        for (const CompetenceGroup& g : *s.groups) list_group(g, s.section, nos, out);
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
        return std::pair(area_rank(x.area, map), x.area) <
               std::pair(area_rank(y.area, map), y.area);
    });
}

void compare_nos(const Listing& in_a, const Listing& in_b, ProfileDiff& d,
                 std::set<std::string>& shown) {
    std::map<std::string, const Listed*> first_a, first_b;
    for (const Listed& l : in_a.nos) first_a.emplace(l.key, &l);
    for (const Listed& l : in_b.nos) first_b.emplace(l.key, &l);
    std::set<std::string> reported;  // a NOS listed twice is reported once
    for (const Listed& l : in_a.nos)
        if (!first_b.count(l.key) && reported.insert(l.key).second) {
            d.only_a.push_back(l.entry);
            shown.insert(l.key);
        }
    for (const Listed& l : in_b.nos) {
        if (!reported.insert(l.key).second) continue;
        const auto it = first_a.find(l.key);
        if (it == first_a.end()) {
            d.only_b.push_back(l.entry);
            shown.insert(l.key);
            continue;
        }
        d.both.push_back(l.entry);
        const NosEntry& x = it->second->entry;
        if (x.section != l.entry.section || x.area != l.entry.area ||
            x.function != l.entry.function) {
            d.moved.push_back({x, l.entry});
            shown.insert(l.key);
        }
        const NosEntry& w = it->second->written;
        if (w.title != l.written.title || w.code != l.written.code) {
            d.retitled.push_back({w, l.written});
            shown.insert(l.key);
        }
    }
}

// What the NOS lists leave out of a section: its listing without the NOS
// they already report as added, removed, moved or retitled.
void compare_listings(const Listing& a, const Listing& b, const std::set<std::string>& shown,
                      std::vector<FieldChange>& out) {
    const auto lines = [&](const Listing& l, const ProfileSection& s) {
        std::vector<std::string> kept;
        for (const SectionListing& x : l.sections)
            if (x.section == s)
                for (const ListingLine& line : x.lines)
                    if (!shown.count(line.key)) kept.push_back(line.text);
        return kept;
    };
    std::vector<ProfileSection> sections;
    for (const Listing* l : {&a, &b})
        for (const SectionListing& x : l->sections)
            if (std::find(sections.begin(), sections.end(), x.section) == sections.end())
                sections.push_back(x.section);
    for (const ProfileSection& s : sections) {
        const std::vector<std::string> la = lines(a, s), lb = lines(b, s);
        if (la != lb) out.push_back({"competences." + section_key(s), diff_sequences(la, lb)});
    }
}

DiffSide side_of(const Document& d, const RoleProfile& p) {
    return {d.id.value, p.title.value, p.level.value, d.path, p.revision.value, p.local.version.value};
}

}  // namespace

ProfileDiff diff_profiles(const Document& da, const Document& db, const DocumentSet& context,
                          const ProfileDiffOptions& options) {
    const RoleProfile& a = std::get<RoleProfile>(da.body);
    const RoleProfile& b = std::get<RoleProfile>(db.body);
    const NosIndex nos(context.catalogs());
    const Listing in_a = listing_of(a, nos, options), in_b = listing_of(b, nos, options);

    ProfileDiff d;
    d.a = side_of(da, a);
    d.b = side_of(db, b);
    std::set<std::string> shown;
    compare_nos(in_a, in_b, d, shown);
    const FunctionalMap* map = context.functional_map();
    sort_by_area(d.only_a, map);
    sort_by_area(d.only_b, map);
    sort_by_area(d.both, map);
    std::stable_sort(d.moved.begin(), d.moved.end(), [&](const MovedNos& x, const MovedNos& y) {
        return area_rank(x.b.area, map) < area_rank(y.b.area, map);
    });
    std::stable_sort(d.retitled.begin(), d.retitled.end(),
                     [&](const MovedNos& x, const MovedNos& y) {
                         return area_rank(x.b.area, map) < area_rank(y.b.area, map);
                     });
    detail::fields_before_competences(da, db, d.changed_fields);
    compare_listings(in_a, in_b, shown, d.changed_fields);
    if (options.sections.empty() || options.sections.contains(SectionKind::locality))
        detail::compare_local_competences(a, b, map, d, d.changed_fields);
    detail::fields_after_competences(da, db, d.changed_fields);
    return d;
}

}  // namespace rolekit
