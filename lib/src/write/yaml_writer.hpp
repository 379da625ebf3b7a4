#pragma once
// Writing the model with yaml-cpp's emitter: text quoted so that it reads back
// the same, each mapping's keys written only when the document had them (or
// has a value for them now), and the user's `x-` keys after the format's keys.
// MapWriter is MapReader's counterpart.

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <optional>
#include <string>
#include <vector>

#include "rolekit/extension.hpp"
#include "rolekit/position.hpp"
#include "schema/document_shapes.hpp"
#include "schema/format_keys.hpp"

namespace rolekit::detail {

// How a key given with nothing in it is written again: `""`, `[]` or `{}`
// (a null is written as `null` whatever the shape).
enum class EmptyShape { text, list, map };

enum class Style { block, flow };

// One scalar of text, quoted where plain text would read back as something else.
void write_text(YAML::Emitter& out, const std::string& text);
// Any YAML value (an extension's content): plain scalars stay plain where
// they can, other scalars are quoted.
void write_value(YAML::Emitter& out, const YamlValue& value);

class MapWriter {
  public:
    // Starts the mapping. A flow mapping (`{a: 1}`) is written in block style
    // when it has x- keys, whose content may not fit on one line.
    MapWriter(YAML::Emitter& out, const MapExtras& extras, Style style = Style::block);
    MapWriter(const MapWriter&) = delete;
    MapWriter& operator=(const MapWriter&) = delete;

    void text(std::string_view key, const Text& value, Need need);
    void integer(std::string_view key, const Located<int>& value);
    void integer(std::string_view key, const std::optional<Located<int>>& value);
    void text_list(std::string_view key, const std::vector<Text>& items, Need need,
                   Style style = Style::block);

    // A list whose items `each(out, item)` writes.
    template <class T, class Each>
    void list(std::string_view key, const std::vector<T>& items, Need need, Each each) {
        if (!value(key, !items.empty(), need, EmptyShape::list)) return;
        if (items.empty()) out_ << YAML::Flow;  // `[]` on the key's line
        out_ << YAML::BeginSeq;
        for (const T& item : items) each(out_, item);
        out_ << YAML::EndSeq;
    }

    // Writes `key` when the caller is to write its value next (true), or
    // writes the key with the empty value the document gave it (false), or
    // nothing (false): an optional key with no value that the document lacked.
    bool value(std::string_view key, bool has_value, Need need, EmptyShape shape);

    // The x- keys, then the end of the mapping.
    void finish();

    YAML::Emitter& out() { return out_; }

  private:
    YAML::Emitter& out_;
    const MapExtras& extras_;
};

}  // namespace rolekit::detail
