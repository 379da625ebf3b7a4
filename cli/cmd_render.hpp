#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit render FILE|ID [--format markdown|html] [-o OUT]
Command register_render(CLI::App& parent);
}
