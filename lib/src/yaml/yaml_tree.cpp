#include "yaml/yaml_tree.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <map>
#include <new>
#include <sstream>
#include <unordered_map>

#include "io/utf8.hpp"
#include "yaml/yaml_source.hpp"
#include "yaml/yaml_tags.hpp"

namespace rolekit::detail {

std::string_view kind_name(const YamlNode& node) {
    switch (node.kind) {
        case YamlNode::Kind::null: return "null";
        case YamlNode::Kind::scalar: return "a scalar";
        case YamlNode::Kind::sequence: return "a list";
        case YamlNode::Kind::map: return "a mapping";
    }
    return "?";
}

namespace {

Position to_position(const YAML::Mark& mark) { return {mark.line + 1, mark.column + 1}; }

bool is_plain_null(std::string_view v) {
    return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// Thrown inside the handler to stop parsing; caught in parse_yaml.
struct Abort {
    Finding finding;
};

Finding error(RuleId rule, Position pos, std::string message, std::string hint = {}) {
    return Finding{rule, Severity::error, {}, pos, std::move(message), std::move(hint)};
}

// The source as yaml-cpp counts it: marks' offsets and line-1 columns leave
// out a UTF-8 byte order mark.
std::string_view without_bom(std::string_view text) {
    return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(std::string_view source, const YamlLimits& limits)
        : source_(source), limits_(limits) {}

    std::vector<YamlNode> documents;
    Findings findings;
    std::vector<ScalarStart> scalars;

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (!documents.empty())
            throw Abort{error("yaml-documents", to_position(mark),
                              "a file must hold exactly one YAML document, this is the second",
                              "split the documents into separate files")};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        YamlNode n;
        n.pos = to_position(mark);
        finish(std::move(n), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        const YamlNode* target = it == anchors_.end() ? nullptr : node_at(it->second);
        if (target == nullptr)
            throw Abort{error("yaml-alias", to_position(mark),
                              "alias refers to a node that contains it (recursive alias)")};
        alias_nodes_ += count_nodes(*target);
        if (alias_nodes_ > limits_.max_alias_nodes)
            throw Abort{error("yaml-alias", to_position(mark),
                              fmt::format("aliases expand to more than {} nodes",
                                          limits_.max_alias_nodes),
                              "write the repeated content out, or use fewer nested aliases")};
        finish(YamlNode(*target), 0);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        YamlNode n;
        n.pos = to_position(mark);
        n.plain = (tag == "?");
        if (!n.plain) {
            check_quotes(mark);
            scalars.push_back({static_cast<std::size_t>(mark.pos), current_min_indent()});
        }
        check_tag(mark, tag, TaggedKind::scalar);
        const bool null_tag = is_null_tag(tag);
        if (null_tag && !is_plain_null(value))
            findings.push_back(error("yaml-tag", tag_at(mark),
                                     "tag '!!null' on a value that is not null",
                                     std::string(kTagHint)));
        if ((n.plain || null_tag) && is_plain_null(value)) {
            n.kind = YamlNode::Kind::null;
        } else {
            n.kind = YamlNode::Kind::scalar;
            n.value = value;
        }
        finish(std::move(n), anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        check_tag(mark, tag, TaggedKind::sequence);
        open(YamlNode::Kind::sequence, mark, anchor, style);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        check_tag(mark, tag, TaggedKind::map);
        open(YamlNode::Kind::map, mark, anchor, style);
    }
    void OnMapEnd() override {
        check_duplicate_keys(stack_.back().node);
        close();
    }

private:
    // Where a node sits in the tree being built: child `index` of the
    // collection opened as frame `frame`.
    struct Place {
        std::size_t frame;
        std::size_t index;
    };
    static constexpr std::size_t kNoFrame = static_cast<std::size_t>(-1);

    struct Frame {
        Place place;  // frame kNoFrame: the document's root
        bool open = true;
    };

    struct Open {
        YamlNode node;
        YAML::anchor_t anchor;
        std::size_t frame;
        // Lines inside it that are indented less are outside it: one more
        // than the column of the innermost block collection, 0 at the root.
        std::size_t min_indent;
    };

    static constexpr std::string_view kTagHint =
        "remove the tag; rolekit reads each value by the field it is in";

    static std::size_t count_nodes(const YamlNode& n) {
        std::size_t total = 1;
        for (const auto& c : n.children) total += count_nodes(c);
        return total;
    }

    // Where the next node finished will go.
    Place next_place() const {
        if (stack_.empty()) return {kNoFrame, 0};
        return {stack_.back().frame, stack_.back().node.children.size()};
    }

    void open(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style) {
        YamlNode n;
        n.kind = kind;
        n.pos = to_position(mark);
        const std::size_t min_indent = style == YAML::EmitterStyle::Block
                                           ? static_cast<std::size_t>(mark.column) + 1
                                           : current_min_indent();
        frames_.push_back({next_place()});
        stack_.push_back({std::move(n), anchor, frames_.size() - 1, min_indent});
    }

    std::size_t current_min_indent() const { return stack_.empty() ? 0 : stack_.back().min_indent; }

    // yaml-cpp reads a quoted string with no closing quote to the end of the
    // file, or to the next quote, and then reports an error far away or none.
    void check_quotes(const YAML::Mark& mark) {
        if (auto f = unterminated_quote(source_, static_cast<std::size_t>(mark.pos),
                                        to_position(mark), current_min_indent()))
            throw Abort{std::move(*f)};
    }

    Position tag_at(const YAML::Mark& mark) const {
        return tag_position(source_, static_cast<std::size_t>(mark.pos), to_position(mark));
    }

    void check_tag(const YAML::Mark& mark, const std::string& tag, TaggedKind kind) {
        if (auto problem = tag_problem(tag, kind))
            findings.push_back(
                error("yaml-tag", tag_at(mark), std::move(*problem), std::string(kTagHint)));
    }

    void close() {
        Open top = std::move(stack_.back());
        stack_.pop_back();
        frames_[top.frame].open = false;
        finish(std::move(top.node), top.anchor);
    }

    // The finished node at `place`: up through finished collections to one
    // still open, then down again. Null if it is not in the tree being built.
    const YamlNode* node_at(Place place) const {
        std::vector<std::size_t> down{place.index};
        std::size_t f = place.frame;
        for (; f != kNoFrame && !frames_[f].open; f = frames_[f].place.frame)
            down.push_back(frames_[f].place.index);
        const auto held =
            std::find_if(stack_.begin(), stack_.end(), [&](const Open& o) { return o.frame == f; });
        if (f == kNoFrame || held == stack_.end()) return nullptr;
        const YamlNode* node = &held->node;
        for (auto i = down.rbegin(); i != down.rend(); ++i) node = &node->children[*i];
        return node;
    }

    // An anchored node is remembered only once complete, so an alias met
    // while its anchor is still open is recursive. It is remembered by its
    // place, not copied: copying each of 500 nested anchors around a long
    // list costs memory quadratic in the input.
    void finish(YamlNode node, YAML::anchor_t anchor) {
        if (anchor != 0) anchors_[anchor] = next_place();
        if (stack_.empty())
            documents.push_back(std::move(node));
        else
            stack_.back().node.children.push_back(std::move(node));
    }

    void check_duplicate_keys(const YamlNode& map) {
        std::map<std::string, Position> seen;
        for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
            const YamlNode& key = map.children[i];
            if (!key.is_scalar()) continue;
            auto [it, inserted] = seen.emplace(key.value, key.pos);
            if (inserted) continue;
            findings.push_back(error(
                "duplicate-key", key.pos,
                fmt::format("duplicate key '{}' (first defined at line {}, column {})", key.value,
                            it->second.line, it->second.column),
                "remove one of the two entries; YAML mappings cannot repeat a key"));
        }
    }

    std::string_view source_;
    const YamlLimits& limits_;
    std::vector<Open> stack_;
    std::vector<Frame> frames_;  // every collection opened, by frame number
    std::unordered_map<YAML::anchor_t, Place> anchors_;
    std::size_t alias_nodes_ = 0;
};

// yaml-cpp's error, said as what it means where its message does not: a
// too-deep document is "bad file", and a tab in the indentation "illegal map
// value" and the like.
Finding syntax_error(const YAML::ParserException& e, std::string_view source) {
    if (dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr)
        return error("yaml-syntax", to_position(e.mark),
                     "nesting is too deep for a rolekit document");
    if (e.mark.pos >= 0) {
        if (auto tab =
                indentation_tab(source, static_cast<std::size_t>(e.mark.pos), to_position(e.mark)))
            return error("yaml-syntax", *tab,
                         "tab character used for indentation; YAML indents with spaces",
                         "replace the tab with spaces");
    }
    const Position at = to_position(e.mark);
    return error("yaml-syntax", at, e.msg, flow_then_block_hint(source, at.line).value_or(""));
}

}  // namespace

YamlParse parse_yaml(std::string_view text, const YamlLimits& limits) {
    YamlParse out;
    if (auto bad = find_invalid_text(text)) {
        out.findings.push_back(error("yaml-encoding", bad->pos, bad->message,
                                     "save the file as UTF-8 text without control characters"));
        return out;
    }
    std::istringstream in{std::string(text)};
    const std::string_view source = without_bom(text);
    TreeBuilder builder(source, limits);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const Abort& abort) {
        out.findings.push_back(abort.finding);
        return out;
    } catch (const YAML::ParserException& e) {
        out.findings.push_back(syntax_error(e, source));
        return out;
    } catch (const std::bad_alloc&) {
        throw;  // not the file's fault: the caller says "out of memory"
    } catch (const std::exception& e) {
        out.findings.push_back(error("yaml-syntax", {1, 1}, e.what()));
        return out;
    }
    if (builder.documents.empty()) {
        out.findings.push_back(error("yaml-documents", {1, 1}, "file holds no YAML document",
                                     "start the file with `kind:`, `format: 1` and `id:`"));
        return out;
    }
    out.findings = std::move(builder.findings);
    out.scalars = std::move(builder.scalars);
    out.root = std::move(builder.documents.front());
    return out;
}

}  // namespace rolekit::detail
