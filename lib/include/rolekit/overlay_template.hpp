#pragma once
// The commented starter overlay `rolekit init overlay` writes.

#include <string>

#include "rolekit/document.hpp"

namespace rolekit {

// A lower-case id made from free text: "Wiltshire L&D" -> "wiltshire-l-d".
std::string slug(const std::string& text);

// A LocalityOverlay for `base` (a RoleProfile) that loads and validates as it
// is, with comments showing what each section does.
std::string starter_overlay(const Document& base, const std::string& id, const std::string& locality);

}  // namespace rolekit
