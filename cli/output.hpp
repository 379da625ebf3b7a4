#pragma once
// Where a command's document goes: stdout, or a file written whole (temporary
// file and rename) that must not be one of the inputs.

#include <string>
#include <vector>

#include "exit_code.hpp"
#include "rolekit/document.hpp"

namespace rolekit::cli {

ExitCode write_output(const std::string& path, const std::string& content,
                      const std::vector<const Document*>& inputs);

}  // namespace rolekit::cli
