#pragma once
// The shape of every mapping a rolekit document (and .rolekit.yaml) may hold:
// its keys, whether each is required, what value it takes, and what it means.
// The loader's MapReader names each mapping it reads by a shape's `name`, and
// tests/document_shapes_test.cpp records every key the loader asks for and
// checks it against this table both ways, so `rolekit schema` (generated from
// it) cannot drift from what the loader accepts.

#include <string_view>
#include <vector>


namespace rolekit::detail {

enum class Need { required, optional };

enum class ValueShape {
    text,                 // any scalar; required means not empty
    markdown,             // text holding Markdown
    integer,              // a plain whole number in [min, max]
    text_list,            // a list of text
    object,               // a mapping of shape `shape`
    list,                 // a list of mappings of shape `shape`
    text_or_object_list,  // a list whose items are text or mappings of `shape`
    kind,                 // a document kind name
    format,               // the format version
    id,                   // a document id
    area,                 // a functional-map area key
    nos_status,           // current, legacy, withdrawn, uncoded
    nos_code,             // text or null; the key must be present
    date,                 // a calendar date, YYYY-MM-DD
    overlay_competences,  // a list of groups, or {locality: [groups]}
    rule_severities,      // .rolekit.yaml `rules`: rule id to severity or off
    severity,             // error, warning, info
};

struct FieldShape {
    std::string_view key;
    Need need;
    ValueShape value;
    std::string_view description;
    std::string_view shape = {};  // for object and list values
    int min = 0;                  // for integers
    int max = 0;
    // How a page names the key to a reader, in the template's words
    // ("Transferable role"); empty where pages do not show the key as a row.
    std::string_view label = {};
};

struct Shape {
    std::string_view name;  // as MapReader names the mapping in messages
    std::string_view description;
    std::vector<FieldShape> fields;
};

// Every shape: the envelope ("document"), one per kind (named as `kind:`
// writes it), the nested mappings, and ".rolekit.yaml".
const std::vector<Shape>& document_shapes();
const Shape* find_shape(std::string_view name);
// The label of a shape's key (std::logic_error when the table lacks it).
std::string_view label_of(std::string_view shape, std::string_view key);

}  // namespace rolekit::detail
