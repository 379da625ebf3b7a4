#include "rolekit/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "rolekit/rules.hpp"
#include "schema/document_shapes.hpp"

namespace rolekit {

namespace {

using Json = nlohmann::ordered_json;
using detail::FieldShape;
using detail::Need;
using detail::Shape;
using V = detail::ValueShape;

constexpr const char* kDraft = "http://json-schema.org/draft-07/schema#";

// "NOS entry" -> "NOS-entry": a definition name that needs no escaping in a
// JSON pointer.
std::string definition_name(std::string_view shape) {
    std::string out(shape);
    for (char& c : out)
        if (c == ' ' || c == '.') c = '-';
    return out;
}

Json ref(std::string_view shape) { return {{"$ref", "#/definitions/" + definition_name(shape)}}; }

// The loader reads any scalar as text (`revision: 2023` is the text "2023").
Json text_value(Need need) {
    Json j{{"type", Json::array({"string", "number", "boolean"})}};
    if (need == Need::required) j["minLength"] = 1;
    return j;
}

Json list_of(Json items) { return {{"type", "array"}, {"items", std::move(items)}}; }

Json area_value(const JsonSchemaOptions& options) {
    if (options.area_keys.empty()) return text_value(Need::required);
    Json values = Json::array();
    for (const std::string& key : options.area_keys) values.push_back(key);
    // `area: 1` is the text "1" to the loader, an integer to an editor.
    for (const std::string& key : options.area_keys)
        if (key.size() == 1 && key[0] >= '0' && key[0] <= '9') values.push_back(key[0] - '0');
    return {{"enum", values}};
}

Json names_of(std::span<const std::string_view> table) {
    Json names = Json::array();
    for (std::string_view name : table) names.push_back(std::string(name));
    return names;
}

// A rule's severity in `.rolekit.yaml`, or "off".
Json rule_severity_enum() {
    Json names = names_of(severity_names());
    names.push_back("off");
    return names;
}

Json value_schema(const FieldShape& field, const JsonSchemaOptions& options) {
    switch (field.value) {
    case V::text:
    case V::markdown: return text_value(field.need);
    case V::integer: return {{"type", "integer"}, {"minimum", field.min}, {"maximum", field.max}};
    case V::text_list: return list_of(text_value(Need::optional));
    case V::object: return ref(field.shape);
    case V::list: return list_of(ref(field.shape));
    case V::text_or_object_list:
        return list_of({{"anyOf", Json::array({text_value(Need::required), ref(field.shape)})}});
    case V::kind: return {{"enum", names_of(kind_names())}};
    case V::format: return {{"const", kFormatVersion}};
    case V::id: return {{"type", "string"}, {"pattern", "^[a-z0-9][a-z0-9-]*$"}};
    case V::area: return area_value(options);
    case V::nos_status: return {{"enum", {"current", "legacy", "withdrawn", "uncoded"}}};
    case V::nos_code: return {{"type", Json::array({"string", "number", "null"})}};
    // Months 01-12 and days 01-31, as far as a pattern goes: an editor flags
    // 2026-13-01 at once; validate also knows that 2026-02-30 is no day.
    case V::date:
        return {{"type", "string"},
                {"pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}};
    case V::overlay_competences:
        return {{"anyOf", Json::array({list_of(ref("competence group")), ref("overlay competences")})}};
    case V::severity: return {{"enum", names_of(severity_names())}};
    case V::rule_severities: {
        Json props = Json::object();
        for (const RuleInfo& rule : all_rules())
            if (!rule.unusable)
                props[std::string(rule.id)] = {{"description", rule.summary},
                                               {"enum", rule_severity_enum()}};
        return {{"type", "object"}, {"properties", props}, {"additionalProperties", false}};
    }
    }
    return {};
}

// Optional keys may be given empty (`learning:`), which the loader reads as
// absent.
Json field_schema(const FieldShape& field, const JsonSchemaOptions& options) {
    Json value = value_schema(field, options);
    Json j{{"description", field.description}};
    if (field.need == Need::optional && field.value != V::nos_code)
        j["anyOf"] = Json::array({std::move(value), {{"type", "null"}}});
    else
        for (auto& [k, v] : value.items()) j[k] = v;
    return j;
}

void add_fields(Json& object, const Shape& shape, const JsonSchemaOptions& options) {
    for (const FieldShape& field : shape.fields) {
        object["properties"][std::string(field.key)] = field_schema(field, options);
        if (field.need == Need::required || field.value == V::nos_code)
            object["required"].push_back(std::string(field.key));
    }
}

Json object_schema(std::initializer_list<const Shape*> shapes, const JsonSchemaOptions& options) {
    Json j{{"type", "object"}, {"description", shapes.end()[-1]->description},
           {"properties", Json::object()}, {"required", Json::array()}};
    for (const Shape* shape : shapes) add_fields(j, *shape, options);
    j["patternProperties"] = {{"^x-", {{"description", "A user extension: any value, kept as it is."}}}};
    j["additionalProperties"] = false;
    return j;
}

// The shapes a document of `kind` can hold, or of every kind.
std::set<std::string_view> reachable(std::optional<DocumentKind> kind) {
    std::set<std::string_view> out;
    std::vector<std::string_view> todo;
    for (const Shape& shape : detail::document_shapes())
        if (const auto k = kind_from_name(shape.name); k && (!kind || *k == *kind)) todo.push_back(shape.name);
    while (!todo.empty()) {
        const std::string_view name = todo.back();
        todo.pop_back();
        if (!out.insert(name).second) continue;
        for (const FieldShape& field : detail::find_shape(name)->fields) {
            if (!field.shape.empty()) todo.push_back(field.shape);
            if (field.value == V::overlay_competences) todo.push_back("overlay competences");
        }
    }
    return out;
}

// Every shape the schema's documents can reach, in table order.
void add_definitions(Json& definitions, std::optional<DocumentKind> kind, const JsonSchemaOptions& options) {
    const Shape* envelope = detail::find_shape("document");
    const std::set<std::string_view> wanted = reachable(kind);
    for (const Shape& shape : detail::document_shapes()) {
        if (!wanted.count(shape.name)) continue;
        const bool is_kind = kind_from_name(shape.name).has_value();
        definitions[definition_name(shape.name)] =
            is_kind ? object_schema({envelope, &shape}, options) : object_schema({&shape}, options);
    }
}

Json kind_schema(DocumentKind kind, const JsonSchemaOptions& options) {
    Json j{{"$schema", kDraft},
           {"title", "rolekit " + std::string(kind_name(kind))},
           {"$ref", "#/definitions/" + std::string(kind_name(kind))}};
    add_definitions(j["definitions"], kind, options);
    return j;
}

Json all_kinds_schema(const JsonSchemaOptions& options) {
    Json j{{"$schema", kDraft},
           {"title", "rolekit document"},
           {"description", "Any rolekit document; `kind` says which."},
           {"type", "object"},
           {"required", {"kind"}},
           {"properties", {{"kind", {{"description", "The document kind."}, {"enum", names_of(kind_names())}}}}},
           {"allOf", Json::array()}};
    for (const Json& name : names_of(kind_names()))
        j["allOf"].push_back({{"if", {{"properties", {{"kind", {{"const", name}}}}}, {"required", {"kind"}}}},
                              {"then", {{"$ref", "#/definitions/" + name.get<std::string>()}}}});
    add_definitions(j["definitions"], std::nullopt, options);
    return j;
}

}  // namespace

std::string document_json_schema(std::optional<DocumentKind> kind, const JsonSchemaOptions& options) {
    const Json j = kind ? kind_schema(*kind, options) : all_kinds_schema(options);
    return j.dump(2) + "\n";
}

std::string config_json_schema() {
    Json j = object_schema({detail::find_shape(".rolekit.yaml")}, {});
    Json out{{"$schema", kDraft}, {"title", "rolekit .rolekit.yaml"}};
    for (auto& [k, v] : j.items()) out[k] = v;
    return out.dump(2) + "\n";
}

}  // namespace rolekit
