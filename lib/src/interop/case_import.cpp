// A CFPackage as a CompetenceMap. The isChildOf tree becomes the map: the
// document's children are its domains (and, by CFItemType, its principles
// and curriculum sections); below a domain, "Competence area" items are areas
// and everything else is a statement, nested to any depth. What the format
// has no place for is kept under `x-case` and counted. docs/case.md.

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>

#include "interop/case_tree.hpp"
#include "load/parse_common.hpp"
#include "rolekit/case.hpp"
#include "rolekit/overlay_template.hpp"

namespace rolekit {

namespace {

using detail::CaseNode;
using detail::CaseTree;
using Json = nlohmann::ordered_json;

using detail::case_text;

// Deeper than any CASE package nests; deeper input is refused before it can
// exhaust the stack of the code that walks it.
constexpr int kMaxJsonDepth = 64;

// How deep the brackets of `text` nest, outside strings. (nlohmann's parser
// callback could count it, but makes a long array quadratic to read.)
int json_depth(std::string_view text) {
    int depth = 0;
    int deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

// nlohmann's DOM parser, told where it gave up: a number too large for a
// double (out_of_range.406) reaches parse_error like a syntax error does, but
// its message, unlike theirs, gives no place.
class PositionedParser : public nlohmann::detail::json_sax_dom_parser<Json> {
public:
    using json_sax_dom_parser::json_sax_dom_parser;
    std::size_t token_start = 0;  // byte offset of the token it stopped at

    template <class Exception>
    bool parse_error(std::size_t end, const std::string& token, const Exception& e) {
        token_start = end >= token.size() ? end - token.size() : 0;
        return json_sax_dom_parser::parse_error(end, token, e);  // throws `e`
    }
};

// "line L, column C" (1-based) of the byte at `offset`.
std::string line_and_column(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const std::size_t newline = before.rfind('\n');
    const std::size_t column = newline == std::string_view::npos ? before.size() + 1 : before.size() - newline;
    return fmt::format("line {}, column {}", line, column);
}

// The package as JSON, or why not, with the place: every exception the
// parser throws is the input's fault, never rolekit's (exit 2, not 3).
std::optional<CaseImportError> parse_package(std::string_view text, Json& package) {
    PositionedParser parser(package);
    try {
        Json::sax_parse(text.begin(), text.end(), &parser);
    } catch (const Json::parse_error& e) {
        // nlohmann's message says where: "at line 3, column 5".
        return CaseImportError{"", fmt::format("not JSON: {}", e.what())};
    } catch (const Json::exception& e) {
        return CaseImportError{"", fmt::format("not JSON rolekit can read, at {}: {}",
                                               line_and_column(text, parser.token_start), e.what())};
    }
    return std::nullopt;
}

// Keys of an item the map holds itself (or makes anew on export).
const std::set<std::string> kItemKeysUsed = {"identifier", "uri", "CFItemType", "fullStatement",
                                             "humanCodingScheme", "lastChangeDateTime", "language",
                                             "listEnumeration", "extensions"};
const std::set<std::string> kDocumentKeysUsed = {"identifier", "uri", "title", "version", "creator",
                                                 "caseVersion", "lastChangeDateTime", "language",
                                                 "extensions"};

// Whether a field the map reads holds what it reads: text (null counts as
// absent). A field of another type is kept under x-case, not dropped.
bool fits(const std::string& key, const Json& value) {
    return value.is_null() || value.is_string() || key == "extensions";  // case_extras keeps any
}

class MapBuilder {
public:
    MapBuilder(const CaseTree& tree, std::map<std::string, int>& kept) : tree_(tree), kept_(kept) {}

    CompetenceMap build(const Json& package) {
        CompetenceMap m;
        const Json& doc = package["CFDocument"];
        m.title = Text{case_text(doc, "title"), {}};
        m.revision = Text{case_text(doc, "version"), {}};
        int domain_number = 0;
        for (const CaseNode* child : tree_.children_of_document()) {
            const std::string& type = case_text(*child->item, "CFItemType");
            if (type == "Principle")
                m.principles.push_back(principle(*child));
            else if (type == "Curriculum section")
                m.curriculum.push_back(section(*child, static_cast<int>(m.curriculum.size()) + 1));
            else
                m.domains.push_back(domain(*child, ++domain_number));
        }
        // A unit isRelatedTo the domains it covers.
        std::size_t unit_index = 0;
        for (CurriculumSection& s : m.curriculum)
            for (CurriculumUnit& u : s.units)
                for (const CaseNode* d : tree_.related(*unit_nodes_[unit_index++]))
                    if (auto it = domain_ids_.find(d); it != domain_ids_.end())
                        u.domains.push_back(Text{it->second, {}});
        m.extras = document_extras(package);
        return m;
    }

private:
    // The item's own code, else its place in a list, else its position.
    static std::string code_of(const CaseNode& n, int position) {
        if (const std::string& c = case_text(*n.item, "humanCodingScheme"); !c.empty()) return c;
        if (const std::string& e = case_text(*n.item, "listEnumeration"); !e.empty()) return e;
        return std::to_string(position);
    }

    // The item's fields the map has no key for, kept; its x- keys restored.
    MapExtras item_extras(const CaseNode& n, const std::set<std::string>& also_used, Json rest = Json::object()) {
        for (const auto& [key, value] : n.item->items())
            if ((!kItemKeysUsed.count(key) && !also_used.count(key)) || !fits(key, value)) {
                rest[key] = value;
                ++kept_["CFItem." + key];
            }
        const auto ext = n.item->find("extensions");
        int counted = 0;
        MapExtras extras = detail::case_extras(rest, ext == n.item->end() ? nullptr : &*ext, &counted);
        if (counted > 0) kept_["CFItem.extensions"] += counted;
        return extras;
    }

    // The items below a principle or a curriculum unit, which have no place
    // in a map: kept whole, in tree order (depth first), under its x-case.
    Json items_below(const CaseNode& n) {
        Json rest = Json::object();
        std::vector<const CaseNode*> stack(n.children.rbegin(), n.children.rend());
        while (!stack.empty()) {
            const CaseNode* at = stack.back();
            stack.pop_back();
            rest["CFItems"].push_back(*at->item);
            stack.insert(stack.end(), at->children.rbegin(), at->children.rend());
        }
        if (!rest.empty())
            kept_["CFItems below a principle or curriculum unit"] += static_cast<int>(rest["CFItems"].size());
        return rest;
    }

    Principle principle(const CaseNode& n) {
        Principle p;
        p.name = Text{case_text(*n.item, "fullStatement"), {}};
        p.description = Text{case_text(*n.item, "notes"), {}};
        p.extras = item_extras(n, {"notes"}, items_below(n));
        return p;
    }

    Domain domain(const CaseNode& n, int position) {
        Domain d;
        d.id = Text{code_of(n, position), {}};
        d.name = Text{case_text(*n.item, "fullStatement"), {}};
        d.description = Text{case_text(*n.item, "notes"), {}};
        d.extras = item_extras(n, {"notes"});
        domain_ids_[&n] = d.id.value;
        int area_number = 0;
        for (const CaseNode* child : n.children) {
            if (case_text(*child->item, "CFItemType") == "Competence area")
                d.areas.push_back(area(*child, ++area_number));
            else
                d.statements.push_back(statement(*child));
        }
        return d;
    }

    CompetenceArea area(const CaseNode& n, int position) {
        CompetenceArea a;
        a.id = Text{code_of(n, position), {}};
        a.name = Text{case_text(*n.item, "fullStatement"), {}};
        a.extras = item_extras(n, {});
        for (const CaseNode* child : n.children) a.statements.push_back(statement(*child));
        return a;
    }

    // humanCodingScheme has no key in a statement: it goes under x-case,
    // where export finds it again.
    Statement statement(const CaseNode& n) {
        Statement s;
        s.text = Text{case_text(*n.item, "fullStatement"), {}};
        Json coding = Json::object();
        if (const std::string& c = case_text(*n.item, "humanCodingScheme"); !c.empty()) coding["humanCodingScheme"] = c;
        s.extras = item_extras(n, {}, coding);
        for (const CaseNode* child : n.children) s.parts.push_back(statement(*child));
        s.mapping = !s.parts.empty() || !s.extras.extensions.empty();
        return s;
    }

    CurriculumSection section(const CaseNode& n, int position) {
        CurriculumSection s;
        int number = position;
        const std::string& code = case_text(*n.item, "humanCodingScheme");
        int parsed = 0;
        const auto [end, ec] = std::from_chars(code.data(), code.data() + code.size(), parsed);
        if (ec == std::errc{} && end == code.data() + code.size() && parsed >= 1 && parsed <= 999) number = parsed;
        s.section = Located<int>{number, {}};
        s.name = Text{case_text(*n.item, "fullStatement"), {}};
        s.extras = item_extras(n, {});
        int unit_number = 0;
        for (const CaseNode* child : n.children) {
            CurriculumUnit u;
            u.id = Text{code_of(*child, ++unit_number), {}};
            u.name = Text{case_text(*child->item, "fullStatement"), {}};
            u.extras = item_extras(*child, {}, items_below(*child));
            unit_nodes_.push_back(child);
            s.units.push_back(std::move(u));
        }
        return s;
    }

    MapExtras document_extras(const Json& package) {
        Json kept = Json::object();
        const Json& doc = package["CFDocument"];
        if (const std::string& creator = case_text(doc, "creator"); !creator.empty()) kept["creator"] = creator;
        Json rest = Json::object();
        for (const auto& [key, value] : doc.items()) {
            if (kDocumentKeysUsed.count(key) && fits(key, value)) continue;
            rest[key] = value;
            ++kept_["CFDocument." + key];
        }
        // The document's x- keys come back as the map's own; any other
        // extension is kept with the CFDocument's other fields.
        Json own_extensions = Json::object();
        const auto ext = doc.find("extensions");
        if (ext != doc.end() && !ext->is_object()) {
            rest["extensions"] = *ext;
            ++kept_["CFDocument.extensions"];
        } else if (ext != doc.end())
            for (const auto& [key, value] : ext->items()) {
                if (key.rfind("x-", 0) == 0 && key != "x-case")
                    own_extensions[key] = value;
                else if (key != "rolekit" || !tree_.from_rolekit()) {
                    rest["extensions"][key] = value;
                    ++kept_["CFDocument.extensions"];
                }
            }
        if (!rest.empty()) kept["CFDocument"] = rest;
        for (const auto& [key, value] : package.items()) {
            if (key == "CFDocument" || key == "CFItems" || key == "CFAssociations") continue;
            kept[key] = value;
            ++kept_[key];
        }
        if (Json other = tree_.unused_associations(); !other.empty()) {
            for (const Json& a : other) ++kept_[case_text(a, "associationType") + " associations"];
            kept["CFAssociations"] = other;
        }
        if (Json loose = tree_.unplaced_items(); !loose.empty()) {
            kept_["CFItems outside the isChildOf tree"] += static_cast<int>(loose.size());
            kept["CFItems"] = loose;
        }
        return detail::case_extras(kept, &own_extensions);
    }

    const CaseTree& tree_;
    std::map<std::string, int>& kept_;
    std::map<const CaseNode*, std::string> domain_ids_;
    std::vector<const CaseNode*> unit_nodes_;
};

std::string document_id(const Json& package, const CaseTree& tree, const std::string& title) {
    if (tree.from_rolekit()) {
        const std::string& id = case_text(package["CFDocument"]["extensions"]["rolekit"], "id");
        if (detail::is_valid_id(id)) return id;
    }
    const std::string id = slug(title);
    return id.empty() ? "case-import" : id;
}

}  // namespace

CaseImport import_case(std::string_view json_text) {
    CaseImport result;
    if (json_depth(json_text) > kMaxJsonDepth) {
        result.error = CaseImportError{"", fmt::format("JSON nested deeper than {} levels", kMaxJsonDepth)};
        return result;
    }
    Json package;
    if ((result.error = parse_package(json_text, package))) return result;
    detail::CaseTreeResult tree = detail::build_case_tree(package);
    if (tree.error) {
        result.error = tree.error;
        return result;
    }
    MapBuilder builder(*tree.tree, result.kept);
    Document doc;
    doc.kind = DocumentKind::competence_map;
    doc.format = Located<int>{kFormatVersion, {}};
    CompetenceMap map = builder.build(package);
    doc.id = Text{document_id(package, *tree.tree, map.title.value), {}};
    doc.body = std::move(map);
    result.document = std::move(doc);
    return result;
}

}  // namespace rolekit
