#include "rolekit/path_filter.hpp"

#include <sstream>

#include "workspace/glob.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

fs::path absolute_normal(const fs::path& p) {
    std::error_code ec;
    const fs::path a = fs::absolute(p, ec);
    return (ec ? p : a).lexically_normal();
}

}  // namespace

bool glob_matches(std::string_view glob, std::string_view path) { return detail::Glob(glob).matches(path); }

void PathFilter::add(const fs::path& root, const std::vector<std::string>& patterns) {
    const fs::path base = absolute_normal(root);
    for (std::string line : patterns) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        Pattern p;
        p.root = base;
        if (line.front() == '!') {
            p.negated = true;
            line.erase(0, 1);
        } else if (line.starts_with("\\#") || line.starts_with("\\!")) {
            line.erase(0, 1);
        }
        if (!line.empty() && line.back() == '/') {
            p.dir_only = true;
            line.pop_back();
        }
        // A '/' at the start or in the middle anchors the pattern to its root.
        p.anchored = line.find('/') != std::string::npos;
        std::vector<std::string> segments;
        for (const std::string_view part : detail::split_path(line)) segments.emplace_back(part);
        if (segments.empty()) continue;
        if (!p.anchored) segments.insert(segments.begin(), "**");
        p.glob = std::make_shared<const detail::Glob>(std::move(segments));
        patterns_.push_back(std::move(p));
    }
}

void PathFilter::add_gitignore(const fs::path& dir, std::string_view text) {
    std::vector<std::string> lines;
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    add(dir, lines);
}

bool PathFilter::excludes(const fs::path& path, bool is_dir) const {
    // Making a path absolute asks the kernel for the working directory: not
    // once per scanned file when there is nothing to match.
    if (patterns_.empty()) return false;
    const fs::path full = absolute_normal(path);
    bool excluded = false;
    std::string rel_text;
    for (const Pattern& p : patterns_) {
        if (p.dir_only && !is_dir) continue;
        const fs::path rel = full.lexically_relative(p.root);
        if (rel.empty() || *rel.begin() == "..") continue;
        rel_text = rel.generic_string();
        if (p.glob->matches(rel_text)) excluded = !p.negated;
    }
    return excluded;
}

}  // namespace rolekit
