#include "rolekit/file_io.hpp"

#include <fmt/format.h>
#include <fcntl.h>
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

namespace {

std::string open_error(int err) {
    switch (err) {
        case ENOENT: return "no such file or directory";
        case ELOOP: return "too many levels of symbolic links (a symbolic-link loop?)";
        case EACCES: return "permission denied";
        case ENOTDIR: return "a part of the path is not a directory";
        default: return std::strerror(err);
    }
}

// Reads `fd` to its end in chunks, so that pipes and special files respect
// the limit too.
void read_all(int fd, std::uintmax_t max_size, ReadResult& r) {
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            r.text.clear();
            r.error = fmt::format("read error: {}", std::strerror(errno));
            return;
        }
        if (n == 0) return;
        r.text.append(buffer, static_cast<std::size_t>(n));
        if (r.text.size() > max_size) {
            r.text.clear();
            r.error = fmt::format("file is over the limit of {} bytes", max_size);
            return;
        }
    }
}

}  // namespace

ReadResult read_text_file(const fs::path& path, std::uintmax_t max_size) {
    ReadResult r;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        r.error = open_error(errno);
        return r;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        r.error = std::strerror(errno);
    } else if (S_ISDIR(st.st_mode)) {
        r.error = "is a directory, not a file";
    } else if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > max_size) {
        r.error = fmt::format("file is {} bytes, over the limit of {} bytes",
                              static_cast<std::uintmax_t>(st.st_size), max_size);
    } else {
        read_all(fd, max_size, r);
    }
    ::close(fd);
    return r;
}

ReadResult read_standard_input(std::uintmax_t max_size) {
    ReadResult r;
    read_all(STDIN_FILENO, max_size, r);
    return r;
}

FileStat stat_file(const fs::path& path) {
    FileStat out;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        const int err = errno;
        struct stat link {};
        if (err == ENOENT && ::lstat(path.c_str(), &link) == 0) {
            out.error = "no such file (a symbolic link to a missing file)";
            out.dangling_link = true;
        } else if (err == ENOENT || err == ENOTDIR) {
            out.error = open_error(err);
        } else {
            out.type = FileType::unreadable;
            out.error = open_error(err);
        }
        return out;
    }
    out.identity = fmt::format("{}:{}", static_cast<std::uintmax_t>(st.st_dev),
                               static_cast<std::uintmax_t>(st.st_ino));
    out.mtime = static_cast<std::int64_t>(st.st_mtime);
    out.type = S_ISREG(st.st_mode)   ? FileType::regular
               : S_ISDIR(st.st_mode) ? FileType::directory
                                     : FileType::special;
    return out;
}

bool writable(const fs::path& path) {
    return ::access(path.c_str(), W_OK) == 0;
}

fs::path executable_path() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path{} : exe;
}

std::vector<DirEntry> list_directory(const fs::path& dir, std::string& error) {
    std::vector<DirEntry> out;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        error = ec.value() == EACCES ? "permission denied" : ec.message();
        return out;
    }
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            error = ec.message();
            break;
        }
        const FileStat st = stat_file(it->path());
        out.push_back({it->path().filename().string(), st.type});
    }
    std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
    return out;
}

std::vector<fs::path> find_yaml_files(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied,
                                             ec),
         end;
         !ec && it != end; it.increment(ec)) {
        // Hidden files and folders (`.git`, `.github`, `.rolekit.yaml`) are
        // no part of a library, as they are no part of validate's scans.
        if (it->path().filename().string().starts_with(".")) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec)) continue;
        const auto ext = it->path().extension();
        if (ext == ".yaml" || ext == ".yml") out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace rolekit
