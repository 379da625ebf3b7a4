#include "complete.hpp"

#include <algorithm>
#include <set>

#include "command_line.hpp"
#include "rolekit/library.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit::cli {

namespace {

// The commands whose arguments are documents: a file or a library id.
bool takes_documents(const std::string& path) {
    for (const char* command : {"rolekit show", "rolekit render", "rolekit diff", "rolekit merge", "rolekit export"})
        if (path == command) return true;
    return false;
}

// The ids of the library the command line would search: its --path
// directories, $ROLEKIT_PATH and (without --no-builtin) the built-in library.
// Only each file's head is read: completion must be quick.
std::vector<std::string> library_ids(const std::vector<std::string>& words) {
    std::vector<std::string> paths;
    bool builtin = true;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--no-builtin") builtin = false;
        if (words[i] == "--path" && i + 1 < words.size()) paths.push_back(words[i + 1]);
        if (words[i].starts_with("--path=")) paths.push_back(words[i].substr(7));
    }
    std::set<std::string> ids;
    for (const std::filesystem::path& entry : library_search_path(paths, builtin)) {
        const FileStat st = disk().stat(entry);
        const std::vector<std::filesystem::path> files =
            st.type == FileType::directory ? disk().yaml_files(entry) : std::vector{entry};
        for (const auto& file : files)
            if (std::string id = read_file_head(file).id; !id.empty()) ids.insert(std::move(id));
    }
    return {ids.begin(), ids.end()};
}

// What fits as the value of `option`.
std::vector<std::string> option_values(const CLI::Option& option, const std::vector<std::string>& words) {
    if (auto choices = option_choices(option); !choices.empty()) return choices;
    const std::string type = option.get_type_name();
    if (type.find("RULE") != std::string::npos) return all_rule_ids();
    std::vector<std::string> out;
    if (option.check_lname("base")) out = library_ids(words);
    if (option.check_lname("base") || type.find("FILE") != std::string::npos ||
        type.find("DIR") != std::string::npos || type.find("PATH") != std::string::npos)
        out.emplace_back(kFilesMarker);
    return out;
}

// What fits as the next argument of the command `walk` ends in.
std::vector<std::string> arguments(CLI::App& root, const CommandLineWalk& walk,
                                   const std::vector<std::string>& words) {
    std::vector<std::string> out;
    if (walk.path == "rolekit help") {
        for (CLI::App* sub : visible_subcommands(*walk_command_line(root, walk.positionals).command))
            out.push_back(sub->get_name());
    } else if (walk.path == "rolekit rules") {
        out = all_rule_ids();
    } else if (takes_documents(walk.path)) {
        out = library_ids(words);
        out.emplace_back(kFilesMarker);
    } else if (walk.path == "rolekit validate" || (walk.path == "rolekit import" && !walk.positionals.empty())) {
        out.emplace_back(kFilesMarker);
    } else if (walk.path == "rolekit schema" && walk.positionals.empty()) {
        out.assign(kind_names().begin(), kind_names().end());
        out.emplace_back("config");
    }
    // The choices of a command's first positional (completion's shell,
    // import's format), until it is given.
    for (const CLI::Option* option : walk.command->get_options())
        if (option->get_positional() && walk.positionals.empty())
            for (std::string& choice : option_choices(*option)) out.push_back(std::move(choice));
    return out;
}

}  // namespace

std::vector<std::string> completions(CLI::App& root, const std::vector<std::string>& words) {
    const std::string current = words.empty() ? "" : words.back();
    const std::vector<std::string> before(words.begin(), words.empty() ? words.end() : words.end() - 1);
    const CommandLineWalk walk = walk_command_line(root, before);
    std::vector<std::string> candidates;
    if (walk.pending != nullptr) {
        candidates = option_values(*walk.pending, words);
    } else if (current.starts_with("-")) {
        for (const CLI::Option* option : walk.command->get_options())
            for (std::string& spelling : option_spellings(*option)) candidates.push_back(std::move(spelling));
    } else if (const auto subs = visible_subcommands(*walk.command); !subs.empty()) {
        for (CLI::App* sub : subs) candidates.push_back(sub->get_name());
    } else {
        candidates = arguments(root, walk, words);
    }
    std::vector<std::string> out;
    for (std::string& c : candidates)
        if ((c == kFilesMarker || c.starts_with(current)) && std::find(out.begin(), out.end(), c) == out.end())
            out.push_back(std::move(c));
    return out;
}

}  // namespace rolekit::cli
