#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"

namespace rolekit::detail {

namespace {

Duty parse_duty(const YamlNode& node, Diagnostics& diag) {
    Duty d;
    d.pos = node.pos;
    MapReader r(node, diag, "duty");
    d.id = r.text("id", Need::required);
    d.text = r.text("text", Need::required);
    d.knowledge = r.text_list("knowledge", Need::optional);
    d.skills = r.text_list("skills", Need::optional);
    d.behaviours = r.text_list("behaviours", Need::optional);
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
    k.id = r.text("id", Need::required);
    if (is_behaviour) k.name = r.text("name", Need::required);
    k.text = r.text("text", is_behaviour ? Need::optional : Need::required);
    k.extras = read_extras(r);
    r.finish();
    return k;
}

std::vector<Ksb> parse_ksbs(MapReader& r, std::string_view key, bool is_behaviour) {
    std::vector<Ksb> out;
    r.list(key, Need::optional, [&](const YamlNode& item) {
        out.push_back(parse_ksb(item, r.diag(), is_behaviour));
    });
    return out;
}

}  // namespace

OccupationalStandard parse_occupational_standard(MapReader& r) {
    OccupationalStandard s;
    s.title = r.text("title", Need::required);
    if (auto level = r.integer("level", Need::required, 1, 8)) s.level = *level;
    s.duration_months = r.integer("duration_months", Need::optional, 1, 120);
    s.reference = r.text("reference", Need::optional);
    s.occupation_summary = r.text("occupation_summary", Need::optional);
    s.broad_purpose = r.text("broad_purpose", Need::optional);
    s.key_relationships = r.text("key_relationships", Need::optional);
    s.responsibilities = r.text("responsibilities", Need::optional);
    s.typical_job_titles = r.text_list("typical_job_titles", Need::optional);
    s.entry_requirements = r.text("entry_requirements", Need::optional);
    r.list("duties", Need::required,
           [&](const YamlNode& item) { s.duties.push_back(parse_duty(item, r.diag())); });
    s.knowledge = parse_ksbs(r, "knowledge", false);
    s.skills = parse_ksbs(r, "skills", false);
    s.behaviours = parse_ksbs(r, "behaviours", true);
    s.extras = read_extras(r);
    return s;
}

}  // namespace rolekit::detail
