// Rules local-competence-twice and local-competence-is-nos, and the
// functional-map placement of locally agreed competences.

#include <fmt/format.h>

#include <map>

#include "check/checks.hpp"
#include "util/words.hpp"

namespace rolekit::detail {

namespace {

// Statements compare by their words, so that case, punctuation and spacing
// do not make one competence two.
std::string statement_key(const Text& statement) {
    std::string key;
    for (const std::string& w : lower_words(statement.value)) (key += key.empty() ? "" : " ") += w;
    return key;
}

// A NOS of the catalogues worded as `statement` (same words, same order).
const NosStandard* nos_worded_as(const Text& statement, const NosIndex& nos) {
    if (const NosStandard* exact = nos.by_title(statement.value)) return exact;
    for (const NosStandard* s : nos.closest(statement.value, 1))
        if (lower_words(s->title.value) == lower_words(statement.value)) return s;
    return nullptr;
}

void check_is_nos(const LocalCompetence& c, const Document& doc, const NosIndex& nos,
                  Findings& out) {
    const NosStandard* s = nos_worded_as(c.statement, nos);
    if (s == nullptr) return;
    const std::string name =
        s->code.value.empty() ? fmt::format("'{}'", s->title.value)
                              : fmt::format("{} '{}'", s->code.value, s->title.value);
    out.push_back(finding("local-competence-is-nos", doc, c.statement.pos,
                          fmt::format("local competence is the NOS {}", name),
                          fmt::format("list the NOS under 'competences' (area {}, function '{}') "
                                      "instead of a local competence",
                                      c.area.value, c.function.value)));
}

}  // namespace

void check_local_competences(const LocalCompetences& competences, const Document& doc,
                             const CheckContext& ctx, Findings& out) {
    std::map<std::string, const LocalCompetence*> seen;
    for (const LocalCompetence& c : competences) {
        if (ctx.map != nullptr) check_placement(c.area, c.function, doc, *ctx.map, out);
        if (c.statement.value.empty()) continue;  // schema-missing-field said so
        const auto [first, fresh] = seen.emplace(statement_key(c.statement), &c);
        if (!fresh)
            out.push_back(finding("local-competence-twice", doc, c.statement.pos,
                                  fmt::format("this local competence is already stated at line {}",
                                              first->second->statement.pos.line),
                                  "state each local competence once"));
        if (!ctx.nos.empty()) check_is_nos(c, doc, ctx.nos, out);
    }
}

}  // namespace rolekit::detail
