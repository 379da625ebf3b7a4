#include "render/markdown_html.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "io/utf8.hpp"

namespace rolekit::detail {

namespace {

bool allowed_url(std::string_view url) {
    std::string lower(url.substr(0, 8));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.starts_with("http://") || lower.starts_with("https://") ||
           lower.starts_with("mailto:");
}

// Adds `child` to the new paragraph `target`, or before `node` when the
// text replaces an inline node in place.
void append_or_insert(cmark_node* target, cmark_node* node, cmark_node* child) {
    if (target == node)
        cmark_node_insert_before(node, child);
    else
        cmark_node_append_child(target, child);
}

// Replaces a node by its children (a link keeps its text) or, for images,
// by its children as well: their alt text.
void unwrap(cmark_node* node) {
    while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

// A raw HTML node becomes text: shown as written, never live. Its lines stay
// lines (soft breaks), so no line of it can start a block when written back
// as Markdown.
void html_to_text(cmark_node* node) {
    std::string literal = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    while (!literal.empty() && literal.back() == '\n') literal.pop_back();
    cmark_node* target = node;
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
        target = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node_insert_before(node, target);
    }
    for (std::size_t start = 0; start <= literal.size();) {
        const std::size_t nl = std::min(literal.find('\n', start), literal.size());
        if (start > 0) append_or_insert(target, node, cmark_node_new(CMARK_NODE_SOFTBREAK));
        cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, literal.substr(start, nl - start).c_str());
        append_or_insert(target, node, text);
        start = nl + 1;
    }
    cmark_node_free(node);
}

// Applies the link, image and raw-HTML policy to a parsed document.
void sanitise(cmark_node* root) {
    std::vector<cmark_node*> unwrapped, html;
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* n = cmark_iter_get_node(it);
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_IMAGE) unwrapped.push_back(n);
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) html.push_back(n);
        if (type == CMARK_NODE_LINK) {
            const char* url = cmark_node_get_url(n);
            if (url == nullptr || !allowed_url(url)) unwrapped.push_back(n);
        }
    }
    cmark_iter_free(it);
    for (cmark_node* n : html) html_to_text(n);  // leaves: freeing them disturbs nothing else
    // Innermost first, so that no freed node is visited again.
    for (auto n = unwrapped.rbegin(); n != unwrapped.rend(); ++n) unwrap(*n);
}

// A link kept in Markdown output: its URL percent-encoded down to characters
// that cannot end a link destination or start markup, and no title.
void plain_link(cmark_node* link) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    const char* raw = cmark_node_get_url(link);
    std::string url;
    for (const char ch : std::string_view(raw ? raw : "")) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) ||
            std::string_view("-._~:/?#@!$&*+,;=%").find(ch) != std::string_view::npos) {
            url += ch;
        } else {
            url += '%';
            url += kHex[c >> 4];
            url += kHex[c & 0x0F];
        }
    }
    cmark_node_set_url(link, url.c_str());
    cmark_node_set_title(link, "");
}

// Replaces a text node by runs of text and, for each character that
// markdown_entity names, an inline HTML node holding the entity: the
// CommonMark writer copies inline HTML as it is, where it would write the
// character with a backslash that an autolink can swallow.
void entities_in_text(cmark_node* text) {
    const std::string literal = cmark_node_get_literal(text) ? cmark_node_get_literal(text) : "";
    std::string run;
    const auto add = [&](cmark_node_type type, const std::string& content) {
        cmark_node* n = cmark_node_new(type);
        cmark_node_set_literal(n, content.c_str());
        cmark_node_insert_before(text, n);
    };
    for (std::size_t i = 0; i < literal.size(); ++i) {
        const std::string_view entity = markdown_entity(literal, i);
        if (entity.empty()) {
            run += literal[i];
            continue;
        }
        if (!run.empty()) add(CMARK_NODE_TEXT, run);
        run.clear();
        add(CMARK_NODE_HTML_INLINE, std::string(entity));
    }
    if (!run.empty()) add(CMARK_NODE_TEXT, run);
    cmark_node_free(text);
}

// Makes a sanitised tree safe to write as Markdown (see entities_in_text).
void inert_for_markdown(cmark_node* root) {
    // Escapes split text into several nodes; whole runs let `http` and `://`
    // be seen together.
    cmark_consolidate_text_nodes(root);
    std::vector<cmark_node*> texts;
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* n = cmark_iter_get_node(it);
        if (cmark_node_get_type(n) == CMARK_NODE_TEXT) texts.push_back(n);
        if (cmark_node_get_type(n) == CMARK_NODE_LINK) plain_link(n);
    }
    cmark_iter_free(it);
    for (cmark_node* n : texts) entities_in_text(n);
}

constexpr int kOptions = CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8;

using Parser = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;
using Node = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;

// Parses with the GFM extensions and applies the policy.
std::pair<Parser, Node> parse_safe(std::string_view markdown) {
    static std::once_flag registered;
    std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
    const std::string text = page_text(markdown);
    Parser parser(cmark_parser_new(kOptions), cmark_parser_free);
    for (const char* name : {"table", "strikethrough", "autolink"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), text.data(), text.size());
    Node doc(cmark_parser_finish(parser.get()), cmark_node_free);
    sanitise(doc.get());
    return {std::move(parser), std::move(doc)};
}

std::string take(char* rendered) {
    std::string out(rendered);
    free(rendered);
    return out;
}

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
    auto [parser, doc] = parse_safe(markdown);
    return take(cmark_render_html(doc.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get())));
}

std::string markdown_to_safe_markdown(std::string_view markdown) {
    auto [parser, doc] = parse_safe(markdown);
    inert_for_markdown(doc.get());
    return take(cmark_render_commonmark(doc.get(), kOptions, 0));
}

void with_safe_markdown(std::string_view markdown, const std::function<void(cmark_node*)>& walk) {
    auto [parser, doc] = parse_safe(markdown);
    walk(doc.get());
}

std::string page_text(std::string_view raw) {
    // CR LF and a lone CR end a line, as in Markdown, instead of showing as U+FFFD.
    std::string lines;
    lines.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\r')
            lines += raw[i];
        else if (i + 1 == raw.size() || raw[i + 1] != '\n')
            lines += '\n';
    }
    std::string text = clean_text(lines);
    // Valid UTF-8 now, so C2 followed by 80..9F is exactly a C1 control.
    for (std::size_t at = 0; (at = text.find('\xC2', at)) != std::string::npos; ++at) {
        const auto next = at + 1 < text.size() ? static_cast<unsigned char>(text[at + 1]) : 0;
        if (next >= 0x80 && next <= 0x9F) text.replace(at, 2, "\xEF\xBF\xBD");
    }
    return text;
}

std::string_view markdown_entity(std::string_view text, std::size_t i) {
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    switch (text[i]) {
        case '<':
            return "&lt;";
        case '>':
            return "&gt;";
        case '&':
            return "&amp;";
        case '|':
            return "&#124;";
        case ':': {
            const bool scheme = i > 0 && letter(text[i - 1]) && i + 1 < text.size() &&
                                text[i + 1] != ' ' && text[i + 1] != '\n';
            return scheme ? "&#58;" : "";
        }
        case '.': {
            const bool www = i >= 3 && std::all_of(text.begin() + i - 3, text.begin() + i,
                                                   [](char c) { return c == 'w' || c == 'W'; });
            return www ? "&#46;" : "";
        }
        default:
            return "";
    }
}

std::string html_escape(std::string_view raw) {
    const std::string text = page_text(raw);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace rolekit::detail

namespace rolekit::detail {

std::string css_string(std::string_view raw) {
    const std::string text = page_text(raw);
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        // A hex escape and the space that ends it; never a character that
        // could end the string, the declaration or the <style> element.
        if (c == '"' || c == '\'' || c == '\\' || c == '<' || c == '>' || c == '&' || byte < 0x20 || byte == 0x7F)
            out += fmt::format("\\{:x} ", byte);
        else
            out += c;
    }
    return out + "\"";
}

}  // namespace rolekit::detail
