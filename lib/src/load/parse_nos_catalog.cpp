#include <fmt/format.h>

#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"

namespace rolekit::detail {

namespace {

std::optional<NosStatus> status_from_name(std::string_view name) {
    if (name == "current") return NosStatus::current;
    if (name == "legacy") return NosStatus::legacy;
    if (name == "withdrawn") return NosStatus::withdrawn;
    if (name == "uncoded") return NosStatus::uncoded;
    return std::nullopt;
}

FunctionPlacement parse_placement(const YamlNode& node, Diagnostics& diag) {
    FunctionPlacement f;
    f.pos = node.pos;
    MapReader r(node, diag, "function placement");
    f.area = r.text(key::area);
    f.function = r.text(key::function);
    f.extras = read_extras(r);
    r.finish();
    return f;
}

// `code: null` is how a catalogue says a title's code is not known yet; that
// is only meaningful together with status `uncoded`, the default for it.
void read_status(MapReader& r, NosStandard& s) {
    const Text status = r.text(key::status);
    const NosStatus fallback = s.code.value.empty() ? NosStatus::uncoded : NosStatus::current;
    s.status = Located<NosStatus>{fallback, status.pos};
    if (!status.value.empty()) {
        if (auto parsed = status_from_name(status.value)) {
            s.status.value = *parsed;
        } else {
            r.diag().error("schema-value", status.pos,
                           fmt::format("unknown NOS status '{}'", status.value),
                           "use one of: current, legacy, withdrawn, uncoded");
            return;
        }
    }
    if (s.code.value.empty() && s.status.value != NosStatus::uncoded)
        r.diag().error("schema-value", s.pos,
                       fmt::format("NOS '{}' has no code, so its status must be 'uncoded'",
                                   s.title.value));
    if (!s.code.value.empty() && s.status.value == NosStatus::uncoded)
        r.diag().error("schema-value", status.pos,
                       fmt::format("NOS {} has a code but status 'uncoded'", s.code.value),
                       "use status 'current', or remove the code");
}

NosStandard parse_standard(const YamlNode& node, Diagnostics& diag) {
    NosStandard s;
    s.pos = node.pos;
    MapReader r(node, diag, "NOS standard");
    if (!r.ok()) return s;
    // `code` must be present (null allowed), so read it without Need::required.
    if (r.get(key::code) == nullptr)
        diag.error("schema-missing-field", node.pos,
                   "NOS standard is missing required field 'code'",
                   "write 'code: null' with 'status: uncoded' if the code is not known");
    s.code = r.text(key::code);
    s.title = r.text(key::title);
    s.suite = r.text(key::suite);
    r.list(key::functions,
           [&](const YamlNode& item) { s.functions.push_back(parse_placement(item, diag)); });
    s.ksf = r.text_list(key::ksf);
    read_status(r, s);
    s.replaced_by = r.text(key::replaced_by);
    s.extras = read_extras(r);
    r.finish();
    return s;
}

}  // namespace

NosCatalog parse_nos_catalog(MapReader& r) {
    NosCatalog c;
    c.title = r.text(key::title);
    r.list(key::standards, [&](const YamlNode& item) {
        c.standards.push_back(parse_standard(item, r.diag()));
    });
    c.extras = read_extras(r);
    return c;
}

}  // namespace rolekit::detail
