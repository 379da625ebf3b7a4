#pragma once
// Spreadsheets: one table model (SheetTable) written as CSV (RFC 4180,
// UTF-8, no BOM, CRLF) or as an XLSX workbook (libxlsxwriter). What fills a
// table: a diff's gap checklist (diff_report.hpp, DiffFormat::csv/xlsx) and
// the training-needs matrix of role profiles (`export --format csv|xlsx`).

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/diff.hpp"
#include "rolekit/document.hpp"
#include "rolekit/document_set.hpp"

namespace rolekit {

struct SheetTable {
    std::string title;       // the workbook's title property and the sheet's name
    std::string sheet_name;  // the table's sheet: "Gap", "Matrix" (at most 31 characters)
    // The documents the table is made from, as "label: value" rows of a second
    // sheet, "Documents" (XLSX only: the CSV holds the table alone, so the
    // table's sheet converts to exactly the CSV).
    std::vector<std::pair<std::string, std::string>> about;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // each as wide as `header`
    std::vector<double> widths;                  // XLSX column widths, in characters
};

// A cell a spreadsheet would run as a formula (it starts with =, +, -, @,
// tab or carriage return: OWASP's CSV-injection list) with an apostrophe
// before it, so it stays text; any other cell as it is. Both writers apply it.
std::string inert_cell(std::string_view cell);

// A table an XLSX cannot hold (a cell over Excel's 32,767 characters):
// the input's limit, not a failure of rolekit's; commands refuse it (exit 2).
struct SheetRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// RFC 4180: CRLF after every record; a field with a comma, quote, CR or LF
// quoted, its quotes doubled. UTF-8 without a byte-order mark.
std::string sheet_csv(const SheetTable& table);

// The XLSX bytes: the table on its sheet with a frozen header row, an
// autofilter over the table, the widths, wrapped text; the "Documents"
// sheet; the title property. Every cell is a string, never a formula.
// `created`: the document's created date (SOURCE_DATE_EPOCH); without it
// 1980-01-01T00:00:00Z, so the bytes never depend on the clock (the zip
// entries' times are libxlsxwriter's fixed 1980-01-01). Throws
// std::runtime_error when libxlsxwriter or the scratch folder fails.
std::string sheet_xlsx(const SheetTable& table, std::optional<std::int64_t> created);
// SOURCE_DATE_EPOCH when it can date a document (docx_date_problem says why
// not: the command line refuses it first), else nothing.
std::optional<std::int64_t> sheet_created_date();

// The gap checklists: one row per competence.
SheetTable profile_gap_sheet(const ProfileDiff& d, const DocumentSet& context);
SheetTable revision_gap_sheet(const RevisionDiff& d);

// The training-needs matrix: one row per competence (NOS and local
// competences, the union over the profiles, functional-map order), one
// column per profile. Every document must be a RoleProfile (the caller
// refuses others: matrix_refusal).
SheetTable training_matrix(std::span<const Document* const> profiles, const DocumentSet& context);
// Why a document cannot be a column of the matrix; empty when it can.
std::string matrix_refusal(const Document& doc);

}  // namespace rolekit
