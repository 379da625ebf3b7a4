#include "interop/case_tree.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>

namespace rolekit::detail {

namespace {

using Json = nlohmann::ordered_json;

// Each level of the tree is two levels of YAML (a list, a mapping); this
// keeps an imported map well within what the loader reads back.
constexpr int kMaxTreeDepth = 64;

struct Failure {
    CaseImportError error;
};

[[noreturn]] void fail(std::string pointer, std::string message) {
    throw Failure{CaseImportError{std::move(pointer), std::move(message)}};
}

const Json& member(const Json& object, const char* key, const std::string& where, const char* type) {
    const auto it = object.find(key);
    if (it == object.end()) fail(where, fmt::format("has no '{}'", key));
    const bool ok = std::string_view(type) == "string" ? it->is_string()
                    : std::string_view(type) == "array" ? it->is_array()
                                                        : it->is_object();
    if (!ok) fail(where + "/" + key, fmt::format("'{}' must be a JSON {}", key, type));
    return *it;
}

// CASE 1.1 links nodes with {title, identifier, uri}; 1.0 exports in the
// wild also give a bare URI string.
std::string link_target(const Json& link, const std::string& where) {
    if (link.is_object()) {
        if (auto it = link.find("identifier"); it != link.end() && it->is_string()) return it->get<std::string>();
        if (auto it = link.find("uri"); it != link.end() && it->is_string()) return it->get<std::string>();
    }
    if (link.is_string()) return link.get<std::string>();
    fail(where, "must be a link: an object with an identifier, or a URI");
}

// "7", "10" and "a", "b" in the order a reader expects.
bool enumeration_less(const std::string& a, const std::string& b) {
    const bool na = !a.empty() && std::all_of(a.begin(), a.end(), ::isdigit);
    const bool nb = !b.empty() && std::all_of(b.begin(), b.end(), ::isdigit);
    if (na && nb && a.size() != b.size()) return a.size() < b.size();
    return a < b;
}

long sequence_of(const Json& association) {
    const auto it = association.find("sequenceNumber");
    if (it == association.end()) return LONG_MAX;
    if (it->is_number_integer()) return it->get<long>();
    if (it->is_string()) {
        try {
            return std::stol(it->get<std::string>());
        } catch (const std::exception&) {
        }
    }
    return LONG_MAX;
}

}  // namespace

const std::string& case_text(const nlohmann::ordered_json& object, const char* key) {
    static const std::string empty;
    if (!object.is_object()) return empty;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get_ref<const std::string&>() : empty;
}

struct CaseTreeBuilder {
    CaseTree& tree;
    std::map<std::string, CaseNode*> by_name;  // identifier and uri
    std::string document_identifier;

    CaseNode* find(const std::string& target) {
        std::string key = target;
        if (key.rfind("urn:uuid:", 0) == 0) key = key.substr(9);
        if (auto it = by_name.find(key); it != by_name.end()) return it->second;
        if (auto it = by_name.find(target); it != by_name.end()) return it->second;
        return nullptr;
    }

    void read_document(const Json& package) {
        if (!package.is_object()) fail("", "a CFPackage is a JSON object");
        if (!package.contains("CFDocument")) fail("/CFDocument", "no CFDocument: this is not a CASE package");
        const Json& doc = package["CFDocument"];
        if (!doc.is_object()) fail("/CFDocument", "must be a JSON object");
        document_identifier = member(doc, "identifier", "/CFDocument", "string").get<std::string>();
        by_name[document_identifier] = &tree.document_;
        if (auto it = doc.find("uri"); it != doc.end() && it->is_string()) by_name[it->get<std::string>()] = &tree.document_;
        const Json* rolekit = nullptr;
        if (auto ext = doc.find("extensions"); ext != doc.end() && ext->is_object())
            if (auto r = ext->find("rolekit"); r != ext->end() && r->is_object()) rolekit = &*r;
        tree.from_rolekit_ = rolekit && case_text(*rolekit, "kind") == "CompetenceMap" &&
                             !case_text(*rolekit, "id").empty();
    }

    void read_items(const Json& package) {
        if (!package.contains("CFItems")) return;
        const Json& items = member(package, "CFItems", "", "array");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string where = fmt::format("/CFItems/{}", i);
            if (!items[i].is_object()) fail(where, "must be a JSON object");
            const std::string id = member(items[i], "identifier", where, "string").get<std::string>();
            member(items[i], "fullStatement", where, "string");
            if (tree.nodes_.count(id) || id == document_identifier)
                fail(where + "/identifier", fmt::format("identifier '{}' is used twice", id));
            auto node = std::make_unique<CaseNode>();
            node->item = &items[i];
            by_name[id] = node.get();
            if (auto it = items[i].find("uri"); it != items[i].end() && it->is_string())
                by_name.emplace(it->get<std::string>(), node.get());
            tree.items_in_order_.push_back(&items[i]);
            tree.nodes_[id] = std::move(node);
        }
    }

    struct Edge {
        long sequence;
        std::string enumeration;
        std::size_t index;  // of the association
        CaseNode* child;
        CaseNode* parent;
    };

    // An item sits under the parent its first isChildOf names; a second
    // parent's isChildOf is left for x-case, so every item appears once.
    void read_associations(const Json& package) {
        if (!package.contains("CFAssociations")) return;
        const Json& list = member(package, "CFAssociations", "", "array");
        tree.associations_ = &list;
        std::map<CaseNode*, Edge> parent_of;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string where = fmt::format("/CFAssociations/{}", i);
            if (!list[i].is_object()) fail(where, "must be a JSON object");
            const std::string type = member(list[i], "associationType", where, "string").get<std::string>();
            if (!list[i].contains("originNodeURI")) fail(where, "has no 'originNodeURI'");
            if (!list[i].contains("destinationNodeURI")) fail(where, "has no 'destinationNodeURI'");
            const std::string from = link_target(list[i]["originNodeURI"], where + "/originNodeURI");
            const std::string to = link_target(list[i]["destinationNodeURI"], where + "/destinationNodeURI");
            CaseNode* origin = find(from);
            if (origin == nullptr || origin == &tree.document_)
                fail(where + "/originNodeURI", fmt::format("no CFItem has identifier '{}'", from));
            CaseNode* destination = find(to);
            if (type == "isRelatedTo" && destination != nullptr && destination != &tree.document_)
                tree.related_[origin].emplace_back(i, destination);
            if (type != "isChildOf") continue;  // other links may point outside the package
            if (destination == nullptr)
                fail(where + "/destinationNodeURI", fmt::format("no CFItem or CFDocument has identifier '{}'", to));
            if (parent_of.count(origin)) continue;
            parent_of.emplace(origin, Edge{sequence_of(list[i]), case_text(*origin->item, "listEnumeration"), i,
                                           origin, destination});
            tree.tree_associations_.insert(i);
        }
        place(parent_of);
        std::vector<Edge> edges;
        for (const auto& [child, edge] : parent_of) edges.push_back(edge);
        std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return a.index < b.index; });
        std::stable_sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
            if (a.sequence != b.sequence) return a.sequence < b.sequence;
            return enumeration_less(a.enumeration, b.enumeration);
        });
        for (const Edge& e : edges) e.parent->children.push_back(e.child);
    }

    // Walks up from each item (no recursion: a package may chain thousands)
    // to the document, an item with no parent, or one already placed. A walk
    // that meets itself is a cycle; one too long would nest the map deeper
    // than a YAML file can.
    void place(const std::map<CaseNode*, Edge>& parent_of) {
        std::map<const CaseNode*, int> depth{{&tree.document_, 0}};  // -1: not under the document
        for (const auto& [id, node] : tree.nodes_) {
            std::vector<CaseNode*> path;
            std::set<const CaseNode*> on_path;
            CaseNode* at = node.get();
            while (!depth.count(at)) {
                const auto up = parent_of.find(at);
                if (up == parent_of.end()) {
                    depth[at] = -1;
                    break;
                }
                if (!on_path.insert(at).second)
                    fail(fmt::format("/CFAssociations/{}", parent_of.at(path.back()).index),
                         "this isChildOf closes a cycle: an item would be its own ancestor");
                path.push_back(at);
                at = up->second.parent;
            }
            for (auto it = path.rbegin(); it != path.rend(); ++it) {
                const int above = depth.at(parent_of.at(*it).parent);
                depth[*it] = above < 0 ? -1 : above + 1;
                if (depth[*it] > kMaxTreeDepth)
                    fail(fmt::format("/CFAssociations/{}", parent_of.at(*it).index),
                         fmt::format("the isChildOf tree is deeper than {} levels", kMaxTreeDepth));
                if (depth[*it] > 0) tree.placed_.insert(*it);
            }
        }
    }
};

CaseTreeResult build_case_tree(const nlohmann::ordered_json& package) {
    CaseTreeResult result;
    result.tree = std::make_unique<CaseTree>();
    CaseTreeBuilder builder{*result.tree, {}, {}};
    try {
        builder.read_document(package);
        builder.read_items(package);
        builder.read_associations(package);
    } catch (const Failure& f) {
        result.tree.reset();
        result.error = f.error;
    }
    return result;
}

std::vector<const CaseNode*> CaseTree::related(const CaseNode& node) const {
    std::vector<const CaseNode*> out;
    const auto it = related_.find(&node);
    if (it == related_.end()) return out;
    for (const auto& [index, destination] : it->second) {
        out.push_back(destination);
        used_.insert(index);
    }
    return out;
}

nlohmann::ordered_json CaseTree::unused_associations() const {
    Json out = Json::array();
    if (associations_ == nullptr) return out;
    for (std::size_t i = 0; i < associations_->size(); ++i)
        if (!tree_associations_.count(i) && !used_.count(i)) out.push_back((*associations_)[i]);
    return out;
}

nlohmann::ordered_json CaseTree::unplaced_items() const {
    Json out = Json::array();
    for (const Json* item : items_in_order_)
        if (!placed_.count(nodes_.at(item->at("identifier").get<std::string>()).get())) out.push_back(*item);
    return out;
}

namespace {

// A JSON string may be written plain when YAML would read it back as the
// same string, not as a number, a boolean or null.
bool reads_back_as_text(const std::string& s) {
    if (s.empty()) return false;
    const char c = s[0];
    if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == '~') return false;
    std::string lower;
    for (char ch : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const char* word : {"null", "true", "false", "yes", "no", "on", "off", "y", "n"})
        if (lower == word) return false;
    return true;
}

YamlValue text_value(const std::string& s) {
    YamlValue v;
    v.kind = YamlValue::Kind::scalar;
    v.text = s;
    v.plain = reads_back_as_text(s);
    return v;
}

YamlValue to_yaml(const Json& j) {
    YamlValue v;
    switch (j.type()) {
    case Json::value_t::null: v.kind = YamlValue::Kind::null; break;
    case Json::value_t::object:
        v.kind = YamlValue::Kind::map;
        for (const auto& [key, value] : j.items()) {
            v.children.push_back(text_value(key));
            v.children.push_back(to_yaml(value));
        }
        break;
    case Json::value_t::array:
        v.kind = YamlValue::Kind::sequence;
        for (const Json& item : j) v.children.push_back(to_yaml(item));
        break;
    case Json::value_t::string: return text_value(j.get<std::string>());
    default:  // numbers and booleans: plain, as JSON wrote them
        v.kind = YamlValue::Kind::scalar;
        v.text = j.dump();
        v.plain = true;
    }
    return v;
}

}  // namespace

MapExtras case_extras(nlohmann::ordered_json kept, const nlohmann::ordered_json* extensions, int* counted) {
    MapExtras extras;
    if (extensions != nullptr && extensions->is_object())
        for (const auto& [key, value] : extensions->items()) {
            if (key.rfind("x-", 0) == 0 && key != "x-case") {
                extras.extensions.push_back(Extension{key, to_yaml(value), {}});
            } else if (key != "rolekit") {
                kept["extensions"][key] = value;
                if (counted != nullptr) ++*counted;
            }
        }
    else if (extensions != nullptr) {  // not what CASE allows, but not ours to drop
        kept["extensions"] = *extensions;
        if (counted != nullptr) ++*counted;
    }
    if (!kept.empty()) extras.extensions.push_back(Extension{"x-case", to_yaml(kept), {}});
    return extras;
}

}  // namespace rolekit::detail
