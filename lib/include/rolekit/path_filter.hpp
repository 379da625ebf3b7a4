#pragma once
// Which files a directory scan leaves out: gitignore-style patterns, each set
// rooted at a directory (a .gitignore's own, `.rolekit.yaml`'s for its
// `ignore`, the current directory for --exclude).
//
// Supported, as in git: blank lines and `#` comments; `!` to re-include;
// a trailing `/` for directories only; a pattern with a `/` (other than
// trailing) is anchored to its root, one without matches a name at any
// depth; `*`, `?`, `[...]` within a name and `**` across directories. The
// last matching pattern wins. Matching takes time linear in the path
// (workspace/glob.hpp), whatever the pattern.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rolekit {

namespace detail {
class Glob;
}

class PathFilter {
public:
    // Adds patterns rooted at `root` (made absolute).
    void add(const std::filesystem::path& root, const std::vector<std::string>& patterns);
    // Adds the lines of a .gitignore file in `dir`.
    void add_gitignore(const std::filesystem::path& dir, std::string_view text);

    // True when `path` (a file, or a directory when `is_dir`) is excluded.
    bool excludes(const std::filesystem::path& path, bool is_dir) const;
    bool empty() const { return patterns_.empty(); }

private:
    struct Pattern {
        std::filesystem::path root;
        std::shared_ptr<const detail::Glob> glob;  // compiled once
        bool negated = false;
        bool dir_only = false;
        bool anchored = false;
    };
    std::vector<Pattern> patterns_;
};

// Does `glob` (with `**`) match `path`, both '/'-separated and relative?
bool glob_matches(std::string_view glob, std::string_view path);

}  // namespace rolekit
