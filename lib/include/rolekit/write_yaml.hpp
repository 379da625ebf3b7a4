#pragma once
// The typed model back to YAML text in the rolekit format: deterministic (same
// model, same bytes) and loading back to the same model.

#include <string>

#include "rolekit/document.hpp"

namespace rolekit {

// A RoleProfile document as YAML, keys in the order of docs/format.md.
std::string role_profile_to_yaml(const Document& doc);

// One scalar as YAML would need it written after `key: ` (quoted when plain
// text would be misread). For hand-assembled templates such as `init`.
std::string yaml_scalar(const std::string& text);

}  // namespace rolekit
