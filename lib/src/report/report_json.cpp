#include "rolekit/report.hpp"
#include "rolekit/library.hpp"

#include <nlohmann/json.hpp>

namespace rolekit {

namespace {

// ordered_json keeps the documented key order instead of sorting keys.
using Json = nlohmann::ordered_json;

Json finding_json(const Finding& f) {
    const bool known = f.pos.known();
    Json j = {{"rule", f.rule.id()},
              {"severity", severity_name(f.severity)},
              {"file", shown_path(f.file)},
              {"line", known ? f.pos.line : 0},
              {"column", known ? f.pos.column : 0},
              {"message", f.message}};
    if (!f.hint.empty()) j["hint"] = f.hint;
    return j;
}

Json summary_json(const ReportSummary& s) {
    return {{"files", s.files},
            {"errors", s.errors},
            {"warnings", s.warnings},
            {"infos", s.infos},
            {"suppressed", s.suppressed},
            {"in_baseline", s.in_baseline},
            {"other_yaml_skipped", s.other_yaml_skipped},
            {"unreadable", s.unreadable}};
}

}  // namespace

std::string render_json(const ValidationReport& report) {
    Json findings = Json::array();
    for (const Finding& f : report.findings) findings.push_back(finding_json(f));
    const Json doc = {{"findings", std::move(findings)},
                      {"summary", summary_json(summarize(report))}};
    // Messages may quote user text that is not UTF-8; replacing it with U+FFFD
    // keeps the output valid JSON instead of throwing.
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace rolekit
