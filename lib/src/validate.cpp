#include "rolekit/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "parallel.hpp"
#include "rolekit/check.hpp"
#include "rolekit/file_io.hpp"
#include "rolekit/workspace.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

FileHead head_of(const InputFile& f, const FileSystem& files) {
    return f.text ? parse_file_head(f.text->text) : read_file_head(f.path, files);
}

// Memory stays bounded by the files being read at once, not by the corpus:
// only documents others refer to (catalogues, maps, frameworks, the base
// profiles of overlays, and anything whose head cannot be read) are kept;
// every other input is loaded, checked and dropped by a worker.
std::vector<bool> referenced_files(const std::vector<InputFile>& inputs, const WorkspaceOptions& options) {
    std::vector<FileHead> heads(inputs.size());
    detail::parallel_for(inputs.size(), options.threads,
                         [&](std::size_t i) { heads[i] = head_of(inputs[i], *options.files); });
    std::set<std::string> base_ids;
    std::set<fs::path> base_paths;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (heads[i].kind != "LocalityOverlay" || heads[i].base.empty()) continue;
        if (base_is_path(heads[i].base))
            base_paths.insert(canonical_or_self(inputs[i].path.parent_path() / heads[i].base));
        else
            base_ids.insert(heads[i].base);
    }
    std::vector<bool> keep(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto kind = kind_from_name(heads[i].kind);
        keep[i] = !kind || heads[i].id.empty() || *kind == DocumentKind::nos_catalog ||
                  *kind == DocumentKind::functional_map || *kind == DocumentKind::career_framework ||
                  (*kind == DocumentKind::role_profile &&
                   (base_ids.count(heads[i].id) || base_paths.count(canonical_or_self(inputs[i].path))));
    }
    return keep;
}

// What checking one input gave.
struct Checked {
    Findings findings;
    Text id;  // empty if it did not load
};

Findings checked_findings(const Document& doc, Findings load_findings, const CheckContext& ctx, Checked& slot) {
    slot.id = doc.id;
    const Findings f = check_document(doc, ctx);
    load_findings.insert(load_findings.end(), f.begin(), f.end());
    return load_findings;
}

// Two different checked files with one id: a reference to that id is
// ambiguous. Reported at the later file; both are still checked in full.
void report_collisions(const std::vector<std::string>& files, std::vector<Checked>& checked) {
    std::map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < checked.size(); ++i) {
        const Text& id = checked[i].id;
        if (id.value.empty()) continue;
        const auto [it, fresh] = first.emplace(id.value, i);
        if (fresh) continue;
        checked[i].findings.push_back(Finding{
            "id-collision", Severity::error, files[i], id.pos,
            fmt::format("id '{}' is already used by {}", id.value, files[it->second]),
            "ids must be unique among the files checked together; rename one of them"});
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
    const WorkspaceOptions& wo = options.workspace;
    std::vector<InputFile> inputs =
        locate_inputs(options.inputs, *wo.files, wo.load.max_file_size, result.report.findings);
    if (!result.report.findings.empty()) result.usable = false;
    for (const InputFile& f : inputs) {
        result.report.files.push_back(f.name);
        if (f.text && f.text->ok()) result.stream_texts.emplace(f.name, f.text->text);
    }

    const std::vector<bool> keep = referenced_files(inputs, wo);
    std::vector<InputFile> kept;
    std::vector<std::size_t> kept_index, streamed;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (!keep[i]) {
            streamed.push_back(i);
            continue;
        }
        kept_index.push_back(i);
        kept.push_back(inputs[i]);
    }
    WorkspaceOptions reference_options = wo;
    // References are only ever referred to as these kinds.
    reference_options.reference_kinds = std::set{DocumentKind::nos_catalog, DocumentKind::functional_map,
                                                 DocumentKind::career_framework, DocumentKind::role_profile};
    const Workspace ws = Workspace::open_files(std::move(kept), reference_options);
    result.usable = result.usable && ws.usable();
    const CheckContext ctx(ws.scope());

    std::vector<Checked> checked(inputs.size());
    std::map<std::string, std::size_t> slot_of;
    for (std::size_t i = 0; i < inputs.size(); ++i) slot_of.emplace(inputs[i].name, i);
    for (const Finding& f : ws.findings()) {
        const auto it = slot_of.find(f.file);
        if (it != slot_of.end())
            checked[it->second].findings.push_back(f);
        else
            result.report.findings.push_back(f);  // a reference
    }
    detail::parallel_for(kept_index.size(), wo.threads, [&](std::size_t k) {
        const Input& in = ws.inputs()[k];
        Checked& slot = checked[kept_index[k]];
        if (in.document != nullptr) slot.findings = checked_findings(*in.document, slot.findings, ctx, slot);
    });
    std::vector<char> unusable(streamed.size(), 0);
    detail::parallel_for(streamed.size(), wo.threads, [&](std::size_t k) {
        Checked& slot = checked[streamed[k]];
        LoadResult r = load_input(inputs[streamed[k]], *wo.files, wo.load);
        if (!r.document) {
            slot.findings = std::move(r.findings);
            unusable[k] = 1;
            return;
        }
        slot.findings = checked_findings(*r.document, std::move(r.findings), ctx, slot);
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
