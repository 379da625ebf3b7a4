#include "rolekit/report.hpp"
#include "rolekit/library.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include "rolekit/rules.hpp"
#include "rolekit/version.hpp"

namespace rolekit {

namespace {

// ordered_json keeps $schema and version first, as SARIF viewers show them.
using Json = nlohmann::ordered_json;

constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

std::string_view sarif_level(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "note";
    }
    return "error";
}

bool keep_in_uri(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    // Unreserved and sub-delims stand for themselves in a path; ':' does not
    // (in a first segment it would read as a scheme), so it is encoded.
    return std::string_view("-._~!$&'()*+,;=@/").find(static_cast<char>(c)) !=
           std::string_view::npos;
}

// The path as a relative URI reference; bytes outside the URI character set
// (including every non-ASCII byte) are percent-encoded.
std::string path_to_uri(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (keep_in_uri(c)) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0x0F];
        }
    }
    return out;
}

// Help written with line breaks for a terminal, as one paragraph: SARIF
// viewers wrap text themselves.
std::string unwrapped(std::string_view text) {
    std::string out(text);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

Json rule_json(const RuleInfo& r) {
    const RuleId rule = *find_rule_id(r.id);
    return {{"id", r.id},
            {"shortDescription", {{"text", r.summary}}},
            {"fullDescription", {{"text", unwrapped(rule_help(rule).description)}}},
            {"helpUri", rule_doc_url(rule)},
            {"help", {{"text", format_rule_help(rule)}, {"markdown", format_rule_help_markdown(rule)}}},
            {"defaultConfiguration", {{"level", sarif_level(r.severity)}}},
            {"properties", {{"tags", Json::array({"rolekit", rule_group_name(r.group)})}}}};
}

std::size_t rule_index(RuleId rule) {
    return static_cast<std::size_t>(&rule.info() - all_rules().data());
}

// %SRCROOT% is the report's root (the config's folder, else the working
// folder): files inside it are relative URIs against it, so code scanning
// matches them to the repository wherever the run happened. A file outside
// it is an absolute file URI; a file of the built-in library (or standard
// input) has no place in the repository and keeps its relative `<builtin>/…`
// (`<stdin>`) name, with no base.
constexpr const char* kSrcRoot = "%SRCROOT%";

bool outside_root(const std::string& name) {
    return name.empty() || name.front() == '/' || name == ".." || name.rfind("../", 0) == 0;
}

std::string file_uri(const std::filesystem::path& absolute) {
    return "file://" + path_to_uri(absolute.generic_string());
}

Json artifact_json(const std::string& name, const ReportPaths& names) {
    const std::string shown = shown_path(name);
    // `<builtin>/…`, `<stdin>`: no file of the repository.
    if (shown != name || shown.front() == '<') return {{"uri", path_to_uri(shown)}};
    if (!outside_root(name)) return {{"uri", path_to_uri(name)}, {"uriBaseId", kSrcRoot}};
    return {{"uri", file_uri(std::filesystem::absolute(names.file(name)).lexically_normal())}};
}

Json location_json(const Finding& f, const ReportPaths& names) {
    Json physical = {{"artifactLocation", artifact_json(f.file, names)}};
    if (f.pos.known()) {
        Json region = {{"startLine", f.pos.line}};
        // SARIF columns start at 1; 0 means the column is unknown.
        if (f.pos.column > 0) region["startColumn"] = f.pos.column;
        physical["region"] = std::move(region);
    }
    return {{"physicalLocation", std::move(physical)}};
}

enum class Suppressed { no, in_source };

// The hint stays out of message.text, which viewers show as the result's
// title; it goes in the result's properties.
Json result_json(const Finding& f, Suppressed suppressed, bool baseline_used, const ReportPaths& names) {
    Json r = {{"ruleId", f.rule.id()}, {"ruleIndex", rule_index(f.rule)}};
    r["level"] = sarif_level(f.severity);
    r["message"] = {{"text", f.message}};
    if (!f.file.empty()) r["locations"] = Json::array({location_json(f, names)});
    if (suppressed == Suppressed::in_source)
        r["suppressions"] = Json::array({{{"kind", "inSource"}}});
    // SARIF wants baselineState on every result or on none. The findings the
    // baseline holds are not results at all; every other one is new, and a
    // baseline entry that matched nothing is "absent".
    if (baseline_used) r["baselineState"] = f.rule == rules::baseline_fixed ? "absent" : "new";
    if (!f.hint.empty()) r["properties"] = {{"hint", f.hint}};
    return r;
}

Json driver_json() {
    Json rules = Json::array();
    for (const RuleInfo& r : all_rules()) rules.push_back(rule_json(r));
    return {{"name", "rolekit"}, {"version", kVersion}, {"rules", std::move(rules)}};
}

}  // namespace

std::string render_sarif(const ValidationReport& report, const ReportPaths& names) {
    Json results = Json::array();
    for (const Finding& f : report.findings)
        results.push_back(result_json(f, Suppressed::no, report.baseline_used, names));
    for (const Finding& f : report.suppressed)
        results.push_back(result_json(f, Suppressed::in_source, report.baseline_used, names));
    // SARIF 2.1.0 §3.14.14: the base as an absolute URI ending in '/'.
    std::string root = file_uri(names.absolute_root());
    if (root.back() != '/') root += '/';
    Json run = {{"tool", {{"driver", driver_json()}}},
                {"originalUriBaseIds", {{kSrcRoot, {{"uri", root}}}}},
                {"results", std::move(results)}};
    const Json doc = {
        {"$schema", kSarifSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
    // Messages may quote user text that is not UTF-8; see render_json.
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace rolekit
