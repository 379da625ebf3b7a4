#pragma once
// The built-in frameworks library and the search path for more documents.

#include <filesystem>
#include <string>
#include <vector>

#include "rolekit/document_set.hpp"
#include "rolekit/builtin_location.hpp"
#include "rolekit/finding.hpp"
#include "rolekit/load.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit {

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
// The same with a command's options: its --catalog and config catalogues
// first, then its search path, files named as it names them.
Library load_library(const WorkspaceOptions& options);

}  // namespace rolekit
