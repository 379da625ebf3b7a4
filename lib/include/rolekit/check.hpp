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
    // The RoleProfile ids "did you mean" chooses from for an overlay's base
    // that is not loaded; empty: those of `documents`. validate gives every
    // profile id of the run (references and inputs, loaded or not, sorted),
    // so the hint does not depend on which files were scanned.
    std::vector<std::string> profile_ids;
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
