#pragma once
// validate --output-file FILE: the --format report written whole or not at
// all, while standard output still shows the text report (a CI job keeps
// SARIF or JUnit for its viewers and readable findings in its log).

#include <string>
#include <vector>

#include "exit_code.hpp"
#include "rolekit/validate.hpp"

namespace rolekit::cli {

// Refused (exit 2, nothing written) when `path` is a file validate read: a
// checked file, anything on the search path or a --catalog, or one of
// `also_read` (--config, --baseline).
ExitCode write_report_file(const std::string& path, const std::string& report, const ValidateResult& result,
                           const WorkspaceOptions& options, const std::vector<std::string>& also_read);

}  // namespace rolekit::cli
