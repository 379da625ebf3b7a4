#pragma once
// Checks of a loaded document against the format's rules and against the
// documents loaded with it (catalogues, functional map, career framework,
// base profiles).

#include <set>

#include "rolekit/document_set.hpp"
#include "rolekit/finding.hpp"
#include "rolekit/nos_index.hpp"

namespace rolekit {

// The reference data every check consults, resolved once per run.
struct CheckContext {
    explicit CheckContext(const DocumentSet& docs);

    const DocumentSet& documents;
    NosIndex nos;                             // empty: no catalogue loaded, NOS not checked
    const FunctionalMap* map = nullptr;       // null: areas and functions not checked
    const CareerFramework* career = nullptr;  // null: core sets not compared
};

// False for a rule that cannot report anything in this context: one whose
// needs (rules.hpp: a catalogue, a functional map, a career framework) are
// not loaded.
bool rule_runs(const CheckContext& context, RuleId rule);

// The kind of document that meets a need (an overlay's base: a RoleProfile).
DocumentKind needed_kind(RuleNeed need);
// Every kind some rule needs: the only kinds validate reads references as.
std::set<DocumentKind> needed_kinds();

// Every finding for `doc`, sorted by position. Severities come from rules.hpp.
Findings check_document(const Document& doc, const CheckContext& context);

}  // namespace rolekit
