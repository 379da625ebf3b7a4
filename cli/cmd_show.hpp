#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit show ID: print one document of the library as YAML.
Command register_show(CLI::App& parent);
}
