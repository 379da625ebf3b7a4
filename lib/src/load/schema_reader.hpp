#pragma once
// Typed reading of a YamlNode mapping against a fixed set of keys. Every
// problem becomes a Finding (schema-missing-field, schema-type,
// schema-unknown-key, schema-value); reading goes on so that one pass reports
// as much as it can.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/finding.hpp"
#include "yaml/yaml_tree.hpp"

namespace rolekit::detail {

enum class Need { required, optional };

class Diagnostics {
public:
    explicit Diagnostics(Findings& out) : out_(out) {}
    void error(RuleId rule, Position pos, std::string message, std::string hint = {});
    void type_error(const YamlNode& node, std::string_view expected, std::string_view where);

private:
    Findings& out_;
};

class MapReader {
public:
    // `what` names the mapping in messages, e.g. "RoleProfile" or "competence group".
    MapReader(const YamlNode& node, Diagnostics& diag, std::string what);

    bool ok() const { return node_ != nullptr; }  // false if the node is not a mapping
    Position pos() const { return pos_; }
    const YamlNode* node() const { return node_; }

    // The value for `key`, marking the key as known. Reports a missing
    // required key. Null values count as missing for required keys.
    const YamlNode* get(std::string_view key, Need need);
    // Marks a key as known without reading it.
    void accept(std::string_view key) { known_.emplace_back(key); }

    Text text(std::string_view key, Need need);
    std::optional<Located<int>> integer(std::string_view key, Need need, int min, int max);
    std::vector<Text> text_list(std::string_view key, Need need);
    // Calls `each` for every item of a list value; returns false if the key is
    // absent or not a list.
    bool list(std::string_view key, Need need, const std::function<void(const YamlNode&)>& each);

    // Reports keys that were never asked for, except user extensions (`x-...`).
    void finish();

    Diagnostics& diag() { return diag_; }

private:
    const YamlNode* node_ = nullptr;
    Diagnostics& diag_;
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

// Tests see every key the loader asks for (the mapping's name, the key, the
// need), to hold the loader and the schema table (schema/document_shapes.hpp)
// together. The recorder is called from any thread; null turns it off.
using KeyRecorder = std::function<void(std::string_view what, std::string_view key, Need need)>;
void set_key_recorder(const KeyRecorder* recorder);

}  // namespace rolekit::detail
