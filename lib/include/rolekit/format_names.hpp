#pragma once
// The names of the output formats, spelled once; each command's name table
// (report_format_names, diff_format_names, render_format_names,
// rules_format_names) lists the ones it writes.

#include <string_view>

namespace rolekit::format_name {

inline constexpr std::string_view text = "text";
inline constexpr std::string_view markdown = "markdown";
inline constexpr std::string_view html = "html";
inline constexpr std::string_view json = "json";
inline constexpr std::string_view docx = "docx";

}  // namespace rolekit::format_name
