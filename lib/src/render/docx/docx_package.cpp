// The package around word/document.xml: content types, relationships, the
// page header and footer, and the document properties. Relationships are
// all internal: rolekit writes no external target.

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string_view>

#include "render/docx/docx_parts.hpp"
#include "render/docx/docx_xml.hpp"
#include "render/markdown_html.hpp"
#include "rolekit/render.hpp"
#include "rolekit/visible_text.hpp"
#include "util/xml_text.hpp"

namespace rolekit::detail {

namespace docx {

namespace {

constexpr const char* kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* kMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

std::string content_types() {
    std::string s =
        std::string(kHead) +
        R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
        R"(<Default Extension="xml" ContentType="application/xml"/>)";
    const auto part = [&](const char* name, std::string type) {
        s += fmt::format(R"(<Override PartName="{}" ContentType="{}"/>)", name, type);
    };
    part("/word/document.xml", std::string(kMain) + "document.main+xml");
    part("/word/styles.xml", std::string(kMain) + "styles+xml");
    part("/word/settings.xml", std::string(kMain) + "settings+xml");
    part("/word/numbering.xml", std::string(kMain) + "numbering+xml");
    part("/word/header1.xml", std::string(kMain) + "header+xml");
    part("/word/footer1.xml", std::string(kMain) + "footer+xml");
    part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    part("/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    return s + "</Types>";
}

std::string relationships(std::initializer_list<std::array<const char*, 3>> rels) {
    std::string s = std::string(kHead) + "<Relationships xmlns=\"" + kRelNs + "\">";
    for (const auto& [id, type, target] : rels)
        s += fmt::format(R"(<Relationship Id="{}" Type="{}" Target="{}"/>)", id, type, target);
    return s + "</Relationships>";
}

std::string package_rels() {
    return relationships({
        {"rId1",
         "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
         "word/document.xml"},
        {"rId2",
         "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"},
        {"rId3",
         "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
         "docProps/app.xml"},
    });
}

std::string document_rels() {
    const std::string base = kOfficeRel;
    const std::string styles = base + "styles", settings = base + "settings",
                      numbering = base + "numbering", header = base + "header",
                      footer = base + "footer";
    return relationships({{"rIdStyles", styles.c_str(), "styles.xml"},
                          {"rIdSettings", settings.c_str(), "settings.xml"},
                          {"rIdNumbering", numbering.c_str(), "numbering.xml"},
                          {"rIdHeader", header.c_str(), "header1.xml"},
                          {"rIdFooter", footer.c_str(), "footer1.xml"}});
}

// The running head (the role and its locality) on every page.
std::string header_xml(const PageFrame& frame) {
    pugi::xml_document doc;
    runs(paragraph(root_element(doc, "w:hdr"), "Header"), frame.running_head);
    return xml_bytes(doc);
}

// "Version 1.2" at the left, "Page N of M" at the right of every page.
std::string footer_xml(const PageFrame& frame) {
    pugi::xml_document doc;
    pugi::xml_node p = paragraph(root_element(doc, "w:ftr"), "Footer");
    runs(p, frame.version + "\tPage ");
    field(p, " PAGE ", "1");
    runs(p, " of ");
    field(p, " NUMPAGES ", "1");
    return xml_bytes(doc);
}

void property(pugi::xml_node parent, const char* name, std::string_view text) {
    if (text.empty()) return;
    parent.append_child(name).text().set(xml_text(page_text(text)).c_str());
}

std::string core_xml(const Page& page, const std::optional<std::string>& date) {
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("cp:coreProperties");
    root.append_attribute("xmlns:cp") =
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    property(root, "dc:title", page.title);
    property(root, "dc:subject", page.frame.subject);
    property(root, "dc:creator", "rolekit");
    for (const char* name : {"dcterms:created", "dcterms:modified"}) {
        if (!date) break;
        pugi::xml_node d = root.append_child(name);
        d.append_attribute("xsi:type") = "dcterms:W3CDTF";
        d.text().set(date->c_str());
    }
    return xml_bytes(doc);
}

std::string app_xml(const Page& page) {
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("Properties");
    root.append_attribute("xmlns") =
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    property(root, "Application", "rolekit");
    property(root, "Company", page.frame.organisation);
    return xml_bytes(doc);
}

}  // namespace

std::vector<ZipEntry> package_parts(const Page& page, const std::optional<std::string>& date) {
    return {{"[Content_Types].xml", content_types()},
            {"_rels/.rels", package_rels()},
            {"docProps/core.xml", core_xml(page, date)},
            {"docProps/app.xml", app_xml(page)},
            {"word/document.xml", document_xml(page)},
            {"word/_rels/document.xml.rels", document_rels()},
            {"word/styles.xml", styles_xml()},
            {"word/settings.xml", settings_xml()},
            {"word/numbering.xml", numbering_xml()},
            {"word/header1.xml", header_xml(page.frame)},
            {"word/footer1.xml", footer_xml(page.frame)}};
}

}  // namespace docx

namespace {

// The seconds a zip's DOS times hold: 1980-01-01 to 2107-12-31.
constexpr std::int64_t kFirstZipSecond = 315532800;
constexpr std::int64_t kLastZipSecond = 4354819198;

struct EpochParse {
    std::optional<std::int64_t> seconds;
    std::string problem;
};

EpochParse parse_epoch(const char* env) {
    if (env == nullptr) return {};
    const std::string_view text(env);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec == std::errc::invalid_argument || end != text.data() + text.size())
        return {std::nullopt,
                fmt::format("SOURCE_DATE_EPOCH is '{}', not a number of seconds", visible(text))};
    if (ec == std::errc::result_out_of_range || value < kFirstZipSecond || value > kLastZipSecond)
        return {std::nullopt,
                fmt::format(
                    "SOURCE_DATE_EPOCH is '{}', outside {} to {} (the years 1980 to 2107 that a "
                    "Word document's zip times hold)",
                    visible(text), kFirstZipSecond, kLastZipSecond)};
    return {value, {}};
}

// SOURCE_DATE_EPOCH when it can date the document; otherwise, and when
// unset, no date at all: zip times of 1980-01-01 and no created or modified
// property. (The command line refuses an unusable one first:
// docx_date_problem.)
std::optional<std::int64_t> source_date_epoch() {
    return parse_epoch(std::getenv("SOURCE_DATE_EPOCH")).seconds;
}

std::string w3cdtf(std::int64_t seconds) {
    const std::time_t t = seconds;
    std::tm tm{};
    gmtime_r(&t, &tm);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                       tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

}  // namespace

std::string page_to_docx(const Page& page) {
    const std::optional<std::int64_t> epoch = source_date_epoch();
    const docx::ZipTime when = epoch ? docx::zip_time(*epoch) : docx::ZipTime{};
    return docx::zip_archive(
        docx::package_parts(page, epoch ? std::optional(w3cdtf(*epoch)) : std::nullopt), when);
}

}  // namespace rolekit::detail

namespace rolekit {

std::string docx_date_problem(const char* source_date_epoch) {
    return detail::parse_epoch(source_date_epoch).problem;
}

}  // namespace rolekit
