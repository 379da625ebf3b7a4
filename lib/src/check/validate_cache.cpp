#include "check/validate_cache.hpp"

#include <algorithm>
#include <set>
#include <system_error>

#include "rolekit/check.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/version.hpp"
#include "util/parallel.hpp"

namespace rolekit::detail {

namespace fs = std::filesystem;

namespace {

// Bumped when what an entry holds, or what its key covers, changes, and when
// the checks change what they find in a file (2: local profiles' identity and
// local competences, issue 23; 3: every profile's id, which "did you mean"
// offers for an overlay's unknown base), so that no result of older checks is
// reused.
constexpr std::uint64_t kKeyFormat = 3;

void add_file(Hasher& h, const InputFile& f, const std::optional<Digest>& digest) {
    h.add(f.name)
        .add(f.path.string())
        .add(static_cast<std::uint64_t>(f.origin))
        .add(std::uint64_t{f.scanned});
    if (digest)
        h.add(*digest);
    else
        h.add("unreadable");
}

// Every reference file, by path and bytes. More than the workspace loads
// (it skips kinds validate never refers to): a change there re-checks more
// than needed, never less.
bool add_references(Hasher& h, const WorkspaceOptions& options, std::set<std::string>& identities) {
    std::vector<fs::path> entries = options.catalogs;
    entries.insert(entries.end(), options.search_path.begin(), options.search_path.end());
    h.add(std::uint64_t{entries.size()});
    const auto add = [&](const fs::path& file, const FileStat& st) {
        identities.insert(st.identity);
        const ReadResult r = options.files->read(file, options.load.max_file_size);
        h.add(file.string()).add(r.ok() ? hash_bytes(r.text).hex() : "error: " + r.error);
    };
    for (const fs::path& entry : entries) {
        const FileStat st = options.files->stat(entry);
        h.add(entry.string()).add(static_cast<std::uint64_t>(st.type));
        if (st.type == FileType::special) return false;
        if (st.type == FileType::regular) add(entry, st);
        if (st.type == FileType::directory) {
            const std::vector<fs::path> files = options.files->yaml_files(entry);
            h.add(std::uint64_t{files.size()});
            for (const fs::path& f : files) {
                const FileStat fst = options.files->stat(f);
                if (fst.type == FileType::special) return false;
                add(f, fst);
            }
        }
        if (st.type == FileType::missing || st.type == FileType::unreadable) h.add(st.error);
    }
    return true;
}

std::string working_directory() {
    std::error_code ec;
    return fs::current_path(ec).string();
}

}  // namespace

// The kind the rules need as an overlay's base (rules.hpp's
// RuleNeed::base_profile): only files of other kinds have those in their keys.
bool head_is_profile(const FileHead& head) {
    static const std::string base_kind(kind_name(needed_kind(RuleNeed::base_profile)));
    return head.kind == base_kind;
}

std::optional<CachePlan> plan_cache(const std::vector<InputFile>& inputs,
                                    const std::vector<FileHead>& heads,
                                    const std::vector<bool>& keep,
                                    std::vector<std::optional<Digest>> digests,
                                    const WorkspaceOptions& options) {
    CachePlan plan;
    plan.digests = std::move(digests);

    Hasher context;
    context.add("rolekit validate").add(kVersion).add(kKeyFormat).add(working_directory());
    context.add(std::uint64_t{options.load.max_file_size})
        .add(std::uint64_t{options.load.skip_foreign});
    std::set<std::string> reference_identities;
    if (!add_references(context, options, reference_identities)) return std::nullopt;
    Hasher profiles;
    // Every profile's id, kept or streamed: an overlay whose base is unknown
    // is told the nearest of them (CheckContext::profile_ids).
    Hasher profile_ids;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (head_is_profile(heads[i])) profile_ids.add(heads[i].id);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        plan.inputs_are_references =
            plan.inputs_are_references || reference_identities.count(inputs[i].identity);
        if (!keep[i]) continue;
        add_file(head_is_profile(heads[i]) ? profiles : context, inputs[i], plan.digests[i]);
    }
    const Digest run = context.digest();
    const Digest kept_profiles = profiles.add(profile_ids.digest()).digest();
    plan.references_key = Hasher().add("reference documents").add(run).digest().hex();

    plan.file_keys.resize(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (!plan.digests[i]) continue;
        Hasher h;
        h.add("file").add(run).add(std::uint64_t{keep[i]});
        add_file(h, inputs[i], plan.digests[i]);
        if (!head_is_profile(heads[i])) h.add(kept_profiles);
        plan.file_keys[i] = h.digest().hex();
    }
    return plan;
}

}  // namespace rolekit::detail

namespace rolekit::detail {

std::optional<Checked> take_cached(const CacheStore& cache, const CachePlan& plan,
                                   std::vector<Checked>& checked, std::vector<char>& missed,
                                   unsigned threads) {
    std::vector<std::string> keys = plan.file_keys;
    keys.push_back(plan.references_key);
    const std::vector<std::optional<std::string>> payloads = cache.get(keys);
    detail::parallel_for(checked.size(), threads, [&](std::size_t i) {
        if (!payloads[i]) return;
        std::optional<Checked> c = decode_checked(*payloads[i]);
        if (!c) return;
        checked[i] = std::move(*c);
        missed[i] = 0;
    });
    return payloads.back() ? decode_checked(*payloads.back()) : std::nullopt;
}

void store_checked(std::optional<std::string>& pending, const CachePlan& plan, std::size_t i,
                   const Checked& checked, const FileHead& head) {
    if (plan.file_keys[i].empty() || checked.read_digest != plan.digests[i]) return;
    // Its key left out the kept profiles (head_is_profile): not its own.
    if (checked.kind && head_is_profile(head) && *checked.kind != DocumentKind::role_profile)
        return;
    pending = encode_checked(checked);
}

}  // namespace rolekit::detail
