#pragma once
// Findings silenced in the file itself, with YAML comments (as eslint and
// ruff do):
//
//   - SFHGEN97   # rolekit-disable-line nos-duplicate
//   # rolekit-disable-next-line nos-unknown, nos-title-mismatch
//   # rolekit-disable-file domain-without-unit
//
// A rule named in a directive that silences nothing there is reported as
// `unused-suppression` (warning), so directives do not outlive their reason.

#include <functional>
#include <string>
#include <string_view>

#include "rolekit/finding.hpp"

namespace rolekit {

struct Suppressed {
    Findings kept;        // still reported
    Findings suppressed;  // silenced by a directive
};

// Applies the directives in `text`, the text of the file `file`, to that
// file's findings; unused directives are added to `kept`, except those for a
// rule that did not run (`ran` false: its context document, such as a NOS
// catalogue, was not loaded), which could not have been used.
Suppressed apply_suppressions(std::string_view text, const std::string& file, Findings findings,
                              const std::function<bool(std::string_view rule)>& ran = {});

}  // namespace rolekit
