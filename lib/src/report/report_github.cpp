#include "rolekit/report.hpp"
#include "rolekit/library.hpp"

#include <fmt/format.h>

#include "rolekit/visible_text.hpp"

namespace rolekit {

namespace {

std::string_view command_name(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "notice";
    }
    return "error";
}

// GitHub's escaping: data escapes %, CR and LF; property values also ':' and
// ',', which would otherwise end the value. Text is made visible first (see
// render_github), so CR and LF only reach here from callers that kept them.
std::string escape(std::string_view s, bool property) {
    std::string out;
    for (const char c : s) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            case ':':
                out += property ? "%3A" : ":";
                break;
            case ',':
                out += property ? "%2C" : ",";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string properties(const Finding& f) {
    std::string out;
    if (!f.file.empty()) out += fmt::format("file={},", escape(visible(shown_path(f.file)), true));
    if (f.pos.known()) {
        out += fmt::format("line={},", f.pos.line);
        if (f.pos.column > 0) out += fmt::format("col={},", f.pos.column);
    }
    return out + "title=" + escape(fmt::format("rolekit [{}]", f.rule.id()), true);
}

}  // namespace

// The log that shows these commands is a terminal too: document text in a
// message or file name is shown as the text report shows it (control
// characters as escapes, one line, invalid UTF-8 as U+FFFD).
std::string render_github(const ValidationReport& report) {
    std::string out;
    for (const Finding& f : report.findings) {
        const std::string message =
            visible(f.hint.empty() ? f.message : f.message + " (hint: " + f.hint + ")");
        out += fmt::format("::{} {}::{}\n", command_name(f.severity), properties(f),
                           escape(message, false));
    }
    return out;
}

}  // namespace rolekit
