#pragma once
// A file a library can only write by name (libxlsxwriter 1.1.4 has no
// in-memory output), made in a private ScratchFolder and read back whole:
// the bytes reach the caller, who writes them where asked (atomically), and
// nothing is left on the disk.

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace rolekit::io {

struct MadeFile {
    std::string bytes;
    std::string error;  // empty when made and read
};

// `make(folder, file)` writes `file` (inside `folder`, which it may use for
// its own temporary files) and returns why not, or empty.
MadeFile make_in_scratch(std::string_view prefix, const std::string& name,
                         const std::function<std::string(const std::filesystem::path&,
                                                         const std::filesystem::path&)>& make);

}  // namespace rolekit::io
