#pragma once
// A zip's entries read back with libzip, as a client reads an Office file:
// DOCX and XLSX tests share it.

#include <doctest/doctest.h>
#include <zip.h>

#include <map>
#include <string>
#include <vector>

namespace rolekit::test {

struct ZipEntries {
    std::vector<std::string> names;  // in the zip's order
    std::map<std::string, std::string> parts;
    std::vector<zip_uint16_t> methods;  // each entry's compression, in the zip's order
};

inline ZipEntries unzip(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    REQUIRE(src != nullptr);
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    REQUIRE_MESSAGE(za != nullptr, zip_error_strerror(&error));
    ZipEntries out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(za, i, 0, &st) == 0);
        zip_file_t* f = zip_fopen_index(za, i, 0);
        REQUIRE(f != nullptr);
        std::string data(st.size, '\0');
        CHECK(zip_fread(f, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
        zip_fclose(f);
        out.names.push_back(st.name);
        out.methods.push_back(st.comp_method);
        out.parts[st.name] = std::move(data);
    }
    zip_close(za);
    return out;
}

}  // namespace rolekit::test
