#include "rolekit/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "parallel.hpp"
#include "rolekit/check.hpp"
#include "rolekit/file_io.hpp"
#include "rolekit/library.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

// Memory stays bounded by the files being read at once, not by the corpus:
// only documents others refer to (catalogues, maps, frameworks, the base
// profiles of overlays, and anything whose head cannot be read) are kept;
// every other named file is loaded, checked and dropped by a worker.
std::vector<bool> referenced_files(const std::vector<fs::path>& named, unsigned threads) {
    std::vector<FileHead> heads(named.size());
    detail::parallel_for(named.size(), threads, [&](std::size_t i) { heads[i] = read_file_head(named[i]); });
    std::set<std::string> base_ids;
    std::set<fs::path> base_paths;
    for (std::size_t i = 0; i < named.size(); ++i) {
        if (heads[i].kind != "LocalityOverlay" || heads[i].base.empty()) continue;
        if (base_is_path(heads[i].base))
            base_paths.insert(canonical_or_self(named[i].parent_path() / heads[i].base));
        else
            base_ids.insert(heads[i].base);
    }
    std::vector<bool> keep(named.size());
    for (std::size_t i = 0; i < named.size(); ++i) {
        const auto kind = kind_from_name(heads[i].kind);
        keep[i] = !kind || heads[i].id.empty() || *kind == DocumentKind::nos_catalog ||
                  *kind == DocumentKind::functional_map || *kind == DocumentKind::career_framework ||
                  (*kind == DocumentKind::role_profile &&
                   (base_ids.count(heads[i].id) || base_paths.count(canonical_or_self(named[i]))));
    }
    return keep;
}

// What checking one named file gave.
struct Checked {
    Findings findings;
    Text id;  // empty if it did not load
};

// Two named documents with one id: the later file is reported, and its other
// findings are dropped (which document the id means is unclear).
void report_collisions(const std::vector<std::string>& files, std::vector<Checked>& checked) {
    std::map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < checked.size(); ++i) {
        const Text& id = checked[i].id;
        if (id.value.empty()) continue;
        const auto [it, fresh] = first.emplace(id.value, i);
        if (fresh) continue;
        std::erase_if(checked[i].findings, [](const Finding& f) { return !f.rule.starts_with("yaml-") &&
                                                                         !f.rule.starts_with("schema-") &&
                                                                         f.rule != "duplicate-key"; });
        checked[i].findings.push_back(Finding{
            "id-collision", Severity::error, files[i], id.pos,
            fmt::format("id '{}' is already used by {}", id.value, files[it->second]),
            "ids must be unique among the files loaded together; rename one of them"});
    }
}

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
    ValidateResult result;
    std::vector<fs::path> missing;
    const std::vector<fs::path> named = expand_paths(options.inputs, missing);
    for (const fs::path& m : missing) {
        result.report.findings.push_back(
            Finding{"io-error", Severity::error, m.string(), {}, "no such file or directory", {}});
        result.usable = false;
    }
    for (const fs::path& f : named) result.report.files.push_back(f.string());

    const std::vector<bool> keep = referenced_files(named, options.threads);
    WorkspaceOptions wo;
    wo.context = options.context;
    wo.builtin = options.builtin;
    wo.threads = options.threads;
    wo.load = options.load;
    // Context documents are only ever referred to as these kinds.
    wo.context_kinds = std::set{DocumentKind::nos_catalog, DocumentKind::functional_map,
                                DocumentKind::career_framework, DocumentKind::role_profile};
    std::vector<std::size_t> streamed;
    for (std::size_t i = 0; i < named.size(); ++i) {
        if (keep[i])
            wo.named.push_back(named[i]);
        else
            streamed.push_back(i);
    }
    const Workspace ws = load_workspace(wo);
    result.usable = result.usable && ws.usable;
    const CheckContext ctx(ws.documents);

    // Slots by file index: kept files first (their load findings are in ws),
    // then the streamed ones.
    std::vector<Checked> checked(named.size());
    std::map<fs::path, std::size_t> index;
    for (std::size_t i = 0; i < named.size(); ++i) index.emplace(named[i], i);
    for (const Finding& f : ws.findings) {
        // Collisions among kept files are reported here already; those with
        // streamed files are found below.
        const auto it = index.find(f.file);
        if (it != index.end())
            checked[it->second].findings.push_back(f);
        else
            result.report.findings.push_back(f);  // a context path or file
    }
    detail::parallel_for(ws.named.size(), options.threads, [&](std::size_t k) {
        Checked& slot = checked[index.at(ws.named[k]->path)];
        slot.id = ws.named[k]->id;
        const Findings f = check_document(*ws.named[k], ctx);
        slot.findings.insert(slot.findings.end(), f.begin(), f.end());
    });
    std::vector<char> unusable(streamed.size(), 0);
    detail::parallel_for(streamed.size(), options.threads, [&](std::size_t k) {
        Checked& slot = checked[streamed[k]];
        LoadResult r = load_file(named[streamed[k]], options.load);
        slot.findings = std::move(r.findings);
        if (!r.document) {
            unusable[k] = 1;
            return;
        }
        slot.id = r.document->id;
        const Findings f = check_document(*r.document, ctx);
        slot.findings.insert(slot.findings.end(), f.begin(), f.end());
    });
    if (std::count(unusable.begin(), unusable.end(), 1) > 0) result.usable = false;

    report_collisions(result.report.files, checked);
    for (Checked& c : checked)
        result.report.findings.insert(result.report.findings.end(), c.findings.begin(), c.findings.end());
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
