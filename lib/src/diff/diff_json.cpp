// Diffs as JSON: the contract for scripts (docs/diff.md).

#include <nlohmann/json.hpp>

#include "rolekit/diff_report.hpp"

namespace rolekit::detail {

namespace {

using json = nlohmann::ordered_json;

json side(const DiffSide& s) {
    return {{"id", s.id}, {"title", s.title}, {"level", s.level ? json(*s.level) : json(nullptr)}};
}

json entry(const NosEntry& e) {
    return {{"title", e.title},
            {"code", e.code.empty() ? json(nullptr) : json(e.code)},
            {"section", section_key(e.section)},
            {"area", e.area},
            {"function", e.function}};
}

json entries(const std::vector<NosEntry>& list) {
    json out = json::array();
    for (const NosEntry& e : list) out.push_back(entry(e));
    return out;
}

json place(const NosEntry& e) {
    return {{"section", section_key(e.section)}, {"area", e.area}, {"function", e.function}};
}

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// As written: title and code, null where not given.
json written(const NosEntry& e) { return {{"title", text_or_null(e.title)}, {"code", text_or_null(e.code)}}; }

json edits(const std::vector<EditOp>& ops) {
    json out = json::array();
    for (const EditOp& op : ops) out.push_back({{"op", std::string(1, op.op)}, {"text", op.text}});
    return out;
}

json fields(const std::vector<FieldChange>& changes) {
    json out = json::array();
    for (const FieldChange& c : changes) out.push_back({{"field", c.field}, {"lines", edits(c.lines)}});
    return out;
}

json local_entry(const LocalEntry& e) {
    return {{"statement", e.statement},
            {"area", e.area},
            {"function", e.function},
            {"evidence", text_or_null(e.evidence)},
            {"source", text_or_null(e.source)},
            {"locality", text_or_null(e.locality)}};
}

json local_competences(const ProfileDiff& d) {
    json only_a = json::array(), only_b = json::array(), changed = json::array();
    for (const LocalEntry& e : d.local_only_a) only_a.push_back(local_entry(e));
    for (const LocalEntry& e : d.local_only_b) only_b.push_back(local_entry(e));
    for (const ChangedLocal& m : d.local_changed)
        changed.push_back({{"statement", m.b.statement}, {"a", local_entry(m.a)}, {"b", local_entry(m.b)}});
    return {{"only_a", only_a}, {"only_b", only_b}, {"changed", changed}};
}

std::string dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; }

}  // namespace

std::string profile_diff_json(const ProfileDiff& d) {
    json moved = json::array();
    for (const MovedNos& m : d.moved)
        moved.push_back({{"title", m.b.title},
                         {"code", m.b.code.empty() ? json(nullptr) : json(m.b.code)},
                         {"a", place(m.a)},
                         {"b", place(m.b)}});
    json retitled = json::array();
    for (const MovedNos& m : d.retitled) {
        json pair = place(m.b);
        pair["a"] = written(m.a);
        pair["b"] = written(m.b);
        retitled.push_back(std::move(pair));
    }
    const json out = {{"a", side(d.a)},
                      {"b", side(d.b)},
                      {"summary",
                       {{"only_a", d.only_a.size()},
                        {"only_b", d.only_b.size()},
                        {"both", d.both.size()},
                        {"moved", d.moved.size()},
                        {"changed_fields", d.changed_fields.size()},
                        {"retitled", d.retitled.size()},
                        {"local_only_a", d.local_only_a.size()},
                        {"local_only_b", d.local_only_b.size()},
                        {"local_changed", d.local_changed.size()}}},
                      {"only_a", entries(d.only_a)},
                      {"only_b", entries(d.only_b)},
                      {"both", entries(d.both)},
                      {"moved", moved},
                      {"changed_fields", fields(d.changed_fields)},
                      {"retitled", retitled},
                      {"local_competences", local_competences(d)}};
    return dump(out);
}

std::string revision_diff_json(const RevisionDiff& d) {
    json items = json::array();
    for (const ItemChange& c : d.items) {
        json item = {{"list", c.list}, {"id", c.id}};
        if (!c.old_id.empty()) item["old_id"] = c.old_id;
        item["change"] = std::string(change_name(c.change));
        item["old_text"] = c.old_text;
        item["new_text"] = c.new_text;
        if (c.change == ItemChangeKind::reworded) item["words"] = edits(c.words);  // renumbered: same words
        items.push_back(std::move(item));
    }
    json mappings = json::array();
    for (const MappingChange& m : d.mappings)
        mappings.push_back({{"from", m.from}, {"list", m.list}, {"added", m.added}, {"removed", m.removed}});
    return dump({{"a", side(d.a)},
                 {"b", side(d.b)},
                 {"items", items},
                 {"mappings", mappings},
                 {"changed_fields", fields(d.changed_fields)}});
}

}  // namespace rolekit::detail
