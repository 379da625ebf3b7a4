#pragma once
// How serious a finding is. Its own header: the rule table (rules.hpp) and
// Finding (finding.hpp) both need it.

#include <optional>
#include <span>
#include <string_view>

namespace rolekit {

enum class Severity { error, warning, info };

// Every severity's name, in Severity order: "error", "warning", "info". The
// one table: `--fail-on`, `.rolekit.yaml`, the JSON Schema and every report
// read or write these.
std::span<const std::string_view> severity_names();
std::string_view severity_name(Severity s);
// The Severity a name means, or nullopt.
std::optional<Severity> severity_from_name(std::string_view name);

}  // namespace rolekit
