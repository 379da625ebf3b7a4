#include "rolekit/load.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "load/kept_suppressions.hpp"
#include "load/parse_common.hpp"
#include "load/parse_kinds.hpp"
#include "rolekit/file_io.hpp"
#include "load/schema_reader.hpp"
#include "yaml/yaml_tree.hpp"

namespace rolekit {

namespace {

using detail::MapReader;

std::string known_kinds() { return fmt::format("{}", fmt::join(kind_names(), ", ")); }

DocumentBody parse_body(DocumentKind kind, MapReader& r) {
    switch (kind) {
        case DocumentKind::role_profile: return detail::parse_role_profile(r);
        case DocumentKind::locality_overlay: return detail::parse_locality_overlay(r);
        case DocumentKind::nos_catalog: return detail::parse_nos_catalog(r);
        case DocumentKind::functional_map: return detail::parse_functional_map(r);
        case DocumentKind::career_framework: return detail::parse_career_framework(r);
        case DocumentKind::competence_map: return detail::parse_competence_map(r);
        case DocumentKind::occupational_standard: return detail::parse_occupational_standard(r);
    }
    return RoleProfile{};
}

// Reads kind, format and id. Returns nothing when the document cannot be
// interpreted at all.
std::optional<Document> read_envelope(MapReader& r, detail::Diagnostics& diag) {
    const Text kind = r.text(key::kind);
    const auto format = r.integer(key::format);
    const Text id = r.text(key::id);
    if (!kind.pos.known() || !format) return std::nullopt;
    const auto parsed_kind = kind_from_name(kind.value);
    if (!parsed_kind) {
        diag.error("schema-unknown-kind", kind.pos, fmt::format("unknown kind '{}'", kind.value),
                   fmt::format("kind must be one of: {}", known_kinds()));
        return std::nullopt;
    }
    if (format->value != kFormatVersion) {
        diag.error("schema-unknown-format", format->pos,
                   fmt::format("unknown format version {}", format->value),
                   fmt::format("this rolekit reads format {}", kFormatVersion));
        return std::nullopt;
    }
    if (id.pos.known() && !detail::is_valid_id(id.value))
        diag.error("schema-bad-id", id.pos, fmt::format("invalid id '{}'", id.value),
                   "ids use lower-case letters, digits and '-', starting with a letter or digit");
    Document doc;
    doc.kind = *parsed_kind;
    doc.format = *format;
    doc.id = id;
    doc.pos = r.pos();
    return doc;
}

// A rolekit document, or a broken one (`knd: RoleProfile`), as opposed to the
// other YAML a repository holds (CI workflows, compose files, linters' configs).
bool looks_like_rolekit(const detail::YamlNode& root) {
    if (!root.is_map()) return false;
    for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
        const std::string& name = root.children[i].value;
        const detail::YamlNode& value = root.children[i + 1];
        if (name == key::format || name == key::id) return true;
        if (value.is_scalar() && kind_from_name(value.value)) return true;
    }
    return false;
}

}  // namespace

LoadResult load_document(std::string_view text, std::string_view path, const LoadOptions& options) {
    LoadResult result;
    detail::YamlParse yaml = detail::parse_yaml(text);
    if (options.skip_foreign && yaml.root && !looks_like_rolekit(*yaml.root)) {
        result.foreign = true;
        return result;
    }
    result.findings = std::move(yaml.findings);
    if (yaml.root) {
        detail::Diagnostics diag(result.findings, options.keys_read);
        MapReader top(*yaml.root, diag, "document");
        if (top.ok()) {
            if (auto doc = read_envelope(top, diag)) {
                doc->path = std::string(path);
                MapReader body(*yaml.root, diag, std::string(kind_name(doc->kind)));
                body.accept(key::kind);
                body.accept(key::format);
                body.accept(key::id);
                doc->body = parse_body(doc->kind, body);
                body.finish();
                detail::keep_suppressions(*doc, text, yaml.scalars);
                result.document = std::move(doc);
            }
        }
    }
    for (Finding& f : result.findings) f.file = std::string(path);
    // Reading order is not file order (missing fields are noticed late).
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         return std::pair(a.pos.line, a.pos.column) <
                                std::pair(b.pos.line, b.pos.column);
                     });
    return result;
}

LoadResult load_file(const std::filesystem::path& path, const LoadOptions& options) {
    ReadResult read = read_text_file(path, options.max_file_size);
    if (!read.ok()) {
        LoadResult result;
        result.findings.push_back(Finding{"io-error", Severity::error, path.string(), {},
                                          read.error, {}});
        return result;
    }
    return load_document(read.text, path.string(), options);
}

}  // namespace rolekit
