#pragma once
// rolekit schema [KIND] [-o OUT]: a JSON Schema for editors.

#include "cli_common.hpp"

namespace rolekit::cli {
Command register_schema(CLI::App& parent);
}
