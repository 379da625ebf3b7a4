#pragma once
// Where the built-in frameworks library is, and how reports name its files.

#include <filesystem>
#include <string>
#include <string_view>

namespace rolekit {

// The shipped frameworks/ directory: <prefix>/share/rolekit/frameworks beside
// an installed binary, else the source tree's frameworks/ (build tree use).
// Empty if neither exists.
std::filesystem::path builtin_frameworks_dir();

// How reports name a file: one in the built-in library as
// "<builtin>/profiles/x.yaml" (where rolekit is installed differs between
// machines and is no part of a finding); any other as given.
std::string shown_path(std::string_view file);
inline constexpr std::string_view kBuiltinName = "<builtin>";

}  // namespace rolekit
