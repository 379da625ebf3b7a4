#include "rolekit/finding.hpp"

#include <algorithm>
#include <array>

namespace rolekit {

namespace {

constexpr std::array<std::string_view, 3> kSeverityNames = {"error", "warning", "info"};

}  // namespace

std::span<const std::string_view> severity_names() { return kSeverityNames; }

std::string_view severity_name(Severity s) { return kSeverityNames[static_cast<std::size_t>(s)]; }

std::optional<Severity> severity_from_name(std::string_view name) {
    const auto it = std::find(kSeverityNames.begin(), kSeverityNames.end(), name);
    if (it == kSeverityNames.end()) return std::nullopt;
    return static_cast<Severity>(it - kSeverityNames.begin());
}

void apply_rule_severities(const RuleSeverities& severities, Findings& findings) {
    for (Finding& f : findings)
        if (const auto it = severities.find(f.rule); it != severities.end() && it->second) f.severity = *it->second;
    std::erase_if(findings, [&](const Finding& f) {
        const auto it = severities.find(f.rule);
        return it != severities.end() && !it->second;
    });
}

bool has_errors(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::error; });
}

}  // namespace rolekit
