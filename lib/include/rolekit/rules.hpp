#pragma once
// Every rule rolekit reports: its id, default severity, a one-line summary
// and the documents it needs. This table is the only source of rule ids: a
// Finding's rule is a RuleId, which can only be made from an id in the table
// (checked while compiling), so every id the program can emit is listed
// here, in `rolekit rules`, in SARIF's tool.driver.rules and in
// docs/rules.md. With each rule's help (lib/src/rules/) it is the whole
// rules reference: docs/rules.md is `rolekit rules --format markdown`.

#include <array>
#include <compare>
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/output_format.hpp"
#include "rolekit/severity.hpp"

namespace rolekit {

// The groups of docs/rules.md, in its order.
enum class RuleGroup { loading, references, consistency, merge, command, suppression };

// "Loading", "Reference", …: the group's label in `rolekit rules` and in
// docs/rules.md's table.
std::string_view rule_group_name(RuleGroup group);

// A document a rule needs besides the file it checks. Without it the rule
// reports nothing (check.hpp's rule_runs; `rolekit rules` says so).
enum class RuleNeed : std::uint8_t {
    functional_map,    // a FunctionalMap among the loaded documents
    nos_catalog,       // at least one NosCatalog
    career_framework,  // a CareerFramework
    base_profile,      // an overlay's base RoleProfile (per overlay, not per run)
};
inline constexpr std::array kAllRuleNeeds = {RuleNeed::functional_map, RuleNeed::nos_catalog,
                                             RuleNeed::career_framework, RuleNeed::base_profile};

// "a FunctionalMap", "the overlay's base profile": a need in a sentence.
std::string_view rule_need_phrase(RuleNeed need);

// The set of documents a rule needs; empty: the file alone is enough.
class RuleNeeds {
  public:
    constexpr RuleNeeds() = default;
    constexpr RuleNeeds(std::initializer_list<RuleNeed> needs) {
        for (const RuleNeed n : needs) bits_ |= bit(n);
    }
    constexpr bool contains(RuleNeed need) const { return (bits_ & bit(need)) != 0; }
    constexpr bool empty() const { return bits_ == 0; }
    friend constexpr bool operator==(RuleNeeds, RuleNeeds) = default;

  private:
    static constexpr std::uint8_t bit(RuleNeed n) {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(n));
    }
    std::uint8_t bits_ = 0;
};

struct RuleInfo {
    std::string_view id;
    Severity severity;
    RuleGroup group;
    std::string_view summary;
    // The input it is about cannot be used at all: validate exits with 2, and
    // JUnit reports an <error>, not a <failure>.
    bool unusable = false;
    RuleNeeds needs = {};
};

namespace detail {

// The table itself; its own namespace keeps the `using enum` names out of
// everyone else's way.
namespace rule_table {
using enum Severity;
using enum RuleGroup;
using enum RuleNeed;
inline constexpr bool unusable = true;
inline constexpr bool usable = false;
constexpr RuleNeeds only_with(RuleNeed need) {
    return RuleNeeds{need};
}

inline constexpr std::array kRules = {
    RuleInfo{"io-error", error, loading, "The file cannot be read.", unusable},
    RuleInfo{"yaml-encoding", error, loading,
             "The file is not UTF-8 text (invalid UTF-8, NUL or control characters).", unusable},
    RuleInfo{"yaml-syntax", error, loading, "The file is not valid YAML.", unusable},
    RuleInfo{"yaml-documents", error, loading, "The file does not hold exactly one YAML document.",
             unusable},
    RuleInfo{"yaml-alias", error, loading, "An alias is recursive or expands too far.", unusable},
    RuleInfo{"duplicate-key", error, loading, "A mapping repeats a key."},
    RuleInfo{"yaml-tag", error, loading, "A node has a YAML tag the format does not use."},
    RuleInfo{"schema-unknown-kind", error, loading, "`kind` is not one of the document kinds.",
             unusable},
    RuleInfo{"schema-unknown-format", error, loading,
             "`format` is not a version this rolekit reads.", unusable},
    RuleInfo{"schema-missing-field", error, loading, "A required field is missing or empty."},
    RuleInfo{"schema-type", error, loading, "A value has the wrong type."},
    RuleInfo{"schema-value", error, loading,
             "A value is out of range or not one of the allowed words."},
    RuleInfo{"schema-unknown-key", error, loading, "A key is not part of the format."},
    RuleInfo{"schema-bad-id", error, loading, "An id does not match `[a-z0-9][a-z0-9-]*`."},
    RuleInfo{"id-collision", error, loading, "Two files loaded together have the same id."},
    RuleInfo{"unknown-area", error, references, "An area key is not in the Health Functional Map.",
             usable, only_with(functional_map)},
    RuleInfo{"function-not-in-area", warning, references,
             "A reference function is not listed under its area in the functional map.", usable,
             only_with(functional_map)},
    RuleInfo{"nos-unknown", error, references, "A NOS code or title is in no loaded catalogue.",
             usable, only_with(nos_catalog)},
    RuleInfo{"nos-title-mismatch", error, references,
             "A NOS title differs from the catalogue's wording for its code.", usable,
             only_with(nos_catalog)},
    RuleInfo{"nos-uncoded", info, references,
             "A NOS is given by title only, but the catalogue knows its code.", usable,
             only_with(nos_catalog)},
    RuleInfo{"nos-withdrawn", warning, references, "A NOS is withdrawn in the catalogue.", usable,
             only_with(nos_catalog)},
    RuleInfo{"overlay-base-missing", error, references,
             "An overlay's base profile is not among the loaded documents."},
    RuleInfo{"nos-duplicate", warning, consistency,
             "The same NOS is listed more than once in a profile."},
    RuleInfo{"nos-in-core-and-role", warning, consistency,
             "The same NOS is in both the core and the role-specific section."},
    RuleInfo{"core-level-mismatch", warning, consistency,
             "The core set is stated for another level than the profile's."},
    RuleInfo{"core-set-mismatch", warning, consistency,
             "The core set differs from the career framework's core set for its level.", usable,
             only_with(career_framework)},
    RuleInfo{"ksb-numbering", warning, consistency,
             "Knowledge, skill, behaviour or duty ids are not unique or not consecutive."},
    RuleInfo{"ksb-unknown-ref", error, consistency,
             "A duty names a K, S or B that does not exist."},
    RuleInfo{"ksb-unreferenced", warning, consistency,
             "A knowledge or skill item is used by no duty."},
    RuleInfo{"unit-unknown-domain", error, consistency,
             "A curriculum unit is mapped to a domain the map does not have."},
    RuleInfo{"domain-without-unit", warning, consistency, "No curriculum unit covers a domain."},
    RuleInfo{"overlay-touches-national", error, consistency,
             "An overlay tries to change a national part of the profile."},
    RuleInfo{"overlay-nos-in-base", warning, consistency,
             "An overlay adds a NOS the base profile already has.", usable,
             only_with(base_profile)},
    RuleInfo{"local-competence-twice", warning, consistency,
             "A profile or overlay states the same local competence twice."},
    RuleInfo{"local-competence-is-nos", warning, consistency,
             "A local competence is worded as a NOS of the catalogue.", usable,
             only_with(nos_catalog)},
    RuleInfo{"overlay-base-mismatch", error, merge,
             "An overlay is merged onto another profile than the one it names."},
    RuleInfo{"merge-wrong-kind", error, merge,
             "merge was given a document of the wrong kind (base or overlay)."},
    RuleInfo{"overlay-repeated", error, merge, "merge was given the same overlay file twice."},
    RuleInfo{"unknown-id", error, command, "No loaded document has the id a command was given."},
    RuleInfo{"diff-kinds", error, command, "diff was given two documents it cannot compare."},
    RuleInfo{"render-kind", error, command,
             "render was given a kind of document it cannot render."},
    RuleInfo{"output-is-input", error, command, "`-o` names a file the command reads."},
    RuleInfo{"no-catalog", error, command, "nos search has no NOS catalogue to search."},
    RuleInfo{"no-documents", error, command, "A path given to validate holds no rolekit document.",
             unusable},
    RuleInfo{"unused-suppression", warning, suppression,
             "A `rolekit-disable` comment names a rule that reports nothing there."},
    RuleInfo{"unknown-directive", warning, suppression,
             "A `# rolekit-…` comment is not one of the rolekit-disable directives."},
    RuleInfo{"baseline-fixed", info, suppression, "A baseline entry matches no finding any more."},
};
}  // namespace rule_table

inline constexpr const auto& kRuleTable = rule_table::kRules;

// Never defined, and not constexpr: a rule id that is not in the table stops
// the build here, with this name in the compiler's message.
void rule_id_is_not_in_the_rule_table(const char* id);

consteval std::uint16_t rule_index(std::string_view id) {
    for (std::size_t i = 0; i < kRuleTable.size(); ++i)
        if (kRuleTable[i].id == id) return static_cast<std::uint16_t>(i);
    rule_id_is_not_in_the_rule_table(id.data());
    return 0;
}

}  // namespace detail

// A rule, as a Finding names it. Made from a string literal that the
// compiler checks against the table (`Finding{"nos-duplicate", …}`), from a
// constant below (`rules::nos_duplicate`), or at run time only through
// find_rule_id, which says when an id is unknown. It reads as its id.
class RuleId {
  public:
    consteval RuleId(const char* id) : index_(detail::rule_index(id)) {}

    constexpr const RuleInfo& info() const { return detail::kRuleTable[index_]; }
    constexpr std::string_view id() const { return info().id; }
    constexpr operator std::string_view() const { return id(); }
    operator std::string() const { return std::string(id()); }

    friend constexpr bool operator==(RuleId, RuleId) = default;
    friend constexpr bool operator==(RuleId a, std::string_view b) { return a.id() == b; }
    // A literal compared at run time (in tests); without it `rule == "x"`
    // would be ambiguous between the two above.
    friend constexpr bool operator==(RuleId a, const char* b) { return a.id() == b; }
    // By id, so that sorting findings by rule is alphabetical.
    friend constexpr std::strong_ordering operator<=>(RuleId a, RuleId b) {
        return a.id() <=> b.id();
    }
    friend constexpr std::strong_ordering operator<=>(RuleId a, std::string_view b) {
        return a.id() <=> b;
    }
    friend std::string operator+(std::string a, RuleId b) { return a.append(b.id()); }
    friend std::string operator+(RuleId a, std::string_view b) {
        return std::string(a.id()).append(b);
    }

  private:
    explicit constexpr RuleId(std::uint16_t index) : index_(index) {}
    friend std::optional<RuleId> find_rule_id(std::string_view id);

    std::uint16_t index_;
};

std::ostream& operator<<(std::ostream& out, RuleId rule);

// The table, in order.
std::span<const RuleInfo> all_rules();
// Every rule's id, in table order: the candidates of "did you mean"
// (closest_match, suggest.hpp) and of completion.
std::vector<std::string> all_rule_ids();
// A rule by id at run time (a config file, --disable, a comment): nullptr or
// nullopt when there is none.
const RuleInfo* find_rule(std::string_view id);
std::optional<RuleId> find_rule_id(std::string_view id);

// Why `--disable ID` cannot be honoured: an unknown id (with "did you mean"),
// or a rule whose files cannot be checked at all (hiding it would leave exit
// code 2 with nothing to say why). Empty when it can.
std::string why_not_disabled(std::string_view id);

// Every rule by name, for code that prefers a constant to a literal.
namespace rules {
inline constexpr RuleId io_error{"io-error"};
inline constexpr RuleId yaml_encoding{"yaml-encoding"};
inline constexpr RuleId yaml_syntax{"yaml-syntax"};
inline constexpr RuleId yaml_documents{"yaml-documents"};
inline constexpr RuleId yaml_alias{"yaml-alias"};
inline constexpr RuleId duplicate_key{"duplicate-key"};
inline constexpr RuleId yaml_tag{"yaml-tag"};
inline constexpr RuleId schema_unknown_kind{"schema-unknown-kind"};
inline constexpr RuleId schema_unknown_format{"schema-unknown-format"};
inline constexpr RuleId schema_missing_field{"schema-missing-field"};
inline constexpr RuleId schema_type{"schema-type"};
inline constexpr RuleId schema_value{"schema-value"};
inline constexpr RuleId schema_unknown_key{"schema-unknown-key"};
inline constexpr RuleId schema_bad_id{"schema-bad-id"};
inline constexpr RuleId id_collision{"id-collision"};
inline constexpr RuleId unknown_area{"unknown-area"};
inline constexpr RuleId function_not_in_area{"function-not-in-area"};
inline constexpr RuleId nos_unknown{"nos-unknown"};
inline constexpr RuleId nos_title_mismatch{"nos-title-mismatch"};
inline constexpr RuleId nos_uncoded{"nos-uncoded"};
inline constexpr RuleId nos_withdrawn{"nos-withdrawn"};
inline constexpr RuleId overlay_base_missing{"overlay-base-missing"};
inline constexpr RuleId nos_duplicate{"nos-duplicate"};
inline constexpr RuleId nos_in_core_and_role{"nos-in-core-and-role"};
inline constexpr RuleId core_level_mismatch{"core-level-mismatch"};
inline constexpr RuleId core_set_mismatch{"core-set-mismatch"};
inline constexpr RuleId ksb_numbering{"ksb-numbering"};
inline constexpr RuleId ksb_unknown_ref{"ksb-unknown-ref"};
inline constexpr RuleId ksb_unreferenced{"ksb-unreferenced"};
inline constexpr RuleId unit_unknown_domain{"unit-unknown-domain"};
inline constexpr RuleId domain_without_unit{"domain-without-unit"};
inline constexpr RuleId overlay_touches_national{"overlay-touches-national"};
inline constexpr RuleId overlay_nos_in_base{"overlay-nos-in-base"};
inline constexpr RuleId local_competence_twice{"local-competence-twice"};
inline constexpr RuleId local_competence_is_nos{"local-competence-is-nos"};
inline constexpr RuleId overlay_base_mismatch{"overlay-base-mismatch"};
inline constexpr RuleId merge_wrong_kind{"merge-wrong-kind"};
inline constexpr RuleId overlay_repeated{"overlay-repeated"};
inline constexpr RuleId unknown_id{"unknown-id"};
inline constexpr RuleId diff_kinds{"diff-kinds"};
inline constexpr RuleId render_kind{"render-kind"};
inline constexpr RuleId output_is_input{"output-is-input"};
inline constexpr RuleId no_catalog{"no-catalog"};
inline constexpr RuleId no_documents{"no-documents"};
inline constexpr RuleId unused_suppression{"unused-suppression"};
inline constexpr RuleId unknown_directive{"unknown-directive"};
inline constexpr RuleId baseline_fixed{"baseline-fixed"};
}  // namespace rules

// ------------------------------------------------------------------ help

// Where docs/rules.md is published: each rule's section is this URL with
// `#` and the rule id. SARIF's helpUri and `rolekit rules ID` link there.
inline constexpr std::string_view kRulesDocUrl =
    "https://github.com/rolekit/rolekit/blob/main/docs/rules.md";
std::string rule_doc_url(RuleId rule);

// An example that breaks a rule, and the same example fixed. A test runs
// every example: `bad` must report the rule, `fixed` must not (and, for a
// `rolekit validate` example, must report nothing at all).
struct RuleExample {
    // The example file (`bad` and `fixed` are its text) and the command that
    // checks it. Without a file, `bad` and `fixed` are shell commands.
    std::string_view file = {};
    std::string_view command = {};
    std::string_view bad = {};
    std::string_view fixed = {};
    // A file both need, such as a catalogue (name and text); usually none.
    std::string_view context_file = {};
    std::string_view context = {};
};

struct RuleHelp {
    // Why the rule exists: paragraphs of Markdown, lines under 80 columns (a
    // terminal shows a link as its text). The one description: `rolekit
    // rules ID`, SARIF and docs/rules.md all show it.
    std::string_view description;
    RuleExample example;
};

const RuleHelp& rule_help(RuleId rule);

// `rolekit rules`: every rule, one line each, by group; then which rules
// need which documents.
std::string format_rule_list();
// What `rolekit rules --format` takes (text, markdown: output_format.hpp's
// table lists them).
enum class RulesFormat { text, markdown };
std::optional<RulesFormat> rules_format_of(OutputFormat format);

// `rolekit rules --format markdown`: the whole rules reference, docs/rules.md
// (a test fails when the page differs from it).
std::string format_rules_markdown();
// `rolekit rules ID`: the rule, its description and its example.
std::string format_rule_help(RuleId rule);
// The same as Markdown, for SARIF's help.markdown.
std::string format_rule_help_markdown(RuleId rule);

}  // namespace rolekit
