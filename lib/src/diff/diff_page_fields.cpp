// The "Changed fields" section of a comparison page.

#include "diff/diff_labels.hpp"
#include "diff/diff_pages.hpp"

namespace rolekit::detail {

namespace {
using Lines = std::vector<std::string>;
}  // namespace

void page_field_changes(Page& page, const std::vector<FieldChange>& fields) {
    if (fields.empty()) return;
    page.heading(2, "Changed fields");
    for (const FieldChange& f : fields) {
        page.heading(3, f.field);
        Table t;
        t.header = {"", "Text"};
        t.css_class = "diff";
        for (const EditOp& op : f.lines)
            if (op.op != ' ' && !op.text.empty())
                t.rows.push_back({Lines{op.op == '-' ? "−" : "+"}, Lines{op.text}});
        page.table(std::move(t));
    }
}

}  // namespace rolekit::detail
