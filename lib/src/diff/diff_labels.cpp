// How diff reports name things (diff_labels.hpp).

#include "diff/diff_labels.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

#include "rolekit/builtin_location.hpp"
#include "rolekit/workspace.hpp"
#include "schema/document_shapes.hpp"
#include "schema/format_keys.hpp"

namespace rolekit::detail {

namespace {

constexpr std::string_view kOrder = " (order)";

// An x- key (extensions are the user's own words) or a group by its index.
bool shown_as_written(std::string_view path) {
    return path.starts_with("x-") || path.find(".x-") != std::string_view::npos ||
           path.find('[') != std::string_view::npos;
}

const FieldShape* field_in(std::string_view shape, std::string_view key) {
    if (const Shape* s = find_shape(shape))
        for (const FieldShape& f : s->fields)
            if (f.key == key) return &f;
    return nullptr;
}

// A path's first key: the envelope's (id), the kind's, or one nested in its
// lists (a competence map's "areas" and "units" are flat lists of what its
// domains and curriculum sections hold), searched depth first.
const FieldShape* first_field(std::string_view shape, std::string_view key,
                              std::vector<std::string_view>& seen) {
    if (std::find(seen.begin(), seen.end(), shape) != seen.end()) return nullptr;
    seen.push_back(shape);
    if (const FieldShape* f = field_in(shape, key)) return f;
    const Shape* s = find_shape(shape);
    for (const FieldShape& f : s ? s->fields : std::vector<FieldShape>{})
        if (f.value == ValueShape::list)
            if (const FieldShape* found = first_field(f.shape, key, seen)) return found;
    return nullptr;
}

struct Resolved {
    std::vector<std::string> labels;  // one per labelled step: "Duty D1", "Skills"
    const FieldShape* leaf = nullptr;
};

// Walks a path ("basic_info.named_role", "duties.D1.skills") through the
// shapes; nullopt for x- keys, indexed groups and anything the table lacks.
std::optional<Resolved> resolve(std::string_view kind, std::string_view path) {
    std::vector<std::string> keys;
    for (std::size_t from = 0;;) {
        const std::size_t dot = path.find('.', from);
        keys.emplace_back(path.substr(from, dot - from));
        if (dot == std::string_view::npos) break;
        from = dot + 1;
    }
    // The one item list named otherwise than its key: a map's curriculum sections.
    if (keys[0] == "sections") keys[0] = std::string(key::curriculum);
    std::vector<std::string_view> seen;
    Resolved r;
    r.leaf = field_in("document", keys[0]);
    if (!r.leaf) r.leaf = first_field(kind, keys[0], seen);
    for (std::size_t i = 1; r.leaf && i <= keys.size(); ++i) {
        if (!r.leaf->label.empty()) r.labels.emplace_back(r.leaf->label);
        if (i == keys.size()) return r;
        if (r.leaf->value == ValueShape::object) {
            r.leaf = field_in(r.leaf->shape, keys[i]);
        } else if (r.leaf->value == ValueShape::list && i + 1 < keys.size()) {
            // An item by its id (which may hold dots: unit "1.1"), then one of its keys.
            const std::string_view item = r.leaf->shape;
            std::vector<std::string> id(keys.begin() + static_cast<std::ptrdiff_t>(i),
                                        keys.end() - 1);
            r.labels.back() = fmt::format("{}{} {}", static_cast<char>(std::toupper(item[0])),
                                          item.substr(1), fmt::join(id, "."));
            r.leaf = field_in(item, keys.back());
            i = keys.size() - 1;
        } else {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<Resolved> resolve_field(std::string_view kind, std::string_view path, bool& order) {
    order = path.size() > kOrder.size() && path.substr(path.size() - kOrder.size()) == kOrder;
    if (order) path.remove_suffix(kOrder.size());
    if (shown_as_written(path)) return std::nullopt;
    std::optional<Resolved> r = resolve(kind, path);
    if (r && (r->labels.empty() || r->leaf->label.empty())) return std::nullopt;
    return r;
}

}  // namespace

std::string field_label(std::string_view kind, const std::string& path) {
    // A facet's listing, by section_key: "competences.facet:Custody".
    const std::string facet = key::path({key::competences, "facet:"});
    if (path.starts_with(facet) && !shown_as_written(path))
        return "Facet " + path.substr(facet.size());
    bool order = false;
    const std::optional<Resolved> r = resolve_field(kind, path, order);
    if (!r) return path;
    const std::string label = fmt::format("{}", fmt::join(r->labels, ": "));
    return order ? "Order of " + label : label;
}

bool is_text_field(std::string_view kind, const std::string& path) {
    bool order = false;
    const std::optional<Resolved> r = resolve_field(kind, path, order);
    if (!r || order) return false;
    switch (r->leaf->value) {
        case ValueShape::text:
        case ValueShape::markdown:
        case ValueShape::integer:
        case ValueShape::date:
        case ValueShape::id:
            return true;
        default:
            return false;
    }
}

std::string side_label(const DiffSide& s) {
    std::string out = s.title.empty() ? s.id : fmt::format("{} ({})", s.title, s.id);
    if (s.level) out += fmt::format(", Level {}", *s.level);
    return out;
}

namespace {

std::string base_name(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

// How one of two revisions is named: a library document by its id (where
// rolekit is installed is no part of a report), standard input as such, a
// file by its name, or by the path as given when both files have one name.
bool library_document(const DiffSide& s) {
    return s.path.empty() || shown_path(s.path).starts_with(kBuiltinName);
}

std::string file_name(const DiffSide& s, const DiffSide& other) {
    if (library_document(s)) return s.id;
    if (s.path == "-" || s.path == kStdinName) return "standard input";
    const bool one_name = !library_document(other) && base_name(s.path) == base_name(other.path);
    return one_name ? s.path : base_name(s.path);
}

}  // namespace

std::string side_name(const DiffSide& s, const DiffSide& other) {
    if (!same_document(s, other)) {
        const std::string name = s.title.empty() ? s.id : s.title;
        return s.level ? fmt::format("{} (Level {})", name, *s.level) : name;
    }
    // Two revisions of one document: the file tells them apart, then what
    // each states of its revision and version.
    std::string out = file_name(s, other);
    std::vector<std::string> states;
    if (!s.revision.empty()) states.push_back(s.revision);
    if (!s.version.empty()) states.push_back("version " + s.version);
    if (states.empty()) return out;
    // "map.yaml (March 2021)"; "map.yaml, February 2020 (consultation period)".
    const std::string stated = fmt::format("{}", fmt::join(states, ", "));
    return out + (stated.find('(') == std::string::npos ? " (" + stated + ")" : ", " + stated);
}

std::string area_label(const std::string& key, const DocumentSet& ctx) {
    if (const FunctionalMap* map = ctx.functional_map())
        for (const FunctionalArea& a : map->areas)
            if (a.key.value == key) return fmt::format("{}. {}", key, a.name.value);
    return key;
}

std::string nos_label(const NosEntry& e) {
    return e.code.empty() ? e.title : e.code + " " + e.title;
}

// As written: either of code and title may be missing.
std::string written_label(const NosEntry& e) {
    if (e.code.empty() || e.title.empty()) return e.code + e.title;
    return e.code + " " + e.title;
}

std::string place(const NosEntry& e) {
    return fmt::format("{}, area {}, {}", section_key(e.section), e.area, e.function);
}

// "area H, Manage demands for services; evidence: ...; from wiltshire-ld-psw (Wiltshire ...)".
std::string local_place(const LocalEntry& e) {
    std::string out = fmt::format("area {}, {}", e.area, e.function);
    if (!e.evidence.empty()) out += "; evidence: " + e.evidence;
    if (!e.source.empty() || !e.locality.empty())
        out += fmt::format("; from {} ({})", e.source, e.locality);
    return out;
}

std::string local_label(const ChangedLocal& m) {
    return m.a.statement == m.b.statement ? m.b.statement : m.a.statement + " -> " + m.b.statement;
}

}  // namespace rolekit::detail
