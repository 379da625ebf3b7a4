#include "rolekit/library.hpp"

#include <cstdlib>

#include <set>

#include "rolekit/file_io.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit {

namespace fs = std::filesystem;

std::vector<fs::path> library_search_path(const std::vector<std::string>& extra,
                                          bool with_builtin) {
    std::vector<fs::path> dirs(extra.begin(), extra.end());
    if (const char* env = std::getenv("ROLEKIT_PATH")) {
        std::string_view rest = env;
        while (!rest.empty()) {
            const auto colon = rest.find(':');
            const std::string_view entry = rest.substr(0, colon);
            if (!entry.empty()) dirs.emplace_back(entry);
            rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
        }
    }
    if (with_builtin) {
        if (fs::path builtin = builtin_frameworks_dir(); !builtin.empty()) dirs.push_back(builtin);
    }
    return dirs;
}

Library load_library(const std::vector<fs::path>& dirs, const LoadOptions& options) {
    WorkspaceOptions wo;
    wo.search_path = dirs;
    wo.load = options;
    return load_library(wo);
}

Library load_library(const WorkspaceOptions& options) {
    WorkspaceOptions wo = options;
    wo.reference_kinds.reset();
    const Workspace ws = Workspace::open({}, wo);
    Library lib;
    lib.documents = ws.references();
    lib.findings = ws.reference_findings();
    // With no inputs, the workspace's findings are the unusable references'.
    std::set<std::string> unusable;
    for (const Finding& f : ws.findings()) unusable.insert(f.file);
    lib.unusable = unusable.size();
    return lib;
}

}  // namespace rolekit
