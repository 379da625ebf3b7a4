#pragma once
// One input through everything the fuzzer exercises: shared by fuzz_load.cpp
// and the regression test over tests/fuzz_regressions/.

#include <string>
#include <string_view>

#include "../lib/src/io/utf8.hpp"
#include "rolekit/check.hpp"
#include "rolekit/document_set.hpp"
#include "rolekit/load.hpp"
#include "rolekit/render.hpp"
#include "rolekit/write_yaml.hpp"

namespace rolekit::fuzz {

inline bool is_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = detail::utf8_sequence_length(text, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

// Loads `text`; a document that results is checked beside `library`, written
// back to YAML (RoleProfiles) and rendered (the kinds that render). Crashes
// and hangs show themselves; the promises below are checked, and the first one
// broken is returned (empty: none).
inline std::string exercise(std::string_view text, const DocumentSet& library) {
    LoadResult loaded = load_document(text, "fuzz.yaml");
    if (!loaded.document) return {};

    // The input first, so that it shadows a library document with its id, as
    // a named file does in validate.
    DocumentSet set;
    set.add(std::move(*loaded.document));
    for (const Document& d : library.documents()) set.add(d);
    const Document& doc = set.documents().front();

    const CheckContext context(set);
    (void)check_document(doc, context);
    if (doc.kind == DocumentKind::role_profile) {
        // Written YAML loads back to the same model: written again, the same bytes.
        const std::string yaml = role_profile_to_yaml(doc);
        const LoadResult again = load_document(yaml, doc.path);
        if (!again.document) return "written RoleProfile does not load:\n" + yaml;
        if (role_profile_to_yaml(*again.document) != yaml)
            return "written RoleProfile changes when loaded and written again:\n" + yaml;
    }
    if (can_render(doc.kind)) {
        for (const auto format : {RenderFormat::markdown, RenderFormat::html})
            if (!is_utf8(render_document(doc, set, format))) return "rendered page is not UTF-8";
    }
    return {};
}

}  // namespace rolekit::fuzz
