#include "rolekit/repo_config.hpp"

#include <fmt/format.h>

#include "load/schema_reader.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/suggest.hpp"
#include "yaml/yaml_tree.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

using detail::Diagnostics;
using detail::MapReader;
using detail::YamlNode;

// "error, warning, info or off": the names a value may take, from their
// one table (`off` too, for a rule).
std::string severity_choices(bool with_off) {
    std::vector<std::string_view> names(severity_names().begin(), severity_names().end());
    if (with_off) names.push_back("off");
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += fmt::format("{}{}", i == 0 ? "" : i + 1 == names.size() ? " or " : ", ", names[i]);
    return out;
}

// The hint for a word that is no severity: the nearest one, and the choices.
std::string severity_hint(std::string_view word, bool with_off) {
    std::vector<std::string> names(severity_names().begin(), severity_names().end());
    if (with_off) names.emplace_back("off");
    const std::string best = closest_match(word, names);
    const std::string choices = fmt::format("use {}", severity_choices(with_off));
    return best.empty() ? choices : fmt::format("did you mean '{}'? ({})", best, choices);
}

void read_rules(const YamlNode& node, Diagnostics& diag, RepoConfig& config) {
    if (!node.is_map()) {
        if (!node.is_null())
            diag.type_error(node, "a mapping of rule ids to severities", "'rules'");
        return;
    }
    for (std::size_t i = 0; i < node.children.size(); i += 2) {
        const YamlNode& key = node.children[i];
        const YamlNode& value = node.children[i + 1];
        const std::optional<RuleId> rule = find_rule_id(key.value);
        if (!rule) {
            const std::string near = closest_match(key.value, all_rule_ids());
            diag.error("schema-value", key.pos, fmt::format("unknown rule '{}'", key.value),
                       near.empty()
                           ? "'rolekit rules' lists the rules"
                           : fmt::format("did you mean '{}'? ('rolekit rules' lists them)", near));
            continue;
        }
        if (rule->info().unusable) {
            // Hiding it would leave exit code 2 with nothing to say why.
            diag.error(
                "schema-value", key.pos,
                fmt::format(
                    "rule '{}' cannot be changed: a file it reports cannot be checked at all",
                    key.value),
                "fix the file, or leave it out with 'ignore'");
            continue;
        }
        if (value.is_scalar() && value.value == "off") {
            config.rules[*rule] = std::nullopt;
            continue;
        }
        const auto severity = value.is_scalar() ? severity_from_name(value.value) : std::nullopt;
        if (!severity) {
            diag.error("schema-value", value.pos,
                       fmt::format(
                           "'{}' is not a severity",
                           value.is_scalar() ? value.value : std::string(detail::kind_name(value))),
                       severity_hint(value.is_scalar() ? value.value : "", true));
            continue;
        }
        config.rules[*rule] = *severity;
    }
}

// `catalogs` (files) and `paths` (folders), relative to the config's folder.
// One that is not there is an error at its line: else every command would
// fail later on a path the user never typed as it is shown.
void read_places(MapReader& top, const fs::path& folder, const FileSystem& files, Diagnostics& diag,
                 RepoConfig& config) {
    const auto read = [&](std::string_view key, bool folders, std::vector<fs::path>& out,
                          std::vector<std::string>& written) {
        for (const Text& entry : top.text_list(key)) {
            const fs::path place = folder / entry.value;
            const FileType type = files.stat(place).type;
            // A catalogue must be a regular file: every command reads it, and
            // a FIFO named in a repository's config would leave them all waiting.
            const bool right = folders ? type == FileType::directory : type == FileType::regular;
            if (!right)
                diag.error("schema-value", entry.pos,
                           fmt::format("'{}' is not {} ({})", entry.value, folders ? "a folder" : "a file",
                                       type == FileType::missing     ? "there is nothing there"
                                       : type == FileType::directory ? "it is a folder"
                                       : type == FileType::special   ? "it is a FIFO, device or socket"
                                       : type == FileType::regular   ? "it is a file"
                                                                     : "it cannot be read"),
                           fmt::format("'{}' names {} relative to the folder holding {}", key,
                                       folders ? "folders" : "files", kConfigFileName));
            out.push_back(place);
            written.push_back(entry.value);
        }
    };
    read(key::catalogs, false, config.catalogs, config.catalogs_written);
    read(key::paths, true, config.paths, config.paths_written);
}

}  // namespace

RepoConfigResult load_repo_config(const fs::path& file, const FileSystem& files) {
    RepoConfigResult result;
    // Never opened unless a regular file: opening a FIFO would wait for a
    // writer that may never come.
    const FileStat st = files.stat(file);
    if (st.type != FileType::regular) {
        const std::string why = st.type == FileType::directory ? "is a directory, not a file"
                                : st.type == FileType::special
                                    ? "is not a regular file (a FIFO, device or socket)"
                                    : st.error;
        result.findings.push_back(
            Finding{"io-error",
                    Severity::error,
                    file.string(),
                    {},
                    why,
                    "a config must be a YAML file; remove this one, or run with --no-config"});
        return result;
    }
    const ReadResult read = files.read(file, 1u << 20);
    if (!read.ok()) {
        result.findings.push_back(
            Finding{"io-error", Severity::error, file.string(), {}, read.error, {}});
        return result;
    }
    detail::YamlParse yaml = detail::parse_yaml(read.text);
    result.findings = std::move(yaml.findings);
    RepoConfig config;
    config.file = file;
    if (yaml.root && !yaml.root->is_null()) {
        Diagnostics diag(result.findings);
        MapReader top(*yaml.root, diag, std::string(kConfigFileName));
        read_places(top, file.parent_path(), files, diag, config);
        if (const YamlNode* rules = top.get(key::rules)) read_rules(*rules, diag, config);
        for (const Text& glob : top.text_list(key::ignore)) config.ignore.push_back(glob.value);
        if (const Text fail_on = top.text(key::fail_on); fail_on.pos.known()) {
            const auto severity = severity_from_name(fail_on.value);
            if (severity)
                config.fail_on = *severity;
            else
                diag.error("schema-value", fail_on.pos,
                           fmt::format("'{}' is not a severity", fail_on.value),
                           severity_hint(fail_on.value, false));
        }
        top.finish();
    }
    for (Finding& f : result.findings) f.file = file.string();
    if (!has_errors(result.findings)) result.config = std::move(config);
    return result;
}

std::optional<RepoConfigResult> config_in_force(const ConfigChoice& choice,
                                                     const fs::path& start,
                                                     const FileSystem& files) {
    if (choice.none) return std::nullopt;
    const std::optional<fs::path> file =
        choice.file.empty() ? find_repo_config(start, files) : choice.file;
    if (!file) return std::nullopt;
    return load_repo_config(*file, files);
}

Severity effective_fail_on(std::optional<Severity> command_line,
                           const std::optional<RepoConfig>& config) {
    if (command_line) return *command_line;
    if (config && config->fail_on) return *config->fail_on;
    return Severity::error;
}

fs::path config_folder(const RepoConfig& config) {
    const fs::path folder = config.file.parent_path();
    return folder.empty() ? fs::path(".") : folder;
}

std::optional<fs::path> find_repo_config(const fs::path& start, const FileSystem& files) {
    return search_repo_config(start, files).file;
}

ConfigSearch search_repo_config(const fs::path& start, const FileSystem& files) {
    // Walks up by "..", so the path found reads as the user would write it
    // (`../.rolekit.yaml`); the absolute path only says where the top is.
    std::error_code ec;
    fs::path top = fs::absolute(start, ec).lexically_normal();
    if (top.filename().empty()) top = top.parent_path();
    ConfigSearch out;
    for (fs::path dir = start;; dir /= "..") {
        out.last = dir.lexically_normal();
        if (out.last.filename().empty() && out.last.has_parent_path()) out.last = out.last.parent_path();
        const fs::path candidate = (dir / kConfigFileName).lexically_normal();
        // Whatever is there is the config: one that cannot be read is an
        // error, never silently passed over for a parent's.
        if (files.stat(candidate).present()) {
            out.file = candidate;
            return out;
        }
        // A repository's config never comes from outside it (a home
        // folder's, say): the walk stops at the folder holding `.git`.
        if (files.stat((dir / ".git").lexically_normal()).present()) {
            out.at_git = true;
            return out;
        }
        if (!top.has_relative_path()) return out;
        top = top.parent_path();
    }
}

}  // namespace rolekit
