#pragma once
// Building a CFPackage: records with name-based identifiers, and the
// associations between them. Each kind's export (case_export.cpp) says what
// its items are; this says how they are written.

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "rolekit/case.hpp"
#include "rolekit/extension.hpp"

namespace rolekit::detail {

using CaseJson = nlohmann::ordered_json;

struct CaseItem {
    // Names the item within its document (e.g. "duty/D1"); the identifier is
    // made from the document id and this key. A `shared` key (a NOS) names the
    // item across documents, so every document gives it the same identifier.
    std::string key;
    bool shared = false;
    std::string type;  // CFItemType, e.g. "Duty"
    std::string full_statement;
    std::string abbreviated_statement;
    std::string coding;  // humanCodingScheme
    std::string notes;
    // The item's `x-` keys, kept in CFItem.extensions (import restores them).
    CaseJson extensions = CaseJson::object();
};

// A mapping's `x-` keys as JSON: {"x-key": value, ...}.
CaseJson extension_json(const MapExtras& extras);

class CasePackage {
public:
    CasePackage(std::string document_id, const CaseExportOptions& options);

    // The CFDocument. `rolekit` holds what CASE has no field for; `x_keys`
    // the document's own extensions.
    void set_document(const std::string& title, const std::string& creator,
                      const std::string& version, const std::string& description,
                      CaseJson rolekit, const MapExtras& x_keys);
    const std::string& document_identifier() const { return document_identifier_; }

    // Adds an item (once, for a shared one) and returns its identifier.
    std::string add_item(const CaseItem& item);
    // `child` isChildOf `parent` (an item's identifier, or the document's),
    // `sequence` its place among its siblings, from 1.
    void add_child(const std::string& child, const std::string& parent, int sequence);
    // Any other association, e.g. isRelatedTo.
    void add_association(const std::string& type, const std::string& origin,
                         const std::string& destination, int sequence);

    // The whole package, as JSON text.
    std::string text() const;

private:
    CaseJson node_link(const std::string& identifier) const;
    std::string uri(const std::string& identifier) const;

    std::string document_id_;
    std::string document_identifier_;
    std::string timestamp_;
    std::string uri_base_;
    std::string creator_;  // --creator, over the document's own
    CaseJson document_;
    CaseJson items_ = CaseJson::array();
    CaseJson associations_ = CaseJson::array();
    std::map<std::string, std::string> titles_;   // identifier -> title, for node links
    std::map<std::string, int> association_names_;  // for identifiers of repeated pairs
};

// "2026-12-01T09:30:00Z".
std::string case_timestamp(std::int64_t seconds);

}  // namespace rolekit::detail
