#include "io/scratch_folder.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <utility>

namespace rolekit::io {

namespace {

// Empties the folder open as `fd` (and closes it): files and links are
// unlinked, folders emptied the same way (opened O_NOFOLLOW) and removed.
// Returns why not, or empty.
std::string empty_folder(int fd) {
    DIR* d = ::fdopendir(fd);
    if (d == nullptr) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return why;
    }
    std::string problem;
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        if (::unlinkat(fd, name.c_str(), 0) == 0 || errno == ENOENT) continue;
        if (errno != EISDIR && errno != EPERM) {
            problem = name + ": " + std::strerror(errno);
            continue;
        }
        const int sub = ::openat(fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        std::string inner = sub < 0 ? std::string(std::strerror(errno)) : empty_folder(sub);
        if (inner.empty() && ::unlinkat(fd, name.c_str(), AT_REMOVEDIR) != 0 && errno != ENOENT)
            inner = std::strerror(errno);
        if (!inner.empty()) problem = name + "/" + inner;
    }
    ::closedir(d);
    return problem;
}

std::string remove_tree(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT ? std::string{} : std::strerror(errno);
    if (std::string problem = empty_folder(fd); !problem.empty()) return problem;
    if (::rmdir(path.c_str()) != 0 && errno != ENOENT) return std::strerror(errno);
    return {};
}

}  // namespace

ScratchFolder ScratchFolder::create(std::string_view prefix) {
    ScratchFolder out;
    const char* tmp = std::getenv("TMPDIR");
    const std::filesystem::path parent = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
    std::string pattern = (parent / (std::string(prefix) + "XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        out.error_ =
            "cannot make a temporary folder in " + parent.string() + ": " + std::strerror(errno);
        return out;
    }
    out.folder_ = OwnedFolder::open(pattern);
    if (!out.folder_.ok()) {
        out.error_ = "cannot open the temporary folder " + pattern + ": " + out.folder_.error();
        ::rmdir(pattern.c_str());
    }
    return out;
}

ScratchFolder::~ScratchFolder() {
    remove();
}

ScratchFolder::ScratchFolder(ScratchFolder&& other) noexcept
    : folder_(std::exchange(other.folder_, OwnedFolder{})), error_(std::move(other.error_)) {}

ScratchFolder& ScratchFolder::operator=(ScratchFolder&& other) noexcept {
    if (this != &other) {
        remove();
        folder_ = std::exchange(other.folder_, OwnedFolder{});
        error_ = std::move(other.error_);
    }
    return *this;
}

std::string ScratchFolder::remove() {
    if (!folder_.ok()) return {};
    const std::filesystem::path path = folder_.path();
    folder_ = OwnedFolder{};
    std::string problem;
    for (int attempt = 0; attempt < 10; ++attempt) {
        problem = remove_tree(path);
        if (problem.empty()) return {};
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return "cannot remove the temporary folder " + path.string() + ": " + problem;
}

}  // namespace rolekit::io
