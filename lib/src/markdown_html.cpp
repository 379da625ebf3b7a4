#include "markdown_html.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "utf8.hpp"

namespace rolekit::detail {

namespace {

bool allowed_url(std::string_view url) {
    std::string lower(url.substr(0, 8));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.starts_with("http://") || lower.starts_with("https://") ||
           lower.starts_with("mailto:");
}

// Replaces a node by its children (a link keeps its text) or, for images,
// by its children as well: their alt text.
void unwrap(cmark_node* node) {
    while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

// A raw HTML node becomes text: shown as written, never live.
void html_to_text(cmark_node* node) {
    std::string literal = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    while (!literal.empty() && literal.back() == '\n') literal.pop_back();
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, literal.c_str());
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
        cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node_append_child(para, text);
        text = para;
    }
    cmark_node_insert_before(node, text);
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

constexpr int kOptions = CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8;

using Parser = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;
using Node = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;

// Parses with the GFM extensions and applies the policy.
std::pair<Parser, Node> parse_safe(std::string_view markdown) {
    static std::once_flag registered;
    std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
    const std::string text = clean_text(markdown);
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
    return take(cmark_render_commonmark(doc.get(), kOptions, 0));
}

std::string html_escape(std::string_view raw) {
    const std::string text = clean_text(raw);
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
