#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit init overlay --base ID --locality NAME [-o FILE]: a starter overlay.
Command register_init(CLI::App& parent);
}
