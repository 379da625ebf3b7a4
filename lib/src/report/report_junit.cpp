#include "rolekit/report.hpp"
#include "rolekit/library.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "rolekit/visible_text.hpp"
#include "io/utf8.hpp"

namespace rolekit {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// XML 1.0 forbids C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF,
// even as character references; they become U+FFFD.
bool forbidden_in_xml(std::string_view seq) {
    const auto c = static_cast<unsigned char>(seq[0]);
    if (seq.size() == 1) return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    return seq == "\xEF\xBF\xBE" || seq == "\xEF\xBF\xBF";
}

std::string_view escape_ascii(char c, bool attribute) {
    switch (c) {
        case '&':
            return "&amp;";
        case '<':
            return "&lt;";
        case '>':
            return "&gt;";
        case '"':
            return "&quot;";
        case '\'':
            return "&apos;";
        // Parsers turn a literal CR into LF, and tab/LF in attributes into spaces.
        case '\r':
            return "&#13;";
        case '\t':
            return attribute ? "&#9;" : "\t";
        case '\n':
            return attribute ? "&#10;" : "\n";
        default:
            return {};
    }
}

// Escapes text for XML; invalid UTF-8 bytes each become U+FFFD. Callers pass
// document text through visible() first, so control characters are shown as
// escapes; what XML still cannot hold becomes U+FFFD here.
std::string xml_escape(std::string_view s, bool attribute = false) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = detail::utf8_sequence_length(s, i);
        const std::string_view seq = s.substr(i, len == 0 ? 1 : len);
        i += seq.size();
        if (len == 0 || forbidden_in_xml(seq)) {
            out += kReplacement;
        } else if (const auto esc = escape_ascii(seq[0], attribute); !esc.empty()) {
            out += esc;
        } else {
            out += seq;
        }
    }
    return out;
}

std::string attr(std::string_view s) {
    return xml_escape(s, true);
}

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

std::string render_case(const FileCase& c) {
    std::string out = fmt::format(R"(    <testcase classname="rolekit.validate" name="{}")",
                                  attr(visible(c.file)));
    if (c.failing.empty() && c.others.empty()) return out + "/>\n";
    out += ">\n";
    if (c.unusable)
        out += fmt::format(R"x(      <error message="{}" type="rolekit">{}</error>)x"
                           "\n",
                           attr("the file cannot be used: " + counts(c.failing)),
                           xml_escape(finding_lines(c.failing)));
    else if (!c.failing.empty())
        out += fmt::format(R"x(      <failure message="{}" type="rolekit">{}</failure>)x"
                           "\n",
                           attr(counts(c.failing)), xml_escape(finding_lines(c.failing)));
    if (!c.others.empty())
        out +=
            fmt::format("      <system-out>{}</system-out>\n", xml_escape(finding_lines(c.others)));
    return out + "    </testcase>\n";
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
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
    out += fmt::format(
        R"(  <testsuite name="rolekit validate" tests="{}" failures="{}" errors="{}">)"
        "\n",
        cases.size(), failures, errors);
    for (const FileCase& c : cases) out += render_case(c);
    return out + "  </testsuite>\n</testsuites>\n";
}

}  // namespace rolekit
