#include "rolekit/report.hpp"
#include "rolekit/library.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <map>

#include "rolekit/visible_text.hpp"
#include "util/xml_text.hpp"

namespace rolekit {

namespace {

// Text for the XML tree: what XML 1.0 cannot hold becomes U+FFFD (callers
// pass document text through visible() first, so control characters are
// shown as escapes); pugixml escapes the rest.
std::string xml(std::string_view s) {
    return detail::xml_text(s);
}

void attr(pugi::xml_node node, const char* name, std::string_view value) {
    node.append_attribute(name) = xml(value).c_str();
}

struct StringWriter : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
};

// At or above the severity that fails the run (Severity lists the most
// serious first).
bool fails_at(Severity s, Severity fail_on) {
    return static_cast<int>(s) <= static_cast<int>(fail_on);
}

struct FileCase {
    std::string file;
    std::vector<const Finding*> failing;  // at or above --fail-on, or making the file unusable
    std::vector<const Finding*> others;   // below --fail-on
    bool unusable = false;                // the file could not be used at all: an <error>
};

// One case per file in `report.files`, then one per file that only findings name.
std::vector<FileCase> group_by_file(const ValidationReport& report, Severity fail_on) {
    std::vector<FileCase> cases;
    std::map<std::string, std::size_t, std::less<>> index;
    const auto case_for = [&](const std::string& file) -> FileCase& {
        const auto [it, inserted] = index.try_emplace(file, cases.size());
        if (inserted) cases.push_back({file, {}, {}});
        return cases[it->second];
    };
    for (const std::string& file : report.files) case_for(file);
    for (const Finding& f : report.findings) {
        FileCase& c = case_for(shown_path(f.file));
        const bool unusable = f.rule.info().unusable;
        c.unusable = c.unusable || unusable;
        (unusable || fails_at(f.severity, fail_on) ? c.failing : c.others).push_back(&f);
    }
    return cases;
}

// The same lines the text format prints, without source excerpts (and so with
// the same visible escapes).
std::string finding_lines(const std::vector<const Finding*>& findings) {
    SourceCache unused;
    std::string out;
    for (const Finding* f : findings) out += format_finding(*f, unused, TextStyle{false, false});
    return out;
}

// "1 error(s)", "2 error(s), 1 warning(s)": the findings that fail the case.
std::string counts(const std::vector<const Finding*>& findings) {
    std::string out;
    for (const Severity s : {Severity::error, Severity::warning, Severity::info}) {
        const auto n = std::count_if(findings.begin(), findings.end(),
                                     [&](const Finding* f) { return f->severity == s; });
        if (n > 0) out += fmt::format("{}{} {}(s)", out.empty() ? "" : ", ", n, severity_name(s));
    }
    return out;
}

// An element `name` of `parent` holding the findings' lines, with a
// message attribute (and type) when given one.
void lines_element(pugi::xml_node parent, const char* name, const std::vector<const Finding*>& findings,
                   const std::string& message = {}) {
    pugi::xml_node e = parent.append_child(name);
    if (!message.empty()) {
        attr(e, "message", message);
        attr(e, "type", "rolekit");
    }
    e.text().set(xml(finding_lines(findings)).c_str());
}

void add_case(pugi::xml_node suite, const FileCase& c) {
    pugi::xml_node tc = suite.append_child("testcase");
    attr(tc, "classname", "rolekit.validate");
    attr(tc, "name", visible(c.file));
    if (c.unusable)
        lines_element(tc, "error", c.failing, "the file cannot be used: " + counts(c.failing));
    else if (!c.failing.empty())
        lines_element(tc, "failure", c.failing, counts(c.failing));
    if (!c.others.empty()) lines_element(tc, "system-out", c.others);
}

}  // namespace

std::string render_junit(const ValidationReport& report, Severity fail_on) {
    const std::vector<FileCase> cases = group_by_file(report, fail_on);
    std::size_t failures = 0, errors = 0;
    for (const FileCase& c : cases) {
        if (c.unusable)
            ++errors;
        else if (!c.failing.empty())
            ++failures;
    }
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node suite = doc.append_child("testsuites").append_child("testsuite");
    attr(suite, "name", "rolekit validate");
    suite.append_attribute("tests") = cases.size();
    suite.append_attribute("failures") = failures;
    suite.append_attribute("errors") = errors;
    for (const FileCase& c : cases) add_case(suite, c);
    StringWriter w;
    doc.save(w, "  ", pugi::format_indent, pugi::encoding_utf8);
    return std::move(w.out);
}

}  // namespace rolekit
