#pragma once
// One loaded file: the envelope (kind, format, id) and its typed body.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "rolekit/career_framework.hpp"
#include "rolekit/competence_map.hpp"
#include "rolekit/functional_map.hpp"
#include "rolekit/locality_overlay.hpp"
#include "rolekit/nos_catalog.hpp"
#include "rolekit/occupational_standard.hpp"
#include "rolekit/role_profile.hpp"

namespace rolekit {

enum class DocumentKind {
    role_profile,
    locality_overlay,
    nos_catalog,
    functional_map,
    career_framework,
    competence_map,
    occupational_standard,
};

// "RoleProfile", "LocalityOverlay", ... as written in `kind:`.
std::string_view kind_name(DocumentKind kind);
// "a RoleProfile", "an OccupationalStandard": the kind in a sentence.
std::string kind_with_article(DocumentKind kind);
std::optional<DocumentKind> kind_from_name(std::string_view name);
// The same, ignoring case: `rolekit schema localityoverlay`.
std::optional<DocumentKind> kind_from_name_any_case(std::string_view name);
// Every kind's name, in DocumentKind order.
std::span<const std::string_view> kind_names();

// Alternatives are in DocumentKind order.
using DocumentBody = std::variant<RoleProfile, LocalityOverlay, NosCatalog, FunctionalMap,
                                  CareerFramework, CompetenceMap, OccupationalStandard>;

inline constexpr int kFormatVersion = 1;

struct Document {
    std::string path;  // as given to the loader: how findings and reports name it
    // Where the process reads it, when not `path` (a workspace names files
    // relative to the config's folder, which may not be the working one):
    // what a `base` given as a path is resolved against. Read it by source_file().
    std::string file;
    DocumentKind kind = DocumentKind::role_profile;
    Located<int> format;
    Text id;
    DocumentBody body;
    Position pos;

    const std::string& source_file() const { return file.empty() ? path : file; }

    // The document's human title (an overlay's locality; else its title field).
    std::string title() const;

    template <class T>
    const T* as() const { return std::get_if<T>(&body); }
};

}  // namespace rolekit
