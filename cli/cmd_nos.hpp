#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit nos search WORDS... [--area KEY]: find NOS in the loaded catalogues.
Command register_nos(CLI::App& parent);
}
