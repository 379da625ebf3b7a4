#include "render/docx/docx_xml.hpp"

#include "render/markdown_html.hpp"
#include "util/xml_text.hpp"

namespace rolekit::detail::docx {

namespace {

struct StringWriter : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
};

void run_properties(pugi::xml_node r, RunStyle style) {
    if (!style.bold && !style.italic && !style.strike && !style.code && !style.underline && style.color.empty() &&
        style.shade.empty())
        return;
    pugi::xml_node rpr = child(r, "w:rPr");
    if (style.code) {
        pugi::xml_node fonts = child(rpr, "w:rFonts");
        fonts.append_attribute("w:ascii") = "Courier New";
        fonts.append_attribute("w:hAnsi") = "Courier New";
        fonts.append_attribute("w:cs") = "Courier New";
    }
    if (style.bold) child(rpr, "w:b");
    if (style.italic) child(rpr, "w:i");
    if (style.strike) child(rpr, "w:strike");
    // Schema order: color, then u, then shd.
    if (!style.color.empty()) val(rpr, "w:color", style.color);
    if (style.underline) val(rpr, "w:u", "single");
    if (!style.shade.empty()) {
        pugi::xml_node shd = child(rpr, "w:shd");
        shd.append_attribute("w:val") = "clear";
        shd.append_attribute("w:color") = "auto";
        shd.append_attribute("w:fill") = std::string(style.shade).c_str();
    }
}

void text_run(pugi::xml_node p, std::string_view text, RunStyle style) {
    pugi::xml_node r = child(p, "w:r");
    run_properties(r, style);
    pugi::xml_node t = child(r, "w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(std::string(text).c_str());
}

}  // namespace

std::string xml_bytes(const pugi::xml_document& doc) {
    StringWriter w;
    w.out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    doc.save(w, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    return std::move(w.out);
}

pugi::xml_node root_element(pugi::xml_document& doc, const char* name) {
    pugi::xml_node root = doc.append_child(name);
    root.append_attribute("xmlns:w") = kW;
    root.append_attribute("xmlns:r") = kR;
    return root;
}

pugi::xml_node child(pugi::xml_node parent, const char* name) {
    return parent.append_child(name);
}

void val(pugi::xml_node node, const char* name, std::string_view value) {
    child(node, name).append_attribute("w:val") = std::string(value).c_str();
}

pugi::xml_node paragraph(pugi::xml_node parent, std::string_view style) {
    pugi::xml_node p = child(parent, "w:p");
    if (!style.empty()) val(child(p, "w:pPr"), "w:pStyle", style);
    return p;
}

void runs(pugi::xml_node p, std::string_view raw, RunStyle style) {
    // page_text: CR LF as LF, C1 controls as U+FFFD; xml_text: the rest XML cannot hold.
    const std::string text = xml_text(page_text(raw));
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '\t') continue;
        if (i > start) text_run(p, std::string_view(text).substr(start, i - start), style);
        if (i < text.size()) {
            pugi::xml_node r = child(p, "w:r");
            run_properties(r, style);
            child(r, text[i] == '\n' ? "w:br" : "w:tab");
        }
        start = i + 1;
    }
}

RunStyle mark_style(TextRun::Mark mark, RunStyle base) {
    switch (mark) {
        case TextRun::Mark::kept: break;
        case TextRun::Mark::deleted:
            base.strike = true;
            base.color = "8A1C14";
            base.shade = "FDE2E1";
            break;
        case TextRun::Mark::inserted:
            base.underline = true;
            base.color = "0B5B2C";
            base.shade = "DCF3E3";
            break;
    }
    return base;
}

void marked_runs(pugi::xml_node p, const std::vector<TextRun>& list, RunStyle base) {
    for (const TextRun& r : list) runs(p, r.text, mark_style(r.mark, base));
}

void field(pugi::xml_node p, const char* instruction, const char* shown) {
    pugi::xml_node f = child(p, "w:fldSimple");
    f.append_attribute("w:instr") = instruction;
    pugi::xml_node t = child(child(f, "w:r"), "w:t");
    t.text().set(shown);
}

}  // namespace rolekit::detail::docx
