#include "rolekit/file_io.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

namespace rolekit {

namespace fs = std::filesystem;

ReadResult read_text_file(const fs::path& path, std::uintmax_t max_size) {
    ReadResult r;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
        r.error = "no such file";
        return r;
    }
    if (fs::is_directory(st)) {
        r.error = "is a directory, not a file";
        return r;
    }
    const std::uintmax_t size = fs::is_regular_file(st) ? fs::file_size(path, ec) : 0;
    if (!ec && size > max_size) {
        r.error = fmt::format("file is {} bytes, over the limit of {} bytes", size, max_size);
        return r;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        r.error = fmt::format("cannot open file: {}", std::strerror(errno));
        return r;
    }
    // Read in chunks so that pipes and special files also respect the limit.
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        r.text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (r.text.size() > max_size) {
            r.text.clear();
            r.error = fmt::format("file is over the limit of {} bytes", max_size);
            return r;
        }
    }
    if (in.bad()) r.error = "read error";
    return r;
}

namespace {

// Writes `content` to a new temporary file beside `path`; returns its name,
// or an empty name and the error.
std::pair<std::string, std::string> write_temporary(const fs::path& path, const std::string& content) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    // Built with append: GCC 12 at -O2 gives a false -Wrestrict for "." + string.
    std::string name = ".";
    name.append(path.filename().string()).append(".tmp-XXXXXX");
    std::string temp = (dir / name).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return {{}, fmt::format("cannot create a temporary file in {}: {}", dir.string(),
                                std::strerror(errno))};
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        written += static_cast<std::size_t>(n);
    }
    const bool ok = written == content.size() && ::fsync(fd) == 0;
    const std::string err = std::strerror(errno);
    if (::close(fd) != 0 || !ok) {
        std::remove(temp.c_str());
        return {{}, fmt::format("cannot write {}: {}", path.string(), err)};
    }
    // mkstemp makes the file 0600; give it the mode a plain create would.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(temp.c_str(), 0666 & ~mask);
    return {temp, {}};
}

}  // namespace

std::string write_file_atomic(const fs::path& path, const std::string& content) {
    const auto [temp, error] = write_temporary(path, content);
    if (temp.empty()) return error;
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string err = std::strerror(errno);
        std::remove(temp.c_str());
        return fmt::format("cannot write {}: {}", path.string(), err);
    }
    return {};
}

std::string write_file_new(const fs::path& path, const std::string& content) {
    const auto [temp, error] = write_temporary(path, content);
    if (temp.empty()) return error;
    // link() fails if `path` exists: no window in which an existing file
    // could be replaced.
    const int linked = ::link(temp.c_str(), path.c_str());
    const int link_errno = errno;
    std::remove(temp.c_str());
    if (linked == 0) return {};
    if (link_errno == EEXIST) return fmt::format("{} already exists; not overwriting it", path.string());
    return fmt::format("cannot write {}: {}", path.string(), std::strerror(link_errno));
}

fs::path canonical_or_self(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : c;
}

std::vector<fs::path> find_yaml_files(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied,
                                             ec),
         end;
         !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const auto ext = it->path().extension();
        if (ext == ".yaml" || ext == ".yml") out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace rolekit
