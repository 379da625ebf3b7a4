// Locating what the user named: files, directories, standard input; file
// heads; id suggestions.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "rolekit/repo_config.hpp"
#include "rolekit/path_filter.hpp"
#include "rolekit/workspace.hpp"
#include "rolekit/suggest.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

Finding io_error(const std::string& name, const std::string& message, std::string hint = {}) {
    return Finding{"io-error", Severity::error, name, {}, message, std::move(hint)};
}

InputFile standard_input(const FileSystem& files, std::uintmax_t max_size) {
    InputFile in;
    in.path = "-";
    in.name = std::string(kStdinName);
    // The file behind standard input, when it is one (`< base.yaml`): an
    // output must not replace it either.
    in.identity = files.stat("/dev/stdin").identity;
    if (in.identity.empty()) in.identity = "<stdin>";
    in.origin = InputOrigin::standard_input;
    in.text = files.read_stdin(max_size);
    return in;
}

InputFile located(const fs::path& path, const FileStat& st, const FileSystem& files, std::uintmax_t max_size,
                  const ReportPaths& names) {
    InputFile in;
    in.path = path;
    in.name = names.name(path);
    in.identity = st.identity;
    if (st.type == FileType::special) in.text = files.read(path, max_size);
    return in;
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


}  // namespace

namespace {

// A directory scan: hidden files and folders are left out, as are paths its
// .gitignore files and the exclusions name; YAML files are kept, in name order.
class Scan {
public:
    Scan(const FileSystem& files, const ScanOptions& options, Findings& problems, const ReportPaths& names)
        : files_(files), options_(options), problems_(problems), names_(names) {}

    void walk(const fs::path& dir, PathFilter ignored, std::vector<fs::path>& out) {
        std::string error;
        const std::vector<DirEntry> entries = files_.list(dir, error);
        if (!error.empty()) problems_.push_back(io_error(names_.name(dir), error));
        if (options_.gitignore && files_.stat(dir / ".gitignore").type == FileType::regular) {
            const ReadResult text = files_.read(dir / ".gitignore", 1u << 20);
            if (text.ok()) ignored.add_gitignore(dir, text.text);
        }
        for (const DirEntry& e : entries) {
            if (e.name.starts_with(".")) continue;
            const fs::path path = dir / e.name;
            const bool is_dir = e.type == FileType::directory;
            if (ignored.excludes(path, is_dir) || options_.exclude.excludes(path, is_dir)) continue;
            if (is_dir)
                walk(path, ignored, out);
            else if (path.extension() == ".yaml" || path.extension() == ".yml")
                out.push_back(path);
        }
    }

private:
    const FileSystem& files_;
    const ScanOptions& options_;
    Findings& problems_;
    const ReportPaths& names_;
};

bool is_config_file(const fs::path& p) { return p.filename() == kConfigFileName; }

// Whether a named file is left out, as a scan would leave it or a folder
// above it out (then nothing under that folder is included again, as in git).
bool named_file_excluded(const fs::path& file, const ScanOptions& scan) {
    if (!scan.force_exclude || scan.exclude.empty()) return false;
    std::error_code ec;
    const fs::path full = fs::absolute(file, ec).lexically_normal();
    for (fs::path dir = full.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path())
        if (scan.exclude.excludes(dir, true)) return true;
    return scan.exclude.excludes(full, false);
}

}  // namespace

std::vector<InputFile> locate_inputs(const std::vector<std::string>& arguments, const FileSystem& files,
                                     std::uintmax_t max_file_size, Findings& problems, const ScanOptions& scan,
                                     const ReportPaths& names) {
    std::vector<InputFile> out;
    std::map<std::string, std::size_t> seen;  // identity -> index in out
    std::size_t argument = 0;
    const auto add = [&](InputFile in, bool scanned) {
        if (const auto it = seen.find(in.identity); it != seen.end()) {
            InputFile& first = out[it->second];
            if (first.arguments.back() != argument) first.arguments.push_back(argument);
            // Named anywhere: checked whatever it holds.
            first.scanned = first.scanned && scanned;
            return;
        }
        in.arguments = {argument};
        in.scanned = scanned;
        seen.emplace(in.identity, out.size());
        out.push_back(std::move(in));
    };
    for (; argument < arguments.size(); ++argument) {
        const std::string& arg = arguments[argument];
        if (arg == "-") {
            add(standard_input(files, max_file_size), false);
            continue;
        }
        const FileStat st = files.stat(arg);
        switch (st.type) {
            case FileType::missing:
                problems.push_back(io_error(names.name(arg), st.error.empty() ? "no such file or directory" : st.error));
                break;
            case FileType::unreadable: problems.push_back(io_error(names.name(arg), st.error)); break;
            case FileType::directory: {
                std::vector<fs::path> found;
                Scan(files, scan, problems, names).walk(arg, PathFilter{}, found);
                for (const fs::path& f : found) {
                    const FileStat fst = files.stat(f);
                    if (fst.type == FileType::regular || fst.type == FileType::special)
                        add(located(f, fst, files, max_file_size, names), true);
                    else
                        problems.push_back(io_error(names.name(f), fst.error));
                }
                break;
            }
            case FileType::regular:
            case FileType::special:
                // The config file is how to check, never a document to check.
                if (!is_config_file(arg) && !named_file_excluded(arg, scan))
                    add(located(arg, st, files, max_file_size, names), scan.named_as_scanned);
                break;
        }
    }
    return out;
}

ReadResult read_input(const InputFile& file, const FileSystem& files, std::uintmax_t max_file_size) {
    return file.text ? *file.text : files.read(file.path, max_file_size);
}

LoadResult load_input(const InputFile& file, const FileSystem& files, const LoadOptions& options) {
    return load_input_text(file, read_input(file, files, options.max_file_size), options);
}

LoadResult load_input_text(const InputFile& file, const ReadResult& read, const LoadOptions& options) {
    if (!read.ok()) {
        LoadResult result;
        result.findings.push_back(io_error(file.name, read.error));
        return result;
    }
    LoadOptions o = options;
    // A YAML file a scan came across may be anything (a CI workflow, a
    // compose file); one the user named is checked whatever it holds.
    o.skip_foreign = file.scanned;
    LoadResult result = load_document(read.text, file.name, o);
    if (result.document && file.origin == InputOrigin::file) result.document->file = file.path.string();
    return result;
}

FileHead parse_file_head(std::string_view text) {
    FileHead head;
    std::istringstream in{std::string(text)};
    std::string line;
    for (int n = 0; n < 40 && std::getline(in, line); ++n) {
        if (line.starts_with("kind:")) head.kind = scalar_after_colon(line);
        if (line.starts_with("id:")) head.id = scalar_after_colon(line);
        if (line.starts_with("base:")) head.base = scalar_after_colon(line);
    }
    return head;
}

namespace {
// A bounded read: a huge file with no line break (or over the size limit,
// which only loading reports) must not be read whole just for its head.
constexpr std::size_t kHeadBytes = 16384;
}  // namespace

FileHead read_file_head(const fs::path& path, const FileSystem& files) {
    return parse_file_head_of(files.read_head(path, kHeadBytes));
}

FileHead parse_file_head_of(std::string_view text) {
    text = text.substr(0, kHeadBytes);
    if (text.size() == kHeadBytes) text = text.substr(0, text.rfind('\n') + 1);  // no cut-off last line
    return parse_file_head(text);
}

std::string suggest_id(const std::vector<std::string>& ids, const std::string& id) {
    const std::string best = closest_match(id, ids);
    return best.empty() ? "'rolekit list' shows every id"
                        : fmt::format("did you mean '{}'? ('rolekit list' shows every id)", best);
}

}  // namespace rolekit
