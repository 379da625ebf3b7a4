#pragma once
// The documents one command works on: the files the user named, and the
// context documents they are read against (search path and built-in library).

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rolekit/document_set.hpp"
#include "rolekit/load.hpp"

namespace rolekit {

struct WorkspaceOptions {
    std::vector<std::filesystem::path> named;    // files (directories are expanded)
    std::vector<std::filesystem::path> context;  // --catalog files and --path directories
    bool builtin = true;
    unsigned threads = 0;  // 0: one per core
    LoadOptions load;
    // When set, only context files of these kinds, or with one of
    // `wanted_ids`, are loaded (judged from the file's first lines; a file
    // that cannot be judged so is loaded). Saves single-file commands from
    // parsing the whole library.
    std::optional<std::set<DocumentKind>> context_kinds;
    std::vector<std::string> wanted_ids;
};

struct Workspace {
    DocumentSet documents;
    std::vector<std::string> named_files;   // every named file, in order
    std::vector<const Document*> named;     // the named documents that loaded
    Findings findings;                      // load findings of named files; unusable context files
    bool usable = true;                     // false: some input could not be used at all
};

// Named documents shadow context documents with the same id (a repository
// may hold its own copy of a built-in document); two named documents with one
// id collide (id-collision).
Workspace load_workspace(const WorkspaceOptions& options);

// `kind:` and `id:` as written at the top level of a file's first lines, for
// deciding cheaply whether to load it; empty when not found there, or when the
// file is not a regular file (a pipe cannot be read twice).
struct FileHead {
    std::string kind;
    std::string id;
    std::string base;  // a LocalityOverlay's base
};
FileHead read_file_head(const std::filesystem::path& path);

// A command argument that is a file path (loaded as a named document) or the
// id of a document in the library.
bool looks_like_file(const std::string& arg);

}  // namespace rolekit
