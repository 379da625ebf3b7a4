#pragma once
// One notion of "the same file": device and inode, however the path is
// spelled (`p.yaml`, `./p.yaml`, an absolute path, a symbolic link, a hard
// link). A file that does not exist yet is its folder's identity and its
// name, so two outputs of one run that are both new still collide.
//
// Every check that an output must not land on an input, a config, a baseline
// or another output of the same run asks a FileSet.

#include <filesystem>
#include <set>
#include <string>

#include "rolekit/file_system.hpp"

namespace rolekit {

// The identity of what is at `path`, or of what would be created there
// (its folder's identity, '/', its name); empty when neither can be known.
std::string file_identity(const std::filesystem::path& path, const FileSystem& files = disk());

class FileSet {
  public:
    explicit FileSet(const FileSystem& files = disk()) : files_(&files) {}
    // Records the file at `path` (nothing when there is none).
    void add(const std::filesystem::path& path);
    // Records every YAML file below a folder, or the file itself.
    void add_tree(const std::filesystem::path& path);
    void add_identity(const std::string& identity);
    bool contains(const std::filesystem::path& path) const;
    bool empty() const { return identities_.empty(); }

  private:
    const FileSystem* files_;
    std::set<std::string> identities_;
};

}  // namespace rolekit
