#include <nlohmann/json.hpp>

#include "check/checked.hpp"
#include "rolekit/rules.hpp"

namespace rolekit::detail {

namespace {

using json = nlohmann::json;

json finding_json(const Finding& f) {
    return json::array({std::string(f.rule.id()), static_cast<int>(f.severity), f.file, f.pos.line,
                        f.pos.column, f.message, f.hint});
}

// Throws (json's type errors) on anything malformed: the caller's miss.
Finding finding_of(const json& j) {
    const std::optional<RuleId> rule = find_rule_id(j.at(0).get<std::string>());
    const int severity = j.at(1).get<int>();
    if (!rule || severity < 0 || severity > static_cast<int>(Severity::info) || j.size() != 7)
        throw std::invalid_argument("not a finding");
    return Finding{*rule,
                   static_cast<Severity>(severity),
                   j.at(2).get<std::string>(),
                   Position{j.at(3).get<int>(), j.at(4).get<int>()},
                   j.at(5).get<std::string>(),
                   j.at(6).get<std::string>()};
}

json findings_json(const Findings& findings) {
    json out = json::array();
    for (const Finding& f : findings) out.push_back(finding_json(f));
    return out;
}

Findings findings_of(const json& j) {
    Findings out;
    for (const json& f : j.at("findings")) out.push_back(finding_of(f));
    return out;
}

std::string to_cbor(const json& j) {
    const std::vector<std::uint8_t> bytes = json::to_cbor(j);
    return std::string(bytes.begin(), bytes.end());
}

std::optional<json> from_cbor(std::string_view payload) {
    json j = json::from_cbor(payload.begin(), payload.end(), true, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    return j;
}

}  // namespace

std::string encode_checked(const Checked& c) {
    json lines = json::array();
    for (const auto& [where, text] : c.lines)
        lines.push_back(json::array({where.first, where.second, text}));
    return to_cbor(json{{"findings", findings_json(c.findings)},
                        {"suppressed", findings_json(c.suppressed)},
                        {"lines", std::move(lines)},
                        {"id", json::array({c.id.value, c.id.pos.line, c.id.pos.column})},
                        {"foreign", c.foreign},
                        {"unusable", c.unusable},
                        {"lineage", json::array({static_cast<int>(c.lineage.role), c.lineage.base,
                                                 c.lineage.overlays})}});
}

std::optional<Checked> decode_checked(std::string_view payload) {
    try {
        const std::optional<json> j = from_cbor(payload);
        if (!j) return std::nullopt;
        Checked c;
        c.findings = findings_of(*j);
        for (const json& f : j->at("suppressed")) c.suppressed.push_back(finding_of(f));
        for (const json& l : j->at("lines"))
            c.lines.emplace(std::pair(l.at(0).get<std::string>(), l.at(1).get<int>()),
                            l.at(2).get<std::string>());
        const json& id = j->at("id");
        c.id =
            Text(id.at(0).get<std::string>(), Position{id.at(1).get<int>(), id.at(2).get<int>()});
        c.foreign = j->at("foreign").get<bool>();
        c.unusable = j->at("unusable").get<bool>();
        const json& lineage = j->at("lineage");  // an older entry has none: a miss
        const int role = lineage.at(0).get<int>();
        if (role < 0 || role > static_cast<int>(Lineage::Role::merged_profile)) return std::nullopt;
        c.lineage.role = static_cast<Lineage::Role>(role);
        c.lineage.base = lineage.at(1).get<std::string>();
        c.lineage.overlays = lineage.at(2).get<std::vector<std::string>>();
        return c;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string encode_findings(const Findings& findings) {
    return to_cbor(json{{"findings", findings_json(findings)}});
}

std::optional<Findings> decode_findings(std::string_view payload) {
    try {
        const std::optional<json> j = from_cbor(payload);
        if (!j) return std::nullopt;
        return findings_of(*j);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace rolekit::detail
