// Markdown output under a real GFM parser, as careless as they come: the
// cmark-gfm program with raw HTML allowed and the autolink, table,
// strikethrough and tagfilter extensions on. Each hostile payload goes into
// every text field of a shipped role profile, competence map and standard; the
// rendered Markdown must give only the elements rolekit's own structure makes
// (and, in the fields that hold Markdown, what the link policy allows), and the
// payload's text must still be there to read. The HTML page of the same
// documents is held to the same allow-list, plus its own frame.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "rolekit/render.hpp"
#include "test_support.hpp"
#include "yaml/yaml_tree.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

constexpr const char* kCmarkGfm = "/usr/bin/cmark-gfm";

bool has_cmark_gfm() {
    return fs::exists(kCmarkGfm);
}

struct Payload {
    std::string text;
    // Shown as written in a field that holds Markdown too (raw HTML is shown
    // as text there); other payloads are Markdown that the policy renders.
    bool verbatim_in_markdown;
};

const std::vector<Payload>& payloads() {
    static const std::vector<Payload> list = {
        {"<script>alert(1)</script>", true},
        {"see http://a.example<img src=x onerror=alert(1) x=>", true},
        {"see http://a.example\\<img src=x onerror=alert(1) x=\\>", false},
        {"www.evil.example<svg onload=alert(1)>", true},
        {"mail a@b.example<img src=x onerror=alert(1)> now", true},
        {"ftp://evil.example/<iframe src=//evil.example>", true},
        {"<base href=\"https://evil.example/\">", true},
        {"<iframe src=\"https://evil.example\"></iframe>", true},
        {"<p onmouseover=\"alert(1)\">hover</p>", true},
        {"<a href=\"javascript:alert(1)\">x</a>", true},
        {"<!-- hidden --> <?php x ?> <![CDATA[y]]>", true},
        {"<style>*{display:none}</style><meta http-equiv=\"refresh\" "
         "content=\"0;url=//evil.example\">"
         "<object data=x></object><form action=//evil.example><textarea><plaintext>",
         true},
        {"[x](javascript:alert(1)) [y](data:text/html,z)", false},
        {"<javascript:alert(1)> <http://evil.example> <a@b.example>", false},
        {"javascript:alert(1) vbscript:msgbox", true},
        {"![img](https://evil.example/x.png) \\![ok](https://ok.example) ![j](javascript:x)",
         false},
        {"[ok](https://ok.example \"t\\\"><img src=x onerror=alert(1)>\")", false},
        {"https://a.example/\"onmouseover=\"alert(1)", true},
        {"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62; &#x3C;i&#x3E;", false},
        {"a | b | c \\| d", false},
        {"`code <b>` and ``` fence", false},
        {"***nested _emph_ ~~strike~~*** **b**", false},
        {"\\<img src=x onerror=alert(1)\\>", false},
        {"x\r\n# heading\r\n- item\r\n<img src=x onerror=alert(1)>", false},
        {"bell\a esc\x1b]0;pwned\a bs\b vt\v ff\f del\x7f c1\xc2\x9b", false},
        {"[ref]: javascript:alert(1) [^1] $x$ {{7*7}} 1. 2) - + = #", false},
        {"    indented <b>code</b>", false},
    };
    return list;
}

// --------------------------------------------------------- documents

// The fields the pages keep as Markdown (render_<kind>.cpp); every other field
// is plain text on the page. Paths are map keys joined by '/'.
bool markdown_field(const std::string& path) {
    return path == "scope" || path == "level_descriptor" || path == "domains/description" ||
           path == "occupation_summary" || path == "broad_purpose" ||
           path == "key_relationships" || path == "responsibilities" ||
           path == "entry_requirements";
}

struct Field {
    std::string path;
    bool markdown;
};

struct Hostile {
    std::string yaml;
    std::vector<Field> fields;  // fields[n] holds marker n
};

std::string marker(std::size_t n) {
    return "F" + std::to_string(n) + " ";
}

bool is_integer(const std::string& s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// The YAML tree as JSON (which YAML reads), every text scalar replaced by
// its marker and the payload; kind, format and numbers stay.
nlohmann::ordered_json with_payload(const detail::YamlNode& node, const std::string& path,
                                    const std::string& payload, Hostile& out) {
    using detail::YamlNode;
    switch (node.kind) {
        case YamlNode::Kind::null:
            return nullptr;
        case YamlNode::Kind::scalar: {
            if (path == "kind" || path == "format" || (node.plain && is_integer(node.value)))
                return node.plain && is_integer(node.value)
                           ? nlohmann::ordered_json(std::stoll(node.value))
                           : nlohmann::ordered_json(node.value);
            out.fields.push_back({path, markdown_field(path)});
            return marker(out.fields.size() - 1) + payload;
        }
        case YamlNode::Kind::sequence: {
            auto seq = nlohmann::ordered_json::array();
            for (const YamlNode& item : node.children)
                seq.push_back(with_payload(item, path, payload, out));
            return seq;
        }
        case YamlNode::Kind::map: {
            auto map = nlohmann::ordered_json::object();
            for (std::size_t i = 0; i < node.children.size(); i += 2) {
                const std::string& key = node.children[i].value;
                map[key] = with_payload(node.children[i + 1], path.empty() ? key : path + "/" + key,
                                        payload, out);
            }
            return map;
        }
    }
    return nullptr;
}

Hostile hostile_copy(const fs::path& file, const std::string& payload) {
    const detail::YamlParse parsed = detail::parse_yaml(test::read_file(file));
    REQUIRE(parsed.root);
    Hostile out;
    std::string json = with_payload(*parsed.root, "", payload, out).dump();
    // JSON may hold DEL raw; YAML may not.
    for (std::size_t at = 0; (at = json.find('\x7f', at)) != std::string::npos;)
        json.replace(at, 1, "\\u007f");
    out.yaml = json;
    return out;
}

// --------------------------------------------------------- GFM HTML

std::string gfm_html(const std::string& markdown, const std::string& name) {
    const fs::path dir = test::temp_dir("md-injection-" + name);
    test::write_file(dir / "in.md", markdown);
    const std::string cmd = std::string(kCmarkGfm) +
                            " --unsafe -e autolink -e table -e strikethrough -e tagfilter " +
                            test::shell_quote((dir / "in.md").string()) + " > " +
                            test::shell_quote((dir / "out.html").string());
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::string html = test::read_file(dir / "out.html");
    fs::remove_all(dir);
    return html;
}

struct Tag {
    std::string name;                          // lower case; "!" or "?" for <! and <?
    std::map<std::string, std::string> attrs;  // names lower case
};

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Every markup construct a browser would act on. cmark-gfm writes text with
// `<` as `&lt;`, so each `<` before a letter, `/`, `!` or `?` is markup.
std::vector<Tag> tags_of(const std::string& html) {
    std::vector<Tag> tags;
    for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
        std::size_t j = i + 1;
        if (j < html.size() && html[j] == '/') ++j;
        if (j >= html.size()) break;
        if (html[j] == '!' || html[j] == '?') {
            tags.push_back({std::string(1, html[j]), {}});
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(html[j]))) continue;
        Tag tag;
        while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j])))
            tag.name += html[j++];
        tag.name = lower(tag.name);
        while (j < html.size() && html[j] != '>') {
            if (std::isspace(static_cast<unsigned char>(html[j])) || html[j] == '/') {
                ++j;
                continue;
            }
            std::string attr, value;
            while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) &&
                   html[j] != '=' && html[j] != '>')
                attr += html[j++];
            if (j < html.size() && html[j] == '=') {
                ++j;
                const char quote =
                    j < html.size() && (html[j] == '"' || html[j] == '\'') ? html[j++] : 0;
                while (j < html.size() &&
                       (quote
                            ? html[j] != quote
                            : !std::isspace(static_cast<unsigned char>(html[j])) && html[j] != '>'))
                    value += html[j++];
                if (quote && j < html.size()) ++j;
            }
            tag.attrs[lower(attr)] = value;
        }
        tags.push_back(std::move(tag));
    }
    return tags;
}

using Allowed = std::map<std::string, std::set<std::string>>;

// What rolekit's Markdown makes (headings, paragraphs, notes in <em>, tables
// with <br> in cells, lists) and what a Markdown field may add under the
// policy; each with the attributes cmark-gfm gives it.
const Allowed& markdown_tags() {
    static const Allowed allowed = {
        {"h1", {}}, {"h2", {}},         {"h3", {}},        {"h4", {}},          {"h5", {}},
        {"h6", {}}, {"p", {}},          {"em", {}},        {"strong", {}},      {"del", {}},
        {"br", {}}, {"hr", {}},         {"table", {}},     {"thead", {}},       {"tbody", {}},
        {"tr", {}}, {"th", {"align"}},  {"td", {"align"}}, {"ul", {}},          {"ol", {"start"}},
        {"li", {}}, {"blockquote", {}}, {"pre", {}},       {"code", {"class"}}, {"a", {"href"}},
    };
    return allowed;
}

// rolekit's own HTML page: the Markdown elements, the page's frame, and the
// classes and scopes its stylesheet uses.
const Allowed& page_tags() {
    static const Allowed allowed = [] {
        Allowed a = markdown_tags();
        for (const char* frame : {"head", "title", "style", "body", "main", "header"})
            a[frame] = {};
        a["html"] = {"lang"};
        a["meta"] = {"charset", "name", "content", "http-equiv"};
        a["div"] = {"class"};
        a["p"] = {"class"};
        a["table"] = {"class"};
        a["th"].insert("scope");
        a["a"].insert("title");  // a Markdown link's title, escaped
        return a;
    }();
    return allowed;
}

void check_inert(const std::string& html, const Allowed& allowed_tags = markdown_tags()) {
    for (const Tag& tag : tags_of(html)) {
        CAPTURE(tag.name);
        const auto allowed = allowed_tags.find(tag.name);
        REQUIRE_MESSAGE(allowed != allowed_tags.end(), "element <" << tag.name << "> is live");
        for (const auto& [attr, value] : tag.attrs) {
            CAPTURE(attr);
            CAPTURE(value);
            CHECK(allowed->second.count(attr) == 1);
            if (attr == "href") {
                const std::string v = lower(value);
                CHECK((v.starts_with("http://") || v.starts_with("https://") ||
                       v.starts_with("mailto:")));
            }
            if (attr == "class" && tag.name == "code") CHECK(value.starts_with("language-"));
        }
    }
}

// rolekit's HTML page, checked the same way (its doctype aside).
void check_page_inert(const std::string& page) {
    const std::string doctype = "<!DOCTYPE html>\n";
    REQUIRE(page.starts_with(doctype));
    check_inert(page.substr(doctype.size()), page_tags());
}

// Column counts of the tables, in order.
std::vector<int> table_columns(const std::string& html) {
    std::vector<int> out;
    for (std::size_t at = html.find("<thead>"); at != std::string::npos;
         at = html.find("<thead>", at + 1)) {
        const std::size_t end = html.find("</thead>", at);
        int columns = 0;
        for (std::size_t th = html.find("<th", at + 7); th < end; th = html.find("<th", th + 1))
            ++columns;
        out.push_back(columns);
    }
    return out;
}

std::string collapse_spaces(const std::string& s) {
    std::string out;
    for (const char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!space)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

// The text a reader sees: tags gone (blocks and line breaks apart, inline
// elements not), cmark-gfm's four entities read back.
std::string visible_text(const std::string& html) {
    static const std::set<std::string> inline_tags = {"a", "em", "strong", "code", "del"};
    std::string text;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] != '<') {
            text += html[i];
            continue;
        }
        const std::size_t end = html.find('>', i);
        if (end == std::string::npos) break;
        const std::vector<Tag> tag = tags_of(html.substr(i, end + 1 - i));
        if (tag.empty() || inline_tags.count(tag[0].name) == 0) text += ' ';
        i = end;
    }
    for (auto [from, to] : {std::pair<std::string, std::string>{"&lt;", "<"},
                            {"&gt;", ">"},
                            {"&quot;", "\""},
                            {"&amp;", "&"}})
        for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
            text.replace(at, from.size(), to);
    return collapse_spaces(text);
}

// The payload as a page shows it: control characters (which have no place
// on a page; C0, DEL and C1) as U+FFFD, runs of white space as one space.
std::string as_shown(const std::string& payload) {
    std::string out;
    for (std::size_t i = 0; i < payload.size(); ++i) {
        const auto c = static_cast<unsigned char>(payload[i]);
        const bool c1 = c == 0xC2 && i + 1 < payload.size() &&
                        (static_cast<unsigned char>(payload[i + 1]) & 0xE0) == 0x80;
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (c < 0x20 || c == 0x7f || c1) {
            out += "\xEF\xBF\xBD";
            i += c1 ? 1 : 0;
        } else {
            out += payload[i];
        }
    }
    return collapse_spaces(out);
}

void check_document(const std::string& file, const std::string& name) {
    const fs::path path = test::frameworks_dir() / file;
    const LoadResult original = load_document(test::read_file(path), path.string());
    REQUIRE(original.document);
    const std::string original_html = gfm_html(
        render_document(*original.document, test::builtin().documents, RenderFormat::markdown),
        name);
    check_inert(original_html);
    const std::vector<int> columns = table_columns(original_html);
    REQUIRE(!columns.empty());

    for (std::size_t p = 0; p < payloads().size(); ++p) {
        const Payload& payload = payloads()[p];
        CAPTURE(p);
        CAPTURE(payload.text);
        const Hostile hostile = hostile_copy(path, payload.text);
        const LoadResult r = load_document(hostile.yaml, "hostile.yaml");
        REQUIRE(r.document);
        const std::string md =
            render_document(*r.document, test::builtin().documents, RenderFormat::markdown);

        const std::string html = gfm_html(md, name);
        check_inert(html);
        CHECK(table_columns(html) == columns);
        check_page_inert(
            render_document(*r.document, test::builtin().documents, RenderFormat::html));

        const std::string seen = visible_text(html);
        const std::string shown = as_shown(payload.text);
        std::size_t fields_shown = 0;
        for (std::size_t n = 0; n < hostile.fields.size(); ++n) {
            const std::size_t at = seen.find(marker(n));
            if (at == std::string::npos) continue;  // a field the page does not show
            ++fields_shown;
            CAPTURE(hostile.fields[n].path);
            if (!hostile.fields[n].markdown || payload.verbatim_in_markdown)
                CHECK(seen.find(marker(n) + shown) != std::string::npos);
        }
        // Titles, table cells, list items, Markdown fields: most fields are on the page.
        CHECK(fields_shown * 2 > hostile.fields.size());
    }
}

}  // namespace

TEST_CASE("markdown output stays inert under cmark-gfm --unsafe: role profile" ) {
    if (!has_cmark_gfm()) return rolekit::test::skip("cmark-gfm is not installed");
    check_document("profiles/ld-peer-support-worker-l3.yaml", "profile");
}

TEST_CASE("markdown output stays inert under cmark-gfm --unsafe: competence map" ) {
    if (!has_cmark_gfm()) return rolekit::test::skip("cmark-gfm is not installed");
    check_document("competence/nccmh-psw-mental-health.yaml", "map");
}

TEST_CASE("markdown output stays inert under cmark-gfm --unsafe: occupational standard" ) {
    if (!has_cmark_gfm()) return rolekit::test::skip("cmark-gfm is not installed");
    check_document("standards/peer-worker-l3.yaml", "standard");
}

TEST_CASE("a URL followed by a tag stays text in a title, and in the scope beside its link" ) {
    if (!has_cmark_gfm()) return rolekit::test::skip("cmark-gfm is not installed");
    const std::string yaml = R"(kind: RoleProfile
format: 1
id: issue-12
title: "see http://a.example<img src=x onerror=alert(1) x=>"
service: S
level: 3
basic_info: {named_role: R, area_of_work: A, experience_required: E}
scope: "see http://a.example<base href=https://evil.example/> and www.b.example<img src=x onerror=alert(2)>"
competences: {core: [], role_specific: []}
)";
    const LoadResult r = load_document(yaml, "issue.yaml");
    REQUIRE(r.document);
    const std::string md =
        render_document(*r.document, test::builtin().documents, RenderFormat::markdown);
    CHECK(md.starts_with("# see http&#58;//a.example&lt;img src=x onerror=alert(1) x=&gt;\n"));
    const std::string html = gfm_html(md, "issue");
    check_inert(html);
    CHECK(html.find("<h1>see http://a.example&lt;img src=x onerror=alert(1) x=&gt;</h1>") !=
          std::string::npos);
    // The scope keeps its Markdown: its http link stays a link, the HTML is text.
    CHECK(
        html.find(
            "<p>see <a href=\"http://a.example\">http://a.example</a>&lt;base "
            "href=https://evil.example/&gt; and <a href=\"http://www.b.example\">www.b.example</a>"
            "&lt;img src=x onerror=alert(2)&gt;</p>") != std::string::npos);
}
