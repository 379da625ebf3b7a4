#include "yaml/yaml_tags.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "rolekit/visible_text.hpp"

namespace rolekit::detail {

namespace {

constexpr std::string_view kCorePrefix = "tag:yaml.org,2002:";

constexpr std::array<std::string_view, 5> kScalarTags = {"str", "int", "float", "bool", "null"};

std::string_view kind_noun(TaggedKind kind) {
    switch (kind) {
        case TaggedKind::scalar: return "a scalar";
        case TaggedKind::sequence: return "a list";
        case TaggedKind::map: return "a mapping";
    }
    return "?";
}

// The kind a core-schema tag names, if it is one rolekit allows.
std::optional<TaggedKind> core_tag_kind(std::string_view name) {
    if (name == "seq") return TaggedKind::sequence;
    if (name == "map") return TaggedKind::map;
    if (std::find(kScalarTags.begin(), kScalarTags.end(), name) != kScalarTags.end())
        return TaggedKind::scalar;
    return std::nullopt;
}

}  // namespace

std::string tag_as_written(std::string_view tag) {
    if (tag.starts_with(kCorePrefix)) return fmt::format("!!{}", tag.substr(kCorePrefix.size()));
    if (tag.starts_with('!')) return std::string(tag);
    return fmt::format("!<{}>", tag);
}

std::optional<std::string> tag_problem(std::string_view tag, TaggedKind kind) {
    // yaml-cpp gives "?" for an untagged node and "!" for a quoted scalar or
    // the non-specific tag.
    if (tag == "?" || tag == "!") return std::nullopt;
    const std::string written = visible(tag_as_written(tag));
    const auto named =
        tag.starts_with(kCorePrefix) ? core_tag_kind(tag.substr(kCorePrefix.size())) : std::nullopt;
    if (!named)
        return fmt::format("tag '{}' is not allowed; rolekit documents hold plain text", written);
    if (*named != kind)
        return fmt::format("tag '{}' is for {}, not {}", written, kind_noun(*named),
                           kind_noun(kind));
    return std::nullopt;
}

bool is_null_tag(std::string_view tag) {
    return tag == "tag:yaml.org,2002:null";
}

}  // namespace rolekit::detail
