#include "rolekit/merge.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "check/checks.hpp"
#include "model/profile_sections.hpp"
#include "util/words.hpp"
#include "rolekit/document_set.hpp"
#include "rolekit/file_system.hpp"
#include "rolekit/library.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

using detail::finding;
using detail::lower_words;

void replace_if_given(Text& target, const Text& given) {
    if (!given.value.empty()) target = given;
}

void append_new(std::vector<Text>& target, const std::vector<Text>& given) {
    for (const Text& t : given)
        if (std::none_of(target.begin(), target.end(), [&](const Text& x) { return x.value == t.value; }))
            target.push_back(t);
}

void apply_learning(std::optional<Learning>& target, const Learning& given) {
    if (!target) target.emplace();
    replace_if_given(target->transferable_role, given.transferable_role);
    append_new(target->formal, given.formal);
    append_new(target->informal, given.informal);
    replace_if_given(target->nos_used, given.nos_used);
    replace_if_given(target->credits, given.credits);
    replace_if_given(target->accreditation, given.accreditation);
    replace_if_given(target->apel_progression, given.apel_progression);
    replace_if_given(target->registration, given.registration);
    target->extras.merge(given.extras);
}

void apply_cpd(std::optional<Cpd>& target, const Cpd& given) {
    if (!target) target.emplace();
    append_new(target->statutory_mandatory, given.statutory_mandatory);
    if (given.formal) {
        if (!target->formal) target->formal.emplace();
        replace_if_given(target->formal->title, given.formal->title);
        replace_if_given(target->formal->awarding_body, given.formal->awarding_body);
        replace_if_given(target->formal->credit, given.formal->credit);
        replace_if_given(target->formal->level, given.formal->level);
        target->formal->extras.merge(given.formal->extras);
    }
    replace_if_given(target->informal, given.informal);
    replace_if_given(target->impact_method, given.impact_method);
    replace_if_given(target->funding, given.funding);
    replace_if_given(target->frequency, given.frequency);
    target->extras.merge(given.extras);
}

// Adds the overlay's groups to the locality section, leaving out NOS the
// profile already has (with a warning naming them).
void apply_competences(RoleProfile& p, const Document& overlay, const LocalityOverlay& o,
                       const NosIndex& nos, Findings& out) {
    std::map<std::string, ProfileSection> present = detail::nos_sections(p, nos);
    for (const CompetenceGroup& g : o.competences) {
        CompetenceGroup added = g;
        added.source = Text{overlay.id.value, g.pos};
        added.locality = o.locality;
        added.nos.clear();
        for (const NosRef& ref : g.nos) {
            const auto [it, fresh] =
                present.emplace(nos.identity(ref), ProfileSection{SectionKind::locality, {}});
            if (fresh) {
                added.nos.push_back(ref);
                continue;
            }
            out.push_back(finding("overlay-nos-in-base", overlay, ref.pos,
                                  fmt::format("NOS '{}' is already in the profile ({} section); "
                                              "not added again",
                                              ref.label(), detail::section_phrase(it->second)),
                                  "remove it from the overlay, or add another NOS the locality needs"));
        }
        if (!added.nos.empty()) p.competences.locality.push_back(std::move(added));
    }
}

void apply_local_identity(LocalIdentity& target, const LocalIdentity& given) {
    replace_if_given(target.version, given.version);
    replace_if_given(target.approved_by, given.approved_by);
    replace_if_given(target.approved_on, given.approved_on);
    replace_if_given(target.organisation, given.organisation);
    replace_if_given(target.contact, given.contact);
}

// Adds the overlay's local competences, marked with the overlay and its
// locality; one the profile already states (same words) is not added twice.
void apply_local_competences(RoleProfile& p, const Document& overlay, const LocalityOverlay& o,
                             Findings& out) {
    for (const LocalCompetence& c : o.local_competences) {
        const auto same = [&](const LocalCompetence& x) {
            return lower_words(x.statement.value) == lower_words(c.statement.value);
        };
        if (std::any_of(p.local_competences.begin(), p.local_competences.end(), same)) {
            out.push_back(finding("local-competence-twice", overlay, c.statement.pos,
                                  "this local competence is already in the profile; not added again",
                                  "state each local competence once"));
            continue;
        }
        LocalCompetence added = c;
        added.source = Text{overlay.id.value, c.pos};
        added.locality = o.locality;
        p.local_competences.push_back(std::move(added));
    }
}

void apply_overlay(RoleProfile& p, const Document& overlay, const NosIndex& nos, Findings& out) {
    const LocalityOverlay& o = std::get<LocalityOverlay>(overlay.body);
    if (o.basic_info) {
        replace_if_given(p.basic_info.named_role, o.basic_info->named_role);
        replace_if_given(p.basic_info.area_of_work, o.basic_info->area_of_work);
        replace_if_given(p.basic_info.experience_required, o.basic_info->experience_required);
        p.basic_info.extras.merge(o.basic_info->extras);
    }
    apply_local_identity(p.local, o.local);
    apply_competences(p, overlay, o, nos, out);
    apply_local_competences(p, overlay, o, out);
    p.competences.extras.merge(o.competences_extras);
    if (o.learning) apply_learning(p.learning, *o.learning);
    if (o.cpd) apply_cpd(p.cpd, *o.cpd);
    append_new(p.references, o.references);
    // The overlay's own x- keys go to the top level of the profile it makes,
    // as its scalars do to the sections it patches.
    p.extras.merge(o.extras);
}

// Every reason to refuse this overlay, as error findings.
void check_overlay_for_merge(const Document& overlay, const Document& base, const CheckContext& ctx,
                             Findings& out) {
    const auto* o = overlay.as<LocalityOverlay>();
    if (o == nullptr) {
        out.push_back(finding("merge-wrong-kind", overlay, overlay.pos,
                              fmt::format("{} is {}, not a LocalityOverlay", shown_path(overlay.path),
                                          kind_with_article(overlay.kind)),
                              "merge takes a RoleProfile, then the LocalityOverlays to apply to it"));
        return;
    }
    if (!overlay_targets(overlay, base))
        out.push_back(finding("overlay-base-mismatch", overlay, o->base.pos,
                              fmt::format("overlay '{}' is for base '{}', not '{}'", overlay.id.value,
                                          o->base.value, base.id.value),
                              "merge it onto the profile it names, or correct its 'base'"));
    Findings refs;
    detail::check_overlay(overlay, *o, ctx, refs);
    for (Finding& f : refs)
        if (f.rule == rules::overlay_touches_national || f.rule == rules::nos_title_mismatch)
            out.push_back(std::move(f));
}

}  // namespace

bool overlay_targets(const Document& overlay, const Document& base) {
    const auto* o = overlay.as<LocalityOverlay>();
    if (o == nullptr) return false;
    const std::string& named = o->base.value;
    if (base_is_path(named)) {
        const fs::path file = fs::path(overlay.source_file()).parent_path() / named;
        const std::string identity = disk().stat(file).identity;
        // A path that names nothing on disk (a document read from memory) is
        // compared as written, as DocumentSet::find_path does.
        if (identity.empty())
            return !base.path.empty() && file.lexically_normal() == fs::path(base.source_file()).lexically_normal();
        return identity == disk().stat(base.source_file()).identity;
    }
    if (named == base.id.value) return true;
    const auto* p = base.as<RoleProfile>();
    return p && p->derived_from && p->derived_from->base.value == named;
}

MergeResult merge_overlays(const Document& base, const std::vector<const Document*>& overlays,
                           const CheckContext& ctx) {
    MergeResult result;
    const auto* profile = base.as<RoleProfile>();
    if (profile == nullptr) {
        result.findings.push_back(finding("merge-wrong-kind", base, base.pos,
                                          fmt::format("{} is {}, not a RoleProfile", shown_path(base.path),
                                                      kind_with_article(base.kind)),
                                          "merge takes a RoleProfile, then the LocalityOverlays to apply to it"));
        return result;
    }
    for (const Document* o : overlays) check_overlay_for_merge(*o, base, ctx, result.findings);
    if (has_errors(result.findings)) return result;

    Document merged = base;
    RoleProfile& p = std::get<RoleProfile>(merged.body);
    DerivedFrom derived = p.derived_from.value_or(DerivedFrom{Text{base.id.value}, {}, {}, {}});
    for (const Document* o : overlays) {
        apply_overlay(p, *o, ctx.nos, result.findings);
        derived.overlays.push_back(Text{o->id.value});
    }
    p.derived_from = std::move(derived);
    if (!overlays.empty()) merged.id = Text{overlays.back()->id.value};
    merged.path.clear();
    merged.file.clear();
    result.merged = std::move(merged);
    return result;
}

}  // namespace rolekit
