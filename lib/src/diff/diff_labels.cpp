// How diff reports name things (diff_labels.hpp).

#include "diff/diff_labels.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace rolekit::detail {

std::string side_label(const DiffSide& s) {
    std::string out = s.title.empty() ? s.id : fmt::format("{} ({})", s.title, s.id);
    if (s.level) out += fmt::format(", Level {}", *s.level);
    return out;
}

std::string side_name(const DiffSide& s, const DiffSide& other) {
    if (!same_document(s, other)) {
        const std::string name = s.title.empty() ? s.id : s.title;
        return s.level ? fmt::format("{} (Level {})", name, *s.level) : name;
    }
    // Two revisions of one document: the file tells them apart, then what
    // each states of its revision and version.
    std::string out = s.path.empty() ? s.id : s.path;
    std::vector<std::string> states;
    if (!s.revision.empty()) states.push_back(s.revision);
    if (!s.version.empty()) states.push_back("version " + s.version);
    if (!states.empty()) out += fmt::format(" ({})", fmt::join(states, ", "));
    return out;
}

std::string area_label(const std::string& key, const DocumentSet& ctx) {
    if (const FunctionalMap* map = ctx.functional_map())
        for (const FunctionalArea& a : map->areas)
            if (a.key.value == key) return fmt::format("{}. {}", key, a.name.value);
    return key;
}

std::string nos_label(const NosEntry& e) {
    return e.code.empty() ? e.title : e.code + " " + e.title;
}

// As written: either of code and title may be missing.
std::string written_label(const NosEntry& e) {
    if (e.code.empty() || e.title.empty()) return e.code + e.title;
    return e.code + " " + e.title;
}

std::string place(const NosEntry& e) {
    return fmt::format("{}, area {}, {}", section_key(e.section), e.area, e.function);
}

// A section as a page's "Section" column shows it: "Core", "Role specific",
// "Facet Custody". Text reports and JSON use section_key; findings use
// detail::section_phrase.
std::string section_title(const ProfileSection& section) {
    switch (section.kind) {
        case SectionKind::core:
            return "Core";
        case SectionKind::role_specific:
            return "Role specific";
        case SectionKind::facet:
            return "Facet " + section.facet;
        case SectionKind::locality:
            return "Locality";
    }
    return "";
}

// "area H, Manage demands for services; evidence: ...; from wiltshire-ld-psw (Wiltshire ...)".
std::string local_place(const LocalEntry& e) {
    std::string out = fmt::format("area {}, {}", e.area, e.function);
    if (!e.evidence.empty()) out += "; evidence: " + e.evidence;
    if (!e.source.empty() || !e.locality.empty())
        out += fmt::format("; from {} ({})", e.source, e.locality);
    return out;
}

std::string local_label(const ChangedLocal& m) {
    return m.a.statement == m.b.statement ? m.b.statement : m.a.statement + " -> " + m.b.statement;
}

}  // namespace rolekit::detail
