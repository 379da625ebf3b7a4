#pragma once
// How serious a finding is. Its own header: the rule table (rules.hpp) and
// Finding (finding.hpp) both need it.

#include <string_view>

namespace rolekit {

enum class Severity { error, warning, info };

std::string_view severity_name(Severity s);

}  // namespace rolekit
