#pragma once
// How every report names a file: relative to one folder (the config's, else
// the working folder), normalised — no `./`, no `..` inside that folder, `/`
// between parts — however the user spelled it and wherever rolekit runs from.
// Findings, SARIF, JUnit, GitHub annotations and baselines all carry these
// names, so one file has one name in all of them.

#include <filesystem>
#include <string>

namespace rolekit {

class ReportPaths {
public:
    // The working folder.
    ReportPaths() : ReportPaths(std::filesystem::path{}) {}
    // `root` as the process reaches it (`..`, `/repo`); empty: the working folder.
    explicit ReportPaths(std::filesystem::path root);

    // The name reports give `path` (as the process reaches it): relative to
    // the root when inside it; else relative to the root with `..` when the
    // user wrote a relative path, absolute when an absolute one. A file of
    // the built-in library keeps its path (reports show it as `<builtin>/…`).
    std::string name(const std::filesystem::path& path) const;
    // Where the process reads a file reports call `name`.
    std::filesystem::path file(const std::string& name) const;
    // The root as given ("." for the working folder), and as an absolute path.
    const std::filesystem::path& root() const { return root_; }
    const std::filesystem::path& absolute_root() const { return top_; }

private:
    std::filesystem::path root_;
    std::filesystem::path here_;  // the working folder
    std::filesystem::path top_;   // the root, absolute and normal
};

}  // namespace rolekit
