// Two revisions of one framework (CompetenceMap or OccupationalStandard):
// items added, removed and reworded, and mapping changes.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "rolekit/diff.hpp"

namespace rolekit {

namespace {

// An item list as id -> text, in document order.
using Items = std::vector<std::pair<std::string, std::string>>;

double word_similarity(const std::string& x, const std::string& y) {
    const auto wx = split_words(x), wy = split_words(y);
    const std::set<std::string> a(wx.begin(), wx.end()), b(wy.begin(), wy.end());
    if (a.empty() || b.empty()) return 0;
    std::size_t common = 0;
    for (const auto& w : a) common += b.count(w);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

const std::string* text_of(const Items& items, const std::string& id) {
    for (const auto& [i, t] : items)
        if (i == id) return &t;
    return nullptr;
}

ItemChange reworded(const std::string& list, const std::string& old_id, const std::string& id,
                    const std::string& before, const std::string& after) {
    return {list, id, old_id == id ? "" : old_id, before == after ? "renumbered" : "reworded", before,
            after, diff_sequences(split_words(before), split_words(after))};
}

// Same id: reworded when the text differs. Ids only on one side: paired with
// a close match on the other side (renumbered or renamed), else added or
// removed.
void compare_items(const std::string& list, const Items& a, const Items& b, std::vector<ItemChange>& out) {
    std::vector<const std::pair<std::string, std::string>*> removed, added;
    for (const auto& item : a) {
        const std::string* other = text_of(b, item.first);
        if (other == nullptr)
            removed.push_back(&item);
        else if (*other != item.second)
            out.push_back(reworded(list, item.first, item.first, item.second, *other));
    }
    for (const auto& item : b)
        if (text_of(a, item.first) == nullptr) added.push_back(&item);
    for (const auto* r : removed) {
        auto best = added.end();
        double best_score = 0.5;  // at least half the words in common
        for (auto it = added.begin(); it != added.end(); ++it) {
            const double score = word_similarity(r->second, (*it)->second);
            if (score > best_score) {
                best_score = score;
                best = it;
            }
        }
        if (best == added.end()) {
            out.push_back({list, r->first, "", "removed", r->second, "", {}});
            continue;
        }
        out.push_back(reworded(list, r->first, (*best)->first, r->second, (*best)->second));
        added.erase(best);
    }
    for (const auto* item : added) out.push_back({list, item->first, "", "added", "", item->second, {}});
}

void compare_mapping(const std::string& from, const std::string& list, const std::vector<Text>& a,
                     const std::vector<Text>& b, std::vector<MappingChange>& out) {
    MappingChange c{from, list, {}, {}};
    for (const Text& x : b)
        if (std::none_of(a.begin(), a.end(), [&](const Text& y) { return y.value == x.value; }))
            c.added.push_back(x.value);
    for (const Text& x : a)
        if (std::none_of(b.begin(), b.end(), [&](const Text& y) { return y.value == x.value; }))
            c.removed.push_back(x.value);
    if (!c.added.empty() || !c.removed.empty()) out.push_back(std::move(c));
}

void field(std::vector<FieldChange>& out, const std::string& name, const std::string& a, const std::string& b) {
    if (a != b) out.push_back({name, diff_sequences(split_lines(a), split_lines(b))});
}

Items ksb_items(const std::vector<Ksb>& list) {
    Items out;
    for (const Ksb& k : list)
        out.emplace_back(k.id.value, k.name.value.empty()    ? k.text.value
                                     : k.text.value.empty() ? k.name.value
                                                            : k.name.value + ": " + k.text.value);
    return out;
}

void diff_standards(const OccupationalStandard& a, const OccupationalStandard& b, RevisionDiff& d) {
    field(d.changed_fields, "title", a.title.value, b.title.value);
    field(d.changed_fields, "level", std::to_string(a.level.value), std::to_string(b.level.value));
    field(d.changed_fields, "duration_months", a.duration_months ? std::to_string(a.duration_months->value) : "",
          b.duration_months ? std::to_string(b.duration_months->value) : "");
    field(d.changed_fields, "reference", a.reference.value, b.reference.value);
    Items da, db;
    for (const Duty& x : a.duties) da.emplace_back(x.id.value, x.text.value);
    for (const Duty& x : b.duties) db.emplace_back(x.id.value, x.text.value);
    compare_items("duties", da, db, d.items);
    compare_items("knowledge", ksb_items(a.knowledge), ksb_items(b.knowledge), d.items);
    compare_items("skills", ksb_items(a.skills), ksb_items(b.skills), d.items);
    compare_items("behaviours", ksb_items(a.behaviours), ksb_items(b.behaviours), d.items);
    for (const Duty& y : b.duties)
        for (const Duty& x : a.duties) {
            if (x.id.value != y.id.value) continue;
            compare_mapping(y.id.value, "knowledge", x.knowledge, y.knowledge, d.mappings);
            compare_mapping(y.id.value, "skills", x.skills, y.skills, d.mappings);
            compare_mapping(y.id.value, "behaviours", x.behaviours, y.behaviours, d.mappings);
        }
}

// Statements flattened with their place: "domain/area 1.2".
void flatten(const std::vector<Statement>& statements, const std::string& prefix, Items& out) {
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const std::string id = fmt::format("{}{}", prefix, i + 1);
        out.emplace_back(id, statements[i].text.value);
        flatten(statements[i].parts, id + ".", out);
    }
}

void diff_maps(const CompetenceMap& a, const CompetenceMap& b, RevisionDiff& d) {
    field(d.changed_fields, "title", a.title.value, b.title.value);
    field(d.changed_fields, "revision", a.revision.value, b.revision.value);
    const auto principles = [](const CompetenceMap& m) {
        Items out;
        for (const Principle& p : m.principles) out.emplace_back(p.name.value, p.description.value);
        return out;
    };
    const auto domains = [](const CompetenceMap& m) {
        Items out;
        for (const Domain& x : m.domains) out.emplace_back(x.id.value, x.name.value);
        return out;
    };
    const auto areas_and_statements = [](const CompetenceMap& m, Items& areas, Items& statements) {
        for (const Domain& x : m.domains) {
            flatten(x.statements, x.id.value + " ", statements);
            for (const CompetenceArea& area : x.areas) {
                areas.emplace_back(area.id.value, area.name.value);
                flatten(area.statements, x.id.value + "/" + area.id.value + " ", statements);
            }
        }
    };
    const auto units = [](const CompetenceMap& m) {
        Items out;
        for (const CurriculumSection& s : m.curriculum)
            for (const CurriculumUnit& u : s.units) out.emplace_back(u.id.value, u.name.value);
        return out;
    };
    compare_items("principles", principles(a), principles(b), d.items);
    compare_items("domains", domains(a), domains(b), d.items);
    Items areas_a, areas_b, st_a, st_b;
    areas_and_statements(a, areas_a, st_a);
    areas_and_statements(b, areas_b, st_b);
    compare_items("areas", areas_a, areas_b, d.items);
    compare_items("statements", st_a, st_b, d.items);
    compare_items("units", units(a), units(b), d.items);
    for (const CurriculumSection& sb : b.curriculum)
        for (const CurriculumUnit& ub : sb.units)
            for (const CurriculumSection& sa : a.curriculum)
                for (const CurriculumUnit& ua : sa.units)
                    if (ua.id.value == ub.id.value)
                        compare_mapping(ub.id.value, "domains", ua.domains, ub.domains, d.mappings);
}

}  // namespace

RevisionDiff diff_revisions(const Document& a, const Document& b) {
    RevisionDiff d;
    d.a = {a.id.value, a.title(), std::nullopt};
    d.b = {b.id.value, b.title(), std::nullopt};
    if (const auto* sa = a.as<OccupationalStandard>()) {
        const auto& sb = std::get<OccupationalStandard>(b.body);
        d.a.level = sa->level.value;
        d.b.level = sb.level.value;
        diff_standards(*sa, sb, d);
    } else if (const auto* ma = a.as<CompetenceMap>()) {
        diff_maps(*ma, std::get<CompetenceMap>(b.body), d);
    }
    return d;
}

}  // namespace rolekit
