#include "rolekit/builtin_location.hpp"

#include "rolekit/file_io.hpp"
#include "rolekit/file_system.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {
bool is_folder(const fs::path& path) {
    return disk().stat(path).type == FileType::directory;
}
}  // namespace

fs::path builtin_frameworks_dir() {
    if (const fs::path exe = executable_path(); !exe.empty()) {
        const fs::path installed = exe.parent_path().parent_path() / "share/rolekit/frameworks";
        if (is_folder(installed)) return installed;
    }
#ifdef ROLEKIT_SOURCE_FRAMEWORKS_DIR
    const fs::path source = ROLEKIT_SOURCE_FRAMEWORKS_DIR;
    if (is_folder(source)) return source;
#endif
    return {};
}

std::string shown_path(std::string_view file) {
    static const std::string builtin = [] {
        const fs::path dir = builtin_frameworks_dir();
        return dir.empty() ? std::string{} : dir.lexically_normal().string();
    }();
    if (builtin.empty() || !file.starts_with(builtin)) return std::string(file);
    const std::string_view rest = file.substr(builtin.size());
    if (rest.empty() || rest.front() != '/') return std::string(file);
    return std::string(kBuiltinName) + std::string(rest);
}

}  // namespace rolekit
