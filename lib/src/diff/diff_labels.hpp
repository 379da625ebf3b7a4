#pragma once
// How diff reports name things: documents, areas, NOS, places in a profile.
// Shared by the text report and the pages.

#include <string>
#include <string_view>

#include "rolekit/diff.hpp"
#include "rolekit/document_set.hpp"

namespace rolekit::detail {

// "Peer worker (peer-worker-l3), Level 3": the text report's header.
std::string side_label(const DiffSide& s);
// How a page names a side for people: "Peer Support Worker (Level 3)"; for
// two revisions of one document (same_document), its file and what it
// states of its revision and version: "peer-worker.yaml (Revised February 2023)".
std::string side_name(const DiffSide& s, const DiffSide& other);
// A changed field's path (FieldChange::field, built from key:: constants) in
// the template's words, from the format's one table of labels
// (schema/document_shapes.cpp): "basic_info.named_role" is "Named Role",
// "knowledge (order)" "Order of Knowledge", "duties.D1.skills" "Duty D1:
// Skills". `kind` is the shape the path starts from ("RoleProfile",
// "CompetenceMap", "OccupationalStandard"). A path with an x- key, or one the
// table does not know, is shown as it is.
std::string field_label(std::string_view kind, const std::string& path);
// Whether the field at `path` holds text (shown as paragraphs of words), not a list.
bool is_text_field(std::string_view kind, const std::string& path);
std::string area_label(const std::string& key, const DocumentSet& ctx);
std::string nos_label(const NosEntry& e);
std::string written_label(const NosEntry& e);
std::string place(const NosEntry& e);
std::string local_place(const LocalEntry& e);
std::string local_label(const ChangedLocal& m);

}  // namespace rolekit::detail
