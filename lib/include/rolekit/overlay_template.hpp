#pragma once
// The commented starter overlay `rolekit init overlay` writes.

#include <string>

#include "rolekit/document.hpp"

namespace rolekit {

// A lower-case id made from free text: "Wiltshire L&D" -> "wiltshire-l-d".
std::string slug(const std::string& text);

// A starter LocalityOverlay for `base` (a RoleProfile) that loads and
// validates as it is, with comments showing what each section does; or, in
// `error` and `hint`, why there is none (an empty or multi-line locality, an
// id that is not an id). `id` may be empty: it is then made from the locality
// and the base's id.
struct StarterOverlay {
    std::string text;
    std::string error;
    std::string hint;
};
StarterOverlay starter_overlay(const Document& base, const std::string& id, const std::string& locality);

}  // namespace rolekit
