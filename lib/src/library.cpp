#include "rolekit/library.hpp"

#include <cstdlib>

#include "parallel.hpp"
#include "rolekit/file_io.hpp"

namespace rolekit {

namespace fs = std::filesystem;

fs::path builtin_frameworks_dir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share/rolekit/frameworks";
        if (fs::is_directory(installed, ec)) return installed;
    }
#ifdef ROLEKIT_SOURCE_FRAMEWORKS_DIR
    const fs::path source = ROLEKIT_SOURCE_FRAMEWORKS_DIR;
    if (fs::is_directory(source, ec)) return source;
#endif
    return {};
}

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

std::vector<fs::path> expand_paths(const std::vector<fs::path>& paths, std::vector<fs::path>& missing) {
    std::vector<fs::path> files;
    for (const fs::path& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            const auto found = find_yaml_files(p);
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(p, ec)) {
            files.push_back(p);
        } else {
            missing.push_back(p);
        }
    }
    return files;
}

std::vector<LoadResult> load_files(const std::vector<fs::path>& files, const LoadOptions& options,
                                   unsigned threads) {
    std::vector<LoadResult> results(files.size());
    detail::parallel_for(files.size(), threads,
                         [&](std::size_t i) { results[i] = load_file(files[i], options); });
    return results;
}

Library load_library(const std::vector<fs::path>& dirs, const LoadOptions& options) {
    Library lib;
    std::vector<fs::path> missing;
    const std::vector<fs::path> files = expand_paths(dirs, missing);
    for (const fs::path& m : missing) {
        lib.findings.push_back(
            Finding{"io-error", Severity::error, m.string(), {}, "no such file or directory", {}});
        ++lib.unusable;
    }
    for (LoadResult& loaded : load_files(files, options)) {
        lib.findings.insert(lib.findings.end(), loaded.findings.begin(), loaded.findings.end());
        if (!loaded.document) {
            ++lib.unusable;
            continue;
        }
        Findings clash = lib.documents.add(std::move(*loaded.document));
        lib.findings.insert(lib.findings.end(), clash.begin(), clash.end());
    }
    return lib;
}

}  // namespace rolekit
