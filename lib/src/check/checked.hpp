#pragma once
// What checking one input of `validate` gave: the unit the validation cache
// stores (cache_codec.cpp), so a warm run reports exactly what a cold one did.

#include <optional>
#include <string>
#include <vector>

#include "cache/hash.hpp"
#include "rolekit/baseline.hpp"
#include "rolekit/document.hpp"
#include "rolekit/document_set.hpp"
#include "rolekit/finding.hpp"

namespace rolekit::detail {

// A LocalityOverlay's base (the id of the profile it names, or the id that
// profile was itself derived from; as written when it is not loaded), or a
// merged RoleProfile's derived_from.
struct Lineage {
    enum class Role { none, overlay, merged_profile } role = Role::none;
    std::string base;
    std::vector<std::string> overlays;  // a merged profile's, in order
};

struct Checked {
    Findings findings;
    Findings suppressed;
    FlaggedLines lines;    // the flagged lines' text, for the baseline
    Text id;               // empty if it did not load
    bool foreign = false;  // a scanned file that is not a rolekit document
    bool unusable = false;
    // What id-collision needs to tell an overlay and the profile merged from
    // it (which share an id) from two unrelated documents: see lineage_of.
    Lineage lineage;
    // Not stored: what it loaded as, and the hash of the bytes it was checked
    // from (an entry is stored only if the file did not change meanwhile).
    std::optional<DocumentKind> kind;
    std::optional<Digest> read_digest;
};

// The cache payloads (CBOR). decode_* return nullopt for anything that is not
// a payload this rolekit wrote: a bad entry is a miss, never an error.
std::string encode_checked(const Checked& c);
// What a loaded document says of its lineage (`scope` finds an overlay's
// base).
Lineage lineage_of(const Document& doc, const DocumentSet& scope);
// True when one of `a` and `b` is the profile merged from the other (they
// may then share an id): the profile's derived_from.overlays names the
// overlay's id, and the overlay's base is the profile's base (or, for an
// overlay applied later, the profile the overlays before it made).
bool merged_from(const Checked& a, const Checked& b);
std::optional<Checked> decode_checked(std::string_view payload);
std::string encode_findings(const Findings& findings);
std::optional<Findings> decode_findings(std::string_view payload);

}  // namespace rolekit::detail
