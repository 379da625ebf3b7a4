#pragma once
// rolekit export DOC --format case [-o OUT]: a document as a CASE 1.1 CFPackage.

#include "cli_common.hpp"

namespace rolekit::cli {
Command register_export(CLI::App& parent);
}
