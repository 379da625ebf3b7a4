#pragma once
// Typed reading of a YamlNode mapping against one shape of the format's
// description (schema/document_shapes.hpp): which keys it knows, whether each
// is required and a number's range come from the table, never from the
// reader. Every problem becomes a Finding (schema-missing-field, schema-type,
// schema-unknown-key, schema-value); reading goes on so that one pass reports
// as much as it can.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/finding.hpp"
#include "rolekit/load.hpp"
#include "schema/document_shapes.hpp"
#include "schema/format_keys.hpp"
#include "yaml/yaml_tree.hpp"

namespace rolekit::detail {

class Diagnostics {
public:
    // `keys_read`, when given, records every (shape, key) a reader asks for.
    explicit Diagnostics(Findings& out, KeysRead* keys_read = nullptr) : out_(out), keys_read_(keys_read) {}
    void error(RuleId rule, Position pos, std::string message, std::string hint = {});
    void type_error(const YamlNode& node, std::string_view expected, std::string_view where);

    void key_read(std::string_view shape, std::string_view key);

private:
    Findings& out_;
    KeysRead* keys_read_;
};

class MapReader {
public:
    // `shape` is the name of a shape in the format's table, e.g. "RoleProfile"
    // or "competence group"; it names the mapping in messages. A shape the
    // table lacks is a programming error (std::logic_error).
    MapReader(const YamlNode& node, Diagnostics& diag, std::string_view shape);

    bool ok() const { return node_ != nullptr; }  // false if the node is not a mapping
    Position pos() const { return pos_; }
    const YamlNode* node() const { return node_; }

    // The value for `key` (a key of the shape, else std::logic_error),
    // marking it as read. Reports a missing required key. Null values count as
    // missing for required keys.
    const YamlNode* get(std::string_view key);
    // Marks a key of another shape as known without reading it (the
    // envelope's keys in a kind's mapping, an overlay's national keys).
    void accept(std::string_view key) { known_.emplace_back(key); }

    Text text(std::string_view key);
    // A calendar date written YYYY-MM-DD (schema-value otherwise).
    Text date(std::string_view key);
    // A whole number within the range the table gives the key.
    std::optional<Located<int>> integer(std::string_view key);
    std::vector<Text> text_list(std::string_view key);
    // Calls `each` for every item of a list value; returns false if the key is
    // absent or not a list.
    bool list(std::string_view key, const std::function<void(const YamlNode&)>& each);

    // Reports keys that were never asked for, except user extensions (`x-...`).
    void finish();

    Diagnostics& diag() { return diag_; }

private:
    const YamlNode* node_ = nullptr;
    Diagnostics& diag_;
    const FieldShape& field(std::string_view key) const;

    const Shape* shape_;
    std::string what_;
    Position pos_;
    std::vector<std::string> known_;
};

// Scalar-or-null to text; reports a type error for lists and mappings.
Text read_text(const YamlNode& node, Diagnostics& diag, std::string_view where);
std::optional<Located<int>> read_integer(const YamlNode& node, Diagnostics& diag,
                                         std::string_view where, int min, int max);
std::vector<Text> read_text_list(const YamlNode& node, Diagnostics& diag, std::string_view where);
// Calls `each` for every item; null counts as an empty list.
bool for_each_item(const YamlNode& node, Diagnostics& diag, std::string_view where,
                   const std::function<void(const YamlNode&)>& each);


}  // namespace rolekit::detail
