#include "rolekit/workspace.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "util/parallel.hpp"

namespace rolekit {

namespace fs = std::filesystem;

struct Workspace::State {
    DocumentSet references;
    DocumentSet scope;  // the inputs, over the references
    std::vector<Input> inputs;
    Findings findings;
    Findings reference_findings;
    bool usable = true;
    const FileSystem* files = &disk();
    std::set<std::string> read_identities;
    std::map<std::string, std::string> stream_texts;
    // Every reference id, loaded or not, with its kind as written.
    std::vector<std::pair<std::string, std::string>> known_ids;
    // Reference files also named as inputs: loaded once, as inputs, and
    // still found by id.
    std::set<std::string> inputs_on_search_path;
    std::set<std::size_t> foreign;  // input files that are not rolekit documents
    LoadOptions load;               // for inputs added after opening (add_file)
    ReportPaths names;
    RuleSeverities rule_severities;
    std::map<std::string, const Document*> input_documents;  // by file identity
};

namespace {

using State = Workspace::State;

// The ids "did you mean" chooses from: the references' (loaded or not) and
// the loaded documents', of `kind` when given; each once.
std::vector<std::string> known_ids_of(const State& state, std::optional<DocumentKind> kind = std::nullopt) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& [id, kind_written] : state.known_ids)
        if ((!kind || kind_written == kind_name(*kind)) && seen.insert(id).second) out.push_back(id);
    for (const std::string& id : kind ? state.scope.ids(*kind) : std::vector<std::string>{})
        if (seen.insert(id).second) out.push_back(id);
    return out;
}

Finding io_error(const std::string& name, const std::string& message, std::string hint = {}) {
    return Finding{"io-error", Severity::error, name, {}, message, std::move(hint)};
}

std::vector<LoadResult> load_all(const std::vector<InputFile>& files, const WorkspaceOptions& options) {
    std::vector<LoadResult> results(files.size());
    detail::parallel_for(files.size(), options.threads,
                         [&](std::size_t i) { results[i] = load_input(files[i], *options.files, options.load); });
    return results;
}

// Reference files: the --catalog files, then the search path, each directory
// expanded; files that are also inputs are left to the inputs.
std::vector<InputFile> reference_files(const WorkspaceOptions& options, const std::set<std::string>& inputs,
                                       const std::set<std::string>& wanted_ids, State& state) {
    std::vector<fs::path> entries = options.catalogs;
    entries.insert(entries.end(), options.search_path.begin(), options.search_path.end());
    std::vector<InputFile> out;
    std::set<std::string> considered;
    const auto consider = [&](const fs::path& file, const FileStat& st, bool scanned) {
        // One file reached twice (a config's catalogue inside one of its
        // `paths`) is one reference, not a collision with itself.
        if (!st.identity.empty() && !considered.insert(st.identity).second) return;
        state.read_identities.insert(st.identity);
        if (inputs.count(st.identity)) {
            state.inputs_on_search_path.insert(st.identity);
            return;
        }
        if (options.reference_kinds && st.type == FileType::regular) {
            const FileHead head = read_file_head(file, *options.files);
            const auto kind = kind_from_name(head.kind);
            if (!head.id.empty()) state.known_ids.emplace_back(head.id, head.kind);
            // A file whose head cannot be judged is loaded.
            if (kind && !head.id.empty() && !options.reference_kinds->count(*kind) && !wanted_ids.count(head.id))
                return;
        }
        InputFile in;
        in.path = file;
        in.name = options.names.name(file);
        in.identity = st.identity;
        // A folder on the search path may be a repository's (`.rolekit.yaml`'s
        // `paths`), holding other YAML too: skipped, as validate's scans do.
        in.scanned = scanned;
        out.push_back(std::move(in));
    };
    for (const fs::path& entry : entries) {
        const FileStat st = options.files->stat(entry);
        if (st.type == FileType::directory) {
            for (const fs::path& f : options.files->yaml_files(entry)) consider(f, options.files->stat(f), true);
        } else if (st.type == FileType::regular || st.type == FileType::special) {
            consider(entry, st, false);
        } else {
            state.findings.push_back(io_error(options.names.name(entry), st.type == FileType::missing
                                                                  ? "no such file or directory"
                                                                  : st.error));
            state.reference_findings.push_back(state.findings.back());
            state.usable = false;
        }
    }
    return out;
}

void load_references(const WorkspaceOptions& options, const std::set<std::string>& inputs,
                     const std::set<std::string>& wanted_ids, State& state) {
    const std::vector<InputFile> files = reference_files(options, inputs, wanted_ids, state);
    for (LoadResult& r : load_all(files, options)) {
        // A reference's own findings are not the user's to fix here, but a
        // catalogue that cannot be read at all would silently turn the NOS
        // checks off: that is unusable input.
        state.reference_findings.insert(state.reference_findings.end(), r.findings.begin(), r.findings.end());
        if (r.foreign) continue;
        if (!r.document) {
            state.findings.insert(state.findings.end(), r.findings.begin(), r.findings.end());
            state.usable = false;
            continue;
        }
        if (!options.reference_kinds)
            state.known_ids.emplace_back(r.document->id.value, std::string(kind_name(r.document->kind)));
        // First on the search path wins, as on $PATH.
        Findings clash = state.references.add(std::move(*r.document));
        state.reference_findings.insert(state.reference_findings.end(), clash.begin(), clash.end());
    }
}

// Loads the input files; returns each file's document (null if unusable).
std::vector<const Document*> load_inputs(const std::vector<InputFile>& files, const WorkspaceOptions& options,
                                         State& state) {
    std::vector<const Document*> docs(files.size(), nullptr);
    std::vector<LoadResult> loaded = load_all(files, options);
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].text && files[i].text->ok()) state.stream_texts.emplace(files[i].name, files[i].text->text);
        LoadResult& r = loaded[i];
        state.findings.insert(state.findings.end(), r.findings.begin(), r.findings.end());
        if (r.foreign) {
            state.foreign.insert(i);
            continue;
        }
        if (!r.document) {
            state.usable = false;
            continue;
        }
        docs[i] = state.scope.insert(std::move(*r.document)).document;
        state.input_documents.emplace(files[i].identity, docs[i]);
    }
    return docs;
}

bool names_a_file(const std::string& arg, const FileSystem& files) {
    return arg == "-" || files.stat(arg).type != FileType::missing || arg.find('/') != std::string::npos ||
           arg.ends_with(".yaml") || arg.ends_with(".yml");
}

// One argument that must be a single document: standard input or a file.
std::optional<InputFile> locate_one(const std::string& arg, const WorkspaceOptions& options, State& state) {
    if (arg == "-") {
        Findings ignored;
        return locate_inputs({arg}, *options.files, options.load.max_file_size, ignored, {}, options.names).front();
    }
    const FileStat st = options.files->stat(arg);
    switch (st.type) {
        case FileType::regular:
        case FileType::special: {
            Findings problems;
            std::vector<InputFile> found =
                locate_inputs({arg}, *options.files, options.load.max_file_size, problems, {}, options.names);
            if (!found.empty()) return std::move(found.front());
            state.findings.insert(state.findings.end(), problems.begin(), problems.end());
            return std::nullopt;
        }
        case FileType::directory:
            state.findings.push_back(
                io_error(options.names.name(arg), "is a directory, not a file", "name one document's file"));
            return std::nullopt;
        case FileType::missing:
            state.findings.push_back(io_error(options.names.name(arg), "no such file or directory"));
            return std::nullopt;
        case FileType::unreadable: state.findings.push_back(io_error(options.names.name(arg), st.error)); return std::nullopt;
    }
    return std::nullopt;
}

// A reference by id: on the search path, or a search-path file that is
// also an input (`merge base o.yaml frameworks/overlays/o.yaml`).
const Document* find_reference(const std::string& id, const std::vector<InputFile>& files,
                               const std::vector<const Document*>& docs, const State& state) {
    if (const Document* d = state.references.find(id)) return d;
    for (std::size_t i = 0; i < files.size(); ++i)
        if (docs[i] != nullptr && docs[i]->id.value == id && state.inputs_on_search_path.count(files[i].identity))
            return docs[i];
    return nullptr;
}

Input input_of(const InputFile& f, const Document* doc) {
    return Input{f.path.string(), f.name, f.origin, doc};
}

}  // namespace

Workspace::Workspace(std::unique_ptr<State> state) : state_(std::move(state)) {}
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

Workspace Workspace::open_files(std::vector<InputFile> files, const WorkspaceOptions& options) {
    auto state = std::make_unique<State>();
    state->scope.set_fallback(&state->references);
    state->files = options.files;
    state->load = options.load;
    state->names = options.names;
    state->rule_severities = options.rule_severities;
    std::set<std::string> identities;
    for (const InputFile& f : files) identities.insert(f.identity);
    state->read_identities = identities;
    if (!options.config_file.empty()) state->read_identities.insert(options.files->stat(options.config_file).identity);
    load_references(options, identities, {}, *state);
    const std::vector<const Document*> docs = load_inputs(files, options, *state);
    for (std::size_t i = 0; i < files.size(); ++i) {
        state->inputs.push_back(input_of(files[i], docs[i]));
        state->inputs.back().foreign = state->foreign.count(i) > 0;
    }
    return Workspace(std::move(state));
}

Workspace Workspace::open(const std::vector<std::string>& arguments, const WorkspaceOptions& options) {
    auto state = std::make_unique<State>();
    state->scope.set_fallback(&state->references);
    state->files = options.files;
    state->load = options.load;
    state->names = options.names;
    state->rule_severities = options.rule_severities;
    std::vector<InputFile> files;
    std::vector<std::optional<std::size_t>> file_of(arguments.size());
    std::set<std::string> wanted_ids, identities;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& arg = arguments[i];
        if (!names_a_file(arg, *options.files)) {
            wanted_ids.insert(arg);
            continue;
        }
        std::optional<InputFile> f = locate_one(arg, options, *state);
        if (!f) continue;
        // Two spellings of one file (or "-" twice) are one input, read once.
        const auto same = std::find_if(files.begin(), files.end(),
                                       [&](const InputFile& g) { return g.identity == f->identity; });
        file_of[i] = static_cast<std::size_t>(same - files.begin());
        if (same == files.end()) {
            identities.insert(f->identity);
            files.push_back(std::move(*f));
        }
    }
    state->read_identities = identities;
    if (!options.config_file.empty()) state->read_identities.insert(options.files->stat(options.config_file).identity);
    load_references(options, identities, wanted_ids, *state);
    const std::vector<const Document*> docs = load_inputs(files, options, *state);
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& arg = arguments[i];
        if (file_of[i]) {
            Input in = input_of(files[*file_of[i]], docs[*file_of[i]]);
            in.argument = arg;
            state->inputs.push_back(std::move(in));
        } else if (!wanted_ids.count(arg)) {
            state->inputs.push_back(Input{arg, options.names.name(arg), InputOrigin::file, nullptr});  // located with a finding
            state->usable = false;
        } else if (const Document* d = find_reference(arg, files, docs, *state)) {
            state->inputs.push_back(Input{arg, d->path, InputOrigin::reference, d});
        } else {
            state->findings.push_back(Finding{"unknown-id", Severity::error, "rolekit", {},
                                              fmt::format("no document with id '{}'", arg),
                                              suggest_id(known_ids_of(*state), arg)});
            state->inputs.push_back(Input{arg, arg, InputOrigin::reference, nullptr});
            state->usable = false;
        }
    }
    return Workspace(std::move(state));
}

const Input& Workspace::add_file(const fs::path& path, Findings& findings) {
    State& s = *state_;
    const std::size_t before = s.findings.size();
    WorkspaceOptions options;
    options.files = s.files;
    options.load = s.load;
    options.load.skip_foreign = false;  // a file named for a document must be one
    options.threads = 1;
    options.names = s.names;
    std::optional<InputFile> f = locate_one(path.string(), options, s);
    if (!f) {
        s.inputs.push_back(Input{path.string(), s.names.name(path), InputOrigin::file, nullptr});
        s.usable = false;
    } else if (const auto known = s.input_documents.find(f->identity); known != s.input_documents.end()) {
        // A file already read (by another spelling) is not read again:
        // standard input and FIFOs could not be.
        s.inputs.push_back(Input{path.string(), f->name, f->origin, known->second});
    } else {
        s.read_identities.insert(f->identity);
        const std::vector<const Document*> docs = load_inputs({*f}, options, s);
        s.inputs.push_back(input_of(*f, docs.front()));
    }
    findings.insert(findings.end(), s.findings.begin() + static_cast<std::ptrdiff_t>(before), s.findings.end());
    return s.inputs.back();
}

const FileSystem& Workspace::files() const { return *state_->files; }
const ReportPaths& Workspace::names() const { return state_->names; }
const RuleSeverities& Workspace::rule_severities() const { return state_->rule_severities; }

const std::vector<Input>& Workspace::inputs() const { return state_->inputs; }

std::vector<const Document*> Workspace::documents() const {
    std::vector<const Document*> out;
    for (const Input& in : state_->inputs)
        if (in.document != nullptr && std::find(out.begin(), out.end(), in.document) == out.end())
            out.push_back(in.document);
    return out;
}

const DocumentSet& Workspace::scope() const { return state_->scope; }
std::vector<std::string> Workspace::known_ids(DocumentKind kind) const {
    return known_ids_of(*state_, kind);
}
const DocumentSet& Workspace::references() const { return state_->references; }
const Findings& Workspace::findings() const { return state_->findings; }
const Findings& Workspace::reference_findings() const { return state_->reference_findings; }
bool Workspace::usable() const { return state_->usable; }

bool Workspace::reads(const fs::path& path) const {
    const FileStat st = state_->files->stat(path);
    return !st.identity.empty() && state_->read_identities.count(st.identity) > 0;
}

const std::map<std::string, std::string>& Workspace::stream_texts() const { return state_->stream_texts; }

}  // namespace rolekit
