#include "rolekit/validate.hpp"
#include "rolekit/file_set.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "check/validate_cache.hpp"
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

// With `digests`, each file is read whole once, for its head and the hash of
// its bytes (the cache's key); else only its head is read.
std::vector<FileHead> read_heads(const std::vector<InputFile>& inputs, const WorkspaceOptions& options,
                                 std::vector<std::optional<detail::Digest>>* digests) {
    std::vector<FileHead> heads(inputs.size());
    if (digests != nullptr) digests->assign(inputs.size(), std::nullopt);
    detail::parallel_for(inputs.size(), options.threads, [&](std::size_t i) {
        if (digests == nullptr || inputs[i].text) {
            heads[i] = head_of(inputs[i], *options.files);
            if (digests != nullptr && inputs[i].text->ok()) (*digests)[i] = detail::hash_bytes(inputs[i].text->text);
            return;
        }
        const ReadResult r = read_input(inputs[i], *options.files, options.load.max_file_size);
        if (!r.ok()) {  // over the size limit, say: the head may still be read
            heads[i] = head_of(inputs[i], *options.files);
            return;
        }
        heads[i] = parse_file_head_of(r.text);
        (*digests)[i] = detail::hash_bytes(r.text);
    });
    return heads;
}

// Memory stays bounded by the files being read at once, not by the corpus:
// only documents others refer to (catalogues, maps, frameworks, the base
// profiles of overlays, and anything whose head cannot be read) are kept;
// every other input is loaded, checked and dropped by a worker.
std::vector<bool> referenced_files(const std::vector<InputFile>& inputs, const std::vector<FileHead>& heads,
                                   const FileSystem& files) {
    std::set<std::string> base_ids;
    std::set<std::string> base_paths;  // file identities
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (heads[i].kind != "LocalityOverlay" || heads[i].base.empty()) continue;
        if (base_is_path(heads[i].base))
            base_paths.insert(file_identity(inputs[i].path.parent_path() / heads[i].base, files));
        else
            base_ids.insert(heads[i].base);
    }
    std::vector<bool> keep(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto kind = kind_from_name(heads[i].kind);
        keep[i] = !kind || heads[i].id.empty() || *kind == DocumentKind::nos_catalog ||
                  *kind == DocumentKind::functional_map || *kind == DocumentKind::career_framework ||
                  (*kind == DocumentKind::role_profile &&
                   (base_ids.count(heads[i].id) ||
                    (!base_paths.empty() && base_paths.count(inputs[i].identity))));
    }
    return keep;
}

using detail::Checked;

Findings checked_findings(const Document& doc, Findings load_findings, const CheckContext& ctx, Checked& slot) {
    slot.id = doc.id;
    slot.kind = doc.kind;
    slot.lineage = detail::lineage_of(doc, ctx.documents);
    const Findings f = check_document(doc, ctx);
    load_findings.insert(load_findings.end(), f.begin(), f.end());
    return load_findings;
}

// Two different checked files with one id: a reference to that id is
// ambiguous. Reported at the file whose name sorts later, whatever order the
// files were named or scanned in (a baseline entry then stays one entry);
// both are still checked in full. An
// overlay and the profile merged from it are not a collision: merge gives
// the profile the overlay's id, and an overlay's base named by that id is
// the profile (DocumentSet::overlay_base).
void report_collisions(const std::vector<std::string>& files, std::vector<Checked>& checked) {
    std::vector<std::size_t> order(checked.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return files[a] < files[b]; });
    std::map<std::string, std::size_t> first;
    for (const std::size_t i : order) {
        const Text& id = checked[i].id;
        if (id.value.empty()) continue;
        const auto [it, fresh] = first.emplace(id.value, i);
        if (fresh || detail::merged_from(checked[it->second], checked[i])) continue;
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
    slot.read_digest = detail::hash_bytes(text.text);
    if (slot.foreign) return;
    Suppressed s = apply_suppressions(text.text, file.name, std::move(slot.findings),
                                      [&](std::string_view rule) {
                                          const std::optional<RuleId> id = find_rule_id(rule);
                                          return !id || rule_runs(ctx, *id);
                                      });
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

// With --skip-other-yaml or --force-exclude, a named file may be left out
// as a scan leaves it out (other YAML, an excluded path, the config itself):
// pre-commit names every changed YAML file.
bool named_file_may_yield_nothing(const ValidateOptions& options, const std::string& arg) {
    if (!options.scan.named_as_scanned && !options.scan.force_exclude) return false;
    const FileType type = options.workspace.files->stat(arg).type;
    return type == FileType::regular || type == FileType::special;
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
        const std::string arg = options.workspace.names.name(options.inputs[a]);
        const bool reported = std::any_of(result.report.findings.begin(), result.report.findings.end(),
                                          [&](const Finding& f) { return f.file == arg; });
        if (yielded[a] || reported || named_file_may_yield_nothing(options, options.inputs[a])) continue;
        result.report.findings.push_back(Finding{"no-documents", Severity::error, arg, {},
                                                 fmt::format("no rolekit documents in {}", arg),
                                                 "name a rolekit file or a folder that holds some"});
        result.usable = false;
    }
}

// Severities from .rolekit.yaml (`off` drops a rule), then --disable.
void apply_rule_settings(const ValidateOptions& options, Findings& findings) {
    apply_rule_severities(options.severities, findings);
    std::erase_if(findings, [&](const Finding& f) { return options.disabled.count(f.rule) > 0; });
}

}  // namespace

namespace {

// One run's inputs and what checking them gave, between the steps.
struct Run {
    const WorkspaceOptions& options;
    const std::vector<InputFile>& inputs;
    const std::vector<FileHead>& heads;
    const std::vector<bool>& keep;
    std::vector<Checked> checked;
    // Still to check (every file, without the cache); not vector<bool>: workers
    // set their own elements at once.
    std::vector<char> missed;
    Checked references;  // the references' problems (findings; unusable)
    const detail::CachePlan* plan = nullptr;
    // The entries to store, by input; null: nothing is stored.
    std::vector<std::optional<std::string>>* pending = nullptr;
};

void store(const Run& run, std::size_t i) {
    if (run.pending != nullptr)
        detail::store_checked((*run.pending)[i], *run.plan, i, run.checked[i], run.heads[i]);
}

// A file whose head says role profile but which loaded as another kind: the
// cache keys (and the workspace's shortcuts) assumed otherwise.
bool head_holds(const FileHead& head, std::optional<DocumentKind> kind) {
    return !kind || !detail::head_is_profile(head) || *kind == DocumentKind::role_profile;
}

// A kept profile must also have the id its head says: profiles_needed chose
// the overlays' bases by it.
bool head_holds(const FileHead& head, const Document& doc) {
    return head_holds(head, doc.kind) &&
           (!detail::head_is_profile(head) || head.id.empty() || doc.id.value == head.id);
}

// The kept role profiles the missed files' results depend on (see
// validate_cache.hpp): a profile's checks read none; an overlay's read its
// base, named in its head; anything else (a head without a base, another
// kind) may read any, so then every one. Judged by heads, as which files are
// kept is.
std::vector<char> profiles_needed(const Run& run) {
    std::set<std::string> base_ids;
    std::set<std::string> base_paths;  // file identities
    bool all = false;
    for (std::size_t i = 0; i < run.inputs.size(); ++i) {
        const FileHead& head = run.heads[i];
        if (!run.missed[i] || detail::head_is_profile(head)) continue;
        if (head.kind != "LocalityOverlay" || head.base.empty())
            all = true;
        else if (base_is_path(head.base))
            base_paths.insert(file_identity(run.inputs[i].path.parent_path() / head.base, *run.options.files));
        else
            base_ids.insert(head.base);
    }
    std::vector<char> need(run.inputs.size(), 0);
    for (std::size_t i = 0; i < run.inputs.size(); ++i) {
        if (!run.keep[i] || !detail::head_is_profile(run.heads[i])) continue;
        // A head without an id may be anyone's base.
        need[i] =
            all || run.heads[i].id.empty() || base_ids.count(run.heads[i].id) > 0 ||
            (!base_paths.empty() && base_paths.count(run.inputs[i].identity) > 0);
    }
    return need;
}

// Loads and checks the missed files. With `only_needed`, the workspace loads
// of the kept inputs only those a missed file's result depends on: the ones
// not role profiles, the missed ones, and the kept profiles profiles_needed
// names (an overlay's base, not every overlay's). False, before checking
// anything, when a kept input's head misled (then nothing this run computes
// may be stored).
bool check_missed(Run& run, bool only_needed) {
    const WorkspaceOptions& wo = run.options;
    const std::vector<char> needed =
        only_needed ? profiles_needed(run) : std::vector<char>(run.inputs.size(), 1);
    std::vector<InputFile> kept;
    std::vector<std::size_t> kept_index, streamed;
    for (std::size_t i = 0; i < run.inputs.size(); ++i) {
        if (!run.keep[i]) {
            if (run.missed[i]) streamed.push_back(i);
        } else if (needed[i] || run.missed[i] || !detail::head_is_profile(run.heads[i])) {
            kept_index.push_back(i);
            kept.push_back(run.inputs[i]);
        }
    }
    WorkspaceOptions reference_options = wo;
    // References are only ever referred to as the kinds some rule needs.
    reference_options.reference_kinds = needed_kinds();
    const Workspace ws = Workspace::open_files(std::move(kept), reference_options);
    for (std::size_t k = 0; k < kept_index.size(); ++k) {
        const Document* doc = ws.inputs()[k].document;
        if (run.pending != nullptr && doc != nullptr && !head_holds(run.heads[kept_index[k]], *doc))
            return false;
    }
    CheckContext ctx(ws.scope());
    ctx.profile_ids = ws.known_ids(DocumentKind::role_profile);
    for (const FileHead& head : run.heads)
        if (detail::head_is_profile(head) && !head.id.empty()) ctx.profile_ids.push_back(head.id);
    std::sort(ctx.profile_ids.begin(), ctx.profile_ids.end());
    ctx.profile_ids.erase(std::unique(ctx.profile_ids.begin(), ctx.profile_ids.end()), ctx.profile_ids.end());

    std::map<std::string, std::size_t> slot_of;
    for (std::size_t i = 0; i < run.inputs.size(); ++i) slot_of.emplace(run.inputs[i].name, i);
    run.references = Checked{};
    for (const Finding& f : ws.findings()) {
        const auto it = slot_of.find(f.file);
        if (it == slot_of.end())
            run.references.findings.push_back(f);
        else if (run.missed[it->second])
            run.checked[it->second].findings.push_back(f);
    }
    bool input_unusable = false;
    detail::parallel_for(kept_index.size(), wo.threads, [&](std::size_t k) {
        const std::size_t i = kept_index[k];
        const Input& in = ws.inputs()[k];
        if (!run.missed[i]) return;
        Checked& slot = run.checked[i];
        slot.foreign = in.foreign;
        slot.unusable = in.document == nullptr && !in.foreign;
        if (in.document != nullptr) slot.findings = checked_findings(*in.document, slot.findings, ctx, slot);
        suppress(run.inputs[i], read_input(run.inputs[i], *wo.files, wo.load.max_file_size), ctx, slot);
        store(run, i);
    });
    for (const std::size_t i : kept_index) input_unusable = input_unusable || run.checked[i].unusable;
    // The workspace is unusable when an input or a reference is; the
    // inputs' part is in their slots.
    run.references.unusable = !run.references.findings.empty() || (!ws.usable() && !input_unusable);
    detail::parallel_for(streamed.size(), wo.threads, [&](std::size_t k) {
        check_streamed(run.inputs[streamed[k]], wo, ctx, run.checked[streamed[k]]);
        store(run, streamed[k]);
    });
    return true;
}

bool heads_held(const Run& run) {
    for (std::size_t i = 0; i < run.inputs.size(); ++i)
        if (run.missed[i] && !head_holds(run.heads[i], run.checked[i].kind)) return false;
    return true;
}

// Every file checked: from the cache where it has them, else loaded.
void check_all(Run& run, const ValidateOptions& options, std::vector<std::optional<detail::Digest>> digests) {
    std::optional<detail::CachePlan> plan;
    if (options.cache != nullptr && options.cache->usable())
        plan = detail::plan_cache(run.inputs, run.heads, run.keep, std::move(digests), run.options);
    if (!plan) {
        check_missed(run, false);  // without a writer, always whole
        return;
    }
    std::optional<Checked> references = detail::take_cached(*options.cache, *plan, run.checked, run.missed,
                                                            run.options.threads);
    const bool all_cached = std::none_of(run.missed.begin(), run.missed.end(), [](char m) { return m != 0; });
    if (all_cached && references) {
        run.references = std::move(*references);
        return;
    }
    std::vector<std::optional<std::string>> pending(run.inputs.size());
    run.plan = &*plan;
    run.pending = &pending;
    if (!check_missed(run, !plan->inputs_are_references) || !heads_held(run)) {
        // Rare (a head that misleads the line-based look at it): the run is
        // checked again as without the cache, and stores only what was
        // right: no other file's result depends on a streamed file, and a
        // kept one's misleading head stops the run before anything is checked.
        run.pending = nullptr;
        run.checked.assign(run.inputs.size(), Checked{});
        run.missed.assign(run.inputs.size(), 1);
        check_missed(run, false);
        references.reset();
    }
    std::vector<std::pair<std::string, std::string>> entries;
    for (std::size_t i = 0; i < pending.size(); ++i)
        if (pending[i]) entries.emplace_back(plan->file_keys[i], std::move(*pending[i]));
    if (!references && run.pending != nullptr)
        entries.emplace_back(plan->references_key, detail::encode_checked(run.references));
    options.cache->put(std::move(entries));
}

}  // namespace

ValidateResult validate(const ValidateOptions& options) {
    ValidateResult result;
    const WorkspaceOptions& wo = options.workspace;
    result.names = wo.names;
    std::vector<InputFile> inputs =
        locate_inputs(options.inputs, *wo.files, wo.load.max_file_size, result.report.findings, options.scan,
                      wo.names);
    if (!result.report.findings.empty()) result.usable = false;
    std::set<std::string> unread;
    for (const Finding& f : result.report.findings) unread.insert(f.file);
    result.report.unreadable = unread.size();
    for (const InputFile& f : inputs) {
        result.input_identities.insert(f.identity);
        if (f.text && f.text->ok()) result.stream_texts.emplace(f.name, f.text->text);
    }

    const bool cached = options.cache != nullptr && options.cache->usable();
    std::vector<std::optional<detail::Digest>> digests;
    const std::vector<FileHead> heads = read_heads(inputs, wo, cached ? &digests : nullptr);
    const std::vector<bool> keep = referenced_files(inputs, heads, *wo.files);
    Run run{wo, inputs, heads, keep, std::vector<Checked>(inputs.size()), std::vector<char>(inputs.size(), 1), {}};
    check_all(run, options, std::move(digests));
    std::vector<Checked>& checked = run.checked;
    result.report.findings.insert(result.report.findings.end(), run.references.findings.begin(),
                                  run.references.findings.end());
    if (run.references.unusable) result.usable = false;
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
    if (options.baseline)
        apply_baseline(result.report, *options.baseline, result.flagged_lines,
                       {options.baseline_file, result.names});
    return result;
}

void use_config(const RepoConfig& config, ValidateOptions& options) {
    for (const auto& [rule, severity] : config.rules) options.severities[rule] = severity;
    options.scan.exclude.add(config.file.parent_path().empty() ? fs::path(".") : config.file.parent_path(),
                             config.ignore);
}

FileSet files_read(const ValidateOptions& options, const ValidateResult& result) {
    const WorkspaceOptions& wo = options.workspace;
    FileSet read(*wo.files);
    for (const std::string& identity : result.input_identities) read.add_identity(identity);
    for (const fs::path& catalog : wo.catalogs) read.add_tree(catalog);
    for (const fs::path& entry : wo.search_path) read.add_tree(entry);
    return read;
}

bool fails(const ValidationReport& report, Severity fail_on) {
    // Severity is ordered error < warning < info: "at or above" means <=.
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const Finding& f) { return f.severity <= fail_on; });
}

}  // namespace rolekit
