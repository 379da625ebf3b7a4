#pragma once
// A diagnostic as a value: made once by a parser or a check, rendered by one
// printer per output format.

#include <string>
#include <string_view>
#include <vector>

#include <map>
#include <optional>

#include "rolekit/position.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/severity.hpp"

namespace rolekit {

struct Finding {
    RuleId rule;           // from the rule table (rules.hpp), e.g. "schema-unknown-key"
    Severity severity = Severity::error;
    std::string file;      // filled in by whoever knows the path
    Position pos;
    std::string message;
    std::string hint;      // optional: what to do about it
};

using Findings = std::vector<Finding>;

bool has_errors(const Findings& findings);

// `.rolekit.yaml`'s `rules`: a rule's severity, or nullopt for `off`.
using RuleSeverities = std::map<RuleId, std::optional<Severity>>;
// Gives each finding its rule's configured severity; drops the rules set `off`.
void apply_rule_severities(const RuleSeverities& severities, Findings& findings);

}  // namespace rolekit
