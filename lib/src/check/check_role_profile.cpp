// Rules nos-duplicate, nos-in-core-and-role, core-level-mismatch,
// core-set-mismatch, and the references of every section.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <set>

#include "check/checks.hpp"
#include "model/profile_sections.hpp"

namespace rolekit::detail {

namespace {

struct FirstSeen {
    ProfileSection section;
    Position pos;
};

void check_repeats(const RoleProfile& p, const Document& doc, const NosIndex& nos, Findings& out) {
    std::map<std::string, FirstSeen> seen;
    for (const Section& section : sections_of(p))
        for (const CompetenceGroup& g : *section.groups)
            for (const NosRef& ref : g.nos) {
                const auto [it, first] =
                    seen.emplace(nos.identity(ref), FirstSeen{section.section, ref.pos});
                if (first) continue;
                const FirstSeen& prior = it->second;
                out.push_back(finding(
                    "nos-duplicate", doc, ref.pos,
                    fmt::format("NOS '{}' is listed more than once (first at line {}, {} section)",
                                ref.label(), prior.pos.line, section_phrase(prior.section)),
                    "list each NOS once per profile"));
                if (prior.section.kind == SectionKind::core &&
                    section.section.kind == SectionKind::role_specific)
                    out.push_back(finding(
                        "nos-in-core-and-role", doc, ref.pos,
                        fmt::format("NOS '{}' is in both the core (line {}) and the role-specific "
                                    "section",
                                    ref.label(), prior.pos.line),
                        "a core competence applies to every role at the level; remove it from "
                        "the role-specific section"));
            }
}

void check_core_level(const RoleProfile& p, const Document& doc, Findings& out) {
    if (!p.competences.core_level || p.competences.core_level->value == p.level.value) return;
    out.push_back(finding(
        "core-level-mismatch", doc, p.competences.core_level->pos,
        fmt::format("the core set is stated for Level {}, but this is a Level {} profile",
                    p.competences.core_level->value, p.level.value),
        fmt::format("use the common/core competences for all Level {} roles", p.level.value)));
}

std::map<std::string, std::string> labelled_identities(const CompetenceGroups& groups,
                                                       const NosIndex& nos) {
    std::map<std::string, std::string> out;
    for (const CompetenceGroup& g : groups)
        for (const NosRef& ref : g.nos) out.emplace(nos.identity(ref), ref.label());
    return out;
}

std::vector<std::string> labels_missing_from(const std::map<std::string, std::string>& from,
                                             const std::map<std::string, std::string>& in) {
    std::vector<std::string> out;
    for (const auto& [identity, label] : from)
        if (!in.count(identity)) out.push_back(label);
    return out;
}

void check_core_set(const RoleProfile& p, const Document& doc, const CheckContext& ctx,
                    Findings& out) {
    if (ctx.career == nullptr) return;
    const int level = p.core_level();
    for (const CareerLevel& l : ctx.career->levels) {
        if (l.level.value != level || !l.core) continue;
        const auto expected = labelled_identities(*l.core, ctx.nos);
        const auto actual = labelled_identities(p.competences.core, ctx.nos);
        const auto missing = labels_missing_from(expected, actual);
        const auto extra = labels_missing_from(actual, expected);
        if (missing.empty() && extra.empty()) return;
        std::vector<std::string> parts;
        if (!missing.empty()) parts.push_back(fmt::format("missing {}", quoted_list(missing)));
        if (!extra.empty()) parts.push_back(fmt::format("not in the framework's set {}", quoted_list(extra)));
        const Position pos = p.competences.core.empty() ? p.competences.pos : p.competences.core[0].pos;
        out.push_back(finding("core-set-mismatch", doc, pos,
                              fmt::format("the core differs from the career framework's Level {} "
                                          "core set: {} missing, {} extra",
                                          level, missing.size(), extra.size()),
                              fmt::format("{}", fmt::join(parts, "; "))));
        return;
    }
}

}  // namespace

void check_role_profile(const Document& doc, const RoleProfile& p, const CheckContext& ctx,
                        Findings& out) {
    for (const Section& section : sections_of(p)) check_groups(*section.groups, doc, ctx, out);
    check_local_competences(p.local_competences, doc, ctx, out);
    check_repeats(p, doc, ctx.nos, out);
    check_core_level(p, doc, out);
    check_core_set(p, doc, ctx, out);
}

}  // namespace rolekit::detail
