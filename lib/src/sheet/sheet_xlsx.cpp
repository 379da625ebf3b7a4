// A SheetTable as an XLSX workbook through libxlsxwriter (sheet.hpp).
// libxlsxwriter 1.1.4 writes only to a named file: the workbook is made in a
// scratch folder (io/made_file.hpp) and its bytes returned.

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "io/made_file.hpp"
#include "rolekit/render.hpp"
#include "rolekit/sheet.hpp"

namespace rolekit {

namespace {

// 1980-01-01T00:00:00Z: the created date without SOURCE_DATE_EPOCH (0 would
// make libxlsxwriter take the clock's time).
constexpr std::int64_t kNoDate = 315532800;

// Every call's error, with what was being written.
void check(lxw_error error, std::string_view what) {
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(fmt::format("XLSX: {}: {}", what, lxw_strerror(error)));
}

// A column the table gives no width, in characters.
constexpr double kDefaultWidth = 20;

// Excel's limit on a cell, in characters (libxlsxwriter refuses longer ones).
constexpr std::size_t kMaxCell = 32767;

std::size_t characters(const std::string& utf8) {
    std::size_t n = 0;
    for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Before anything is made: a cell too long is the input's limit, said as such.
void check_lengths(const SheetTable& t) {
    const auto row_of = [&](const std::vector<std::string>& cells, std::size_t row) {
        for (std::size_t c = 0; c < cells.size(); ++c)
            if (const std::size_t n = characters(inert_cell(cells[c])); n > kMaxCell)
                throw SheetRefused(fmt::format(
                    "row {}, column {} of the table is {} characters, over the {} an XLSX cell "
                    "holds; --format csv has no such limit",
                    row, c + 1, n, kMaxCell));
    };
    row_of(t.header, 1);
    for (std::size_t r = 0; r < t.rows.size(); ++r) row_of(t.rows[r], r + 2);
    for (const auto& [label, value] : t.about) row_of({label, value}, 0);
}

struct Formats {
    lxw_format* cell;
    lxw_format* header;
};

Formats formats_of(lxw_workbook* book) {
    Formats f{workbook_add_format(book), workbook_add_format(book)};
    for (lxw_format* x : {f.cell, f.header}) {
        format_set_text_wrap(x);
        format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
    }
    format_set_bold(f.header);
    return f;
}

// The lines a cell's text takes when wrapped at `width` characters, word by
// word. A column unit is about one digit of the default font, wider than most
// letters, so the estimate errs on the tall side.
std::size_t wrapped_lines(const std::string& text, double width) {
    const std::size_t room = std::max<std::size_t>(1, static_cast<std::size_t>(width) - 1);
    std::size_t lines = 1, used = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
        const std::size_t word = characters(text.substr(start, end - start));
        if (used == 0) {
            used = word;
        } else if (used + 1 + word <= room) {
            used += 1 + word;
        } else {
            ++lines;
            used = word;
        }
        for (; used > room; used -= room) ++lines;  // a word wider than the column breaks
        if (end < text.size() && text[end] == '\n') {
            ++lines;
            used = 0;
        }
        start = end + 1;
    }
    return lines;
}

// Strings only: a cell is never a formula, and inert_cell prefixes what a
// client would take for one on typing or import. The row is as tall as its
// most wrapped cell: Excel fits a row's height to wrapped text when it opens
// the file, LibreOffice keeps the height the file gives.
void write_row(lxw_worksheet* sheet, lxw_row_t row, const std::vector<std::string>& cells,
               lxw_format* format, const std::vector<double>& widths) {
    std::size_t lines = 1;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const std::string text = inert_cell(cells[c]);
        check(worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), text.c_str(), format),
              "a cell");
        lines = std::max(lines, wrapped_lines(text, c < widths.size() ? widths[c] : kDefaultWidth));
    }
    if (lines > 1)
        check(worksheet_set_row(sheet, row, 15.0 * static_cast<double>(lines), nullptr),
              "a row's height");
}

void table_sheet(lxw_workbook* book, const SheetTable& t, const Formats& f) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, t.sheet_name.c_str());
    if (sheet == nullptr) throw std::runtime_error("XLSX: cannot add the sheet " + t.sheet_name);
    std::vector<double> widths;
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        widths.push_back(c < t.widths.size() ? t.widths[c] : kDefaultWidth);
        check(worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                   widths.back(), f.cell),
              "a column's width");
    }
    write_row(sheet, 0, t.header, f.header, widths);
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        write_row(sheet, static_cast<lxw_row_t>(r + 1), t.rows[r], f.cell, widths);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!t.header.empty())
        check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(t.rows.size()),
                                   static_cast<lxw_col_t>(t.header.size() - 1)),
              "the autofilter");
}

void documents_sheet(lxw_workbook* book, const SheetTable& t, const Formats& f) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Documents");
    if (sheet == nullptr) throw std::runtime_error("XLSX: cannot add the sheet Documents");
    const std::vector<double> widths = {24, 80};
    check(worksheet_set_column(sheet, 0, 0, widths[0], f.header), "a column's width");
    check(worksheet_set_column(sheet, 1, 1, widths[1], f.cell), "a column's width");
    for (std::size_t r = 0; r < t.about.size(); ++r)
        write_row(sheet, static_cast<lxw_row_t>(r), {t.about[r].first, t.about[r].second},
                  r == 0 ? f.header : f.cell, widths);
}

std::string make_workbook(const SheetTable& t, std::int64_t created,
                          const std::filesystem::path& folder, const std::filesystem::path& file) {
    std::string tmpdir = folder.string();
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook* book = workbook_new_opt(file.c_str(), &options);
    if (book == nullptr) return "XLSX: cannot start a workbook in " + tmpdir;
    try {
        const Formats f = formats_of(book);
        table_sheet(book, t, f);
        if (!t.about.empty()) documents_sheet(book, t, f);
        std::string title = t.title;
        lxw_doc_properties properties{};
        properties.title = title.data();
        properties.created = static_cast<time_t>(created);
        check(workbook_set_properties(book, &properties), "the properties");
    } catch (const std::runtime_error& e) {
        workbook_close(book);  // frees it; the scratch folder goes with the file
        return e.what();
    }
    const lxw_error closed = workbook_close(book);
    return closed == LXW_NO_ERROR
               ? ""
               : fmt::format("XLSX: writing the workbook: {}", lxw_strerror(closed));
}

}  // namespace

std::optional<std::int64_t> sheet_created_date() {
    const char* env = std::getenv("SOURCE_DATE_EPOCH");
    if (env == nullptr || !docx_date_problem(env).empty()) return std::nullopt;
    return std::stoll(env);
}

std::string sheet_xlsx(const SheetTable& table, std::optional<std::int64_t> created) {
    check_lengths(table);
    const std::int64_t when = created.value_or(kNoDate);
    io::MadeFile made = io::make_in_scratch(
        "rolekit-xlsx-", "sheet.xlsx",
        [&](const std::filesystem::path& folder, const std::filesystem::path& file) {
            return make_workbook(table, when, folder, file);
        });
    if (!made.error.empty()) throw std::runtime_error(made.error);
    return std::move(made.bytes);
}

}  // namespace rolekit
