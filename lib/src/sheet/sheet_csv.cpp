// RFC 4180 CSV of a SheetTable, every cell made inert first (sheet.hpp).

#include "rolekit/sheet.hpp"

namespace rolekit {

namespace {

void field(std::string& out, std::string_view cell) {
    const std::string text = inert_cell(cell);
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void record(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        field(out, cells[i]);
    }
    out += "\r\n";
}

}  // namespace

std::string inert_cell(std::string_view cell) {
    // An apostrophe, as OWASP advises: visible in every client, the same in
    // CSV and XLSX, so the two agree cell for cell.
    if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos)
        return "'" + std::string(cell);
    return std::string(cell);
}

std::string sheet_csv(const SheetTable& table) {
    std::string out;
    record(out, table.header);
    for (const std::vector<std::string>& row : table.rows) record(out, row);
    return out;
}

}  // namespace rolekit
