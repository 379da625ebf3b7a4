// `rolekit diff`'s report in the format asked for: each part in its own file
// (diff_pages.hpp).

#include "rolekit/diff_report.hpp"

#include "diff/diff_pages.hpp"
#include "render/render_blocks.hpp"

namespace rolekit {

namespace {

using detail::Page;

std::string write_page(const Page& page, DiffFormat format) {
    if (format == DiffFormat::docx) return detail::page_to_docx(page);
    return format == DiffFormat::markdown ? detail::page_to_markdown(page)
                                          : detail::page_to_html(page);
}

}  // namespace

std::string word_diff_text(const std::vector<EditOp>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size();) {
        const char op = words[i].op;
        std::string run;
        for (; i < words.size() && words[i].op == op; ++i)
            run += (run.empty() ? "" : " ") + words[i].text;
        const std::string piece = op == '-'   ? "[-" + run + "-]"
                                  : op == '+' ? "{+" + run + "+}"
                                              : run;
        out += (out.empty() ? "" : " ") + piece;
    }
    return out;
}

std::optional<DiffFormat> diff_format_of(OutputFormat format) {
    switch (format) {
        case OutputFormat::text:
            return DiffFormat::text;
        case OutputFormat::markdown:
            return DiffFormat::markdown;
        case OutputFormat::html:
            return DiffFormat::html;
        case OutputFormat::json:
            return DiffFormat::json;
        case OutputFormat::docx:
            return DiffFormat::docx;
        case OutputFormat::pdf:
            return DiffFormat::pdf;
        default:
            return std::nullopt;
    }
}

std::string render_profile_diff(const ProfileDiff& d, DiffFormat format, bool color,
                                const DocumentSet& context, bool all) {
    switch (format) {
        case DiffFormat::json:
            return detail::profile_diff_json(d);
        case DiffFormat::text:
            return detail::profile_diff_text(d, detail::text_colors(color), context, all);
        default:
            return write_page(detail::profile_diff_page(d, context, all), format);
    }
}

std::string render_revision_diff(const RevisionDiff& d, DiffFormat format, bool color, bool all) {
    switch (format) {
        case DiffFormat::json:
            return detail::revision_diff_json(d);
        case DiffFormat::text:
            return detail::revision_diff_text(d, detail::text_colors(color));
        default:
            return write_page(detail::revision_diff_page(d, all), format);
    }
}

}  // namespace rolekit
