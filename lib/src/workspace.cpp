#include "rolekit/workspace.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "rolekit/file_io.hpp"
#include "rolekit/library.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

Finding missing_path(const fs::path& p) {
    return Finding{"io-error", Severity::error, p.string(), {}, "no such file or directory", {}};
}

std::string scalar_after_colon(std::string_view line) {
    std::string_view v = line.substr(line.find(':') + 1);
    if (const auto hash = v.find(" #"); hash != std::string_view::npos) v = v.substr(0, hash);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\r' || v.back() == '\t')) v.remove_suffix(1);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.substr(1, v.size() - 2);
    return std::string(v);
}

bool wanted(const WorkspaceOptions& options, const fs::path& file) {
    if (!options.context_kinds) return true;
    const FileHead head = read_file_head(file);
    const auto kind = kind_from_name(head.kind);
    if (!kind || head.id.empty()) return true;  // cannot tell: load it
    if (options.context_kinds->count(*kind)) return true;
    return std::find(options.wanted_ids.begin(), options.wanted_ids.end(), head.id) !=
           options.wanted_ids.end();
}

// Context files: everything on the search path that is not a named file.
std::vector<fs::path> context_files(const WorkspaceOptions& options,
                                    const std::vector<fs::path>& named, Workspace& ws) {
    std::vector<std::string> extra;
    for (const fs::path& p : options.context) extra.push_back(p.string());
    std::vector<fs::path> missing;
    std::vector<fs::path> files = expand_paths(library_search_path(extra, options.builtin), missing);
    for (const fs::path& m : missing) {
        ws.findings.push_back(missing_path(m));
        ws.usable = false;
    }
    std::set<fs::path> named_set;
    for (const fs::path& n : named) named_set.insert(canonical_or_self(n));
    std::erase_if(files, [&](const fs::path& f) {
        return named_set.count(canonical_or_self(f)) > 0 || !wanted(options, f);
    });
    return files;
}

void add_named(std::vector<LoadResult>& loaded, Workspace& ws) {
    for (LoadResult& r : loaded) {
        ws.findings.insert(ws.findings.end(), r.findings.begin(), r.findings.end());
        if (!r.document) {
            ws.usable = false;
            continue;
        }
        Findings clash = ws.documents.add(std::move(*r.document));
        ws.findings.insert(ws.findings.end(), clash.begin(), clash.end());
        if (clash.empty()) ws.named.push_back(&ws.documents.documents().back());
    }
}

void add_context(std::vector<LoadResult>& loaded, Workspace& ws) {
    for (LoadResult& r : loaded) {
        // A context file's own findings are not the user's to fix here, but a
        // catalogue that cannot be read at all would silently turn NOS checks
        // off: that is unusable input.
        if (!r.document) {
            ws.findings.insert(ws.findings.end(), r.findings.begin(), r.findings.end());
            ws.usable = false;
        } else if (ws.documents.find(r.document->id.value) == nullptr) {
            ws.documents.add(std::move(*r.document));
        }
    }
}

}  // namespace

Workspace load_workspace(const WorkspaceOptions& options) {
    Workspace ws;
    std::vector<fs::path> missing;
    const std::vector<fs::path> named = expand_paths(options.named, missing);
    for (const fs::path& m : missing) {
        ws.findings.push_back(missing_path(m));
        ws.usable = false;
    }
    for (const fs::path& f : named) ws.named_files.push_back(f.string());
    std::vector<LoadResult> named_loaded = load_files(named, options.load, options.threads);
    std::vector<LoadResult> context_loaded =
        load_files(context_files(options, named, ws), options.load, options.threads);
    add_named(named_loaded, ws);
    add_context(context_loaded, ws);
    return ws;
}

FileHead read_file_head(const fs::path& path) {
    FileHead head;
    // A pipe read here could not be read again to load it: such files are
    // loaded without a look at their head.
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return head;
    // A bounded read: a huge file with no line break (or over the size limit,
    // which only loading reports) must not be read whole just for its head.
    static constexpr std::size_t kHeadBytes = 16384;
    std::string text(kHeadBytes, '\0');
    std::ifstream file(path, std::ios::binary);
    file.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(file.gcount()));
    if (text.size() == kHeadBytes) text.resize(text.rfind('\n') + 1);  // no cut-off last line
    std::istringstream in(text);
    std::string line;
    for (int n = 0; n < 40 && std::getline(in, line); ++n) {
        if (line.starts_with("kind:")) head.kind = scalar_after_colon(line);
        if (line.starts_with("id:")) head.id = scalar_after_colon(line);
        if (line.starts_with("base:")) head.base = scalar_after_colon(line);
    }
    return head;
}

bool looks_like_file(const std::string& arg) {
    std::error_code ec;
    return fs::exists(arg, ec) || arg.find('/') != std::string::npos || arg.ends_with(".yaml") ||
           arg.ends_with(".yml");
}

}  // namespace rolekit
