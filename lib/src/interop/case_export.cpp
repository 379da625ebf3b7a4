// Each kind as a CFPackage: what its items are, how they nest (isChildOf,
// ordered by sequenceNumber) and what else links them (isRelatedTo). What
// CASE has no field for goes under CFDocument.extensions.rolekit.
// docs/case.md is the user's account of this file.

#include <fmt/format.h>

#include <map>

#include "interop/case_package.hpp"
#include "rolekit/case.hpp"
#include "rolekit/nos_index.hpp"
#include "util/words.hpp"

namespace rolekit {

namespace {

using detail::CaseItem;
using detail::CaseJson;
using detail::CasePackage;
using detail::extension_json;

CaseJson rolekit_extension(const Document& doc) {
    return {{"kind", std::string(kind_name(doc.kind))}, {"id", doc.id.value}};
}

void put(CaseJson& j, const char* key, const Text& text) {
    if (!text.value.empty()) j[key] = text.value;
}

void put(CaseJson& j, const char* key, const std::vector<Text>& texts) {
    if (texts.empty()) return;
    CaseJson list = CaseJson::array();
    for (const Text& t : texts) list.push_back(t.value);
    j[key] = std::move(list);
}

// A key unique among siblings: the same text twice gets "#2".
class SiblingKeys {
public:
    std::string operator()(const std::string& parent, const std::string& name) {
        std::string key = parent + "/" + name;
        if (const int seen = seen_[key]++; seen > 0) key += fmt::format("#{}", seen + 1);
        return key;
    }

private:
    std::map<std::string, int> seen_;
};

// ---- NOS and competence groups (profiles, overlays, career frameworks) ----

// One item per NOS across all documents: by its code, else the catalogue's
// code for its title, else its title.
CaseItem nos_item(const NosRef& ref, const NosIndex& index) {
    std::string code = ref.code.value;
    std::string title = ref.title.value;
    if (code.empty())
        if (const NosStandard* s = index.by_title(title)) code = s->code.value;
    if (title.empty())
        if (const NosStandard* s = index.by_code(code)) title = s->title.value;
    CaseItem item;
    item.key = code.empty() ? "nos/title/" + title : "nos/code/" + code;
    item.shared = true;
    item.type = "NOS";
    item.full_statement = title.empty() ? code : title;
    item.coding = code;
    return item;
}

struct GroupExport {
    CasePackage& package;
    const NosIndex& index;
    SiblingKeys keys;

    void groups(const CompetenceGroups& groups, const std::string& parent_key,
                const std::string& parent) {
        int sequence = 0;
        for (const CompetenceGroup& g : groups) {
            CaseItem item;
            item.key = keys(parent_key, "group/" + g.area.value + "/" + g.function.value);
            item.type = "Competence group";
            item.full_statement = g.function.value;
            item.coding = g.area.value;
            item.notes = g.locality.value.empty() ? "" : "Added by " + g.locality.value;
            item.extensions = extension_json(g.extras);
            const std::string id = package.add_item(item);
            package.add_child(id, parent, ++sequence);
            int n = 0;
            for (const NosRef& ref : g.nos) package.add_child(package.add_item(nos_item(ref, index)), id, ++n);
        }
    }

    // A section of a profile: an item of its own, its groups below it.
    void section(const std::string& key, const std::string& name, const CompetenceGroups& gs,
                 int sequence) {
        CaseItem item{key, false, "Section", name, "", "", ""};
        const std::string id = package.add_item(item);
        package.add_child(id, package.document_identifier(), sequence);
        groups(gs, key, id);
    }
};

// ---- local competences (profiles, overlays) ----

// A local competence is named by the overlay that agreed it (`source` in a
// merged profile, the overlay itself) and its statement's words, so it keeps
// its identifier from the overlay into every profile merged from it, as a NOS
// does; one a profile states by hand is named by the profile.
CaseItem local_item(const LocalCompetence& c, const std::string& document_id) {
    std::string words;
    for (const std::string& w : detail::lower_words(c.statement.value)) (words += words.empty() ? "" : " ") += w;
    CaseItem item;
    const std::string& overlay = c.source.value.empty() ? document_id : c.source.value;
    item.key = "local/" + overlay + "/" + words;
    item.shared = true;
    item.type = "Local competence";
    item.full_statement = c.statement.value;
    item.notes = c.evidence.value;  // CFItem.notes: "information about the derivation"
    item.extensions = extension_json(c.extras);
    return item;
}

// The section "Locally Agreed Competences": a competence group per area,
// function and locality (in the order first stated), the local competences
// under their group, as a section's NOS are.
void local_section(CasePackage& package, const LocalCompetences& list, const std::string& document_id,
                   int sequence) {
    if (list.empty()) return;
    const std::string key = "local_competences";
    const std::string section = package.add_item({key, false, "Section", "Locally Agreed Competences", "", "", ""});
    package.add_child(section, package.document_identifier(), sequence);
    std::map<std::string, std::pair<std::string, int>> groups;  // group key -> identifier, children so far
    int group_sequence = 0;
    for (const LocalCompetence& c : list) {
        const std::string group_key = key + "/group/" + c.area.value + "/" + c.function.value +
                                      (c.locality.value.empty() ? "" : "/" + c.locality.value);
        auto it = groups.find(group_key);
        if (it == groups.end()) {
            CaseItem group{group_key, false, "Competence group", c.function.value, "", c.area.value,
                           c.locality.value.empty() ? "" : "Added by " + c.locality.value};
            const std::string id = package.add_item(group);
            package.add_child(id, section, ++group_sequence);
            it = groups.emplace(group_key, std::pair(id, 0)).first;
        }
        package.add_child(package.add_item(local_item(c, document_id)), it->second.first, ++it->second.second);
    }
}

// A local profile's own identity, by its rolekit keys, each when given.
void put_local_identity(CaseJson& ext, const LocalIdentity& local) {
    put(ext, "version", local.version);
    put(ext, "approved_by", local.approved_by);
    put(ext, "approved_on", local.approved_on);
    put(ext, "organisation", local.organisation);
    put(ext, "contact", local.contact);
}

CaseJson basic_info_json(const BasicInfo& b) {
    CaseJson j = CaseJson::object();
    put(j, "named_role", b.named_role);
    put(j, "area_of_work", b.area_of_work);
    put(j, "experience_required", b.experience_required);
    return j;
}

void export_role_profile(const Document& doc, const RoleProfile& p, CasePackage& package,
                         const NosIndex& index) {
    CaseJson ext = rolekit_extension(doc);
    ext["service"] = p.service.value;
    ext["level"] = p.level.value;
    put(ext, "level_descriptor", p.level_descriptor);
    ext["basic_info"] = basic_info_json(p.basic_info);
    put(ext, "references", p.references);
    // A local profile is the organisation's, in its own version: the CFDocument
    // says so, and keeps the national template's revision and publisher here.
    put_local_identity(ext, p.local);
    if (!p.local.version.value.empty()) put(ext, "revision", p.revision);
    if (!p.local.organisation.value.empty()) put(ext, "publisher", p.publisher);
    const Text& version = p.local.version.value.empty() ? p.revision : p.local.version;
    const Text& creator = p.local.organisation.value.empty() ? p.publisher : p.local.organisation;
    package.set_document(p.title.value, creator.value, version.value, p.scope.value, ext, p.extras);
    GroupExport out{package, index, {}};
    int sequence = 0;
    out.section("core", fmt::format("Common/Core Competences for all Level {} Roles", p.core_level()),
                p.competences.core, ++sequence);
    out.section("role_specific", "Role Specific Competences", p.competences.role_specific, ++sequence);
    for (const Facet& f : p.competences.facets)
        out.section("facet/" + f.name.value, f.name.value, f.groups, ++sequence);
    if (!p.competences.locality.empty())
        out.section("locality", "Locality Specific Competences", p.competences.locality, ++sequence);
    local_section(package, p.local_competences, doc.id.value, ++sequence);
}

void export_overlay(const Document& doc, const LocalityOverlay& o, CasePackage& package,
                    const NosIndex& index) {
    CaseJson ext = rolekit_extension(doc);
    ext["base"] = o.base.value;
    if (o.basic_info) ext["basic_info"] = basic_info_json(*o.basic_info);
    put(ext, "references", o.references);
    put_local_identity(ext, o.local);
    const Text& creator = o.local.organisation.value.empty() ? o.locality : o.local.organisation;
    package.set_document(o.locality.value, creator.value, o.local.version.value, "", ext, o.extras);
    GroupExport out{package, index, {}};
    out.section("locality", "Locality Specific Competences", o.competences, 1);
    local_section(package, o.local_competences, doc.id.value, 2);
}

void export_career_framework(const Document& doc, const CareerFramework& f, CasePackage& package,
                             const NosIndex& index) {
    package.set_document(f.title.value, "", "", "", rolekit_extension(doc), f.extras);
    GroupExport out{package, index, {}};
    int sequence = 0;
    for (const CareerLevel& l : f.levels) {
        const std::string key = fmt::format("level/{}", l.level.value);
        CaseItem item{key, false, "Career Framework level", l.descriptor.value,
                      fmt::format("Level {}", l.level.value), std::to_string(l.level.value), "",
                      extension_json(l.extras)};
        if (item.full_statement.empty()) item.full_statement = item.abbreviated_statement;
        const std::string id = package.add_item(item);
        package.add_child(id, package.document_identifier(), ++sequence);
        if (l.core) out.groups(*l.core, key, id);
    }
}

void export_catalog(const Document& doc, const NosCatalog& c, CasePackage& package,
                    const NosIndex& index) {
    package.set_document(c.title.value, "", "", "", rolekit_extension(doc), c.extras);
    int sequence = 0;
    for (const NosStandard& s : c.standards) {
        CaseItem item = nos_item(NosRef{s.code, s.title, s.pos, {}, true}, index);
        item.notes = s.suite.value;
        package.add_child(package.add_item(item), package.document_identifier(), ++sequence);
    }
}

void export_functional_map(const Document& doc, const FunctionalMap& m, CasePackage& package) {
    package.set_document(m.title.value, "", "", "", rolekit_extension(doc), m.extras);
    int sequence = 0;
    SiblingKeys keys;
    for (const FunctionalArea& a : m.areas) {
        const std::string key = "area/" + a.key.value;
        const std::string id = package.add_item({key, false, "Functional map area", a.name.value, "", a.key.value, "", extension_json(a.extras)});
        package.add_child(id, package.document_identifier(), ++sequence);
        int n = 0;
        for (const Text& f : a.functions)
            package.add_child(package.add_item({keys(key, f.value), false, "Reference function", f.value, "", "", ""}),
                              id, ++n);
    }
}

// ---- apprenticeship standards ----

void export_standard(const Document& doc, const OccupationalStandard& s, CasePackage& package) {
    CaseJson ext = rolekit_extension(doc);
    ext["level"] = s.level.value;
    if (s.duration_months) ext["duration_months"] = s.duration_months->value;
    put(ext, "reference", s.reference);
    put(ext, "occupation_summary", s.occupation_summary);
    put(ext, "key_relationships", s.key_relationships);
    put(ext, "responsibilities", s.responsibilities);
    put(ext, "typical_job_titles", s.typical_job_titles);
    put(ext, "entry_requirements", s.entry_requirements);
    package.set_document(s.title.value, "", "", s.broad_purpose.value, ext, s.extras);
    std::map<std::string, std::string> ids;  // K1 -> identifier
    int sequence = 0;
    const auto add = [&](const std::string& prefix, const std::string& type, const Ksb& k) {
        CaseItem item{prefix + "/" + k.id.value, false, type,
                      k.text.value.empty() ? k.name.value : k.text.value, k.name.value, k.id.value, "",
                      extension_json(k.extras)};
        if (item.abbreviated_statement == item.full_statement) item.abbreviated_statement.clear();
        ids[k.id.value] = package.add_item(item);
        package.add_child(ids[k.id.value], package.document_identifier(), ++sequence);
    };
    std::vector<std::string> duty_ids;
    for (const Duty& d : s.duties) {
        duty_ids.push_back(package.add_item({"duty/" + d.id.value, false, "Duty", d.text.value, "", d.id.value, "", extension_json(d.extras)}));
        package.add_child(duty_ids.back(), package.document_identifier(), ++sequence);
    }
    for (const Ksb& k : s.knowledge) add("knowledge", "Knowledge", k);
    for (const Ksb& k : s.skills) add("skill", "Skill", k);
    for (const Ksb& k : s.behaviours) add("behaviour", "Behaviour", k);
    for (std::size_t i = 0; i < s.duties.size(); ++i) {
        int n = 0;
        for (const auto* list : {&s.duties[i].knowledge, &s.duties[i].skills, &s.duties[i].behaviours})
            for (const Text& ksb : *list)
                if (auto it = ids.find(ksb.value); it != ids.end())
                    package.add_association("isRelatedTo", duty_ids[i], it->second, ++n);
    }
}

// ---- competence maps ----

// What an import from CASE kept under `x-case` that export can give back:
// the document's creator, a statement's humanCodingScheme.
std::string kept_value(const MapExtras& extras, std::string_view key) {
    for (const Extension& e : extras.extensions) {
        if (e.key != "x-case" || e.value.kind != YamlValue::Kind::map) continue;
        for (std::size_t i = 0; i + 1 < e.value.children.size(); i += 2)
            if (e.value.children[i].text == key) return e.value.children[i + 1].text;
    }
    return {};
}


struct MapExport {
    CasePackage& package;
    SiblingKeys keys;

    void statements(const std::vector<Statement>& list, const std::string& parent_key,
                    const std::string& parent) {
        int sequence = 0;
        for (const Statement& s : list) {
            const std::string key = keys(parent_key, "statement/" + s.text.value);
            const std::string id = package.add_item({key, false, "Competence statement", s.text.value, "",
                                                        kept_value(s.extras, "humanCodingScheme"), "", extension_json(s.extras)});
            package.add_child(id, parent, ++sequence);
            statements(s.parts, key, id);
        }
    }
};

void export_competence_map(const Document& doc, const CompetenceMap& m, CasePackage& package) {
    package.set_document(m.title.value, kept_value(m.extras, "creator"), m.revision.value, "", rolekit_extension(doc), m.extras);
    MapExport out{package, {}};
    const std::string& top = package.document_identifier();
    int sequence = 0;
    for (const Principle& p : m.principles)
        package.add_child(package.add_item({out.keys("", "principle/" + p.name.value), false, "Principle",
                                            p.name.value, "", "", p.description.value, extension_json(p.extras)}),
                          top, ++sequence);
    std::map<std::string, std::string> domain_ids;
    for (const Domain& d : m.domains) {
        const std::string key = "domain/" + d.id.value;
        const std::string id = package.add_item({key, false, "Domain", d.name.value, "", d.id.value, d.description.value, extension_json(d.extras)});
        domain_ids.emplace(d.id.value, id);
        package.add_child(id, top, ++sequence);
        int n = 0;
        for (const CompetenceArea& a : d.areas) {
            const std::string area_key = key + "/area/" + a.id.value;
            const std::string area = package.add_item({area_key, false, "Competence area", a.name.value, "", a.id.value, "", extension_json(a.extras)});
            package.add_child(area, id, ++n);
            out.statements(a.statements, area_key, area);
        }
        out.statements(d.statements, key, id);
    }
    for (const CurriculumSection& s : m.curriculum) {
        const std::string key = fmt::format("section/{}", s.section.value);
        const std::string id = package.add_item(
            {key, false, "Curriculum section", s.name.value, "", std::to_string(s.section.value), ""});
        package.add_child(id, top, ++sequence);
        int n = 0;
        for (const CurriculumUnit& u : s.units) {
            const std::string unit = package.add_item({"unit/" + u.id.value, false, "Curriculum unit", u.name.value, "", u.id.value, "", extension_json(u.extras)});
            package.add_child(unit, id, ++n);
            int k = 0;
            for (const Text& d : u.domains)
                if (auto it = domain_ids.find(d.value); it != domain_ids.end())
                    package.add_association("isRelatedTo", unit, it->second, ++k);
        }
    }
}

}  // namespace

std::string export_case(const Document& doc, const DocumentSet& scope, const CaseExportOptions& options) {
    CasePackage package(doc.id.value, options);
    const NosIndex index(scope.catalogs());
    std::visit(
        [&](const auto& body) {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, RoleProfile>) export_role_profile(doc, body, package, index);
            else if constexpr (std::is_same_v<T, LocalityOverlay>) export_overlay(doc, body, package, index);
            else if constexpr (std::is_same_v<T, NosCatalog>) export_catalog(doc, body, package, index);
            else if constexpr (std::is_same_v<T, FunctionalMap>) export_functional_map(doc, body, package);
            else if constexpr (std::is_same_v<T, CareerFramework>) export_career_framework(doc, body, package, index);
            else if constexpr (std::is_same_v<T, CompetenceMap>) export_competence_map(doc, body, package);
            else export_standard(doc, body, package);
        },
        doc.body);
    return package.text();
}

}  // namespace rolekit
