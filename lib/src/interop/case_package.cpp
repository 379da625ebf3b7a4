#include "interop/case_package.hpp"

#include <fmt/format.h>
#include <uuid/uuid.h>

#include <ctime>

namespace rolekit {

// A fixed namespace, itself the name-based UUID of a URL in the URL
// namespace, so that anyone can recompute every identifier rolekit gives
// (docs/case.md).
std::string case_identifier(std::string_view name) {
    static const std::array<unsigned char, 16> kNamespace = [] {
        std::array<unsigned char, 16> ns{};
        const std::string_view url = "https://rolekit.invalid/case";
        uuid_generate_sha1(ns.data(), *uuid_get_template("url"), url.data(), url.size());
        return ns;
    }();
    uuid_t out;
    uuid_generate_sha1(out, kNamespace.data(), name.data(), name.size());
    char text[37];
    uuid_unparse_lower(out, text);
    return text;
}

}  // namespace rolekit

namespace rolekit::detail {

namespace {

// Plain scalars that JSON can hold as they are (12, true) stay numbers and
// booleans; everything else is a string.
CaseJson scalar_json(const YamlValue& v) {
    if (v.plain) {
        if (v.text == "true") return true;
        if (v.text == "false") return false;
        const CaseJson number = CaseJson::parse(v.text, nullptr, false);
        if (number.is_number()) return number;
    }
    return v.text;
}

CaseJson value_json(const YamlValue& v) {
    switch (v.kind) {
    case YamlValue::Kind::null: return nullptr;
    case YamlValue::Kind::scalar: return scalar_json(v);
    case YamlValue::Kind::sequence: {
        CaseJson list = CaseJson::array();
        for (const YamlValue& item : v.children) list.push_back(value_json(item));
        return list;
    }
    case YamlValue::Kind::map: break;
    }
    CaseJson map = CaseJson::object();
    for (std::size_t i = 0; i + 1 < v.children.size(); i += 2) map[v.children[i].text] = value_json(v.children[i + 1]);
    return map;
}

}  // namespace

CaseJson extension_json(const MapExtras& extras) {
    CaseJson j = CaseJson::object();
    for (const Extension& e : extras.extensions)
        if (e.key != "x-case") j[e.key] = value_json(e.value);
    return j;
}

std::string case_timestamp(std::int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

CasePackage::CasePackage(std::string document_id, const CaseExportOptions& options)
    : document_id_(std::move(document_id)),
      document_identifier_(case_identifier("document/" + document_id_)),
      timestamp_(case_timestamp(options.last_change)),
      uri_base_(options.uri_base),
      creator_(options.creator) {
    while (!uri_base_.empty() && uri_base_.back() == '/') uri_base_.pop_back();
}

std::string CasePackage::uri(const std::string& identifier) const {
    return uri_base_.empty() ? "urn:uuid:" + identifier : uri_base_ + "/" + identifier;
}

void CasePackage::set_document(const std::string& title, const std::string& creator,
                               const std::string& version, const std::string& description,
                               CaseJson rolekit, const MapExtras& x_keys) {
    document_ = {{"identifier", document_identifier_},
                 {"uri", uri(document_identifier_)},
                 {"caseVersion", "1.1"},
                 {"creator", creator_.empty() ? creator : creator_},
                 {"title", title},
                 {"lastChangeDateTime", timestamp_}};
    if (!version.empty()) document_["version"] = version;
    if (!description.empty()) document_["description"] = description;
    document_["language"] = "en";
    CaseJson extensions = extension_json(x_keys);
    extensions["rolekit"] = std::move(rolekit);
    document_["extensions"] = std::move(extensions);
    titles_[document_identifier_] = title;
}

std::string CasePackage::add_item(const CaseItem& item) {
    const std::string identifier =
        case_identifier(item.shared ? item.key : "item/" + document_id_ + "/" + item.key);
    if (titles_.count(identifier) != 0) return identifier;
    CaseJson j{{"identifier", identifier}, {"uri", uri(identifier)}, {"CFItemType", item.type}};
    if (!item.coding.empty()) j["humanCodingScheme"] = item.coding;
    j["fullStatement"] = item.full_statement;
    if (!item.abbreviated_statement.empty()) j["abbreviatedStatement"] = item.abbreviated_statement;
    if (!item.notes.empty()) j["notes"] = item.notes;
    j["language"] = "en";
    j["lastChangeDateTime"] = timestamp_;
    if (!item.extensions.empty()) j["extensions"] = item.extensions;
    items_.push_back(std::move(j));
    titles_[identifier] = item.abbreviated_statement.empty() ? item.full_statement
                                                             : item.abbreviated_statement;
    return identifier;
}

CaseJson CasePackage::node_link(const std::string& identifier) const {
    return {{"title", titles_.at(identifier)}, {"identifier", identifier}, {"uri", uri(identifier)}};
}

void CasePackage::add_child(const std::string& child, const std::string& parent, int sequence) {
    add_association("isChildOf", child, parent, sequence);
}

void CasePackage::add_association(const std::string& type, const std::string& origin,
                                  const std::string& destination, int sequence) {
    // A pair listed twice (one NOS twice in a group) stays two associations.
    std::string name = fmt::format("association/{}/{}/{}/{}", document_id_, type, origin, destination);
    if (const int seen = association_names_[name]++; seen > 0) name += fmt::format("#{}", seen + 1);
    const std::string identifier = case_identifier(name);
    associations_.push_back({{"identifier", identifier},
                             {"associationType", type},
                             {"sequenceNumber", sequence},
                             {"uri", uri(identifier)},
                             {"originNodeURI", node_link(origin)},
                             {"destinationNodeURI", node_link(destination)},
                             {"lastChangeDateTime", timestamp_}});
}

std::string CasePackage::text() const {
    CaseJson package{{"CFDocument", document_}, {"CFItems", items_}, {"CFAssociations", associations_}};
    return package.dump(2) + "\n";
}

}  // namespace rolekit::detail
