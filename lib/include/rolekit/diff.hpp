#pragma once
// What one document has that another has not: NOS between two role profiles,
// items and mappings between two revisions of a competence map or an
// apprenticeship standard. Computed once into values; printed per format.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/document.hpp"
#include "rolekit/document_set.hpp"
#include "rolekit/profile_section.hpp"

namespace rolekit {

// A line diff of a text field, or a word diff of an item's text.
struct EditOp {
    char op = ' ';  // ' ' kept, '-' only in A, '+' only in B
    std::string text;
};

struct FieldChange {
    std::string field;  // e.g. "basic_info.named_role", "references", "knowledge (order)"
    std::vector<EditOp> lines;
};

struct DiffSide {
    std::string id;
    std::string title;
    std::optional<int> level;
    std::string path;      // the file it was read from, as given ("-": standard input)
    std::string revision;  // as the document states it ("Revised February 2023"); empty when not
    std::string version;   // a local profile's own version ("1.2"); empty when not
};

// Two revisions of one document (the same id): pages name each side by its
// file and revision rather than by its title, and show changes only.
inline bool same_document(const DiffSide& a, const DiffSide& b) { return a.id == b.id; }

// One NOS as listed in a profile.
struct NosEntry {
    std::string title;
    std::string code;  // empty when not known
    ProfileSection section;
    std::string area;
    std::string function;
};

// One NOS as A and as B list it.
struct MovedNos {
    NosEntry a;
    NosEntry b;
};

// One locally agreed competence (not a NOS) as a profile states it.
struct LocalEntry {
    std::string statement;
    std::string area;
    std::string function;
    std::string evidence;  // empty when not given
    std::string source;    // the overlay that added it (a merged profile); empty when not given
    std::string locality;  // ...and that overlay's locality
};

// A local competence both profiles state (the same statement words) with
// another area, function, evidence, source, locality or wording.
struct ChangedLocal {
    LocalEntry a;
    LocalEntry b;
};

struct ProfileDiff {
    DiffSide a, b;
    std::vector<NosEntry> only_a;
    std::vector<NosEntry> only_b;
    std::vector<NosEntry> both;   // as listed in B
    std::vector<MovedNos> moved;  // in both, under another section, area or function
    // In both, written with another title or code: title and code as written
    // (empty when not given), not as a catalogue lends them.
    std::vector<MovedNos> retitled;
    // Local competences (`local_competences`), matched by their statement's
    // words (case, punctuation and spacing aside), occurrence by occurrence.
    std::vector<LocalEntry> local_only_a;
    std::vector<LocalEntry> local_only_b;
    std::vector<ChangedLocal> local_changed;  // B's order
    // Text fields, lists, and what the lists above do not show of the
    // competence sections (order, repeats, groups without NOS): "competences.core".
    std::vector<FieldChange> changed_fields;

    bool empty() const {
        return only_a.empty() && only_b.empty() && moved.empty() && retitled.empty() &&
               local_only_a.empty() && local_only_b.empty() && local_changed.empty() &&
               changed_fields.empty();
    }
};

struct ProfileDiffOptions {
    // Sections compared, all when empty; `facet` is every facet. Typed, so a
    // misspelt name is refused where it is read (`diff --sections`), never
    // silently compared as nothing.
    std::set<SectionKind> sections;
};

// Entries are matched by code where both have one, else by exact title (a
// catalogue in `context` lends codes to title-only entries). Entries are
// ordered by functional-map area in map order, then as listed; so are local
// competences, compared when the locality section is (pages show them there). Every field of
// the two profiles is compared; an absent optional section (learning, cpd,
// cpd.formal) equals one given empty.
ProfileDiff diff_profiles(const Document& a, const Document& b, const DocumentSet& context,
                          const ProfileDiffOptions& options = {});

// A revision diff of two CompetenceMaps or two OccupationalStandards.
enum class ItemChangeKind {
    added,
    removed,
    reworded,
    renumbered,  // same text, another id
};

// "added", "removed", "reworded", "renumbered": as reports and JSON name them.
std::string_view change_name(ItemChangeKind kind);

struct ItemChange {
    std::string list;    // "knowledge", "skills", "behaviours", "duties", "principles", "domains", "units", ...
    std::string id;      // the item's id (or name, for principles); B's for a reworded item
    std::string old_id;  // reworded under another id (a close match): A's id
    ItemChangeKind change = ItemChangeKind::added;
    std::string old_text;
    std::string new_text;
    std::vector<EditOp> words;  // reworded: the word-level change
};

struct MappingChange {
    std::string from;  // a duty or unit id, or a curriculum section's number
    std::string list;  // "knowledge", "skills", "behaviours", "domains"; a section's "units"
    std::vector<std::string> added;
    std::vector<std::string> removed;
};

// An item both revisions list with the same id and words: pages show it with --all.
struct KeptItem {
    std::string list;  // as ItemChange::list
    std::string id;
    std::string text;
};

struct RevisionDiff {
    DocumentKind kind = DocumentKind::competence_map;  // or occupational_standard
    DiffSide a, b;
    std::vector<ItemChange> items;
    std::vector<KeptItem> kept;  // B's order, list by list; no part of JSON or of empty()
    std::vector<MappingChange> mappings;
    std::vector<FieldChange> changed_fields;  // id, title, level, ..., the order of a list

    bool empty() const { return items.empty() && mappings.empty() && changed_fields.empty(); }
};

// Items are matched by id, then an item whose id is on one side only by the
// closest text on the other side (more than half the words in common; the
// first such item in B's order on a tie). Every field of the two documents is
// compared, x- keys too.
RevisionDiff diff_revisions(const Document& a, const Document& b);

// Line and word diffs (longest common subsequence), shared by both kinds.
std::vector<EditOp> diff_sequences(const std::vector<std::string>& a, const std::vector<std::string>& b);
std::vector<std::string> split_lines(const std::string& text);
std::vector<std::string> split_words(const std::string& text);

}  // namespace rolekit
