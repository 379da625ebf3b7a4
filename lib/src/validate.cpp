#include "rolekit/validate.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "parallel.hpp"
#include "rolekit/check.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit {

namespace {

void sort_findings(ValidationReport& report) {
    std::map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < report.files.size(); ++i) order.emplace(report.files[i], i);
    const auto rank = [&](const Finding& f) {
        const auto it = order.find(f.file);
        return std::tuple(it == order.end() ? 0 : it->second + 1, f.pos.line, f.pos.column);
    };
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [&](const Finding& a, const Finding& b) { return rank(a) < rank(b); });
}

}  // namespace

ValidateResult validate(const ValidateOptions& options) {
    WorkspaceOptions wo;
    wo.named = options.inputs;
    wo.context = options.context;
    wo.builtin = options.builtin;
    wo.threads = options.threads;
    wo.load = options.load;
    const Workspace ws = load_workspace(wo);
    ValidateResult result;
    result.usable = ws.usable;
    result.report.files = ws.named_files;
    result.report.findings = ws.findings;

    const CheckContext ctx(ws.documents);
    std::vector<Findings> per_doc(ws.named.size());
    detail::parallel_for(ws.named.size(), options.threads,
                         [&](std::size_t i) { per_doc[i] = check_document(*ws.named[i], ctx); });
    for (Findings& f : per_doc)
        result.report.findings.insert(result.report.findings.end(), f.begin(), f.end());

    std::erase_if(result.report.findings,
                  [&](const Finding& f) { return options.disabled.count(f.rule) > 0; });
    sort_findings(result.report);
    return result;
}

bool fails(const ValidationReport& report, Severity fail_on) {
    // Severity is ordered error < warning < info: "at or above" means <=.
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const Finding& f) { return f.severity <= fail_on; });
}

}  // namespace rolekit
