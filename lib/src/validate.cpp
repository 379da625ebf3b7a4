#include "rolekit/validate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "parallel.hpp"
#include "rolekit/check.hpp"
#include "rolekit/document_set.hpp"
#include "rolekit/library.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

fs::path canonical_or_self(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? p : c;
}

Finding missing_path(const fs::path& p) {
    return Finding{"io-error", Severity::error, p.string(), {}, "no such file or directory", {}};
}

// Context files: everything on the search path that is not a named input.
std::vector<fs::path> context_files(const ValidateOptions& options,
                                    const std::vector<fs::path>& named, ValidateResult& result) {
    std::vector<std::string> extra;
    for (const fs::path& p : options.context) extra.push_back(p.string());
    std::vector<fs::path> missing;
    std::vector<fs::path> files = expand_paths(library_search_path(extra, options.builtin), missing);
    for (const fs::path& m : missing) {
        result.report.findings.push_back(missing_path(m));
        result.usable = false;
    }
    std::set<fs::path> named_set;
    for (const fs::path& n : named) named_set.insert(canonical_or_self(n));
    std::erase_if(files, [&](const fs::path& f) { return named_set.count(canonical_or_self(f)) > 0; });
    return files;
}

// Adds named documents (collisions reported) then context documents (shadowed
// by a named one with the same id).
void build_set(std::vector<LoadResult>& named, std::vector<LoadResult>& context, DocumentSet& set,
               std::vector<const Document*>& checked, ValidateResult& result) {
    Findings& findings = result.report.findings;
    for (LoadResult& r : named) {
        findings.insert(findings.end(), r.findings.begin(), r.findings.end());
        if (!r.document) {
            result.usable = false;
            continue;
        }
        Findings clash = set.add(std::move(*r.document));
        findings.insert(findings.end(), clash.begin(), clash.end());
        if (clash.empty()) checked.push_back(&set.documents().back());
    }
    for (LoadResult& r : context) {
        // A context file's own findings are not the user's to fix here, but a
        // catalogue that cannot be read at all would silently turn NOS checks
        // off: that is unusable input.
        if (!r.document) {
            findings.insert(findings.end(), r.findings.begin(), r.findings.end());
            result.usable = false;
        } else if (set.find(r.document->id.value) == nullptr) {
            set.add(std::move(*r.document));
        }
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
        result.report.findings.push_back(missing_path(m));
        result.usable = false;
    }
    for (const fs::path& f : named) result.report.files.push_back(f.string());

    std::vector<LoadResult> named_loaded = load_files(named, options.load, options.threads);
    std::vector<LoadResult> context_loaded =
        load_files(context_files(options, named, result), options.load, options.threads);

    DocumentSet set;
    std::vector<const Document*> checked;
    build_set(named_loaded, context_loaded, set, checked, result);

    const CheckContext ctx(set);
    std::vector<Findings> per_doc(checked.size());
    detail::parallel_for(checked.size(), options.threads,
                         [&](std::size_t i) { per_doc[i] = check_document(*checked[i], ctx); });
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
