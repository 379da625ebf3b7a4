#include "schema/key_tables.hpp"

#include <fmt/format.h>

namespace rolekit::detail {

namespace {

std::string shape_words(std::string_view shape) { return fmt::format("*{}*", shape); }

// A table cell holds one line, and `|` would end it.
std::string cell(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else
            out += c == '\n' ? ' ' : c;
    }
    return out;
}

}  // namespace

std::string value_words(const FieldShape& field) {
    using V = ValueShape;
    switch (field.value) {
        case V::text: return std::string(kTextType);
        case V::markdown: return "Markdown";
        case V::integer: return fmt::format("whole number {}–{}", field.min, field.max);
        case V::text_list: return "list of text";
        case V::object: return "mapping: " + shape_words(field.shape);
        case V::list: return "list of " + shape_words(field.shape);
        case V::text_or_object_list: return "list of text or " + shape_words(field.shape);
        case V::kind: return "a kind name";
        case V::format: return "whole number: 1";
        case V::id: return "an id";
        case V::area: return "text: an area key";
        case V::nos_status: return "current, legacy, withdrawn or uncoded";
        case V::nos_code: return "text or null";
        case V::date: return "a date, YYYY-MM-DD";
        case V::overlay_competences: return "list of *competence group*";
        case V::rule_severities: return "mapping: rule id to error, warning, info or off";
        case V::severity: return "error, warning or info";
    }
    return "";
}

std::string key_table_markdown(const Shape& shape) {
    std::string out = "| key | required | type | meaning |\n|---|---|---|---|\n";
    for (const FieldShape& f : shape.fields)
        out += fmt::format("| `{}` | {} | {} | {} |\n", f.key, f.need == Need::required ? "yes" : "no",
                           cell(value_words(f)), cell(f.description));
    return out;
}

}  // namespace rolekit::detail
