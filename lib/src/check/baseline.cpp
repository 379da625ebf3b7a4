#include "rolekit/baseline.hpp"
#include "rolekit/library.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <tuple>

namespace rolekit {

namespace {

constexpr int kBaselineVersion = 1;

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t\r") - first + 1));
}

BaselineEntry entry_of(const Finding& f, const FlaggedLines& lines) {
    const std::string file = std::filesystem::path(shown_path(f.file)).lexically_normal().generic_string();
    const auto it = f.pos.known() ? lines.find({f.file, f.pos.line}) : lines.end();
    return {std::string(f.rule), file, f.message, it == lines.end() ? std::string{} : it->second};
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

auto key_of(const BaselineEntry& e) {
    return std::make_tuple(e.rule, e.file, without_line_numbers(e.message), e.line);
}

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

std::vector<BaselineEntry> baseline_of(const ValidationReport& report, const FlaggedLines& lines) {
    std::vector<BaselineEntry> out;
    for (const Finding& f : report.findings)
        if (f.rule != "baseline-fixed") out.push_back(entry_of(f, lines));
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
        out.entries.push_back(std::move(*e));
    }
    return out;
}

void apply_baseline(ValidationReport& report, const std::vector<BaselineEntry>& baseline,
                    const FlaggedLines& lines) {
    // A multiset: two identical findings need two entries.
    std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> left;
    for (const BaselineEntry& e : baseline) ++left[key_of(e)];
    Findings kept;
    for (Finding& f : report.findings) {
        const BaselineEntry e = entry_of(f, lines);
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
        kept.push_back(Finding{"baseline-fixed", Severity::info, e.file, {},
                               fmt::format("fixed since the baseline: [{}] {}", e.rule, e.message),
                               "write the baseline again (--write-baseline) to drop it"});
    }
    report.findings = std::move(kept);
    report.baseline_used = true;
}

}  // namespace rolekit
