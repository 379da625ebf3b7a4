// Rules ksb-numbering, ksb-unknown-ref, ksb-unreferenced for an
// OccupationalStandard.

#include <fmt/format.h>

#include "schema/format_keys.hpp"

#include <map>
#include <set>

#include "check/checks.hpp"

namespace rolekit::detail {

namespace {

// Checks that ids run prefix1, prefix2, ... without gaps or repeats; reports
// the first place they do not.
template <class Item>
void check_numbering(const std::vector<Item>& items, char prefix, const Document& doc,
                     Findings& out) {
    std::map<std::string, int> first_line;
    int expected = 1;
    for (const Item& item : items) {
        const std::string& id = item.id.value;
        const auto [it, fresh] = first_line.emplace(id, item.id.pos.line);
        if (!fresh) {
            out.push_back(finding("ksb-numbering", doc, item.id.pos,
                                  fmt::format("id {} is used twice (first at line {})", id, it->second),
                                  "give every item its own number"));
            continue;
        }
        const std::string want = fmt::format("{}{}", prefix, expected);
        if (id != want) {
            out.push_back(finding("ksb-numbering", doc, item.id.pos,
                                  fmt::format("id {} is out of sequence: expected {}", id, want),
                                  fmt::format("number the items {}1, {}2, ... in order", prefix, prefix)));
            return;  // one report per list: the rest would all be off by one
        }
        ++expected;
    }
}

template <class Item>
std::set<std::string> ids_of(const std::vector<Item>& items) {
    std::set<std::string> out;
    for (const Item& i : items) out.insert(i.id.value);
    return out;
}

void check_refs(const Duty& duty, const std::vector<Text>& refs, const std::set<std::string>& known,
                std::string_view list_name, const Document& doc, Findings& out) {
    for (const Text& ref : refs)
        if (!known.count(ref.value))
            out.push_back(finding("ksb-unknown-ref", doc, ref.pos,
                                  fmt::format("duty {} names {}, which is not in the {} list",
                                              duty.id.value, ref.value, list_name),
                                  fmt::format("add {} to '{}', or correct the reference", ref.value,
                                              list_name)));
}

void check_unreferenced(const std::vector<Ksb>& items, const std::set<std::string>& used,
                        std::string_view what, const Document& doc, Findings& out) {
    for (const Ksb& item : items)
        if (!used.count(item.id.value))
            out.push_back(finding("ksb-unreferenced", doc, item.id.pos,
                                  fmt::format("{} {} is used by no duty", what, item.id.value),
                                  "map it to the duty it supports, or remove it"));
}

}  // namespace

void check_standard(const Document& doc, const OccupationalStandard& s, Findings& out) {
    check_numbering(s.duties, 'D', doc, out);
    check_numbering(s.knowledge, 'K', doc, out);
    check_numbering(s.skills, 'S', doc, out);
    check_numbering(s.behaviours, 'B', doc, out);
    const auto k = ids_of(s.knowledge), sk = ids_of(s.skills), b = ids_of(s.behaviours);
    std::set<std::string> used;
    for (const Duty& duty : s.duties) {
        check_refs(duty, duty.knowledge, k, key::knowledge, doc, out);
        check_refs(duty, duty.skills, sk, key::skills, doc, out);
        check_refs(duty, duty.behaviours, b, key::behaviours, doc, out);
        for (const auto* refs : {&duty.knowledge, &duty.skills})
            for (const Text& r : *refs) used.insert(r.value);
    }
    check_unreferenced(s.knowledge, used, "knowledge item", doc, out);
    check_unreferenced(s.skills, used, "skill", doc, out);
}

}  // namespace rolekit::detail
