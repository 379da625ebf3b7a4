#include "output.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli_common.hpp"
#include "rolekit/file_io.hpp"

namespace rolekit::cli {

ExitCode write_output(const std::string& path, const std::string& content,
                      const std::vector<const Document*>& inputs) {
    if (path.empty() || path == "-") {
        std::cout << content;
        return ExitCode::ok;
    }
    for (const Document* d : inputs) {
        std::error_code ec;
        if (std::filesystem::equivalent(path, d->path, ec)) {
            print_to_stderr({Finding{"output-is-input", Severity::error, path, {},
                                     "refusing to write over an input file", "choose another -o file"}});
            return ExitCode::usage;
        }
    }
    if (const std::string error = write_file_atomic(path, content); !error.empty()) {
        print_to_stderr({Finding{"io-error", Severity::error, path, {}, error, {}}});
        return ExitCode::usage;
    }
    std::cerr << fmt::format("wrote {}\n", path);
    return ExitCode::ok;
}

}  // namespace rolekit::cli
