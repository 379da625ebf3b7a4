#include "cmd_render.hpp"

#include <fmt/format.h>

#include <memory>

#include "output.hpp"
#include "pdf_output.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/render.hpp"

namespace rolekit::cli {

namespace {

struct RenderOptions {
    std::string document;
    std::string format;  // empty: from the -o extension, else markdown
    std::string output;
    std::string pdf_engine;
    LibraryOptions library;
};

ExitCode print_render_kind(const Terminal& t, const Document& doc, const Workspace& workspace) {
    print_findings(t,
                   {Finding{"render-kind", Severity::error, doc.path, doc.pos,
                            fmt::format("a {} cannot be rendered", kind_name(doc.kind)),
                            "render a RoleProfile, CompetenceMap or OccupationalStandard, or a LocalityOverlay "
                            "(merged onto its base)"}},
                   &workspace);
    return ExitCode::usage;
}

// The page in the chosen format; a PDF is its HTML printed by an engine.
ExitCode write_page(const RenderOptions& o, const Terminal& t, RenderFormat format, const Document& doc,
                    const Workspace& workspace) {
    const std::string text = render_document(doc, workspace.scope(), format);
    if (format == RenderFormat::pdf) return write_pdf(t, o.output, text, o.pdf_engine, workspace);
    return write_output(t, o.output, text, workspace);
}

ExitCode run_render(const RenderOptions& o, const Terminal& t) {
    const std::optional<OutputFormat> chosen = choose_format(OutputCommand::render, o.format, o.output);
    if (!chosen) return ExitCode::usage;
    const RenderFormat format = *render_format_of(*chosen);  // the table lists only what render writes
    if (format != RenderFormat::pdf)
        if (const auto unused = pdf_engine_unused(o.pdf_engine)) return *unused;
    if (format == RenderFormat::docx)
        if (const auto undated = docx_date_refused()) return *undated;
    // Area names, level descriptors, localities, catalogue codes and a local
    // profile's national template come from these; an overlay's base is a
    // profile.
    Arguments loaded = open_arguments(t, {o.document}, o.library,
                                      std::set{DocumentKind::functional_map, DocumentKind::career_framework,
                                               DocumentKind::locality_overlay, DocumentKind::nos_catalog,
                                               DocumentKind::role_profile});
    if (loaded.docs.empty()) return ExitCode::usage;
    const Document& doc = *loaded.docs.front();
    if (doc.kind != DocumentKind::locality_overlay) {
        if (!can_render(doc.kind)) return print_render_kind(t, doc, loaded.workspace);
        return write_page(o, t, format, doc, loaded.workspace);
    }
    // As `kustomize build` does: the overlay merged onto its base, checked
    // first as `rolekit merge` checks it.
    const MergeCommand merge = merge_arguments(loaded.docs, loaded.workspace);
    print_findings(t, merge.result.findings, &loaded.workspace);
    if (!merge.usable) return ExitCode::usage;
    if (!merge.result.merged) return merge_refused();
    return write_page(o, t, format, *merge.result.merged, loaded.workspace);
}

}  // namespace

Command register_render(CLI::App& parent) {
    auto o = std::make_shared<RenderOptions>();
    CLI::App* app = parent.add_subcommand(
        "render",
        "Render a role profile (or competence map, or standard, or an overlay merged onto its base) as Markdown or HTML");
    app->add_option("document", o->document,
                    "A file, - (standard input) or a library id; a LocalityOverlay is rendered merged onto its base")->required()->type_name("FILE|ID");
    add_format_option(*app, o->format, OutputCommand::render);
    add_output_option(*app, o->output);
    add_pdf_engine_option(*app, o->pdf_engine);
    add_catalog_option(*app, o->library);
    add_library_options(*app, o->library);
    return Command{app, [o](const Terminal& t) { return run_render(*o, t); }};
}

}  // namespace rolekit::cli
