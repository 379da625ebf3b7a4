// Rules unknown-area, function-not-in-area, nos-unknown, nos-title-mismatch,
// nos-uncoded, nos-withdrawn.

#include <fmt/format.h>

#include <algorithm>

#include "check/checks.hpp"
#include "rolekit/suggest.hpp"

namespace rolekit::detail {

namespace {

const FunctionalArea* find_area(const FunctionalMap& map, std::string_view key) {
    for (const FunctionalArea& a : map.areas)
        if (a.key.value == key) return &a;
    return nullptr;
}

bool lists_function(const FunctionalArea& area, std::string_view function) {
    return std::any_of(area.functions.begin(), area.functions.end(),
                       [&](const Text& f) { return f.value == function; });
}

std::string area_keys(const FunctionalMap& map) {
    std::string out;
    for (const FunctionalArea& a : map.areas) out += fmt::format("{}{}", out.empty() ? "" : ", ", a.key.value);
    return out;
}

std::string function_hint(const FunctionalMap& map, const FunctionalArea& area, std::string_view function) {
    for (const FunctionalArea& a : map.areas)
        if (lists_function(a, function))
            return fmt::format("the functional map lists it under area {} ({})", a.key.value,
                               a.name.value);
    std::vector<std::string> listed;
    for (const Text& f : area.functions) listed.push_back(f.value);
    if (const std::string near = closest_match(function, listed); !near.empty())
        return fmt::format("did you mean '{}'?", near);
    return "use a reference function the functional map lists under this area";
}

}  // namespace

void check_placement(const Text& area_key, const Text& function, const Document& doc,
                     const FunctionalMap& map, Findings& out) {
    const FunctionalArea* area = find_area(map, area_key.value);
    if (area == nullptr) {
        out.push_back(finding("unknown-area", doc, area_key.pos,
                              fmt::format("area '{}' is not in the functional map", area_key.value),
                              fmt::format("the areas are: {}", area_keys(map))));
        return;
    }
    if (area->functions.empty() || lists_function(*area, function.value)) return;
    out.push_back(finding("function-not-in-area", doc, function.pos,
                          fmt::format("reference function '{}' is not listed under area {} ({})",
                                      function.value, area->key.value, area->name.value),
                          function_hint(map, *area, function.value)));
}

namespace {

std::string closest_hint(const NosIndex& nos, std::string_view text) {
    std::vector<std::string> names;
    for (const NosStandard* s : nos.closest(text, 3))
        names.push_back(s->code.value.empty() ? s->title.value
                                              : fmt::format("{} {}", s->code.value, s->title.value));
    if (names.empty()) return "check its wording, or add a catalogue with --catalog";
    return fmt::format("closest catalogue entries: {}", quoted_list(names));
}

// Resolves a NOS entry against the catalogues, reporting what does not match.
const NosStandard* resolve_nos(const NosRef& ref, const Document& doc, const NosIndex& nos,
                               Findings& out) {
    if (!ref.has_code()) {
        const NosStandard* s = nos.by_title(ref.title.value);
        if (s == nullptr)
            out.push_back(finding("nos-unknown", doc, ref.pos,
                                  fmt::format("NOS '{}' is not in any loaded catalogue", ref.title.value),
                                  closest_hint(nos, ref.title.value)));
        else if (!s->code.value.empty())
            out.push_back(finding(
                "nos-uncoded", doc, ref.pos,
                fmt::format("NOS '{}' is given by title only; its code is {}", ref.title.value,
                            s->code.value),
                fmt::format("write it as {{code: {}, title: {}}}", s->code.value, ref.title.value)));
        return s;
    }
    const NosStandard* s = nos.by_code(ref.code.value);
    if (s == nullptr) {
        out.push_back(finding("nos-unknown", doc, ref.code.pos,
                              fmt::format("NOS code {} is not in any loaded catalogue", ref.code.value),
                              closest_hint(nos, ref.has_title() ? ref.title.value : ref.code.value)));
    } else if (ref.has_title() && ref.title.value != s->title.value) {
        out.push_back(finding(
            "nos-title-mismatch", doc, ref.title.pos,
            fmt::format("title of NOS {} differs from the catalogue's wording", s->code.value),
            fmt::format("NOS wording is fixed nationally; the catalogue has '{}'", s->title.value)));
    }
    return s;
}

void check_withdrawn(const NosRef& ref, const NosStandard& s, const Document& doc,
                     const NosIndex& nos, Findings& out) {
    if (s.status.value != NosStatus::withdrawn) return;
    std::string hint = "remove it, or replace it with a current standard";
    if (!s.replaced_by.value.empty()) {
        const NosStandard* r = nos.by_code(s.replaced_by.value);
        hint = r ? fmt::format("replaced by {} '{}'", r->code.value, r->title.value)
                 : fmt::format("replaced by {}", s.replaced_by.value);
    }
    out.push_back(finding("nos-withdrawn", doc, ref.pos,
                          fmt::format("NOS {} '{}' is withdrawn", s.code.value, s.title.value),
                          std::move(hint)));
}

}  // namespace

void check_groups(const CompetenceGroups& groups, const Document& doc, const CheckContext& ctx,
                  Findings& out) {
    for (const CompetenceGroup& g : groups) {
        if (ctx.map != nullptr) check_placement(g.area, g.function, doc, *ctx.map, out);
        if (ctx.nos.empty()) continue;
        for (const NosRef& ref : g.nos)
            if (const NosStandard* s = resolve_nos(ref, doc, ctx.nos, out))
                check_withdrawn(ref, *s, doc, ctx.nos, out);
    }
}

}  // namespace rolekit::detail
