#include "markdown_html.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
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

void filter_links(cmark_node* root) {
    std::vector<cmark_node*> doomed;
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* n = cmark_iter_get_node(it);
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_IMAGE) doomed.push_back(n);
        if (type == CMARK_NODE_LINK) {
            const char* url = cmark_node_get_url(n);
            if (url == nullptr || !allowed_url(url)) doomed.push_back(n);
        }
    }
    cmark_iter_free(it);
    // Innermost first, so that no freed node is visited again.
    for (auto n = doomed.rbegin(); n != doomed.rend(); ++n) unwrap(*n);
}

constexpr int kOptions = CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8;

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
    static std::once_flag registered;
    std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
    const std::string text = clean_text(markdown);
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(kOptions),
                                                                       cmark_parser_free);
    for (const char* name : {"table", "strikethrough", "autolink"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), text.data(), text.size());
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(cmark_parser_finish(parser.get()),
                                                                cmark_node_free);
    filter_links(doc.get());
    char* html = cmark_render_html(doc.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get()));
    std::string out(html);
    free(html);
    return out;
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
