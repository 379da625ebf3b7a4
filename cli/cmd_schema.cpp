#include "cmd_schema.hpp"

#include <fmt/format.h>

#include <memory>

#include "rolekit/json_schema.hpp"
#include "rolekit/suggest.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

constexpr std::string_view kConfig = "config";

struct SchemaOptions {
    std::string kind;  // empty: every kind
    std::string output;
    LibraryOptions library;
};

std::vector<std::string> kind_choices() {
    std::vector<std::string> out(kind_names().begin(), kind_names().end());
    out.emplace_back(kConfig);
    return out;
}

ExitCode run_schema(const SchemaOptions& o, const Terminal& t) {
    if (!choose_format(OutputCommand::schema, {}, o.output)) return ExitCode::usage;
    const std::optional<DocumentKind> kind = kind_from_name_any_case(o.kind);
    if (!o.kind.empty() && !kind && o.kind != kConfig) {
        const auto choices = kind_choices();
        const std::string best = closest_match(o.kind, choices);
        const std::string names = fmt::format("{}", fmt::join(choices, ", "));
        print_usage_error(fmt::format(
            "unknown kind '{}'\n  hint: {}", visible(o.kind),
            best.empty() ? fmt::format("use one of: {}", names)
                         : fmt::format("did you mean '{}'? (one of: {})", best, names)));
        return ExitCode::usage;
    }
    // The areas a group may cite are the loaded functional map's.
    const Arguments loaded =
        open_arguments(t, {}, o.library, std::set{DocumentKind::functional_map});
    std::string text;
    if (o.kind == kConfig) {
        text = config_json_schema();
    } else {
        JsonSchemaOptions options;
        if (const FunctionalMap* map = loaded.workspace.scope().functional_map())
            for (const FunctionalArea& area : map->areas) options.area_keys.push_back(area.key.value);
        text = document_json_schema(kind, options);
    }
    return write_output(t, o.output, text, loaded.workspace);
}

}  // namespace

Command register_schema(CLI::App& parent) {
    auto o = std::make_shared<SchemaOptions>();
    CLI::App* app = parent.add_subcommand(
        "schema", "Print a JSON Schema of the format, for editors' YAML language servers");
    app->add_option("kind", o->kind,
                    "One kind (e.g. LocalityOverlay), or config for .rolekit.yaml; default: every kind")
        ->type_name("KIND");
    add_output_option(*app, o->output);
    add_library_options(*app, o->library);
    return Command{app, [o](const Terminal& t) { return run_schema(*o, t); }};
}

}  // namespace rolekit::cli
