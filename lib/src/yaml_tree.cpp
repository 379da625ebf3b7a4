#include "yaml_tree.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <unordered_map>

#include "utf8.hpp"

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

Finding error(std::string rule, Position pos, std::string message, std::string hint = {}) {
    return Finding{std::move(rule), Severity::error, {}, pos, std::move(message), std::move(hint)};
}

class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(const YamlLimits& limits) : limits_(limits) {}

    std::vector<YamlNode> documents;
    Findings findings;

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
        if (n.plain && is_plain_null(value)) {
            n.kind = YamlNode::Kind::null;
        } else {
            n.kind = YamlNode::Kind::scalar;
            n.value = value;
        }
        finish(std::move(n), anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(YamlNode::Kind::sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(YamlNode::Kind::map, mark, anchor);
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
    };

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

    void open(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
        YamlNode n;
        n.kind = kind;
        n.pos = to_position(mark);
        frames_.push_back({next_place()});
        stack_.push_back({std::move(n), anchor, frames_.size() - 1});
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

    const YamlLimits& limits_;
    std::vector<Open> stack_;
    std::vector<Frame> frames_;  // every collection opened, by frame number
    std::unordered_map<YAML::anchor_t, Place> anchors_;
    std::size_t alias_nodes_ = 0;
};

// yaml-cpp reports a too-deep document as "bad file"; say what it means.
std::string syntax_message(const YAML::ParserException& e) {
    if (dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr)
        return "nesting is too deep for a rolekit document";
    return e.msg;
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
    TreeBuilder builder(limits);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const Abort& abort) {
        out.findings.push_back(abort.finding);
        return out;
    } catch (const YAML::ParserException& e) {
        out.findings.push_back(error("yaml-syntax", to_position(e.mark), syntax_message(e)));
        return out;
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
    out.root = std::move(builder.documents.front());
    return out;
}

}  // namespace rolekit::detail
