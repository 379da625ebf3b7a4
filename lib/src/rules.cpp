#include "rolekit/rules.hpp"

#include <algorithm>
#include <array>

namespace rolekit {

namespace {

using enum Severity;
using enum RuleGroup;

constexpr std::array kRules = {
    RuleInfo{"io-error", error, loading, "The file cannot be read."},
    RuleInfo{"yaml-encoding", error, loading,
             "The file is not UTF-8 text (invalid UTF-8, NUL or control characters)."},
    RuleInfo{"yaml-syntax", error, loading, "The file is not valid YAML."},
    RuleInfo{"yaml-documents", error, loading, "The file does not hold exactly one YAML document."},
    RuleInfo{"yaml-alias", error, loading, "An alias is recursive or expands too far."},
    RuleInfo{"duplicate-key", error, loading, "A mapping repeats a key."},
    RuleInfo{"yaml-tag", error, loading, "A node has a YAML tag the format does not use."},
    RuleInfo{"schema-unknown-kind", error, loading, "`kind` is not one of the document kinds."},
    RuleInfo{"schema-unknown-format", error, loading, "`format` is not a version this rolekit reads."},
    RuleInfo{"schema-missing-field", error, loading, "A required field is missing or empty."},
    RuleInfo{"schema-type", error, loading, "A value has the wrong type."},
    RuleInfo{"schema-value", error, loading, "A value is out of range or not one of the allowed words."},
    RuleInfo{"schema-unknown-key", error, loading, "A key is not part of the format."},
    RuleInfo{"schema-bad-id", error, loading, "An id does not match [a-z0-9][a-z0-9-]*."},
    RuleInfo{"id-collision", error, loading, "Two files loaded together have the same id."},
    RuleInfo{"unknown-area", error, references, "An area key is not in the Health Functional Map."},
    RuleInfo{"function-not-in-area", warning, references,
             "A reference function is not listed under its area in the functional map."},
    RuleInfo{"nos-unknown", error, references, "A NOS code or title is in no loaded catalogue."},
    RuleInfo{"nos-title-mismatch", error, references,
             "A NOS title differs from the catalogue's wording for its code."},
    RuleInfo{"nos-uncoded", info, references,
             "A NOS is given by title only, but the catalogue knows its code."},
    RuleInfo{"nos-withdrawn", warning, references, "A NOS is withdrawn in the catalogue."},
    RuleInfo{"overlay-base-missing", error, references,
             "An overlay's base profile is not among the loaded documents."},
    RuleInfo{"nos-duplicate", warning, consistency,
             "The same NOS is listed more than once in a profile."},
    RuleInfo{"nos-in-core-and-role", warning, consistency,
             "The same NOS is in both the core and the role-specific section."},
    RuleInfo{"core-level-mismatch", warning, consistency,
             "The core set is stated for another level than the profile's."},
    RuleInfo{"core-set-mismatch", warning, consistency,
             "The core set differs from the career framework's core set for its level."},
    RuleInfo{"ksb-numbering", warning, consistency,
             "Knowledge, skill, behaviour or duty ids are not unique or not consecutive."},
    RuleInfo{"ksb-unknown-ref", error, consistency, "A duty names a K, S or B that does not exist."},
    RuleInfo{"ksb-unreferenced", warning, consistency, "A knowledge or skill item is used by no duty."},
    RuleInfo{"unit-unknown-domain", error, consistency,
             "A curriculum unit is mapped to a domain the map does not have."},
    RuleInfo{"domain-without-unit", warning, consistency, "No curriculum unit covers a domain."},
    RuleInfo{"overlay-touches-national", error, consistency,
             "An overlay tries to change a national part of the profile."},
    RuleInfo{"overlay-nos-in-base", warning, consistency,
             "An overlay adds a NOS the base profile already has."},
    RuleInfo{"overlay-base-mismatch", error, merge,
             "An overlay is merged onto another profile than the one it names."},
    RuleInfo{"merge-wrong-kind", error, merge,
             "merge was given a document of the wrong kind (base or overlay)."},
    RuleInfo{"overlay-repeated", error, merge, "merge was given the same overlay file twice."},
};

}  // namespace

std::span<const RuleInfo> all_rules() { return kRules; }

const RuleInfo* find_rule(std::string_view id) {
    const auto it = std::find_if(kRules.begin(), kRules.end(),
                                 [&](const RuleInfo& r) { return r.id == id; });
    return it == kRules.end() ? nullptr : &*it;
}

}  // namespace rolekit
