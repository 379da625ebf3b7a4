#include "rolekit/report_paths.hpp"

#include "rolekit/builtin_location.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

// Lexically, as path arithmetic: the working folder is the physical one, so
// `..` from it is the parent a shell's `cd ..` would not always give, but the
// one the file system gives.
fs::path absolute_from(const fs::path& here, const fs::path& path) {
    return (path.is_absolute() ? path : here / path).lexically_normal();
}

std::string without_trailing_slash(std::string s) {
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
}

}  // namespace

ReportPaths::ReportPaths(fs::path root) : root_(root.empty() ? fs::path(".") : std::move(root)) {
    std::error_code ec;
    here_ = fs::current_path(ec);
    top_ = absolute_from(here_, root_);
}

std::string ReportPaths::name(const fs::path& path) const {
    if (path.empty()) return {};
    const fs::path abs = absolute_from(here_, path);
    if (path.is_absolute() && shown_path(abs.string()) != abs.string()) return path.string();
    const fs::path rel = abs.lexically_relative(top_);
    const bool inside = !rel.empty() && *rel.begin() != "..";
    if (inside || (!rel.empty() && !path.is_absolute())) return without_trailing_slash(rel.generic_string());
    return without_trailing_slash(abs.generic_string());
}

fs::path ReportPaths::file(const std::string& name) const {
    const fs::path p(name);
    if (p.is_absolute() || root_ == ".") return p;
    return (root_ / p).lexically_normal();
}

}  // namespace rolekit
