#include "rolekit/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "util/parallel.hpp"
#include "rolekit/check.hpp"
#include "rolekit/file_io.hpp"
#include "rolekit/baseline.hpp"
#include "rolekit/suppressions.hpp"
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
    Findings suppressed;
    FlaggedLines lines;    // the flagged lines' text, for the baseline
    Text id;               // empty if it did not load
    bool foreign = false;  // a scanned file that is not a rolekit document
    bool unusable = false;
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

namespace {

// A file's findings after its own rolekit-disable comments, and the text of
// the lines they flag.
void suppress(const InputFile& file, const ReadResult& text, const CheckContext& ctx, Checked& slot) {
    if (!text.ok()) return;
    Suppressed s = apply_suppressions(text.text, file.name, std::move(slot.findings),
                                      [&](std::string_view rule) { return rule_runs(ctx, rule); });
    slot.findings = std::move(s.kept);
    record_flagged_lines(slot.findings, text.text, slot.lines);
    slot.suppressed = std::move(s.suppressed);
}

// Loads, checks and drops one input nobody refers to.
void check_streamed(const InputFile& file, const WorkspaceOptions& wo, const CheckContext& ctx, Checked& slot) {
    const ReadResult text = read_input(file, *wo.files, wo.load.max_file_size);
    LoadResult r = load_input_text(file, text, wo.load);
    slot.foreign = r.foreign;
    if (!r.document) {
        slot.findings = std::move(r.findings);
        slot.unusable = !r.foreign;
    } else {
        slot.findings = checked_findings(*r.document, std::move(r.findings), ctx, slot);
    }
    suppress(file, text, ctx, slot);
}

// A path the user named that gave no document at all (an empty folder, one
// holding only other YAML) is not a passing check.
void report_empty_arguments(const ValidateOptions& options, const std::vector<InputFile>& inputs,
                            const std::vector<Checked>& checked, ValidateResult& result) {
    std::vector<bool> yielded(options.inputs.size(), false);
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (!checked[i].foreign)
            for (const std::size_t a : inputs[i].arguments) yielded[a] = true;
    for (std::size_t a = 0; a < options.inputs.size(); ++a) {
        const std::string& arg = options.inputs[a];
        const bool reported = std::any_of(result.report.findings.begin(), result.report.findings.end(),
                                          [&](const Finding& f) { return f.file == arg; });
        if (yielded[a] || reported) continue;
        result.report.findings.push_back(Finding{"no-documents", Severity::error, arg, {},
                                                 fmt::format("no rolekit documents in {}", arg),
                                                 "name a rolekit file or a folder that holds some"});
        result.usable = false;
    }
}

// Severities from .rolekit.yaml (`off` drops a rule), then --disable.
void apply_rule_settings(const ValidateOptions& options, Findings& findings) {
    for (Finding& f : findings)
        if (const auto it = options.severities.find(f.rule); it != options.severities.end() && it->second)
            f.severity = *it->second;
    std::erase_if(findings, [&](const Finding& f) {
        const auto it = options.severities.find(f.rule);
        return options.disabled.count(f.rule) > 0 || (it != options.severities.end() && !it->second);
    });
}

}  // namespace

ValidateResult validate(const ValidateOptions& options) {
    ValidateResult result;
    const WorkspaceOptions& wo = options.workspace;
    std::vector<InputFile> inputs =
        locate_inputs(options.inputs, *wo.files, wo.load.max_file_size, result.report.findings, options.scan);
    if (!result.report.findings.empty()) result.usable = false;
    for (const InputFile& f : inputs)
        if (f.text && f.text->ok()) result.stream_texts.emplace(f.name, f.text->text);

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
        slot.foreign = in.foreign;
        if (in.document != nullptr) slot.findings = checked_findings(*in.document, slot.findings, ctx, slot);
        if (!in.foreign)
            suppress(inputs[kept_index[k]], read_input(inputs[kept_index[k]], *wo.files, wo.load.max_file_size),
                     ctx, slot);
    });
    detail::parallel_for(streamed.size(), wo.threads,
                         [&](std::size_t k) { check_streamed(inputs[streamed[k]], wo, ctx, checked[streamed[k]]); });
    if (std::any_of(checked.begin(), checked.end(), [](const Checked& c) { return c.unusable; })) result.usable = false;

    std::vector<std::string> names;
    for (const InputFile& f : inputs) names.push_back(f.name);
    report_collisions(names, checked);
    report_empty_arguments(options, inputs, checked, result);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        Checked& c = checked[i];
        if (c.foreign) {
            ++result.report.other_yaml_skipped;
            continue;
        }
        result.report.files.push_back(inputs[i].name);
        result.report.findings.insert(result.report.findings.end(), c.findings.begin(), c.findings.end());
        result.report.suppressed.insert(result.report.suppressed.end(), c.suppressed.begin(), c.suppressed.end());
        result.flagged_lines.merge(c.lines);
    }
    apply_rule_settings(options, result.report.findings);
    sort_findings(result.report);
    if (options.baseline) apply_baseline(result.report, *options.baseline, result.flagged_lines);
    return result;
}

void use_lint_config(const LintConfig& config, ValidateOptions& options) {
    for (const auto& [rule, severity] : config.rules) options.severities[rule] = severity;
    options.scan.exclude.add(config.file.parent_path().empty() ? fs::path(".") : config.file.parent_path(),
                             config.ignore);
}

bool fails(const ValidationReport& report, Severity fail_on) {
    // Severity is ordered error < warning < info: "at or above" means <=.
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const Finding& f) { return f.severity <= fail_on; });
}

}  // namespace rolekit
