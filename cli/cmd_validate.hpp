#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit validate [PATH...]: check files against the format and each other.
Command register_validate(CLI::App& parent);
}
