#pragma once
// The built-in frameworks library and the search path for more documents.

#include <filesystem>
#include <string>
#include <vector>

#include "rolekit/document_set.hpp"
#include "rolekit/finding.hpp"
#include "rolekit/load.hpp"

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

// Directories to load, in order: `extra` (from --path), then the entries of
// $ROLEKIT_PATH (':'-separated), then the built-in library unless
// `with_builtin` is false.
std::vector<std::filesystem::path> library_search_path(const std::vector<std::string>& extra,
                                                       bool with_builtin = true);

struct Library {
    DocumentSet documents;
    Findings findings;        // load problems, id collisions
    std::size_t unusable = 0;  // files (or named paths) that yielded no document
};

// Loads every *.yaml/*.yml under each directory (a file may also be named) as
// references: the first document with an id wins, later ones collide.
Library load_library(const std::vector<std::filesystem::path>& dirs, const LoadOptions& options = {});

}  // namespace rolekit
