#include "rolekit/write_yaml.hpp"

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <algorithm>
#include <array>

namespace rolekit {

namespace {

using YAML::BeginMap;
using YAML::BeginSeq;
using YAML::EndMap;
using YAML::EndSeq;
using YAML::Key;
using YAML::Value;

// Text YAML's core schema would read as a number or a boolean: quoted, so
// that `area: "1"` stays text for every YAML reader, not only ours.
bool looks_like_non_text(const std::string& s) {
    static constexpr std::array kWords = {"true", "false", "yes", "no", "on", "off",
                                          "True", "False", "Yes", "No", "On", "Off",
                                          "TRUE", "FALSE", "YES", "NO", "ON", "OFF"};
    if (std::find(kWords.begin(), kWords.end(), s) != kWords.end()) return true;
    return !s.empty() && s.find_first_not_of("0123456789.+-eE_xo") == std::string::npos &&
           std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A literal block (`|`) reads back exactly only for text that ends in one
// newline, has no trailing blanks on a line, no leading blank on the first
// line, and no characters that need escaping.
bool fits_literal_block(const std::string& s) {
    if (s.size() < 2 || s.back() != '\n' || s[s.size() - 2] == '\n') return false;
    if (s.front() == ' ' || s.front() == '\n') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\n') return false;
        if (c == '\n' && i > 0 && s[i - 1] == ' ') return false;
    }
    return true;
}

void text(YAML::Emitter& out, const std::string& s) {
    // A carriage return too: yaml-cpp writes it raw in a plain scalar, where
    // it reads back as a line break.
    if (s.find_first_of("\n\r") != std::string::npos)
        out << (fits_literal_block(s) ? YAML::Literal : YAML::DoubleQuoted) << s;
    else if (looks_like_non_text(s))
        out << YAML::DoubleQuoted << s;
    else
        out << s;
}

void field(YAML::Emitter& out, const char* key, const Text& value, bool always = false) {
    if (value.value.empty() && !always) return;
    out << Key << key << Value;
    text(out, value.value);
}

void text_list(YAML::Emitter& out, const char* key, const std::vector<Text>& items) {
    out << Key << key << Value << BeginSeq;
    for (const Text& t : items) text(out, t.value);
    out << EndSeq;
}

void nos_ref(YAML::Emitter& out, const NosRef& ref) {
    if (!ref.has_code()) {
        text(out, ref.title.value);
        return;
    }
    out << YAML::Flow << BeginMap;
    field(out, "code", ref.code);
    field(out, "title", ref.title);
    out << EndMap;
}

void groups(YAML::Emitter& out, const char* key, const CompetenceGroups& gs) {
    out << Key << key << Value << BeginSeq;
    for (const CompetenceGroup& g : gs) {
        out << BeginMap;
        field(out, "area", g.area, true);
        field(out, "function", g.function, true);
        out << Key << "nos" << Value << BeginSeq;
        for (const NosRef& ref : g.nos) nos_ref(out, ref);
        out << EndSeq;
        field(out, "source", g.source);
        field(out, "locality", g.locality);
        out << EndMap;
    }
    out << EndSeq;
}

void competences(YAML::Emitter& out, const Competences& c) {
    out << Key << "competences" << Value << BeginMap;
    if (c.core_level) out << Key << "core_level" << Value << c.core_level->value;
    groups(out, "core", c.core);
    groups(out, "role_specific", c.role_specific);
    if (!c.facets.empty()) {
        out << Key << "facets" << Value << BeginSeq;
        for (const Facet& f : c.facets) {
            out << BeginMap;
            field(out, "name", f.name, true);
            groups(out, "groups", f.groups);
            out << EndMap;
        }
        out << EndSeq;
    }
    groups(out, "locality", c.locality);
    out << EndMap;
}

void learning(YAML::Emitter& out, const Learning& l) {
    out << Key << "learning" << Value << BeginMap;
    field(out, "transferable_role", l.transferable_role);
    text_list(out, "formal", l.formal);
    text_list(out, "informal", l.informal);
    field(out, "nos_used", l.nos_used);
    field(out, "credits", l.credits);
    field(out, "accreditation", l.accreditation);
    field(out, "apel_progression", l.apel_progression);
    field(out, "registration", l.registration, true);
    out << EndMap;
}

void cpd(YAML::Emitter& out, const Cpd& c) {
    out << Key << "cpd" << Value << BeginMap;
    text_list(out, "statutory_mandatory", c.statutory_mandatory);
    if (c.formal) {
        out << Key << "formal" << Value << YAML::Flow << BeginMap;
        field(out, "title", c.formal->title, true);
        field(out, "awarding_body", c.formal->awarding_body, true);
        field(out, "credit", c.formal->credit, true);
        field(out, "level", c.formal->level, true);
        out << EndMap;
    }
    field(out, "informal", c.informal);
    field(out, "impact_method", c.impact_method);
    field(out, "funding", c.funding);
    field(out, "frequency", c.frequency);
    out << EndMap;
}

void basic_info(YAML::Emitter& out, const BasicInfo& b) {
    out << Key << "basic_info" << Value << BeginMap;
    field(out, "named_role", b.named_role, true);
    field(out, "area_of_work", b.area_of_work, true);
    field(out, "experience_required", b.experience_required, true);
    out << EndMap;
}

void derived_from(YAML::Emitter& out, const DerivedFrom& d) {
    out << Key << "derived_from" << Value << BeginMap;
    field(out, "base", d.base, true);
    out << Key << "overlays" << Value << YAML::Flow << BeginSeq;
    for (const Text& o : d.overlays) text(out, o.value);
    out << EndSeq << EndMap;
}

}  // namespace

std::string yaml_scalar(const std::string& s) {
    YAML::Emitter out;
    text(out, s);
    return out.c_str();
}

std::string role_profile_to_yaml(const Document& doc) {
    const RoleProfile& p = std::get<RoleProfile>(doc.body);
    YAML::Emitter out;
    out.SetIndent(2);
    out << BeginMap;
    out << Key << "kind" << Value << "RoleProfile";
    out << Key << "format" << Value << kFormatVersion;
    field(out, "id", doc.id, true);
    field(out, "title", p.title, true);
    field(out, "service", p.service, true);
    out << Key << "level" << Value << p.level.value;
    field(out, "revision", p.revision);
    field(out, "publisher", p.publisher);
    field(out, "level_descriptor", p.level_descriptor);
    basic_info(out, p.basic_info);
    field(out, "scope", p.scope, true);
    competences(out, p.competences);
    if (p.learning) learning(out, *p.learning);
    if (p.cpd) cpd(out, *p.cpd);
    if (!p.references.empty()) text_list(out, "references", p.references);
    if (p.derived_from) derived_from(out, *p.derived_from);
    out << EndMap;
    return std::string(out.c_str()) + "\n";
}

}  // namespace rolekit
