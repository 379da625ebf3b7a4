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

// Loads every *.yaml/*.yml under each directory (a file may also be named).
Library load_library(const std::vector<std::filesystem::path>& dirs,
                     const LoadOptions& options = {});

// The files a list of paths stands for: a file as itself, a directory as its
// *.yaml/*.yml files (recursively, sorted). Paths that do not exist are put
// in `missing`.
std::vector<std::filesystem::path> expand_paths(const std::vector<std::filesystem::path>& paths,
                                                std::vector<std::filesystem::path>& missing);

// Loads files on up to `threads` threads (0: one per core). Results are in
// the order of `files`, whatever the scheduling.
std::vector<LoadResult> load_files(const std::vector<std::filesystem::path>& files,
                                   const LoadOptions& options = {}, unsigned threads = 0);

}  // namespace rolekit
