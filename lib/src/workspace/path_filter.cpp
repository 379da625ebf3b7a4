#include "rolekit/path_filter.hpp"

#include <fnmatch.h>

#include <sstream>

namespace rolekit {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> split(std::string_view text) {
    std::vector<std::string> out;
    std::string part;
    for (const char c : text) {
        if (c == '/') {
            if (!part.empty()) out.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    if (!part.empty()) out.push_back(part);
    return out;
}

bool segments_match(const std::vector<std::string>& glob, std::size_t g, const std::vector<std::string>& path,
                    std::size_t p) {
    if (g == glob.size()) return p == path.size();
    if (glob[g] == "**") {
        for (std::size_t k = p; k <= path.size(); ++k)
            if (segments_match(glob, g + 1, path, k)) return true;
        return false;
    }
    if (p == path.size()) return false;
    return ::fnmatch(glob[g].c_str(), path[p].c_str(), 0) == 0 && segments_match(glob, g + 1, path, p + 1);
}

fs::path absolute_normal(const fs::path& p) {
    std::error_code ec;
    const fs::path a = fs::absolute(p, ec);
    return (ec ? p : a).lexically_normal();
}

}  // namespace

bool glob_matches(std::string_view glob, std::string_view path) {
    return segments_match(split(glob), 0, split(path), 0);
}

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
        p.segments = split(line);
        if (!p.anchored) p.segments.insert(p.segments.begin(), "**");
        if (!p.segments.empty()) patterns_.push_back(std::move(p));
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
    for (const Pattern& p : patterns_) {
        if (p.dir_only && !is_dir) continue;
        const fs::path rel = full.lexically_relative(p.root);
        if (rel.empty() || *rel.begin() == "..") continue;
        if (segments_match(p.segments, 0, split(rel.generic_string()), 0)) excluded = !p.negated;
    }
    return excluded;
}

}  // namespace rolekit
