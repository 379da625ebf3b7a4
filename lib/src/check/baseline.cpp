#include "rolekit/baseline.hpp"
#include "rolekit/library.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <nlohmann/json.hpp>
#include <tuple>

namespace rolekit {

namespace fs = std::filesystem;

namespace {

constexpr int kBaselineVersion = 1;

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t\r") - first + 1));
}

// Messages name other places ("first at line 82"): those numbers move when
// lines are added above, so they do not take part in matching.
// (What the regex \b(line|column) [0-9]+ -> "$1 #" would do; std::regex alone
// took longer to compile than the rest of this file.)
std::string without_line_numbers(const std::string& message) {
    const auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    std::string out;
    std::size_t i = 0;
    while (i < message.size()) {
        bool replaced = false;
        if (i == 0 || !word_char(message[i - 1]))
            for (const std::string_view word : {std::string_view("line "), std::string_view("column ")}) {
                const std::size_t digits = i + word.size();
                if (message.compare(i, word.size(), word) != 0 || digits >= message.size() ||
                    !digit(message[digits]))
                    continue;
                std::size_t end = digits;
                while (end < message.size() && digit(message[end])) ++end;
                out.append(word).append("#");
                i = end;
                replaced = true;
                break;
            }
        if (!replaced) out += message[i++];
    }
    return out;
}

// A name as a path is written in a baseline: `/` between parts, no `./`.
std::string normal_name(const std::string& name) {
    if (name.empty() || name.front() == '<' || name == "-") return name;
    std::string out = fs::path(name).lexically_normal().generic_string();
    while (out.size() > 1 && out.back() == '/') out.pop_back();
    return out;
}

bool word_edge(char c) { return c == ' ' || c == '\'' || c == '"' || c == '('; }

// Each word of a message that is one of `names`' keys becomes its value (the
// files a message names: "already used by templates/a.yaml"); with no map,
// words starting with `./` lose it (how earlier baselines named files).
std::string renamed_words(const std::string& message, const std::map<std::string, std::string>* names) {
    std::string out;
    std::size_t i = 0;
    while (i < message.size()) {
        if (i > 0 && !word_edge(message[i - 1])) {
            out += message[i++];
            continue;
        }
        std::size_t end = message.find_first_of(" '\")", i);
        if (end == std::string::npos) end = message.size();
        std::string word = message.substr(i, end - i);
        std::string tail;
        while (!word.empty() && std::string_view(",;:.").find(word.back()) != std::string_view::npos) {
            tail.insert(tail.begin(), word.back());
            word.pop_back();
        }
        if (names == nullptr) {
            if (word.rfind("./", 0) == 0 && word.size() > 2) word = normal_name(word);
        } else if (const auto it = names->find(word); it != names->end()) {
            word = it->second;
        }
        out += word + tail;
        i = end;
        if (i < message.size()) out += message[i++];
    }
    return out;
}

auto key_of(const BaselineEntry& e) {
    return std::make_tuple(e.rule, normal_name(e.file),
                           renamed_words(without_line_numbers(e.message), nullptr), e.line);
}

// How one run's findings read as baseline entries: their files, and the
// checked files their messages name, from the baseline's folder.
class Entries {
public:
    Entries(const ValidationReport& report, const FlaggedLines& lines, const BaselinePlace& place)
        : lines_(lines), place_(place) {
        for (const std::string& name : report.files) {
            const std::string stored = place.stored(name);
            stored_.emplace(name, stored);
            reported_.emplace(stored, name);
            files_.insert(stored);
        }
    }
    BaselineEntry of(const Finding& f) const {
        const auto line = f.pos.known() ? lines_.find({f.file, f.pos.line}) : lines_.end();
        return {std::string(f.rule), stored(f.file), renamed_words(f.message, &stored_),
                line == lines_.end() ? std::string{} : line->second};
    }
    // Whether the run checked the file an entry names (and, for a finding
    // between two files, the other one too).
    bool checked(const BaselineEntry& e) const {
        if (e.file.empty()) return true;
        if (!files_.count(normal_name(e.file))) return false;
        if (e.rule != "id-collision") return true;
        const std::string message = renamed_words(e.message, nullptr);
        return std::any_of(files_.begin(), files_.end(), [&](const std::string& other) {
            return other != normal_name(e.file) && message.find(other) != std::string::npos;
        });
    }
    // An entry's message with the files it names as the report names them.
    std::string reported(const std::string& message) const { return renamed_words(message, &reported_); }

private:
    std::string stored(const std::string& name) const {
        const auto it = stored_.find(name);
        return it != stored_.end() ? it->second : place_.stored(name);
    }
    const FlaggedLines& lines_;
    const BaselinePlace& place_;
    std::map<std::string, std::string> stored_;    // each checked file's report name → stored name
    std::map<std::string, std::string> reported_;  // and back
    std::set<std::string> files_;                  // the stored names
};

// One entry; a field of the wrong type is an error naming it by JSON pointer
// (an entry the baseline cannot mean is not silently skipped).
std::optional<BaselineEntry> entry_from_json(const nlohmann::json& e, std::size_t index, std::string& error) {
    const std::string where = fmt::format("/findings/{}", index);
    if (!e.is_object()) {
        error = fmt::format("not a rolekit baseline: {} is {}, not an object", where, e.type_name());
        return std::nullopt;
    }
    BaselineEntry entry;
    const std::pair<const char*, std::string*> fields[] = {
        {"rule", &entry.rule}, {"file", &entry.file}, {"message", &entry.message}, {"line", &entry.line}};
    for (const auto& [key, value] : fields) {
        const auto it = e.find(key);
        if (it == e.end()) continue;
        if (!it->is_string()) {
            error = fmt::format("not a rolekit baseline: {}/{} is {}, not a string (write it again with "
                                "--write-baseline)",
                                where, key, it->type_name());
            return std::nullopt;
        }
        *value = it->get<std::string>();
    }
    return entry;
}

}  // namespace

void record_flagged_lines(const Findings& findings, std::string_view text, FlaggedLines& out) {
    std::vector<std::string_view> lines;
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t nl = std::min(text.find('\n', at), text.size());
        lines.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    for (const Finding& f : findings)
        if (f.pos.known() && f.pos.line >= 1 && static_cast<std::size_t>(f.pos.line) <= lines.size())
            out.emplace(std::pair(f.file, f.pos.line), trimmed(lines[f.pos.line - 1]));
}

namespace {

// No file: entries name files as the report does.
fs::path folder_of(const BaselinePlace& place) {
    if (place.file.empty()) return place.names.absolute_root();
    return fs::absolute(place.file).lexically_normal().parent_path();
}

}  // namespace

std::string BaselinePlace::stored(const std::string& name) const {
    if (name.empty() || name == "-" || name.front() == '<') return name;
    if (const std::string shown = shown_path(name); shown != name) return shown;
    const fs::path file_abs = fs::absolute(names.file(name)).lexically_normal();
    const fs::path folder = folder_of(*this);
    const fs::path rel = file_abs.lexically_relative(folder);
    return normal_name(rel.empty() ? file_abs.generic_string() : rel.generic_string());
}

std::string BaselinePlace::reported(const std::string& stored) const {
    if (stored.empty() || stored == "-" || stored.front() == '<') return stored;
    const fs::path folder = folder_of(*this);
    return names.name((folder / stored).lexically_normal());
}

std::vector<BaselineEntry> baseline_of(const ValidationReport& report, const FlaggedLines& lines,
                                       const BaselinePlace& place) {
    const Entries entries(report, lines, place);
    std::vector<BaselineEntry> out;
    for (const Finding& f : report.findings)
        if (f.rule != "baseline-fixed") out.push_back(entries.of(f));
    return out;
}

std::string baseline_to_json(const std::vector<BaselineEntry>& entries) {
    std::string out = fmt::format("{{\"rolekit_baseline\": {}, \"findings\": [\n", kBaselineVersion);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const BaselineEntry& e = entries[i];
        const nlohmann::ordered_json j = {{"rule", e.rule}, {"file", e.file}, {"message", e.message}, {"line", e.line}};
        out += "  " + j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += i + 1 < entries.size() ? ",\n" : "\n";
    }
    return out + "]}\n";
}

BaselineRead read_baseline(const std::string& path, const FileSystem& files) {
    BaselineRead out;
    const ReadResult read = files.read(path, 256u << 20);
    if (!read.ok()) {
        out.error = read.error;
        return out;
    }
    const nlohmann::json j = nlohmann::json::parse(read.text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("findings") || !j["findings"].is_array() ||
        !j.contains("rolekit_baseline") || !j["rolekit_baseline"].is_number_integer() ||
        j["rolekit_baseline"].get<long long>() != kBaselineVersion) {
        out.error = "not a rolekit baseline (write one with --write-baseline)";
        return out;
    }
    const nlohmann::json& findings = j["findings"];
    for (std::size_t i = 0; i < findings.size(); ++i) {
        std::optional<BaselineEntry> e = entry_from_json(findings[i], i, out.error);
        if (!e) return {{}, out.error};
        e->file = normal_name(e->file);
        e->message = renamed_words(e->message, nullptr);
        out.entries.push_back(std::move(*e));
    }
    return out;
}

void apply_baseline(ValidationReport& report, const std::vector<BaselineEntry>& baseline,
                    const FlaggedLines& lines, const BaselinePlace& place) {
    const Entries entries(report, lines, place);
    // A multiset: two identical findings need two entries.
    std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> left;
    for (const BaselineEntry& e : baseline) ++left[key_of(e)];
    Findings kept;
    for (Finding& f : report.findings) {
        const BaselineEntry e = entries.of(f);
        if (const auto it = left.find(key_of(e)); it != left.end() && it->second > 0) {
            --it->second;
            ++report.in_baseline;
            continue;
        }
        kept.push_back(std::move(f));
    }
    for (const BaselineEntry& e : baseline) {
        auto it = left.find(key_of(e));
        if (it == left.end() || it->second == 0) continue;
        --it->second;
        if (!entries.checked(e)) continue;  // a file this run did not check: neither fixed nor new
        kept.push_back(Finding{"baseline-fixed", Severity::info, place.reported(e.file), {},
                               fmt::format("fixed since the baseline: [{}] {}", e.rule,
                                           entries.reported(e.message)),
                               "write the baseline again (--write-baseline) to drop it"});
    }
    report.findings = std::move(kept);
    report.baseline_used = true;
}

}  // namespace rolekit
