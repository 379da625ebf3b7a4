#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit diff A B: what one role needs that another does not, or what
// changed between two revisions of a framework.
Command register_diff(CLI::App& parent);
}
