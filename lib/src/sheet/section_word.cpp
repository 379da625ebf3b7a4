// How the spreadsheets name a profile's sections (sheet_parts.hpp).

#include "sheet/sheet_parts.hpp"

namespace rolekit::detail {

std::string section_word(const ProfileSection& s) {
    switch (s.kind) {
        case SectionKind::core:
            return "core";
        case SectionKind::role_specific:
            return "role-specific";
        case SectionKind::facet:
            return "facet " + s.facet;
        case SectionKind::locality:
            return "locality";
    }
    return "";
}

}  // namespace rolekit::detail
