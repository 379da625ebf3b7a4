// The built-in library against the seed documents it encodes. Every count and
// sample below was checked by reading the seed (../shared/seeds/000..004).

#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <set>

#include "rolekit/library.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {

const Library& library() {
    static const Library lib = load_library({test::frameworks_dir()});
    return lib;
}

template <class T>
const T& get(const std::string& id) {
    const Document* doc = library().documents.find(id);
    REQUIRE_MESSAGE(doc, "missing document " << id);
    const T* body = doc->as<T>();
    REQUIRE(body);
    return *body;
}

std::size_t nos_count(const CompetenceGroups& groups) {
    std::size_t n = 0;
    for (const CompetenceGroup& g : groups) n += g.nos.size();
    return n;
}

std::vector<std::string> titles(const CompetenceGroup& g) {
    std::vector<std::string> out;
    for (const NosRef& r : g.nos) out.push_back(r.title.value);
    return out;
}

// Groups (area, function, titles) as a flat list, for comparisons.
bool same_groups(const CompetenceGroups& a, const CompetenceGroups& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.area.value == y.area.value && x.function.value == y.function.value &&
               titles(x) == titles(y);
    });
}

}  // namespace

TEST_CASE("every file in frameworks/ loads without a single finding") {
    const Library& lib = library();
    for (const Finding& f : lib.findings) CAPTURE(f.file + ": " + f.message);
    CHECK(lib.findings.empty());
    CHECK(lib.unusable == 0);
    CHECK(lib.documents.documents().size() == 10);  // 7 from the seeds, 3 overlays
}

TEST_CASE("Level 3 Peer Support Worker (seed 000)") {
    const auto& p = get<RoleProfile>("ld-peer-support-worker-l3");
    CHECK(p.title.value == "Peer Support Worker");
    CHECK(p.service.value == "Liaison and Diversion Service");
    CHECK(p.level.value == 3);
    CHECK(p.core_level() == 3);
    CHECK(p.revision.value == "Revised February 2023");
    CHECK(p.basic_info.named_role.value == "Peer Support Worker");
    CHECK(p.basic_info.area_of_work.value == "Liaison and Diversion");
    CHECK(p.basic_info.experience_required.value.rfind("Must be at least 18 years old", 0) == 0);
    CHECK(p.level_descriptor.value.rfind("People at level 3 require knowledge of facts", 0) == 0);
    CHECK(p.scope.value.find("viii) Raise concerns to feed into clinical supervision") !=
          std::string::npos);

    const auto& core = p.competences.core;
    CHECK(core.size() == 12);
    CHECK(nos_count(core) == 14);
    CHECK(core[0].area.value == "1");
    CHECK(core[0].function.value == "Communicate effectively");
    CHECK(titles(core[0]) ==
          std::vector<std::string>{"Communicate effectively in a health care environment"});
    CHECK(core[3].function.value == "Ensure you own actions reduce risks to health and safety");
    CHECK(titles(core[3]).size() == 3);
    CHECK(core.back().area.value == "H");
    CHECK(titles(core.back()) == std::vector<std::string>{"Use digital communications"});
    // Area 4 is absent from the printed core (uneven numbering in the seed).
    CHECK(std::none_of(core.begin(), core.end(), [](auto& g) { return g.area.value == "4"; }));

    const auto& role = p.competences.role_specific;
    CHECK(role.size() == 14);
    CHECK(nos_count(role) == 21);
    CHECK(role[3].function.value == "Provide information, advice and guidance");
    CHECK(titles(role[3]) == std::vector<std::string>{
                                 "Advise and inform others on services",
                                 "Advise on access to and use of services",
                                 "Support individuals to access information on services and facilities"});
    CHECK(titles(role.back()) == std::vector<std::string>{"Lead and Motivate Volunteers",
                                                          "Recruit and place volunteers",
                                                          "Induct volunteers"});
    CHECK(p.competences.locality.empty());
    CHECK(p.competences.facets.empty());

    REQUIRE(p.learning);
    CHECK(p.learning->transferable_role.value == "Liaison and Diversion Service Peer Support Worker");
    CHECK(p.learning->formal.size() == 18);
    CHECK(p.learning->formal.back().value == "Safeguarding");
    CHECK(p.learning->informal.size() == 3);
    REQUIRE(p.cpd);
    CHECK(p.cpd->statutory_mandatory.size() == 3);
    CHECK(p.cpd->impact_method.value == "Annual appraisal");
    CHECK(p.references.size() == 4);
    CHECK(p.references.back().value ==
          "NHS England Liaison and Diversion Standard Service Specification (2019)");
}

TEST_CASE("the Level 3 seed's own defects are encoded as printed") {
    const auto& p = get<RoleProfile>("ld-peer-support-worker-l3");
    const std::string twice = "Support individuals to access information on services and facilities";
    int in_role = 0;
    for (const auto& g : p.competences.role_specific) {
        const auto t = titles(g);
        in_role += static_cast<int>(std::count(t.begin(), t.end(), twice));
    }
    CHECK(in_role == 2);  // listed twice in the role-specific section

    const std::string both = "Manage and organise your own time and activities";
    const auto has = [&](const CompetenceGroups& gs) {
        return std::any_of(gs.begin(), gs.end(), [&](auto& g) {
            const auto t = titles(g);
            return std::find(t.begin(), t.end(), both) != t.end();
        });
    };
    CHECK(has(p.competences.core));
    CHECK(has(p.competences.role_specific));  // in core and role-specific
}

TEST_CASE("Level 8 Strategic Manager (seed 001) states the Level 7 core set") {
    const auto& p = get<RoleProfile>("ld-strategic-manager-l8");
    CHECK(p.title.value == "Strategic Manager");
    CHECK(p.level.value == 8);
    CHECK(p.core_level() == 7);
    CHECK(p.basic_info.named_role.value == "Liaison and Diversion Strategic Manager");
    CHECK(p.competences.core.size() == 18);
    CHECK(nos_count(p.competences.core) == 22);
    CHECK(p.competences.role_specific.size() == 23);
    CHECK(nos_count(p.competences.role_specific) == 31);
    const auto& core = p.competences.core;
    CHECK(core[1].function.value == "Develop your own knowledge and practice");
    CHECK(titles(core[1]) ==
          std::vector<std::string>{"Synthesise new knowledge into the development of your own practice",
                                   "Develop and maintain your professional networks"});
    const auto& last = p.competences.role_specific.back();
    CHECK(last.area.value == "H");
    CHECK(last.function.value == "Manage a budget");
    CHECK(titles(last) == std::vector<std::string>{"Manage budgets"});
    REQUIRE(p.learning);
    CHECK(p.learning->formal.empty());
    CHECK(p.learning->informal.size() == 11);
    CHECK(p.learning->informal.back().value == "PREVENT");
    REQUIRE(p.cpd);
    CHECK(p.cpd->statutory_mandatory.empty());
    CHECK(p.references.size() == 4);
}

TEST_CASE("NOS catalogue holds every NOS title the profiles use, codes only where known") {
    const auto& cat = get<NosCatalog>("health-nos");
    CHECK(cat.standards.size() == 70);
    std::set<std::string> catalogue_titles;
    int coded = 0;
    for (const NosStandard& s : cat.standards) {
        catalogue_titles.insert(s.title.value);
        if (!s.code.value.empty()) {
            ++coded;
            CHECK(s.status.value == NosStatus::current);
        } else {
            CHECK(s.status.value == NosStatus::uncoded);
        }
    }
    CHECK(catalogue_titles.size() == 70);  // titles are unique
    // Only codes a public source names with exactly the seeds' title (sources beside each entry).
    std::set<std::pair<std::string, std::string>> codes;
    for (const NosStandard& s : cat.standards)
        if (!s.code.value.empty()) codes.emplace(s.code.value, s.title.value);
    CHECK(coded == 4);
    CHECK(codes == std::set<std::pair<std::string, std::string>>{
                       {"SFHGEN23", "Monitor your own work practices"},
                       {"PROHSS1", "Make sure your own actions reduce risks to health and safety"},
                       {"SCDHSC0233", "Develop effective relationships with individuals"},
                       {"SCDHSC0033", "Develop your practice through reflection and learning"}});
    // Printed "health care"; the standard SFHGEN97 is titled "healthcare": no code.
    CHECK(cat.standards[0].title.value == "Communicate effectively in a health care environment");
    CHECK(cat.standards[0].code.value.empty());
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"}) {
        const auto& p = get<RoleProfile>(id);
        for (const auto* groups : {&p.competences.core, &p.competences.role_specific})
            for (const auto& g : *groups)
                for (const auto& n : g.nos) {
                    CAPTURE(n.title.value);
                    CHECK(catalogue_titles.count(n.title.value) == 1);
                }
    }
}

TEST_CASE("profiles and the career framework give NOS by title only: codes come from the catalogue") {
    const auto title_only = [](const CompetenceGroups& groups) {
        for (const auto& g : groups)
            for (const auto& n : g.nos) {
                CAPTURE(n.title.value);
                CHECK(n.code.value.empty());
                CHECK_FALSE(n.title.value.empty());
            }
    };
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"}) {
        CAPTURE(id);
        const auto& p = get<RoleProfile>(id);
        title_only(p.competences.core);
        title_only(p.competences.role_specific);
    }
    for (const auto& level : get<CareerFramework>("skills-for-health-career-framework").levels)
        if (level.core) title_only(*level.core);
    // validate on the built-in library reports no nos-uncoded: the seeds print titles only, and
    // the profiles say so where the catalogue knows a code (rolekit-disable-line comments).
    const test::Run r = test::run_rolekit("validate " + test::shell_quote(test::frameworks_dir().string()));
    CHECK(r.out.find("nos-uncoded") == std::string::npos);
    CHECK(r.out.find(" 0 infos") != std::string::npos);
}

TEST_CASE("functional map has every area and reference function the profiles use") {
    const auto& map = get<FunctionalMap>("health-functional-map");
    std::vector<std::string> keys;
    std::size_t functions = 0;
    for (const auto& a : map.areas) {
        keys.push_back(a.key.value);
        functions += a.functions.size();
    }
    CHECK(keys == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "A", "B", "C", "D", "F", "H"});
    CHECK(functions == 51);
    CHECK(map.areas[5].name.value == "Equality & Diversity");
    CHECK(map.areas[9].name.value ==
          "Information Management / Information and Communication Technology");
    std::set<std::pair<std::string, std::string>> in_map;
    for (const auto& a : map.areas)
        for (const auto& f : a.functions) in_map.emplace(a.key.value, f.value);
    for (const char* id : {"ld-peer-support-worker-l3", "ld-strategic-manager-l8"}) {
        const auto& p = get<RoleProfile>(id);
        for (const auto* groups : {&p.competences.core, &p.competences.role_specific})
            for (const auto& g : *groups) {
                CAPTURE(g.function.value);
                CHECK(in_map.count({g.area.value, g.function.value}) == 1);
            }
    }
}

TEST_CASE("career framework: descriptors for levels 3 and 8, core sets for levels 3 and 7") {
    const auto& cf = get<CareerFramework>("skills-for-health-career-framework");
    REQUIRE(cf.levels.size() == 3);
    CHECK(cf.levels[0].level.value == 3);
    CHECK(cf.levels[0].descriptor.value ==
          get<RoleProfile>("ld-peer-support-worker-l3").level_descriptor.value);
    CHECK(cf.levels[0].example_roles.size() == 3);
    REQUIRE(cf.levels[0].core);
    CHECK(same_groups(*cf.levels[0].core, get<RoleProfile>("ld-peer-support-worker-l3").competences.core));
    CHECK(cf.levels[1].level.value == 7);
    CHECK(cf.levels[1].descriptor.value.empty());
    REQUIRE(cf.levels[1].core);
    CHECK(same_groups(*cf.levels[1].core, get<RoleProfile>("ld-strategic-manager-l8").competences.core));
    CHECK(cf.levels[2].level.value == 8);
    CHECK(cf.levels[2].descriptor.value.rfind("People at level 8", 0) == 0);
    CHECK_FALSE(cf.levels[2].core);
}

TEST_CASE("Peer worker apprenticeship standard (seed 002)") {
    const auto& s = get<OccupationalStandard>("peer-worker-l3");
    CHECK(s.title.value == "Peer worker");
    CHECK(s.level.value == 3);
    REQUIRE(s.duration_months);
    CHECK(s.duration_months->value == 15);
    CHECK(s.duties.size() == 10);
    CHECK(s.knowledge.size() == 59);
    CHECK(s.skills.size() == 51);
    CHECK(s.behaviours.size() == 6);
    CHECK(s.knowledge[0].text.value == "the core values and principles of peer support");
    CHECK(s.skills[0].text.value == "develops and maintains a mutual and reciprocal peer relationship");
    CHECK(s.behaviours[2].name.value == "Holding hope");
    CHECK(s.duties[3].text.value ==
          "Facilitate individuals to self-advocate and understand their rights and choices");
    // The duty to K/S mapping as printed: consecutive ranges per duty.
    const std::vector<std::pair<int, int>> k_ranges = {{1, 8},   {9, 13},  {14, 22}, {23, 25}, {26, 31},
                                                       {32, 37}, {38, 44}, {45, 47}, {48, 52}, {53, 59}};
    const std::vector<std::pair<int, int>> s_ranges = {{1, 5},   {6, 9},   {10, 18}, {19, 20}, {21, 25},
                                                       {26, 29}, {30, 36}, {37, 40}, {41, 45}, {46, 51}};
    for (std::size_t d = 0; d < s.duties.size(); ++d) {
        CAPTURE(d);
        const Duty& duty = s.duties[d];
        CHECK(duty.id.value == "D" + std::to_string(d + 1));
        REQUIRE(duty.knowledge.size() == std::size_t(k_ranges[d].second - k_ranges[d].first + 1));
        CHECK(duty.knowledge.front().value == "K" + std::to_string(k_ranges[d].first));
        CHECK(duty.knowledge.back().value == "K" + std::to_string(k_ranges[d].second));
        REQUIRE(duty.skills.size() == std::size_t(s_ranges[d].second - s_ranges[d].first + 1));
        CHECK(duty.skills.front().value == "S" + std::to_string(s_ranges[d].first));
        CHECK(duty.skills.back().value == "S" + std::to_string(s_ranges[d].second));
        CHECK(duty.behaviours.empty());  // the seed maps no behaviour to a duty
    }
}

TEST_CASE("NCCMH Peer Support Worker competence map (seed 004)") {
    const auto& m = get<CompetenceMap>("nccmh-psw-mental-health");
    CHECK(m.title.value == "Peer Support Worker Competence Framework for Mental Health");
    CHECK(m.principles.size() == 8);
    CHECK(m.principles[2].name.value == "Mutuality");
    CHECK(m.principles[2].description.value.rfind("Each person's experience is of equal value.", 0) == 0);
    REQUIRE(m.domains.size() == 10);
    CHECK(m.domains[0].id.value == "values-and-principles");
    CHECK(m.domains[9].id.value == "organisational-competences");
    REQUIRE(m.curriculum.size() == 4);
    std::vector<std::size_t> units;
    for (const auto& s : m.curriculum) units.push_back(s.units.size());
    CHECK(units == std::vector<std::size_t>{8, 5, 2, 14});
    CHECK(m.curriculum[0].units[5].id.value == "1.6");
    CHECK(m.curriculum[3].units[10].name.value == "Ability to provide individual interventions");
    std::set<std::string> domain_ids;
    for (const auto& d : m.domains) domain_ids.insert(d.id.value);
    for (const auto& s : m.curriculum)
        for (const auto& u : s.units)
            for (const auto& d : u.domains) CHECK(domain_ids.count(d.value) == 1);
    // The one printed example of nested statements (section 4.5).
    std::size_t statements = 0, parts = 0;
    for (const auto& d : m.domains)
        for (const auto& st : d.statements) {
            ++statements;
            parts += st.parts.size();
        }
    CHECK(statements == 1);
    CHECK(parts == 2);
}

TEST_CASE("overlays (seed 003) build on the Level 3 profile with catalogue NOS only") {
    const auto& cat = get<NosCatalog>("health-nos");
    struct Expected {
        const char* id;
        const char* named_role;
        std::size_t groups;
    };
    for (const Expected& x : {Expected{"birmingham-ld-psw", "Peer Mentor", 1},
                              Expected{"northumbria-ld-psw", "Peer Support Coordinator", 2},
                              Expected{"wiltshire-ld-psw", "Lead Peer Support Worker", 2}}) {
        CAPTURE(x.id);
        const Document* doc = library().documents.find(x.id);
        REQUIRE(doc);
        const Document* base = library().documents.overlay_base(*doc);
        REQUIRE(base);
        CHECK(base->id.value == "ld-peer-support-worker-l3");
        const auto& o = *doc->as<LocalityOverlay>();
        CHECK(o.national_changes.empty());
        REQUIRE(o.basic_info);
        CHECK(o.basic_info->named_role.value == x.named_role);
        CHECK(o.competences.size() == x.groups);
        for (const auto& g : o.competences)
            for (const auto& n : g.nos) {
                CAPTURE(n.title.value);
                CHECK(std::any_of(cat.standards.begin(), cat.standards.end(),
                                  [&](const NosStandard& s) { return s.title.value == n.title.value; }));
            }
        // Nothing in 003 about PREVENT, supervision or meetings of other agencies.
        if (o.cpd) CHECK(o.cpd->statutory_mandatory.empty());
        for (const auto& g : o.competences)
            for (const auto& n : g.nos) {
                CHECK(n.title.value != "Provide supervision to other individuals");
                CHECK(n.title.value != "Represent one's own agency at other agencies' meetings");
            }
    }
    const std::string wiltshire = test::read_file(test::frameworks_dir() / "overlays/wiltshire-ld-psw.yaml");
    CHECK(wiltshire.find("PREVENT") == std::string::npos);
    CHECK(wiltshire.find("upervis") == std::string::npos);
}

TEST_CASE("frameworks/ names seeds by their path relative to the repository, never a machine path") {
    namespace fs = std::filesystem;
    std::size_t seeds_named = 0;
    for (const auto& entry : fs::recursive_directory_iterator(test::frameworks_dir())) {
        if (!entry.is_regular_file()) continue;
        const std::string text = test::read_file(entry.path());
        CAPTURE(entry.path().string());
        // An absolute path: two or more "/name" parts not inside a relative
        // path or a URL, or a drive letter and a backslash.
        static const std::regex absolute(R"((^|[\s"'(=])(/[A-Za-z0-9_.-]+){2,}|\b[A-Za-z]:\\)");
        REQUIRE(std::regex_search(std::string("seed: /a/b.txt"), absolute));  // the pattern works
        std::smatch found;
        CHECK_MESSAGE(!std::regex_search(text, found, absolute), found.str());
        if (text.find("../shared/seeds/") != std::string::npos) ++seeds_named;
    }
    CHECK(seeds_named >= 7);
}
