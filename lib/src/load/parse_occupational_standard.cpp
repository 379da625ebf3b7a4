#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"

namespace rolekit::detail {

namespace {

Duty parse_duty(const YamlNode& node, Diagnostics& diag) {
    Duty d;
    d.pos = node.pos;
    MapReader r(node, diag, "duty");
    d.id = r.text(key::id);
    d.text = r.text(key::text);
    d.knowledge = r.text_list(key::knowledge);
    d.skills = r.text_list(key::skills);
    d.behaviours = r.text_list(key::behaviours);
    d.extras = read_extras(r);
    r.finish();
    return d;
}

// Knowledge and skills are described by `text`; behaviours by `name`, with
// an optional `text`.
Ksb parse_ksb(const YamlNode& node, Diagnostics& diag, bool is_behaviour) {
    Ksb k;
    k.pos = node.pos;
    MapReader r(node, diag, is_behaviour ? "behaviour" : "knowledge or skill item");
    k.id = r.text(key::id);
    if (is_behaviour) k.name = r.text(key::name);
    k.text = r.text(key::text);
    k.extras = read_extras(r);
    r.finish();
    return k;
}

std::vector<Ksb> parse_ksbs(MapReader& r, std::string_view key, bool is_behaviour) {
    std::vector<Ksb> out;
    r.list(key, [&](const YamlNode& item) {
        out.push_back(parse_ksb(item, r.diag(), is_behaviour));
    });
    return out;
}

}  // namespace

OccupationalStandard parse_occupational_standard(MapReader& r) {
    OccupationalStandard s;
    s.title = r.text(key::title);
    if (auto level = r.integer(key::level)) s.level = *level;
    s.duration_months = r.integer(key::duration_months);
    s.reference = r.text(key::reference);
    s.occupation_summary = r.text(key::occupation_summary);
    s.broad_purpose = r.text(key::broad_purpose);
    s.key_relationships = r.text(key::key_relationships);
    s.responsibilities = r.text(key::responsibilities);
    s.typical_job_titles = r.text_list(key::typical_job_titles);
    s.entry_requirements = r.text(key::entry_requirements);
    r.list(key::duties,
           [&](const YamlNode& item) { s.duties.push_back(parse_duty(item, r.diag())); });
    s.knowledge = parse_ksbs(r, key::knowledge, false);
    s.skills = parse_ksbs(r, key::skills, false);
    s.behaviours = parse_ksbs(r, key::behaviours, true);
    s.extras = read_extras(r);
    return s;
}

}  // namespace rolekit::detail
