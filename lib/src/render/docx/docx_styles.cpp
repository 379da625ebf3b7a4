// The fixed parts of every DOCX rolekit writes: Word's own style names (so
// that the navigation pane and a table of contents find the headings), the
// bullet numbering, settings. No document text goes into them.

#include <string>

namespace rolekit::detail::docx {

namespace {

// A paragraph style: `id`, Word's built-in `name`, its paragraph and run properties.
std::string style(const char* id, const char* name, const std::string& ppr, const std::string& rpr,
                  const char* based_on = "Normal") {
    std::string s = std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + id +
                    "\"><w:name w:val=\"" + name + "\"/>";
    if (*based_on) s += std::string("<w:basedOn w:val=\"") + based_on + "\"/>";
    s += "<w:next w:val=\"Normal\"/><w:qFormat/>";
    if (!ppr.empty()) s += "<w:pPr>" + ppr + "</w:pPr>";
    if (!rpr.empty()) s += "<w:rPr>" + rpr + "</w:rPr>";
    return s + "</w:style>";
}

std::string heading(int level, const char* size) {
    const std::string n = std::to_string(level);
    return style(("Heading" + n).c_str(), ("heading " + n).c_str(),
                 "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" +
                     std::string(level == 1 ? "360" : "240") +
                     "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level - 1) +
                     "\"/>",
                 std::string("<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"") + size + "\"/>");
}

constexpr const char* kHead = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
)";
constexpr const char* kW =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

}  // namespace

std::string styles_xml() {
    std::string s =
        std::string(kHead) + "<w:styles " + kW + ">" +
        R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>)"
        R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>)";
    s += style("Title", "Title", "<w:spacing w:after=\"120\"/>",
               "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"44\"/>");
    s += style("Subtitle", "Subtitle", "<w:spacing w:after=\"240\"/>",
               "<w:color w:val=\"595959\"/><w:sz w:val=\"26\"/>");
    s += heading(1, "32") + heading(2, "26") + heading(3, "23");
    s += style("Note", "Note", "", "<w:i/><w:color w:val=\"595959\"/>");
    s += style("Quote", "Quote", "<w:ind w:left=\"567\"/>", "<w:i/>");
    s += style("ListBullet", "List Bullet", "<w:spacing w:after=\"60\"/>", "");
    s += style("ListNumber", "List Number", "<w:spacing w:after=\"60\"/><w:ind w:left=\"567\"/>",
               "");
    s += style("TableText", "Table Text", "<w:spacing w:before=\"20\" w:after=\"20\"/>", "");
    s += style("Header", "header",
               "<w:tabs><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing w:after=\"0\"/>",
               "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/>");
    s += style("Footer", "footer",
               "<w:tabs><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing w:after=\"0\"/>",
               "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/>");
    s +=
        R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)"
        R"(<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>)";
    return s + "</w:styles>";
}

// One bullet list definition (numId 1), a level for each depth.
std::string numbering_xml() {
    static constexpr const char* kBullets[] = {"\xE2\x80\xA2", "o", "\xE2\x96\xAA"};  // • o ▪
    std::string s = std::string(kHead) + "<w:numbering " + kW +
                    "><w:abstractNum w:abstractNumId=\"0\">" +
                    "<w:multiLevelType w:val=\"hybridMultilevel\"/>";
    for (int level = 0; level < 9; ++level) {
        const int indent = 567 * (level + 1);
        s += "<w:lvl w:ilvl=\"" + std::to_string(level) +
             "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"" +
             kBullets[level % 3] + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" +
             std::to_string(indent) + "\" w:hanging=\"283\"/></w:pPr></w:lvl>";
    }
    return s +
           "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId "
           "w:val=\"0\"/></w:num></w:numbering>";
}

std::string settings_xml() {
    return std::string(kHead) + "<w:settings " + kW +
           R"(><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>)";
}

}  // namespace rolekit::detail::docx
