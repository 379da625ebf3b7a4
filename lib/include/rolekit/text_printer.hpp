#pragma once
// Findings as a compiler prints them:
//
//   path:line:col: severity[rule]: message
//     <source line>
//     ^
//     hint: <what to do>
//
// File, message, hint and source line are document text: each is shown
// through visible() (visible_text.hpp), so none can act on a terminal or
// forge a line.

#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "rolekit/finding.hpp"
#include "rolekit/report_paths.hpp"

namespace rolekit {

// Source lines for carets, read on demand through file_io and kept.
class SourceCache {
public:
    // Findings name files as `names` does (report_paths.hpp): it says where
    // to read them.
    explicit SourceCache(ReportPaths names = ReportPaths{}) : names_(std::move(names)) {}
    // The text of line `line` (1-based) of `path`, or empty.
    std::string_view line(const std::string& path, int line);
    // Registers text that is not (or not yet) on disk.
    void add(const std::string& path, std::string text);

private:
    ReportPaths names_;
    std::map<std::string, std::string> texts_;
};

struct TextStyle {
    bool color = false;
    bool show_source = true;
};

std::string format_finding(const Finding& f, SourceCache& sources, const TextStyle& style);
void print_findings(std::ostream& out, const Findings& findings, SourceCache& sources,
                    const TextStyle& style);

}  // namespace rolekit
