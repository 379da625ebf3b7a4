#pragma once
// Checks of a loaded document against the format's rules and against the
// documents loaded with it (catalogues, functional map, career framework,
// base profiles).

#include "rolekit/document_set.hpp"
#include "rolekit/finding.hpp"
#include "rolekit/nos_index.hpp"

namespace rolekit {

// The reference data every check consults, resolved once per run.
struct CheckContext {
    explicit CheckContext(const DocumentSet& docs);

    const DocumentSet& documents;
    NosIndex nos;                                // empty: no catalogue loaded, NOS not checked
    const FunctionalMap* map = nullptr;          // null: areas and functions not checked
    const CareerFramework* career = nullptr;     // null: core sets not compared
};

// False for a rule that cannot report anything in this context: the NOS
// rules without a catalogue, the area rules without a functional map, core
// sets without a career framework.
bool rule_runs(const CheckContext& context, std::string_view rule);

// Every finding for `doc`, sorted by position. Severities come from rules.hpp.
Findings check_document(const Document& doc, const CheckContext& context);

}  // namespace rolekit
