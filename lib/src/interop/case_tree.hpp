#pragma once
// A CFPackage checked and read as a tree: its items by identifier, the
// isChildOf associations as parent-child links in order (sequenceNumber,
// then listEnumeration), everything else left for x-case. Every problem is
// a CaseImportError with a JSON pointer to the place.

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rolekit/case.hpp"
#include "rolekit/extension.hpp"

namespace rolekit::detail {

struct CaseNode {
    const nlohmann::ordered_json* item = nullptr;  // null for the document
    std::vector<const CaseNode*> children;
};

class CaseTree {
public:
    const std::vector<const CaseNode*>& children_of_document() const { return document_.children; }
    // The items `node` isRelatedTo, marking those associations as used.
    std::vector<const CaseNode*> related(const CaseNode& node) const;
    // Associations that are not part of the tree and were not used.
    nlohmann::ordered_json unused_associations() const;
    // Items the tree does not reach from the document.
    nlohmann::ordered_json unplaced_items() const;
    // Exported by rolekit from a CompetenceMap: extensions.rolekit names it.
    bool from_rolekit() const { return from_rolekit_; }

private:
    friend struct CaseTreeBuilder;
    CaseNode document_;
    std::map<std::string, std::unique_ptr<CaseNode>> nodes_;  // by identifier
    const nlohmann::ordered_json* associations_ = nullptr;
    std::set<std::size_t> tree_associations_;
    // isRelatedTo links between items of the package: origin -> (association, destination).
    std::map<const CaseNode*, std::vector<std::pair<std::size_t, const CaseNode*>>> related_;
    mutable std::set<std::size_t> used_;
    std::set<const CaseNode*> placed_;
    std::vector<const nlohmann::ordered_json*> items_in_order_;
    bool from_rolekit_ = false;
};

struct CaseTreeResult {
    std::unique_ptr<CaseTree> tree;
    std::optional<CaseImportError> error;
};

CaseTreeResult build_case_tree(const nlohmann::ordered_json& package);

// The string at `key`, or "" when absent or not a string.
const std::string& case_text(const nlohmann::ordered_json& object, const char* key);

// A record's `extensions`: its `x-` keys (as export wrote them) come back as
// the mapping's own; the rest go into `kept`, under "extensions", with
// `counted` raised for each. Then `kept` as `x-case: ...` when not empty.
MapExtras case_extras(nlohmann::ordered_json kept, const nlohmann::ordered_json* extensions = nullptr,
                      int* counted = nullptr);

}  // namespace rolekit::detail
