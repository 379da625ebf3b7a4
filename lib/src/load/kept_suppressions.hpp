#pragma once
// A document's `# rolekit-disable-line` and `-next-line` directives, kept on
// the NOS references they apply to (NosRef::suppression). A merged profile
// is a new file written from the model, without the template's comments:
// carried on the items, the directives are written back after them, where
// they silence the same findings again and stay visible to whoever reads the
// merged file. A `rolekit-disable-file` directive is not carried: in a merged
// profile it would also silence what the overlays added.

#include <string_view>
#include <vector>

#include "rolekit/document.hpp"
#include "yaml/yaml_tree.hpp"

namespace rolekit::detail {

// `text` is the document's whole text, `scalars` what parse_yaml found in it.
void keep_suppressions(Document& doc, std::string_view text,
                       const std::vector<ScalarStart>& scalars);

}  // namespace rolekit::detail
