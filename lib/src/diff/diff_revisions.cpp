// Two revisions of one framework (CompetenceMap or OccupationalStandard):
// items added, removed and reworded, mapping changes, and every other field.

#include <algorithm>

#include "schema/format_keys.hpp"
#include <unordered_set>

#include "diff/diff_extras.hpp"
#include "diff/diff_parts.hpp"

namespace rolekit {

namespace detail {

namespace {

// Items kept in both but listed in another order: the ids (A's) in A's
// order and in B's.
void order_change(const std::string& list, const Items& a, const Partners& partners,
                  std::vector<FieldChange>& out) {
    std::vector<std::size_t> in_b_order;
    for (const auto& i : partners)
        if (i) in_b_order.push_back(*i);
    if (std::is_sorted(in_b_order.begin(), in_b_order.end())) return;
    std::vector<std::size_t> in_a_order = in_b_order;
    std::sort(in_a_order.begin(), in_a_order.end());
    std::vector<std::string> before, after;
    for (const std::size_t i : in_a_order) before.push_back(a[i].id);
    for (const std::size_t i : in_b_order) after.push_back(a[i].id);
    out.push_back({list + " (order)", diff_sequences(before, after)});
}

}  // namespace

Partners compare_list(const std::string& list, const Items& a, const Items& b, RevisionDiff& d) {
    Partners partners = compare_items(list, a, b, d.items);
    order_change(list, a, partners, d.changed_fields);
    // Unchanged: paired under the same id with the same words (what --all adds to pages).
    const auto key_of = [](const Item& i) -> const std::string& { return i.key.empty() ? i.text : i.key; };
    for (std::size_t j = 0; j < b.size(); ++j)
        if (partners[j] && a[*partners[j]].id == b[j].id && key_of(a[*partners[j]]) == key_of(b[j]))
            d.kept.push_back({list, b[j].id, b[j].text});
    return partners;
}

void compare_mapping(const std::string& from, const std::string& list, const std::vector<Text>& a,
                     const std::vector<Text>& b, RevisionDiff& d, const std::string& place) {
    std::unordered_set<std::string> in_a, in_b;
    for (const Text& x : a) in_a.insert(x.value);
    for (const Text& x : b) in_b.insert(x.value);
    MappingChange c{from, list, {}, {}};
    for (const Text& x : b)
        if (!in_a.count(x.value)) c.added.push_back(x.value);
    for (const Text& x : a)
        if (!in_b.count(x.value)) c.removed.push_back(x.value);
    if (!c.added.empty() || !c.removed.empty()) {
        d.mappings.push_back(std::move(c));
        return;
    }
    std::vector<std::string> va, vb;
    for (const Text& x : a) va.push_back(x.value);
    for (const Text& x : b) vb.push_back(x.value);
    if (va != vb && !place.empty())
        d.changed_fields.push_back({place + " (order)", diff_sequences(va, vb)});
}

}  // namespace detail

namespace {

using namespace detail;

std::string number(const std::optional<Located<int>>& n) {
    return n ? std::to_string(n->value) : "";
}

std::vector<std::string> values(const std::vector<Text>& list) {
    std::vector<std::string> out;
    for (const Text& x : list) out.push_back(x.value);
    return out;
}

Items ksb_items(const std::vector<Ksb>& list) {
    Items out;
    for (const Ksb& k : list)
        out.push_back({k.id.value,
                       k.name.value.empty()   ? k.text.value
                       : k.text.value.empty() ? k.name.value
                                              : k.name.value + ": " + k.text.value,
                       // "A: B" + "C" and "A" + "B: C" show alike but differ
                       k.name.value + '\n' + k.text.value + '\n'});
    return out;
}

void duty_mappings(const OccupationalStandard& a, const OccupationalStandard& b,
                   const Partners& duties, RevisionDiff& d) {
    static const Duty none;
    each_pair(pointers(a.duties), pointers(b.duties), duties, [&](const Duty* x, const Duty* y) {
        const Duty& before = x ? *x : none;
        const Duty& after = y ? *y : none;
        const std::string& id = y ? y->id.value : x->id.value;
        const std::string place = key::path({key::duties, id});
        compare_mapping(id, std::string(key::knowledge), before.knowledge, after.knowledge, d,
                        key::path({place, key::knowledge}));
        compare_mapping(id, std::string(key::skills), before.skills, after.skills, d, key::path({place, key::skills}));
        compare_mapping(id, std::string(key::behaviours), before.behaviours, after.behaviours, d,
                        key::path({place, key::behaviours}));
    });
}

ExtrasByPlace standard_extras(const OccupationalStandard& s) {
    ExtrasByPlace out{{"", &s.extras}};
    for (const Duty& x : s.duties) out.emplace_back(key::path({key::duties, x.id.value}), &x.extras);
    for (const auto& [list, items] : {std::pair{key::knowledge, &s.knowledge},
                                      {key::skills, &s.skills},
                                      {key::behaviours, &s.behaviours}})
        for (const Ksb& k : *items)
            out.emplace_back(key::path({list, k.id.value}), &k.extras);
    return out;
}

void diff_standards(const OccupationalStandard& a, const OccupationalStandard& b, RevisionDiff& d) {
    field(d.changed_fields, std::string(key::title), a.title.value, b.title.value);
    field(d.changed_fields, std::string(key::level), std::to_string(a.level.value), std::to_string(b.level.value));
    field(d.changed_fields, std::string(key::duration_months), number(a.duration_months),
          number(b.duration_months));
    field(d.changed_fields, std::string(key::reference), a.reference.value, b.reference.value);
    field(d.changed_fields, std::string(key::occupation_summary), a.occupation_summary.value,
          b.occupation_summary.value);
    field(d.changed_fields, std::string(key::broad_purpose), a.broad_purpose.value, b.broad_purpose.value);
    field(d.changed_fields, std::string(key::key_relationships), a.key_relationships.value,
          b.key_relationships.value);
    field(d.changed_fields, std::string(key::responsibilities), a.responsibilities.value,
          b.responsibilities.value);
    const std::vector<std::string> titles_a = values(a.typical_job_titles),
                                   titles_b = values(b.typical_job_titles);
    if (titles_a != titles_b)
        d.changed_fields.push_back({std::string(key::typical_job_titles), diff_sequences(titles_a, titles_b)});
    field(d.changed_fields, std::string(key::entry_requirements), a.entry_requirements.value,
          b.entry_requirements.value);
    const auto duties = [](const OccupationalStandard& s) {
        Items out;
        for (const Duty& x : s.duties) out.push_back({x.id.value, x.text.value, {}});
        return out;
    };
    const Partners paired_duties = compare_list(std::string(key::duties), duties(a), duties(b), d);
    compare_list(std::string(key::knowledge), ksb_items(a.knowledge), ksb_items(b.knowledge), d);
    compare_list(std::string(key::skills), ksb_items(a.skills), ksb_items(b.skills), d);
    compare_list(std::string(key::behaviours), ksb_items(a.behaviours), ksb_items(b.behaviours), d);
    duty_mappings(a, b, paired_duties, d);
    compare_extras(standard_extras(a), standard_extras(b), d.changed_fields);
}

// A competence map states its revision; a standard has none (its version is its reference).
std::string revision_of(const Document& d) {
    if (const auto* m = d.as<CompetenceMap>()) return m->revision.value;
    return {};
}

}  // namespace

std::string_view change_name(ItemChangeKind kind) {
    switch (kind) {
        case ItemChangeKind::added:
            return "added";
        case ItemChangeKind::removed:
            return "removed";
        case ItemChangeKind::reworded:
            return "reworded";
        case ItemChangeKind::renumbered:
            return "renumbered";
    }
    return "";
}

RevisionDiff diff_revisions(const Document& a, const Document& b) {
    RevisionDiff d;
    d.kind = a.kind;
    d.a = {a.id.value, a.title(), std::nullopt, a.path, revision_of(a), ""};
    d.b = {b.id.value, b.title(), std::nullopt, b.path, revision_of(b), ""};
    field(d.changed_fields, std::string(key::id), a.id.value, b.id.value);
    if (const auto* sa = a.as<OccupationalStandard>()) {
        const auto& sb = std::get<OccupationalStandard>(b.body);
        d.a.level = sa->level.value;
        d.b.level = sb.level.value;
        diff_standards(*sa, sb, d);
    } else if (const auto* ma = a.as<CompetenceMap>()) {
        diff_competence_maps(*ma, std::get<CompetenceMap>(b.body), d);
    }
    return d;
}

}  // namespace rolekit
