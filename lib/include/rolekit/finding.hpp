#pragma once
// A diagnostic as a value: made once by a parser or a check, rendered by one
// printer per output format.

#include <string>
#include <string_view>
#include <vector>

#include "rolekit/position.hpp"

namespace rolekit {

enum class Severity { error, warning, info };

std::string_view severity_name(Severity s);

struct Finding {
    std::string rule;      // stable rule id, e.g. "schema-unknown-key"
    Severity severity = Severity::error;
    std::string file;      // filled in by whoever knows the path
    Position pos;
    std::string message;
    std::string hint;      // optional: what to do about it
};

using Findings = std::vector<Finding>;

bool has_errors(const Findings& findings);

}  // namespace rolekit
