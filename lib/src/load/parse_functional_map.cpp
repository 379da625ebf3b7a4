#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"

namespace rolekit::detail {

namespace {

FunctionalArea parse_area(const YamlNode& node, Diagnostics& diag) {
    FunctionalArea a;
    a.pos = node.pos;
    MapReader r(node, diag, "functional map area");
    a.key = r.text(key::key);
    a.name = r.text(key::name);
    a.ksf = r.text(key::ksf);
    a.functions = r.text_list(key::functions);
    a.extras = read_extras(r);
    r.finish();
    return a;
}

}  // namespace

FunctionalMap parse_functional_map(MapReader& r) {
    FunctionalMap m;
    m.title = r.text(key::title);
    r.list(key::areas,
           [&](const YamlNode& item) { m.areas.push_back(parse_area(item, r.diag())); });
    m.extras = read_extras(r);
    return m;
}

}  // namespace rolekit::detail
