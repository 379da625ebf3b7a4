#pragma once
// What a `validate` run may take from the validation cache, and under which
// keys (docs/cache.md). A file's entry is keyed by everything its result
// depends on, hashed, never parsed:
//
//  - the run: rolekit's version, the loading options, the working directory;
//  - the context every check consults: each reference file (--catalog, the
//    search path) and each input others refer to that is not a role profile
//    (catalogues, maps, frameworks, files whose head is unclear), by bytes;
//  - the file itself: its name, path, how it was reached, its bytes;
//  - for anything but a role profile (overlays above all), the bytes of every
//    input kept for others to refer to as a profile, since an overlay's base
//    is one of those or a reference.
//
// A role profile's checks read only the catalogues, the map and the career
// framework (the rule table's needs, rules.hpp; a base profile is needed
// only by an overlay's rules), so changing one profile re-checks that
// profile, not the corpus. Whether a file is a role profile is judged by its head; a file
// whose head says so but which loads as something else makes the run
// uncached (validate.cpp), so a wrong head cannot leave a stale entry in use.

#include <optional>
#include <string>
#include <vector>

#include "cache/hash.hpp"
#include "check/checked.hpp"
#include "rolekit/validate.hpp"

namespace rolekit::detail {

struct CachePlan {
    std::string references_key;                  // the reference findings
    std::vector<std::string> file_keys;          // per input; empty: not cached (unreadable)
    std::vector<std::optional<Digest>> digests;  // per input: its bytes' hash
    // Some input is also a reference file: the workspace must load every
    // kept input, as without the cache, for references to resolve as usual.
    bool inputs_are_references = false;
};

bool head_is_profile(const FileHead& head);

// `digests`: each input's bytes hashed (nullopt: unreadable). Nullopt when
// this run cannot use the cache (a reference that is a FIFO:
// hashing it would consume it).
std::optional<CachePlan> plan_cache(const std::vector<InputFile>& inputs,
                                    const std::vector<FileHead>& heads,
                                    const std::vector<bool>& keep,
                                    std::vector<std::optional<Digest>> digests,
                                    const WorkspaceOptions& options);

// Fills the slots the cache holds (`missed` false); the reference findings
// (as a Checked: findings, unusable) when the cache holds them too.
std::optional<Checked> take_cached(const CacheStore& cache, const CachePlan& plan,
                                   std::vector<Checked>& checked, std::vector<char>& missed,
                                   unsigned threads);

// The entry of input `i`, checked, into `pending`, unless its file changed
// since it was hashed or it did not load as its head said.
void store_checked(std::optional<std::string>& pending, const CachePlan& plan, std::size_t i,
                   const Checked& checked, const FileHead& head);

}  // namespace rolekit::detail
