#pragma once
// What checking one input of `validate` gave: the unit the validation cache
// stores (cache_codec.cpp), so a warm run reports exactly what a cold one did.

#include <optional>
#include <string>

#include "cache/hash.hpp"
#include "rolekit/baseline.hpp"
#include "rolekit/document.hpp"
#include "rolekit/finding.hpp"

namespace rolekit::detail {

struct Checked {
    Findings findings;
    Findings suppressed;
    FlaggedLines lines;    // the flagged lines' text, for the baseline
    Text id;               // empty if it did not load
    bool foreign = false;  // a scanned file that is not a rolekit document
    bool unusable = false;
    // Not stored: what it loaded as, and the hash of the bytes it was checked
    // from (an entry is stored only if the file did not change meanwhile).
    std::optional<DocumentKind> kind;
    std::optional<Digest> read_digest;
};

// The cache payloads (CBOR). decode_* return nullopt for anything that is not
// a payload this rolekit wrote: a bad entry is a miss, never an error.
std::string encode_checked(const Checked& c);
std::optional<Checked> decode_checked(std::string_view payload);
std::string encode_findings(const Findings& findings);
std::optional<Findings> decode_findings(std::string_view payload);

}  // namespace rolekit::detail
