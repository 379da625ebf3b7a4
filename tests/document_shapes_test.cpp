// The schema table (schema/document_shapes.hpp), which `rolekit schema` is
// made from, against the loader: every key the loader asks for, with the need
// it asks with, is in the table, and every key in the table is one the loader
// asks for. tests/schema_check.py then checks the generated JSON Schema
// against the shipped documents and the docs' examples.

#include <doctest/doctest.h>

#include <mutex>
#include <set>
#include <tuple>

#include "load/schema_reader.hpp"
#include "rolekit/file_system.hpp"
#include "rolekit/lint_config.hpp"
#include "schema/document_shapes.hpp"
#include "test_support.hpp"

using namespace rolekit;
using detail::Need;

namespace {

using KeyRead = std::tuple<std::string, std::string, Need>;

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

std::set<KeyRead> keys_the_loader_reads() {
    std::set<KeyRead> reads;
    std::mutex lock;
    const detail::KeyRecorder record = [&](std::string_view what, std::string_view key, Need need) {
        const std::lock_guard guard(lock);
        reads.emplace(std::string(what), std::string(key), need);
    };
    detail::set_key_recorder(&record);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::frameworks_dir()))
        if (entry.path().extension() == ".yaml") CHECK(load_file(entry.path()).document);
    CHECK(test::load_text(kOverlay).document);
    CHECK(test::load_text(kProfile).document);
    CHECK(test::load_text(kMap).document);
    MemoryFileSystem files;
    files.add(".rolekit.yaml", "rules: {nos-duplicate: off}\nignore: [x]\nfail-on: warning\n");
    CHECK(load_lint_config(".rolekit.yaml", files).config);
    detail::set_key_recorder(nullptr);
    return reads;
}

}  // namespace

TEST_CASE("every key the loader reads is in the schema table, with the same need") {
    for (const auto& [what, key, need] : keys_the_loader_reads()) {
        CAPTURE(what);
        CAPTURE(key);
        const detail::Shape* shape = detail::find_shape(what);
        REQUIRE_MESSAGE(shape, "no shape '" << what << "' in schema/document_shapes.cpp");
        const auto field = std::find_if(shape->fields.begin(), shape->fields.end(),
                                        [&](const detail::FieldShape& f) { return f.key == key; });
        REQUIRE_MESSAGE(field != shape->fields.end(), "the loader reads a key the table lacks");
        CHECK_MESSAGE(field->need == need, "the loader and the table disagree on whether it is required");
    }
}

TEST_CASE("every key in the schema table is one the loader reads") {
    const std::set<KeyRead> reads = keys_the_loader_reads();
    for (const detail::Shape& shape : detail::document_shapes())
        for (const detail::FieldShape& field : shape.fields) {
            CAPTURE(shape.name);
            CAPTURE(field.key);
            CHECK(reads.count({std::string(shape.name), std::string(field.key), field.need}) == 1);
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
