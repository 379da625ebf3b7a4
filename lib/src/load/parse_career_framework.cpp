#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"

namespace rolekit::detail {

namespace {

CareerLevel parse_level(const YamlNode& node, Diagnostics& diag) {
    CareerLevel l;
    l.pos = node.pos;
    MapReader r(node, diag, "career framework level");
    if (auto level = r.integer(key::level)) l.level = *level;
    l.descriptor = r.text(key::descriptor);
    l.example_roles = r.text_list(key::example_roles);
    if (const YamlNode* core = r.get(key::core); core && !core->is_null()) {
        l.core.emplace();
        for_each_item(*core, diag, "'core'",
                      [&](const YamlNode& item) { l.core->push_back(parse_group(item, diag)); });
    }
    l.extras = read_extras(r);
    r.finish();
    return l;
}

}  // namespace

CareerFramework parse_career_framework(MapReader& r) {
    CareerFramework f;
    f.title = r.text(key::title);
    r.list(key::levels,
           [&](const YamlNode& item) { f.levels.push_back(parse_level(item, r.diag())); });
    f.extras = read_extras(r);
    return f;
}

}  // namespace rolekit::detail
