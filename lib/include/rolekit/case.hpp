#pragma once
// CASE 1.1 (1EdTech Competencies and Academic Standards Exchange): every kind
// exported as a CFPackage, and a CFPackage imported as a CompetenceMap.
// docs/case.md says how each kind maps.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/document.hpp"
#include "rolekit/document_set.hpp"
#include "rolekit/file_system.hpp"

namespace rolekit {

struct CaseExportOptions {
    // Each `uri` is this base, '/', the identifier; empty: `urn:uuid:` URIs.
    std::string uri_base;
    // lastChangeDateTime of every record, in seconds since the epoch (UTC).
    std::int64_t last_change = 0;
    // CFDocument.creator; empty: the document's own (a local profile's or an
    // overlay's organisation, else a profile's publisher, an overlay's
    // locality, the creator an imported map kept), else "".
    std::string creator;
};

// The date an export stamps on its records: SOURCE_DATE_EPOCH when set
// (`source_date_epoch`, reproducible builds), else the file's last
// modification, else `now`: exporting an unchanged file twice gives the same
// bytes. `error` says why none can be used (outside the years 1970 to 9999
// that CASE dates hold, or not a number).
struct CaseDate {
    std::int64_t seconds = 0;
    std::string error;
};
CaseDate case_date(const char* source_date_epoch, const std::string& path, std::int64_t now,
                   const FileSystem& files = disk());

// The CFPackage for `doc`, as two-space indented JSON ending in a newline.
// `scope` gives the NOS catalogues, so that a NOS listed by title gets the
// catalogue's code. Identifiers are name-based UUIDs (version 5): the same
// document and item give the same identifier on every run and machine.
std::string export_case(const Document& doc, const DocumentSet& scope, const CaseExportOptions& options);

// The name-based UUID rolekit gives `name` (lower-case, 8-4-4-4-12).
std::string case_identifier(std::string_view name);

// What `import_case` found wrong: where (a JSON pointer) and what.
struct CaseImportError {
    std::string pointer;  // e.g. "/CFAssociations/3/destinationNodeURI"
    std::string message;
};

struct CaseImport {
    std::optional<Document> document;  // a CompetenceMap; empty on error
    std::optional<CaseImportError> error;
    // What the format cannot hold and went under `x-case`, by what it is
    // ("isPeerOf associations", "CFRubrics", ...), with how many.
    std::map<std::string, int> kept;
};

// A CFPackage (CASE 1.1, or 1.0 with its extra fields) as a CompetenceMap.
CaseImport import_case(std::string_view json_text);

// The file `import case` writes: a comment naming `source` (shown as given:
// the caller makes it visible), then the map as YAML. An error instead when
// it would be over `limit` bytes (no command could load it again): found
// before any YAML is made when the map's text alone is over, since yaml-cpp
// takes seconds to write a text of many megabytes.
struct CaseMapYaml {
    std::string yaml;
    std::string error;
};
CaseMapYaml case_map_yaml(const Document& map, std::string_view source, std::uintmax_t limit);

}  // namespace rolekit
