#pragma once
// The typed model back to YAML text in the rolekit format: deterministic (same
// model, same bytes) and loading back to the same model. Keys are written in
// the order of docs/format.md, each mapping's `x-` keys after its other keys;
// an optional key is written when it has a value or the document had it (even
// empty). Comments, quoting style, flow style and anchors are not kept, except
// a NOS's rolekit-disable-line directives (NosRef::suppression), written after
// it (docs/limits.md, "What a written document keeps").

#include <string>

#include "rolekit/document.hpp"

namespace rolekit {

// A document of any kind as YAML.
std::string document_to_yaml(const Document& doc);

// The same, for the callers that write a RoleProfile (merge).
std::string role_profile_to_yaml(const Document& doc);

// One scalar as YAML would need it written after `key: ` (quoted when plain
// text would be misread). For hand-assembled templates such as `init`.
std::string yaml_scalar(const std::string& text);

}  // namespace rolekit
