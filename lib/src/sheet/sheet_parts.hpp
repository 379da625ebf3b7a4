#pragma once
// What the spreadsheet tables share.

#include <string>

#include "rolekit/builtin_location.hpp"
#include "rolekit/document_set.hpp"

namespace rolekit::detail {

// An area's place in the functional map (as pages order them); areas the
// map does not know after those it does.
inline std::size_t sheet_area_rank(const std::string& area, const DocumentSet& ctx) {
    if (const FunctionalMap* map = ctx.functional_map())
        for (std::size_t i = 0; i < map->areas.size(); ++i)
            if (map->areas[i].key.value == area) return i;
    return 1000;
}

// A document as the "Documents" sheet lists it: "Peer Support Worker
// (ld-peer-support-worker-l3), Level 3; Revised February 2023; file
// <builtin>/profiles/….yaml". A library file is shown by shown_path: where
// rolekit is installed is no part of a workbook.
inline std::string sheet_document(std::string label, const std::string& revision,
                                  const std::string& version, const std::string& path) {
    if (!revision.empty()) label += "; " + revision;
    if (!version.empty()) label += "; version " + version;
    if (!path.empty()) label += "; file " + shown_path(path);
    return label;
}

}  // namespace rolekit::detail
