#pragma once
// rolekit config: the repository's config in force and where it came from.

#include "cli_common.hpp"

namespace rolekit::cli {
Command register_config(CLI::App& parent);
}
