#pragma once
// rolekit import case FILE|- [-o OUT]: a CASE package as a CompetenceMap.

#include "cli_common.hpp"

namespace rolekit::cli {
Command register_import(CLI::App& parent);
}
