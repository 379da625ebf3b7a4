#include "load/schema_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "rolekit/suggest.hpp"
#include "schema/key_tables.hpp"

namespace rolekit::detail {

void Diagnostics::error(RuleId rule, Position pos, std::string message, std::string hint) {
    out_.push_back(
        Finding{rule, Severity::error, {}, pos, std::move(message), std::move(hint)});
}

void Diagnostics::type_error(const YamlNode& node, std::string_view expected,
                             std::string_view where) {
    error("schema-type", node.pos,
          fmt::format("{} must be {}, not {}", where, expected, kind_name(node)));
}

void Diagnostics::key_read(std::string_view shape, std::string_view key) {
    if (keys_read_ != nullptr) keys_read_->emplace(std::string(shape), std::string(key));
}

namespace {
const Shape& shape_named(std::string_view name) {
    if (const Shape* shape = find_shape(name)) return *shape;
    throw std::logic_error(fmt::format("the format's table has no shape '{}'", name));
}
}  // namespace

MapReader::MapReader(const YamlNode& node, Diagnostics& diag, std::string_view shape)
    : diag_(diag), shape_(&shape_named(shape)), what_(shape), pos_(node.pos) {
    if (node.is_map())
        node_ = &node;
    else
        diag_.type_error(node, "a mapping", what_);
}

const FieldShape& MapReader::field(std::string_view key) const {
    for (const FieldShape& f : shape_->fields)
        if (f.key == key) return f;
    throw std::logic_error(fmt::format("the format's table has no key '{}' in {}", key, what_));
}

const YamlNode* MapReader::get(std::string_view key) {
    const Need need = field(key).need;
    diag_.key_read(what_, key);
    known_.emplace_back(key);
    if (node_ == nullptr) return nullptr;
    for (std::size_t i = 0; i + 1 < node_->children.size(); i += 2) {
        const YamlNode& k = node_->children[i];
        if (!k.is_scalar() || k.value != key) continue;
        const YamlNode& v = node_->children[i + 1];
        if (v.is_null() && need == Need::required) break;
        return &v;
    }
    if (need == Need::required)
        diag_.error("schema-missing-field", pos_,
                    fmt::format("{} is missing required field '{}'", what_, key));
    return nullptr;
}

Text MapReader::text(std::string_view key) {
    const Need need = field(key).need;
    const YamlNode* v = get(key);
    if (v == nullptr) return Text{};
    Text t = read_text(*v, diag_, fmt::format("'{}'", key));
    if (need == Need::required && v->is_scalar() && t.value.empty())
        diag_.error("schema-missing-field", v->pos, fmt::format("'{}' in {} is empty", key, what_));
    return t;
}

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// YYYY-MM-DD naming a day the calendar has.
bool is_calendar_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    int year = 0, month = 0, day = 0;
    const auto number = [&](std::size_t at, std::size_t len, int& out) {
        const auto [end, ec] = std::from_chars(s.data() + at, s.data() + at + len, out);
        return ec == std::errc{} && end == s.data() + at + len && s[at] != '+' && s[at] != '-';
    };
    if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return false;
    if (month < 1 || month > 12 || day < 1) return false;
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day <= kDays[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
}

}  // namespace

Text MapReader::date(std::string_view key) {
    Text t = text(key);
    if (!t.value.empty() && !is_calendar_date(t.value))
        diag_.error("schema-value", t.pos,
                    fmt::format("'{}' must be a date written YYYY-MM-DD, not \"{}\"", key, t.value),
                    "e.g. 2026-03-03 for 3 March 2026");
    return t;
}

std::optional<Located<int>> MapReader::integer(std::string_view key) {
    const FieldShape& f = field(key);
    const YamlNode* v = get(key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    return read_integer(*v, diag_, fmt::format("'{}'", key), f.min, f.max);
}

std::vector<Text> MapReader::text_list(std::string_view key) {
    const YamlNode* v = get(key);
    return v ? read_text_list(*v, diag_, fmt::format("'{}'", key)) : std::vector<Text>{};
}

bool MapReader::list(std::string_view key, const std::function<void(const YamlNode&)>& each) {
    const YamlNode* v = get(key);
    return v && for_each_item(*v, diag_, fmt::format("'{}'", key), each);
}

void MapReader::finish() {
    if (node_ == nullptr) return;
    for (std::size_t i = 0; i < node_->children.size(); i += 2) {
        const YamlNode& k = node_->children[i];
        if (!k.is_scalar()) {
            diag_.type_error(k, "a plain text key", fmt::format("a key in {}", what_));
            continue;
        }
        if (k.value.rfind("x-", 0) == 0) continue;  // user extension: kept, ignored
        if (std::find(known_.begin(), known_.end(), k.value) != known_.end()) continue;
        std::string hint;
        if (k.value == "<<")
            hint = "merge keys are not supported; write the keys out";
        else if (const std::string near = closest_match(k.value, known_); !near.empty())
            hint = fmt::format("did you mean '{}'?", near);
        else
            hint = "extensions must start with 'x-'";
        diag_.error("schema-unknown-key", k.pos,
                    fmt::format("unknown key '{}' in {}", k.value, what_), std::move(hint));
    }
}

Text read_text(const YamlNode& node, Diagnostics& diag, std::string_view where) {
    if (node.is_scalar()) return Text{node.value, node.pos};
    if (node.is_null()) return Text{std::string{}, node.pos};
    diag.type_error(node, kTextType, where);
    return Text{std::string{}, node.pos};
}

std::optional<Located<int>> read_integer(const YamlNode& node, Diagnostics& diag,
                                         std::string_view where, int min, int max) {
    if (!node.is_scalar()) {
        diag.type_error(node, "a whole number", where);
        return std::nullopt;
    }
    int value = 0;
    const char* first = node.value.data();
    const char* last = first + node.value.size();
    auto [end, ec] = std::from_chars(first, last, value);
    if (ec != std::errc{} || end != last || !node.plain) {
        diag.error("schema-type", node.pos,
                   fmt::format("{} must be a whole number, not \"{}\"", where, node.value),
                   node.plain ? std::string{} : "write the number without quotes or a tag");
        return std::nullopt;
    }
    if (value < min || value > max) {
        diag.error("schema-value", node.pos,
                   fmt::format("{} must be between {} and {}, not {}", where, min, max, value));
        return std::nullopt;
    }
    return Located<int>{value, node.pos};
}

bool for_each_item(const YamlNode& node, Diagnostics& diag, std::string_view where,
                   const std::function<void(const YamlNode&)>& each) {
    if (node.is_null()) return true;
    if (!node.is_sequence()) {
        diag.type_error(node, "a list", where);
        return false;
    }
    for (const YamlNode& item : node.children) each(item);
    return true;
}

std::vector<Text> read_text_list(const YamlNode& node, Diagnostics& diag, std::string_view where) {
    std::vector<Text> out;
    const std::string item_where = fmt::format("an item of {}", where);
    for_each_item(node, diag, where, [&](const YamlNode& item) {
        out.push_back(read_text(item, diag, item_where));
    });
    return out;
}

}  // namespace rolekit::detail
