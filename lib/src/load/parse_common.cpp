#include "load/parse_common.hpp"

#include <fmt/format.h>

namespace rolekit::detail {

namespace {

YamlValue::Kind value_kind(const YamlNode& node) {
    if (node.is_scalar()) return YamlValue::Kind::scalar;
    if (node.is_sequence()) return YamlValue::Kind::sequence;
    if (node.is_map()) return YamlValue::Kind::map;
    return YamlValue::Kind::null;
}

YamlValue to_value(const YamlNode& node) {
    YamlValue v;
    v.kind = value_kind(node);
    v.text = node.value;
    v.plain = node.plain;
    v.children.reserve(node.children.size());
    for (const YamlNode& child : node.children) v.children.push_back(to_value(child));
    return v;
}

bool is_empty_value(const YamlNode& node) {
    return node.is_null() || (node.is_scalar() && node.value.empty()) ||
           (!node.is_scalar() && node.children.empty());
}

}  // namespace

MapExtras read_extras(const MapReader& reader) {
    MapExtras extras;
    const YamlNode* map = reader.node();
    if (map == nullptr) return extras;
    for (std::size_t i = 0; i + 1 < map->children.size(); i += 2) {
        const YamlNode& key = map->children[i];
        const YamlNode& value = map->children[i + 1];
        if (!key.is_scalar()) continue;
        if (key.value.rfind("x-", 0) == 0)
            extras.extensions.push_back(Extension{key.value, to_value(value), key.pos});
        else if (is_empty_value(value))
            extras.empty_keys.push_back(EmptyKey{key.value, value.is_null()});
    }
    return extras;
}

NosRef parse_nos_ref(const YamlNode& node, Diagnostics& diag) {
    NosRef ref;
    ref.pos = node.pos;
    if (node.is_scalar()) {
        ref.title = Text{node.value, node.pos};
        return ref;
    }
    MapReader r(node, diag, "NOS entry");
    if (!r.ok()) return ref;
    ref.mapping = true;
    ref.code = r.text("code", Need::optional);
    ref.title = r.text("title", Need::optional);
    ref.extras = read_extras(r);
    r.finish();
    if (!ref.has_code() && !ref.has_title())
        diag.error("schema-missing-field", node.pos, "NOS entry needs a 'code' or a 'title'");
    return ref;
}

CompetenceGroup parse_group(const YamlNode& node, Diagnostics& diag) {
    CompetenceGroup g;
    g.pos = node.pos;
    MapReader r(node, diag, "competence group");
    if (!r.ok()) return g;
    g.area = r.text("area", Need::required);
    g.function = r.text("function", Need::required);
    const bool listed = r.list("nos", Need::required, [&](const YamlNode& item) {
        g.nos.push_back(parse_nos_ref(item, diag));
    });
    if (listed && g.nos.empty())
        diag.error("schema-missing-field", g.pos, "competence group lists no NOS",
                   "list at least one NOS under 'nos', or remove the group");
    g.source = r.text("source", Need::optional);
    g.locality = r.text("locality", Need::optional);
    g.extras = read_extras(r);
    r.finish();
    return g;
}

CompetenceGroups parse_groups(MapReader& reader, std::string_view key, Need need) {
    CompetenceGroups groups;
    reader.list(key, need,
                [&](const YamlNode& item) { groups.push_back(parse_group(item, reader.diag())); });
    return groups;
}

BasicInfo parse_basic_info(const YamlNode& node, Diagnostics& diag, Need need) {
    BasicInfo info;
    info.pos = node.pos;
    // An overlay's basic_info is a patch: every key optional.
    MapReader r(node, diag, need == Need::required ? "basic_info" : "overlay basic_info");
    info.named_role = r.text("named_role", need);
    info.area_of_work = r.text("area_of_work", need);
    info.experience_required = r.text("experience_required", need);
    info.extras = read_extras(r);
    r.finish();
    return info;
}

Learning parse_learning(const YamlNode& node, Diagnostics& diag) {
    Learning l;
    l.pos = node.pos;
    MapReader r(node, diag, "learning");
    l.transferable_role = r.text("transferable_role", Need::optional);
    l.formal = r.text_list("formal", Need::optional);
    l.informal = r.text_list("informal", Need::optional);
    l.nos_used = r.text("nos_used", Need::optional);
    l.credits = r.text("credits", Need::optional);
    l.accreditation = r.text("accreditation", Need::optional);
    l.apel_progression = r.text("apel_progression", Need::optional);
    l.registration = r.text("registration", Need::optional);
    l.extras = read_extras(r);
    r.finish();
    return l;
}

namespace {

CpdFormal parse_cpd_formal(const YamlNode& node, Diagnostics& diag) {
    CpdFormal f;
    f.pos = node.pos;
    MapReader r(node, diag, "cpd.formal");
    f.title = r.text("title", Need::optional);
    f.awarding_body = r.text("awarding_body", Need::optional);
    f.credit = r.text("credit", Need::optional);
    f.level = r.text("level", Need::optional);
    f.extras = read_extras(r);
    r.finish();
    return f;
}

}  // namespace

Cpd parse_cpd(const YamlNode& node, Diagnostics& diag) {
    Cpd c;
    c.pos = node.pos;
    MapReader r(node, diag, "cpd");
    c.statutory_mandatory = r.text_list("statutory_mandatory", Need::optional);
    if (const YamlNode* f = r.get("formal", Need::optional); f && !f->is_null())
        c.formal = parse_cpd_formal(*f, diag);
    c.informal = r.text("informal", Need::optional);
    c.impact_method = r.text("impact_method", Need::optional);
    c.funding = r.text("funding", Need::optional);
    c.frequency = r.text("frequency", Need::optional);
    c.extras = read_extras(r);
    r.finish();
    return c;
}

bool is_valid_id(std::string_view id) {
    if (id.empty()) return false;
    const auto ok = [](char c, bool first) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && c == '-');
    };
    for (std::size_t i = 0; i < id.size(); ++i)
        if (!ok(id[i], i == 0)) return false;
    return true;
}

}  // namespace rolekit::detail
