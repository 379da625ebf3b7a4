#pragma once
// The documents one command works on, loaded one way for every command.
//
// The files the user names are *inputs*: each is its own document, even when
// ids repeat, and each is read exactly once (standard input and FIFOs cannot
// be read twice). The search path (--path, $ROLEKIT_PATH, --catalog, the
// built-in library) holds *references*, resolved by id, first found wins. An
// input never replaces a reference: `rolekit diff ID FILE` compares the
// library's ID with FILE as written, whatever FILE's id.
//
// For the checks, ids written inside an input (an overlay's base) resolve
// among the inputs first, then among the references: the files a user checks
// together are one repository (Workspace::scope).

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rolekit/document_set.hpp"
#include "rolekit/file_system.hpp"
#include "rolekit/load.hpp"
#include "rolekit/path_filter.hpp"
#include "rolekit/report_paths.hpp"

namespace rolekit {

struct WorkspaceOptions {
    // Reference directories and files in search order (library_search_path
    // builds it from --path, $ROLEKIT_PATH and the built-in library).
    std::vector<std::filesystem::path> search_path;
    std::vector<std::filesystem::path> catalogs;  // --catalog files: references searched first
    LoadOptions load;
    unsigned threads = 0;  // 0: one per core
    // When set, only reference files of these kinds (judged from the file's
    // head), or with an id an argument names, are loaded: single-file commands
    // need not parse the whole library.
    std::optional<std::set<DocumentKind>> reference_kinds;
    const FileSystem* files = &disk();
    // How findings and documents name files (report_paths.hpp): relative to
    // the config's folder, else the working folder.
    ReportPaths names;
    // The config's `rules`, for the commands that check before they act
    // (merge, and render of an overlay): as validate applies them.
    RuleSeverities rule_severities;
    // The config in force (`.rolekit.yaml`, --config): read by the command,
    // so no output may replace it (Workspace::reads).
    std::filesystem::path config_file;
};

// What the user named: a file, standard input, or the id of a reference.
enum class InputOrigin { file, standard_input, reference };

// One input file, located but not yet loaded.
struct InputFile {
    std::filesystem::path path;  // as given (or as a directory expanded to it): where it is read
    std::string name;            // in findings: as ReportPaths names it, or "<stdin>"
    std::string identity;        // one file, however it is spelled
    InputOrigin origin = InputOrigin::file;
    // Standard input and special files (FIFOs) are read when located: they
    // cannot be read a second time.
    std::optional<ReadResult> text;
    // The arguments it was reached from (indexes): more than one when two
    // spellings (`d` and `d/a.yaml`) name the same file.
    std::vector<std::size_t> arguments;
    bool scanned = false;      // found in a directory, not named
};

// How a directory is scanned for documents.
struct ScanOptions {
    PathFilter exclude;    // --exclude, and .rolekit.yaml's `ignore`
    bool gitignore = true;  // honour .gitignore files in the scanned tree
    // Named files as scanned ones (--skip-other-yaml): YAML that is not a
    // rolekit document is counted as skipped, not an error. pre-commit names
    // every changed YAML file, CI workflows included.
    bool named_as_scanned = false;
    // `exclude` leaves out named files too (--force-exclude, as ruff's), when
    // it names them or a folder above them.
    bool force_exclude = false;
};

struct Input {
    std::string argument;  // as the user wrote it
    std::string name;      // as findings name it
    InputOrigin origin = InputOrigin::file;
    const Document* document = nullptr;  // null: not usable (findings say why), or foreign
    bool foreign = false;                // a scanned file that is not a rolekit document
};

// The name findings give standard input, as compilers do.
inline constexpr std::string_view kStdinName = "<stdin>";

class Workspace {
public:
    // Loads the references, then each argument: "-" (standard input), a path
    // (a directory is an error: name a file), or a reference id ("did you mean"
    // when unknown). Arguments naming one file share one document.
    static Workspace open(const std::vector<std::string>& arguments, const WorkspaceOptions& options);
    // Loads the references and the given input files (validate: directories
    // already expanded by locate_inputs).
    static Workspace open_files(std::vector<InputFile> files, const WorkspaceOptions& options);

    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;
    ~Workspace();

    // Adds one more file input after opening, as one more argument naming
    // it would have (`rolekit merge OVERLAY` names the overlay's base this
    // way): loaded into the scope, read by the command (reads()); a file
    // already read as an input (by any spelling) is not read again. Why it
    // could not be used, and its load findings, are appended to `findings`
    // and to findings().
    const Input& add_file(const std::filesystem::path& path, Findings& findings);
    // Where the workspace reads files.
    const FileSystem& files() const;
    // How it names them.
    const ReportPaths& names() const;
    // The config's rule severities (WorkspaceOptions::rule_severities).
    const RuleSeverities& rule_severities() const;

    // One per argument (or file), in order.
    const std::vector<Input>& inputs() const;
    // The documents of inputs that loaded, in order, each once.
    std::vector<const Document*> documents() const;
    // Inputs over references, for the checks and the renderers.
    const DocumentSet& scope() const;
    const DocumentSet& references() const;
    // The ids of references (loaded or only looked at) and loaded documents
    // of `kind`: what "did you mean" chooses from for an id of that kind.
    std::vector<std::string> known_ids(DocumentKind kind) const;
    // Why an input or reference could not be used; unknown ids. Load findings
    // of usable inputs are here too (validate reports them).
    const Findings& findings() const;
    // Every finding of loading the references, and ids taken by an earlier
    // reference (for `rolekit list`; other commands use what loaded).
    const Findings& reference_findings() const;
    // False when some input or reference could not be used at all.
    bool usable() const;
    // True when `path` is a file this command reads (an input or anything on
    // the search path): an output must never replace one.
    bool reads(const std::filesystem::path& path) const;
    // Texts that cannot be read again (standard input, FIFOs), by name, for
    // source excerpts in diagnostics.
    const std::map<std::string, std::string>& stream_texts() const;

    struct State;  // defined in workspace.cpp

private:
    explicit Workspace(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

// Validate's view of its arguments: each file once, directories scanned for
// their YAML files (hidden ones, and what .gitignore files and `scan.exclude`
// name, left out), "-" as standard input; a `.rolekit.yaml` named is not a
// document. Problems (missing paths, unreadable ones) are appended to
// `problems`.
std::vector<InputFile> locate_inputs(const std::vector<std::string>& arguments, const FileSystem& files,
                                     std::uintmax_t max_file_size, Findings& problems,
                                     const ScanOptions& scan = {}, const ReportPaths& names = ReportPaths{});

// Reads one located input (its kept text, for standard input and FIFOs).
ReadResult read_input(const InputFile& file, const FileSystem& files, std::uintmax_t max_file_size);
// Loads one located input; a scanned file that is plainly not a rolekit
// document gives LoadResult::foreign and no findings.
LoadResult load_input(const InputFile& file, const FileSystem& files, const LoadOptions& options);
LoadResult load_input_text(const InputFile& file, const ReadResult& read, const LoadOptions& options);

// `kind:`, `id:` and `base:` as written at the top level of a file's first
// lines, for deciding cheaply whether to load it; empty when not found there.
struct FileHead {
    std::string kind;
    std::string id;
    std::string base;  // a LocalityOverlay's base
};
FileHead read_file_head(const std::filesystem::path& path, const FileSystem& files = disk());
FileHead parse_file_head(std::string_view text);
// What read_file_head finds, from a file's whole text (only its first bytes
// count): validate's cache reads each file once, for its hash and its head.
FileHead parse_file_head_of(std::string_view text);

// "did you mean" for a mistyped id, among `ids`.
std::string suggest_id(const std::vector<std::string>& ids, const std::string& id);

}  // namespace rolekit
