#include "rolekit/file_system.hpp"

#include <fmt/format.h>

#include <fstream>

#include "rolekit/file_io.hpp"

namespace rolekit {

namespace fs = std::filesystem;

namespace {

class Disk final : public FileSystem {
public:
    FileStat stat(const fs::path& path) const override { return stat_file(path); }
    ReadResult read(const fs::path& path, std::uintmax_t max_size) const override {
        return read_text_file(path, max_size);
    }
    std::string read_head(const fs::path& path, std::size_t bytes) const override {
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) return {};
        std::string text(bytes, '\0');
        std::ifstream file(path, std::ios::binary);
        file.read(text.data(), static_cast<std::streamsize>(text.size()));
        text.resize(static_cast<std::size_t>(file.gcount()));
        return text;
    }
    ReadResult read_stdin(std::uintmax_t max_size) const override { return read_standard_input(max_size); }
    std::vector<fs::path> yaml_files(const fs::path& dir) const override { return find_yaml_files(dir); }
    std::vector<DirEntry> list(const fs::path& dir, std::string& error) const override {
        return list_directory(dir, error);
    }
};

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

ReadResult limited(const std::string& text, std::uintmax_t max_size) {
    if (text.size() > max_size)
        return {{}, fmt::format("file is {} bytes, over the limit of {} bytes", text.size(), max_size)};
    return {text, {}};
}

// Is `dir` a leading part of `file`?
bool contains(const fs::path& dir, const fs::path& file) {
    auto d = dir.begin(), f = file.begin();
    for (; d != dir.end() && !d->empty(); ++d, ++f)
        if (f == file.end() || *d != *f) return false;
    return f != file.end();
}

// Is some part of `file` below `dir` hidden (as find_yaml_files skips)?
bool hidden_below(const fs::path& dir, const fs::path& file) {
    const fs::path rest = dir == "." ? file : file.lexically_relative(dir);
    for (const fs::path& part : rest)
        if (part.string().starts_with(".") && part != "." && part != "..") return true;
    return false;
}

}  // namespace

const FileSystem& disk() {
    static const Disk instance;
    return instance;
}

void MemoryFileSystem::add(const fs::path& path, std::string text) {
    files_[path.lexically_normal()] = std::move(text);
}

FileStat MemoryFileSystem::stat(const fs::path& path) const {
    const fs::path p = path.lexically_normal();
    FileStat out;
    out.identity = p.string();
    if (files_.count(p)) {
        out.type = FileType::regular;
        return out;
    }
    for (const auto& [file, text] : files_)
        if (contains(p, file) || p == ".") {
            out.type = FileType::directory;
            return out;
        }
    out.identity.clear();
    out.error = "no such file or directory";
    return out;
}

ReadResult MemoryFileSystem::read(const fs::path& path, std::uintmax_t max_size) const {
    const FileStat st = stat(path);
    if (st.type == FileType::directory) return {{}, "is a directory, not a file"};
    if (st.type != FileType::regular) return {{}, st.error};
    return limited(files_.at(path.lexically_normal()), max_size);
}

std::string MemoryFileSystem::read_head(const fs::path& path, std::size_t bytes) const {
    const auto it = files_.find(path.lexically_normal());
    return it == files_.end() ? std::string{} : it->second.substr(0, bytes);
}

ReadResult MemoryFileSystem::read_stdin(std::uintmax_t max_size) const { return limited(stdin_, max_size); }

std::vector<fs::path> MemoryFileSystem::yaml_files(const fs::path& dir) const {
    const fs::path d = dir.lexically_normal();
    std::vector<fs::path> out;
    for (const auto& [file, text] : files_)
        if ((d == "." || contains(d, file)) && is_yaml(file) && !hidden_below(d, file)) out.push_back(file);
    return out;  // a std::map is already sorted
}

std::vector<DirEntry> MemoryFileSystem::list(const fs::path& dir, std::string& error) const {
    const fs::path d = dir.lexically_normal();
    if (stat(d).type != FileType::directory) {
        error = "no such directory";
        return {};
    }
    std::map<std::string, FileType> entries;
    for (const auto& [file, text] : files_) {
        if (d != "." && !contains(d, file)) continue;
        const fs::path rest = d == "." ? file : file.lexically_relative(d);
        const auto first = rest.begin();
        entries.emplace(first->string(), std::next(first) == rest.end() ? FileType::regular : FileType::directory);
    }
    std::vector<DirEntry> out;
    for (const auto& [name, type] : entries) out.push_back({name, type});
    return out;
}

}  // namespace rolekit
