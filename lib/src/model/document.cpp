#include "rolekit/document.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace rolekit {

namespace {

constexpr std::array<std::string_view, 7> kKindNames = {
    "RoleProfile",     "LocalityOverlay", "NosCatalog",          "FunctionalMap",
    "CareerFramework", "CompetenceMap",   "OccupationalStandard",
};

struct TitleOf {
    std::string operator()(const RoleProfile& p) const { return p.title.value; }
    std::string operator()(const LocalityOverlay& o) const { return o.locality.value; }
    std::string operator()(const NosCatalog& c) const { return c.title.value; }
    std::string operator()(const FunctionalMap& m) const { return m.title.value; }
    std::string operator()(const CareerFramework& f) const { return f.title.value; }
    std::string operator()(const CompetenceMap& m) const { return m.title.value; }
    std::string operator()(const OccupationalStandard& s) const { return s.title.value; }
};

}  // namespace

std::string_view kind_name(DocumentKind kind) { return kKindNames[static_cast<int>(kind)]; }

std::string kind_with_article(DocumentKind kind) {
    const std::string_view name = kind_name(kind);
    const bool vowel = std::string_view("AEIOU").find(name.front()) != std::string_view::npos;
    return std::string(vowel ? "an " : "a ").append(name);
}

std::optional<DocumentKind> kind_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (kKindNames[i] == name) return static_cast<DocumentKind>(i);
    return std::nullopt;
}

std::optional<DocumentKind> kind_from_name_any_case(std::string_view name) {
    const auto same = [](char a, char b) { return std::tolower(a) == std::tolower(b); };
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (std::equal(kKindNames[i].begin(), kKindNames[i].end(), name.begin(), name.end(), same))
            return static_cast<DocumentKind>(i);
    return std::nullopt;
}

std::span<const std::string_view> kind_names() { return kKindNames; }

std::string Document::title() const { return std::visit(TitleOf{}, body); }

}  // namespace rolekit
