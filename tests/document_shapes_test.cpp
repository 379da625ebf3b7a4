// The format's table (schema/document_shapes.hpp), which the loader reads by
// and `rolekit schema` is made from: the loader cannot ask for a key the table
// lacks (MapReader throws), takes each key's need and range from the table,
// and asks for every key in it (recorded through LoadOptions::keys_read). tests/schema_check.py then checks the generated JSON Schema
// against the shipped documents and the docs' examples.

#include <doctest/doctest.h>

#include <stdexcept>
#include <set>
#include <tuple>

#include "load/schema_reader.hpp"
#include "rolekit/load.hpp"
#include "yaml/yaml_tree.hpp"
#include "rolekit/file_system.hpp"
#include "rolekit/repo_config.hpp"
#include "schema/document_shapes.hpp"
#include "test_support.hpp"

using namespace rolekit;

namespace {


// Shapes the shipped documents do not reach: an overlay in the RoleProfile
// shape, a profile made by merge, a map with areas, a config file.
constexpr const char* kOverlay = R"(kind: LocalityOverlay
format: 1
id: o
base: ld-peer-support-worker-l3
locality: Here
basic_info: {named_role: Peer Mentor}
competences:
  locality:
    - {area: H, function: F, nos: [{code: SFHGEN23, title: T}]}
learning: {formal: [a]}
cpd: {formal: {title: t}}
references: [r]
)";
constexpr const char* kProfile = R"(kind: RoleProfile
format: 1
id: p
title: T
service: S
level: 3
basic_info: {named_role: a, area_of_work: b, experience_required: c}
scope: s
competences:
  core: []
  role_specific: []
  facets: [{name: f, groups: []}]
derived_from: {base: b, overlays: [o]}
)";

constexpr const char* kMap = R"(kind: CompetenceMap
format: 1
id: m
title: T
domains:
  - {id: d, name: D, areas: [{id: a, name: A, statements: [s]}]}
)";

KeysRead keys_the_loader_reads() {
    KeysRead reads;
    LoadOptions options;
    options.keys_read = &reads;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::frameworks_dir()))
        if (entry.path().extension() == ".yaml") CHECK(load_file(entry.path(), options).document);
    for (const char* text : {kOverlay, kProfile, kMap})
        CHECK(load_document(text, "t.yaml", options).document);
    return reads;
}

}  // namespace

TEST_CASE("the loader cannot ask for a key or a shape the table lacks") {
    Findings findings;
    detail::Diagnostics diag(findings);
    const detail::YamlParse yaml = detail::parse_yaml("a: 1\n");
    REQUIRE(yaml.root);
    CHECK_THROWS_AS(detail::MapReader(*yaml.root, diag, "no such shape"), std::logic_error);
    detail::MapReader reader(*yaml.root, diag, "competence group");
    CHECK_THROWS_AS(reader.text("not-a-key"), std::logic_error);
    CHECK_NOTHROW(reader.text(key::area));
}

TEST_CASE("every key in the schema table is one the loader reads") {
    KeysRead reads = keys_the_loader_reads();
    // .rolekit.yaml is read by the same MapReader; its keys are all given here,
    // and a key given but never asked for would be reported as unknown.
    MemoryFileSystem files;
    files.add(".rolekit.yaml", "rules: {nos-duplicate: off}\nignore: [x]\nfail-on: warning\n");
    const auto config = load_repo_config(".rolekit.yaml", files);
    CHECK(config.config);
    CHECK(config.findings.empty());
    for (const detail::FieldShape& field : detail::find_shape(".rolekit.yaml")->fields)
        reads.emplace(".rolekit.yaml", std::string(field.key));
    for (const detail::Shape& shape : detail::document_shapes())
        for (const detail::FieldShape& field : shape.fields) {
            CAPTURE(shape.name);
            CAPTURE(field.key);
            CHECK(reads.count({std::string(shape.name), std::string(field.key)}) == 1);
        }
}

TEST_CASE("every schema table key has a description") {
    for (const detail::Shape& shape : detail::document_shapes()) {
        CHECK_FALSE(shape.description.empty());
        for (const detail::FieldShape& field : shape.fields) {
            CAPTURE(field.key);
            CHECK_FALSE(field.description.empty());
        }
    }
}
