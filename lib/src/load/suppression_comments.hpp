#pragma once
// The `# rolekit-disable-…` directives of a file, read from its YAML comments
// only (yaml/yaml_comments.hpp): text in a scalar that looks like a directive
// is document text, never a directive. A directive's word must be followed by
// a blank or the end of the comment; any other word starting with `rolekit-`
// is a mistake (`rolekit-disable-lines`) and reported as unknown-directive.

#include <string>
#include <string_view>
#include <vector>

#include "rolekit/finding.hpp"
#include "rolekit/position.hpp"

namespace rolekit::detail {

enum class SuppressionScope { line, next_line, file };

struct SuppressionDirective {
    SuppressionScope scope = SuppressionScope::line;
    std::vector<Located<std::string>> rules;  // each at its name
    std::string reason;                       // after ` -- `, if given
    Position pos;                             // of the comment's `#`

    // The line it silences; 0 for the whole file.
    int target_line() const;
};

struct SuppressionComments {
    std::vector<SuppressionDirective> directives;
    Findings problems;  // unknown-directive, positions only: the caller adds the path
};

// The directives in the comments of `text`, a whole file. None when the text
// is not one well-formed YAML document.
SuppressionComments read_suppression_comments(std::string_view text);

struct YamlComment;
// The same, from comments already found.
SuppressionComments read_suppression_comments(const std::vector<YamlComment>& comments);

// One comment that says what `directives` say about one line:
// `rolekit-disable-line` with all their rules, and their reasons.
std::string line_suppression_comment(const std::vector<const SuppressionDirective*>& directives);

}  // namespace rolekit::detail
