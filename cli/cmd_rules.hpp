#pragma once
// rolekit rules [ID]: every rule, or one rule explained with an example.

#include "cli_common.hpp"

namespace rolekit::cli {
Command register_rules(CLI::App& parent);
}
