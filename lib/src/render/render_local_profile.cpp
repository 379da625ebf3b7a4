// What makes a page a local profile's: whose it is, its own version and
// approval, the national template it is based on, and the competences its
// localities added. A merged profile keeps the template's title, level,
// revision and publisher (an overlay cannot change them), so the page names
// the template from the profile itself, never by its id.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

#include "render/profile_tables.hpp"
#include "schema/document_shapes.hpp"
#include "schema/format_keys.hpp"

namespace rolekit::detail {

namespace {

// The locality that added a group or a local competence (`source`, the
// overlay's id): as merge recorded it, else as the overlay (when loaded)
// says; empty when neither is known.
std::string locality_of(const Text& source, const Text& locality, const DocumentSet& ctx) {
    if (!locality.value.empty() || source.value.empty()) return locality.value;
    const Document* overlay = ctx.find(source.value);
    const auto* o = overlay ? overlay->as<LocalityOverlay>() : nullptr;
    return o ? o->locality.value : "";
}

// An overlay's locality: its own `locality` when it is loaded, else the one
// merge recorded on what it added; empty when neither says.
std::string overlay_locality(const std::string& id, const RoleProfile& p, const DocumentSet& ctx) {
    const Document* d = ctx.find(id);
    if (const auto* o = d ? d->as<LocalityOverlay>() : nullptr; o && !o->locality.value.empty())
        return o->locality.value;
    for (const CompetenceGroup& g : p.competences.locality)
        if (g.source.value == id && !g.locality.value.empty()) return g.locality.value;
    for (const LocalCompetence& c : p.local_competences)
        if (c.source.value == id && !c.locality.value.empty()) return c.locality.value;
    return {};
}

// The localities a merged profile was made for, in overlay order, each once.
// Empty for a national template. `unknown` counts the overlays whose locality
// is not known.
std::vector<std::string> localities_of(const RoleProfile& p, const DocumentSet& ctx, int* unknown = nullptr) {
    std::vector<std::string> out;
    const auto add = [&](const std::string& l) {
        if (!l.empty() && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    };
    if (p.derived_from)
        for (const Text& id : p.derived_from->overlays) {
            const std::string locality = overlay_locality(id.value, p, ctx);
            if (locality.empty() && unknown != nullptr) ++*unknown;
            add(locality);
        }
    for (const CompetenceGroup& g : p.competences.locality)
        if (!g.source.value.empty()) add(locality_of(g.source, g.locality, ctx));
    return out;
}

std::string and_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

// "3 March 2026" for 2026-03-03 (load checked the date; anything else is
// shown as written).
std::string date_in_words(const std::string& iso) {
    int month = 0, day = 0;
    if (iso.size() != 10 || std::from_chars(iso.data() + 5, iso.data() + 7, month).ec != std::errc{} ||
        std::from_chars(iso.data() + 8, iso.data() + 10, day).ec != std::errc{} || month < 1 || month > 12)
        return iso;
    return fmt::format("{} {} {}", day, kMonthNames[month - 1], iso.substr(0, 4));
}

// "approved by Head of Service on 3 March 2026"; empty when neither is given.
std::string approval(const LocalIdentity& id) {
    std::string out;
    if (!id.approved_by.value.empty()) out = "approved by " + id.approved_by.value;
    if (!id.approved_on.value.empty())
        out += (out.empty() ? "approved on " : " on ") + date_in_words(id.approved_on.value);
    return out;
}

// A revision mid-sentence: "Revised February 2023" reads "revised February
// 2023"; a revision that does not start with such a word keeps its case.
std::string revision_in_sentence(std::string revision) {
    for (const std::string_view word : {"Revised ", "Updated ", "Published ", "Reviewed ", "Issued "})
        if (revision.starts_with(word)) revision[0] = static_cast<char>(revision[0] - 'A' + 'a');
    return revision;
}

// "the national Skills for Health template Peer Support Worker (Career
// Framework Level 3, revised February 2023)".
std::string national_template(const RoleProfile& p) {
    std::string details = fmt::format("Career Framework Level {}", p.level.value);
    if (!p.revision.value.empty()) details += ", " + revision_in_sentence(p.revision.value);
    return fmt::format("the national {}template {} ({})",
                       p.publisher.value.empty() ? "" : p.publisher.value + " ", p.title.value, details);
}

// Where a local profile comes from, in one sentence made only of names and
// titles: "Dorset Liaison and Diversion Service — local profile, version 1.2,
// approved by … on 3 March 2026; based on the national Skills for Health
// template …". Empty for a profile that records no derivation.
std::string provenance(const RoleProfile& p, const DocumentSet& ctx) {
    if (!p.derived_from) return {};
    int unknown = 0;
    std::vector<std::string> places = localities_of(p, ctx, &unknown);
    if (unknown > 0 && !places.empty())
        places.push_back(unknown == 1 ? "one other locality" : fmt::format("{} other localities", unknown));
    std::string head = places.empty() ? "Local profile" : and_list(places) + " — local profile";
    if (!p.local.version.value.empty()) head += ", version " + p.local.version.value;
    if (const std::string approved = approval(p.local); !approved.empty()) head += ", " + approved;
    return fmt::format("{}; based on {}.", head, national_template(p));
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts)
        if (!part.empty()) out += (out.empty() ? "" : " · ") + part;
    return out;
}

// The footer's version: a local profile's own, else a national template's
// revision (never the template's on a local profile).
std::string frame_version(const RoleProfile& p) {
    if (!p.local.version.value.empty()) return "Version " + p.local.version.value;
    if (p.derived_from || p.revision.value.empty()) return "";
    return revision_for_frame(p.revision.value);
}

// A row of the local identity, labelled as the format's table labels it.
std::pair<std::string, Lines> identity_row(std::string_view key, std::string value) {
    return {std::string(label_of("RoleProfile", key)), {std::move(value)}};
}

}  // namespace

// A local profile says whose it is where a reader looks first: the page
// title (and so the browser's tab and print header), the line under it and
// the first rows of the table. The national template's revision and
// publisher are shown as what it is based on, never as the local profile's.
void title_block(Page& page, const RoleProfile& p, const DocumentSet& ctx) {
    const std::string locality = and_list(localities_of(p, ctx));
    const bool local = p.derived_from.has_value();
    page.title = locality.empty() ? p.title.value : fmt::format("{} — {}", p.title.value, locality);
    page.subtitle = joined({locality.empty() ? "" : "Local profile for " + locality, p.service.value,
                            fmt::format("Career Framework Level {}", p.level.value)});
    std::vector<std::pair<std::string, Lines>> rows;
    if (!locality.empty()) rows.push_back({"Locality", {locality}});
    rows.push_back(identity_row(key::organisation, p.local.organisation.value));
    rows.insert(rows.end(), {{"Service", {p.service.value}},
                             {"Role", {p.basic_info.named_role.value}},
                             {"Career Framework level", {fmt::format("Level {}", p.level.value)}}});
    rows.insert(rows.end(), {identity_row(key::version, p.local.version.value),
                             identity_row(key::approved_by, p.local.approved_by.value),
                             identity_row(key::approved_on, p.local.approved_on.value.empty()
                                                                ? ""
                                                                : date_in_words(p.local.approved_on.value)),
                             identity_row(key::contact, p.local.contact.value)});
    if (local) {
        std::string based_on = national_template(p);
        based_on[0] = 'T';  // "The national ...", as a row's value starts
        rows.push_back({"Based on", {based_on}});
    } else {
        rows.insert(rows.end(), {{"Revision", {p.revision.value}}, {"Publisher", {p.publisher.value}}});
    }
    page.table(key_values(local ? "Local role profile" : "Transferable role profile", "", rows));
    page.paragraph(provenance(p, ctx));
    page.frame = {page.title, frame_version(p), local ? "Local role profile" : "Transferable role profile",
                  !p.local.organisation.value.empty() ? p.local.organisation.value
                  : local                             ? ""
                                                      : p.publisher.value};
}

namespace {

// "Added by Wiltshire Liaison and Diversion Service". Never the overlay's id:
// when its locality is unknown, the competences were still added locally.
std::string added_by(const Text& source, const Text& locality, const DocumentSet& ctx) {
    const std::string name = locality_of(source, locality, ctx);
    if (!name.empty()) return "Added by " + name;
    return source.value.empty() ? "" : "Added locally";
}

// What one overlay added, shown as one table: its NOS groups, then its local
// competences.
struct LocalityBlock {
    Text source;
    Text locality;
    CompetenceGroups groups;
    std::vector<const LocalCompetence*> local;
};

bool same_origin(const LocalityBlock& b, const Text& source, const Text& locality) {
    return b.source.value == source.value && b.locality.value == locality.value;
}

// Consecutive groups from one overlay share a block; a local competence joins
// the last block of its overlay, or starts one of its own.
std::vector<LocalityBlock> locality_blocks(const RoleProfile& p) {
    std::vector<LocalityBlock> blocks;
    for (const CompetenceGroup& g : p.competences.locality) {
        if (blocks.empty() || !same_origin(blocks.back(), g.source, g.locality))
            blocks.push_back({g.source, g.locality, {}, {}});
        blocks.back().groups.push_back(g);
    }
    for (const LocalCompetence& c : p.local_competences) {
        const auto it = std::find_if(blocks.rbegin(), blocks.rend(), [&](const LocalityBlock& b) {
            return same_origin(b, c.source, c.locality);
        });
        if (it != blocks.rend()) {
            it->local.push_back(&c);
        } else {
            blocks.push_back({c.source, c.locality, {}, {&c}});
        }
    }
    return blocks;
}

// A locality's own competences are marked as such in the Competence column:
// they are not NOS, and a reader must not take them for national standards.
void add_local_rows(Table& t, const std::vector<const LocalCompetence*>& local, const FunctionalMap* map,
                    std::string last_area) {
    for (const LocalCompetence* c : local) {
        Lines competence{"Local competence: " + c->statement.value};
        if (!c->evidence.value.empty()) competence.push_back("Evidence: " + c->evidence.value);
        const bool new_area = c->area.value != last_area;
        t.rows.push_back({new_area ? Lines{area_label(c->area.value, map)} : Lines{}, Lines{c->function.value},
                          std::move(competence)});
        last_area = c->area.value;
    }
}

}  // namespace

void locality_section(Page& page, const RoleProfile& p, const DocumentSet& ctx, const FunctionalMap* map,
                      const NosIndex& nos) {
    page.heading(2, "Locality Specific Competences");
    const std::vector<LocalityBlock> blocks = locality_blocks(p);
    if (blocks.empty()) {
        page.note("No locality specific competences have been added.");
        return;
    }
    for (const LocalityBlock& b : blocks) {
        page.paragraph(added_by(b.source, b.locality, ctx));
        Table t = competence_table(b.groups, map, nos);
        add_local_rows(t, b.local, map, b.groups.empty() ? "" : b.groups.back().area.value);
        page.table(std::move(t));
    }
}

}  // namespace rolekit::detail
