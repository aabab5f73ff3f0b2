#include "model/music/AtomicFile.h"

#include "model/music/Error.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace fgg {
namespace {

namespace fs = std::filesystem;

std::string osReason(int err) {
    return std::strerror(err);
}

std::string tempPrefix(const std::string& path) {
    return fs::path(path).filename().string() + ".tmp-";
}

/// A save killed between open and rename leaves `NAME.tmp-PID-N` behind. Remove those whose writer is gone,
/// so a folder of checkpoints does not fill up with orphans; a live writer's temp file is left alone.
void removeOrphanedTemps(const std::string& path) {
    const fs::path parent =
        fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
    const std::string prefix = tempPrefix(path);
    std::error_code ec;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove(it->path(), ec);
    }
}

/// After the rename, the directory entry must reach the disk too, or a power cut can bring back the old name.
void syncParentDirectory(const std::string& path) {
    const fs::path parent =
        fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
    const int dfd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) return; // not fatal: the data itself is synced
    ::fsync(dfd);
    ::close(dfd);
}

[[noreturn]] void failWrite(const std::string& path, const std::string& tmp, int fd, int err) {
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    throw Error("cannot write " + path + ": " + osReason(err) + " (the previous file is unchanged)");
}

} // namespace

void writeFileAtomically(const std::string& path, std::string_view bytes) {
    removeOrphanedTemps(path);
    std::random_device rd;
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw Error("cannot write " + path + ": " + osReason(errno));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            failWrite(path, tmp, fd, errno);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) failWrite(path, tmp, fd, errno);
    if (::close(fd) != 0) failWrite(path, tmp, -1, errno);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw Error("cannot replace " + path + ": " + osReason(err) + " (the previous file is unchanged)");
    }
    syncParentDirectory(path);
}

void writeFileAtomically(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::vector<std::uint8_t> readFileBytes(const std::string& path, std::size_t maxBytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error("cannot open " + path + ": " + osReason(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        throw Error("cannot read " + path + ": " + osReason(err));
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw Error("cannot read " + path + ": it is a folder, not a file");
    }
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes) {
        ::close(fd);
        throw Error(path + " is " + std::to_string(st.st_size) + " bytes, more than the " +
                    std::to_string(maxBytes) + " this reader accepts");
    }
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : 0;
            ::close(fd);
            throw Error("cannot read " + path + ": " +
                        (err ? osReason(err) : std::string("the file shrank while reading")));
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return bytes;
}

} // namespace fgg
