#include "report_file.hpp"

#include "output.hpp"

namespace rolekit::cli {

namespace {

// validate keeps no workspace to ask (it drops each file once checked), so
// the files it read are found again: the checked ones are in its report,
// the references under the search path.
bool validate_read(const std::filesystem::path& path, const ValidateResult& result,
                   const WorkspaceOptions& options, const std::vector<std::string>& also_read) {
    const FileSystem& files = *options.files;
    const std::string target = files.stat(path).identity;
    if (target.empty()) return false;  // nothing there yet: nothing read
    const auto same = [&](const std::filesystem::path& p) { return files.stat(p).identity == target; };
    for (const std::string& file : result.report.files)
        if (same(file)) return true;
    for (const std::string& file : also_read)
        if (!file.empty() && same(file)) return true;
    std::vector<std::filesystem::path> entries = options.catalogs;
    entries.insert(entries.end(), options.search_path.begin(), options.search_path.end());
    for (const std::filesystem::path& entry : entries) {
        if (files.stat(entry).type != FileType::directory) {
            if (same(entry)) return true;
            continue;
        }
        for (const std::filesystem::path& file : files.yaml_files(entry))
            if (same(file)) return true;
    }
    return false;
}

}  // namespace

ExitCode write_report_file(const std::string& path, const std::string& report, const ValidateResult& result,
                           const WorkspaceOptions& options, const std::vector<std::string>& also_read) {
    return write_output(path, report, [&](const std::filesystem::path& p) {
        return validate_read(p, result, options, also_read);
    });
}

}  // namespace rolekit::cli
