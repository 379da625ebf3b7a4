#pragma once
#include "cli_common.hpp"

namespace rolekit::cli {
// rolekit list: kind, id and title of every document in the library.
Command register_list(CLI::App& parent);
}
