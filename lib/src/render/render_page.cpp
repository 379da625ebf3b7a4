#include "rolekit/render.hpp"

#include "rolekit/format_names.hpp"
#include <algorithm>
#include <array>

#include "render/render_blocks.hpp"

namespace rolekit {

namespace {

constexpr std::array<std::string_view, 2> kRenderFormatNames = {format_name::markdown, format_name::html};

}  // namespace

std::span<const std::string_view> render_format_names() { return kRenderFormatNames; }

std::optional<RenderFormat> render_format_from_name(std::string_view name) {
    const auto it = std::find(kRenderFormatNames.begin(), kRenderFormatNames.end(), name);
    if (it == kRenderFormatNames.end()) return std::nullopt;
    return static_cast<RenderFormat>(it - kRenderFormatNames.begin());
}

namespace detail {

void Page::heading(int level, std::string text) {
    Block b;
    b.kind = Block::Kind::heading;
    b.level = level;
    b.text = std::move(text);
    blocks.push_back(std::move(b));
}

void Page::paragraph(std::string text) {
    if (text.empty()) return;
    Block b;
    b.kind = Block::Kind::paragraph;
    b.text = std::move(text);
    blocks.push_back(std::move(b));
}

void Page::note(std::string text) {
    Block b;
    b.kind = Block::Kind::note;
    b.text = std::move(text);
    blocks.push_back(std::move(b));
}

void Page::markdown(std::string source) {
    if (source.empty()) return;
    Block b;
    b.kind = Block::Kind::markdown;
    b.text = std::move(source);
    blocks.push_back(std::move(b));
}

void Page::table(Table t) {
    Block b;
    b.kind = Block::Kind::table;
    b.table = std::move(t);
    blocks.push_back(std::move(b));
}

void Page::list(std::vector<ListItem> items) {
    if (items.empty()) return;
    Block b;
    b.kind = Block::Kind::list;
    b.items = std::move(items);
    blocks.push_back(std::move(b));
}

}  // namespace detail

bool can_render(DocumentKind kind) {
    return kind == DocumentKind::role_profile || kind == DocumentKind::competence_map ||
           kind == DocumentKind::occupational_standard;
}

std::string render_document(const Document& doc, const DocumentSet& context, RenderFormat format) {
    detail::Page page;
    switch (doc.kind) {
        case DocumentKind::role_profile: page = detail::role_profile_page(doc, context); break;
        case DocumentKind::competence_map: page = detail::competence_map_page(doc); break;
        case DocumentKind::occupational_standard: page = detail::occupational_standard_page(doc); break;
        default: return {};
    }
    return format == RenderFormat::markdown ? detail::page_to_markdown(page)
                                            : detail::page_to_html(page);
}

}  // namespace rolekit
