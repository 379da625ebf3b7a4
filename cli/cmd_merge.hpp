#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit merge BASE OVERLAY... [-o OUT]: apply locality overlays to a profile.
Command register_merge(CLI::App& parent);
}
