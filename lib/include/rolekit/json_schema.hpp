#pragma once
// `rolekit schema`: a JSON Schema (draft-07, what editors' YAML language
// servers read) for rolekit documents, generated from the loader's own table
// of shapes, so that an editor flags what `rolekit validate` would refuse.

#include <optional>
#include <string>
#include <vector>

#include "rolekit/document.hpp"

namespace rolekit {

struct JsonSchemaOptions {
    // The area keys a competence group may cite (the loaded FunctionalMap's);
    // empty: any text.
    std::vector<std::string> area_keys;
};

// The schema for one kind, or for every kind (chosen by `kind:`) when `kind`
// is empty. Two-space indented JSON ending in a newline; deterministic.
std::string document_json_schema(std::optional<DocumentKind> kind, const JsonSchemaOptions& options);

// The schema for `.rolekit.yaml`.
std::string config_json_schema();

}  // namespace rolekit
