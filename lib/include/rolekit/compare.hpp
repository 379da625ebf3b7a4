#pragma once
// `rolekit diff` as a library call: the diff that fits two documents' kinds,
// printed in one format.

#include <set>
#include <string>
#include <variant>
#include <vector>

#include "rolekit/diff_report.hpp"
#include "rolekit/finding.hpp"

namespace rolekit {

struct CompareOptions {
    DiffFormat format = DiffFormat::text;
    bool color = false;
    std::set<SectionKind> sections;  // role profiles: the sections compared (all when empty)
    bool all = false;                // pages: also what did not change (--all)
};

struct Comparison {
    std::string report;
    bool differ = false;
};

// Two RoleProfiles give a profile diff; two CompetenceMaps or two
// OccupationalStandards a revision diff. Any other pair is a `diff-kinds`
// finding. `context` supplies catalogues (codes for title-only NOS) and the
// functional map (area names and order).
std::variant<Comparison, Finding> compare_documents(const Document& a, const Document& b,
                                                     const DocumentSet& context, const CompareOptions& options);

}  // namespace rolekit
