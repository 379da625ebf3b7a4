// `rolekit config`: the config in force and where it came from, in the shape
// of `git config --show-origin` and `ruff check --show-settings` — one
// setting a line, each path as written and as reached from the working folder.

#include <fmt/format.h>

#include <algorithm>

#include "rolekit/repo_config.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/visible_text.hpp"
#include "schema/format_keys.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

std::string line(std::string_view label, std::string_view value) {
    return fmt::format("{:<9} {}\n", fmt::format("{}:", label), value);
}

std::string shown(const fs::path& path) {
    const fs::path normal = path.lexically_normal();
    return visible(normal.empty() ? std::string(".") : normal.generic_string());
}

// Entries as written, and where they point (from the working folder).
std::string places(std::string_view label, const std::vector<std::string>& written,
                   const std::vector<fs::path>& points, std::string_view none) {
    if (written.empty()) return line(label, none);
    std::size_t width = 0;
    for (const std::string& w : written) width = std::max(width, visible(w).size());
    std::string out = fmt::format("{}:\n", label);
    for (std::size_t i = 0; i < written.size(); ++i)
        out += fmt::format("  {:<{}}  -> {}\n", visible(written[i]), width, shown(points[i]));
    return out;
}

std::string settings(const RepoConfig& c) {
    std::string out =
        places(key::catalogs, c.catalogs_written, c.catalogs, "none (only --catalog)");
    out += places(key::paths, c.paths_written, c.paths,
                  "none (only --path, $ROLEKIT_PATH and the built-in library)");
    if (c.rules.empty()) {
        out += line(key::rules, "every rule at its default severity (rolekit rules lists them)");
    } else {
        out += fmt::format("{}:\n", key::rules);
        for (const auto& [rule, severity] : c.rules)
            out +=
                fmt::format("  {}: {}\n", rule.id(), severity ? severity_name(*severity) : "off");
    }
    if (c.ignore.empty()) {
        out += line(key::ignore, "none");
    } else {
        out += fmt::format("{}:\n", key::ignore);
        for (const std::string& glob : c.ignore) out += fmt::format("  {}\n", visible(glob));
    }
    out += line(key::fail_on, c.fail_on ? std::string(severity_name(*c.fail_on))
                                        : "error (the default; --fail-on changes it)");
    return out;
}

// Where a walk that found nothing stopped: the folder holding `.git`, as
// reached from the working folder, or the file system's root.
std::string stopped_at(const ConfigSearch& search) {
    if (search.at_git) return fmt::format("the folder holding .git, {}", shown(search.last));
    std::error_code ec;
    return fmt::format("the file-system root, {}",
                       shown(fs::absolute(search.last, ec).root_path()));
}

std::string none_applies(std::string_view why) {
    std::string out = line("config", fmt::format("none ({})", why));
    out += line("root", ". (the working folder: reports name files relative to it)");
    return out + settings(RepoConfig{});
}

}  // namespace

ConfigReport describe_config(const ConfigChoice& choice, const fs::path& start,
                             const FileSystem& files) {
    ConfigReport out;
    if (choice.none) {
        out.text = none_applies("--no-config");
        return out;
    }
    std::string how = "given with --config";
    fs::path file = choice.file;
    if (file.empty()) {
        const ConfigSearch search = search_repo_config(start, files);
        if (!search.file) {
            out.text = none_applies(fmt::format("no {} walking up from the working folder to {}",
                                                kConfigFileName, stopped_at(search)));
            return out;
        }
        file = *search.file;
        how = "the nearest walking up from the working folder";
    }
    RepoConfigResult read = load_repo_config(file, files);
    out.findings = std::move(read.findings);
    if (!read.config) {
        out.usable = false;
        return out;
    }
    out.text = line("config", fmt::format("{} ({})", shown(file), how));
    out.text += line("root", fmt::format("{} (reports name files relative to it)",
                                         shown(config_folder(*read.config))));
    out.text += settings(*read.config);
    return out;
}

}  // namespace rolekit
