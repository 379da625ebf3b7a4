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
    ref.code = r.text(key::code);
    ref.title = r.text(key::title);
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
    g.area = r.text(key::area);
    g.function = r.text(key::function);
    const bool listed = r.list(key::nos, [&](const YamlNode& item) {
        g.nos.push_back(parse_nos_ref(item, diag));
    });
    if (listed && g.nos.empty())
        diag.error("schema-missing-field", g.pos, "competence group lists no NOS",
                   "list at least one NOS under 'nos', or remove the group");
    g.source = r.text(key::source);
    g.locality = r.text(key::locality);
    g.extras = read_extras(r);
    r.finish();
    return g;
}

CompetenceGroups parse_groups(MapReader& reader, std::string_view key) {
    CompetenceGroups groups;
    reader.list(key,
                [&](const YamlNode& item) { groups.push_back(parse_group(item, reader.diag())); });
    return groups;
}

BasicInfo parse_basic_info(const YamlNode& node, Diagnostics& diag, std::string_view shape) {
    BasicInfo info;
    info.pos = node.pos;
    MapReader r(node, diag, shape);
    info.named_role = r.text(key::named_role);
    info.area_of_work = r.text(key::area_of_work);
    info.experience_required = r.text(key::experience_required);
    info.extras = read_extras(r);
    r.finish();
    return info;
}

Learning parse_learning(const YamlNode& node, Diagnostics& diag) {
    Learning l;
    l.pos = node.pos;
    MapReader r(node, diag, key::learning);
    l.transferable_role = r.text(key::transferable_role);
    l.formal = r.text_list(key::formal);
    l.informal = r.text_list(key::informal);
    l.nos_used = r.text(key::nos_used);
    l.credits = r.text(key::credits);
    l.accreditation = r.text(key::accreditation);
    l.apel_progression = r.text(key::apel_progression);
    l.registration = r.text(key::registration);
    l.extras = read_extras(r);
    r.finish();
    return l;
}

namespace {

CpdFormal parse_cpd_formal(const YamlNode& node, Diagnostics& diag) {
    CpdFormal f;
    f.pos = node.pos;
    MapReader r(node, diag, "cpd.formal");
    f.title = r.text(key::title);
    f.awarding_body = r.text(key::awarding_body);
    f.credit = r.text(key::credit);
    f.level = r.text(key::level);
    f.extras = read_extras(r);
    r.finish();
    return f;
}

}  // namespace

Cpd parse_cpd(const YamlNode& node, Diagnostics& diag) {
    Cpd c;
    c.pos = node.pos;
    MapReader r(node, diag, key::cpd);
    c.statutory_mandatory = r.text_list(key::statutory_mandatory);
    if (const YamlNode* f = r.get(key::formal); f && !f->is_null())
        c.formal = parse_cpd_formal(*f, diag);
    c.informal = r.text(key::informal);
    c.impact_method = r.text(key::impact_method);
    c.funding = r.text(key::funding);
    c.frequency = r.text(key::frequency);
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
