// The file `import case` writes: the imported map as YAML, refused when no
// command could load it again.

#include <fmt/format.h>

#include "rolekit/case.hpp"
#include "rolekit/competence_map.hpp"
#include "rolekit/write_yaml.hpp"

namespace rolekit {

namespace {

// The bytes of the text a map holds. Its YAML is never smaller (every text
// is written whole; quotes, escapes and indentation only add), so a map far
// over the size limit is refused at once, before yaml-cpp spends seconds
// writing it.
std::size_t text_bytes(const YamlValue& v) {
    std::size_t n = v.text.size();
    for (const YamlValue& child : v.children) n += text_bytes(child);
    return n;
}
std::size_t text_bytes(const MapExtras& extras) {
    std::size_t n = 0;
    for (const Extension& e : extras.extensions) n += e.key.size() + text_bytes(e.value);
    return n;
}
std::size_t text_bytes(const Statement& s) {
    std::size_t n = s.text.value.size() + text_bytes(s.extras);
    for (const Statement& part : s.parts) n += text_bytes(part);
    return n;
}
std::size_t text_bytes(const Document& doc) {
    const CompetenceMap& m = std::get<CompetenceMap>(doc.body);
    std::size_t n =
        doc.id.value.size() + m.title.value.size() + m.revision.value.size() + text_bytes(m.extras);
    for (const Principle& p : m.principles)
        n += p.name.value.size() + p.description.value.size() + text_bytes(p.extras);
    for (const Domain& d : m.domains) {
        n += d.id.value.size() + d.name.value.size() + d.description.value.size() +
             text_bytes(d.extras);
        for (const CompetenceArea& a : d.areas) {
            n += a.id.value.size() + a.name.value.size() + text_bytes(a.extras);
            for (const Statement& s : a.statements) n += text_bytes(s);
        }
        for (const Statement& s : d.statements) n += text_bytes(s);
    }
    for (const CurriculumSection& c : m.curriculum) {
        n += c.name.value.size() + text_bytes(c.extras);
        for (const CurriculumUnit& u : c.units) {
            n += u.id.value.size() + u.name.value.size() + text_bytes(u.extras);
            for (const Text& d : u.domains) n += d.value.size();
        }
    }
    return n;
}

std::string too_big(const std::string& size, std::uintmax_t limit) {
    return fmt::format(
        "the map would be {} bytes, over the limit of {} bytes that validate and every other "
        "command read (--max-file-size); nothing written",
        size, limit);
}

}  // namespace

CaseMapYaml case_map_yaml(const Document& map, std::string_view source, std::uintmax_t limit) {
    if (const std::size_t text = text_bytes(map); text > limit)
        return {{}, too_big(fmt::format("more than {}", text), limit)};
    std::string yaml = fmt::format("# Imported from CASE: {}\n{}", source, document_to_yaml(map));
    if (yaml.size() > limit) return {{}, too_big(std::to_string(yaml.size()), limit)};
    return {std::move(yaml), {}};
}

}  // namespace rolekit
