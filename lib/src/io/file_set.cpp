#include "rolekit/file_set.hpp"

namespace rolekit {

namespace fs = std::filesystem;

std::string file_identity(const fs::path& path, const FileSystem& files) {
    const FileStat st = files.stat(path);
    if (!st.identity.empty()) return st.identity;
    // Not there yet: the folder it would be made in, and its name.
    const fs::path name = path.filename();
    if (name.empty() || name == "." || name == "..") return {};
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    const FileStat dir = files.stat(folder);
    if (dir.identity.empty()) return {};
    return dir.identity + "/" + name.string();
}

void FileSet::add(const fs::path& path) {
    const FileStat st = files_->stat(path);
    if (!st.identity.empty()) identities_.insert(st.identity);
}

void FileSet::add_tree(const fs::path& path) {
    const FileStat st = files_->stat(path);
    if (st.type != FileType::directory) {
        if (!st.identity.empty()) identities_.insert(st.identity);
        return;
    }
    for (const fs::path& file : files_->yaml_files(path)) add(file);
}

void FileSet::add_identity(const std::string& identity) {
    if (!identity.empty()) identities_.insert(identity);
}

bool FileSet::contains(const fs::path& path) const {
    const std::string identity = files_->stat(path).identity;
    return !identity.empty() && identities_.count(identity) > 0;
}

}  // namespace rolekit
