// hawan-meta: the metadata test of the experiments, run at a site by the experiment's runner (in
// the lab, inside a host's namespaces; on real sites over ssh on a host that mounts the volume).
// It times the file system's own metadata operations on the shared volume: create, stat, rename
// and unlink N small files, then extract and remove a small tree, with no shell in between whose
// cost would be measured instead. Plain C++ and libc only, so it can be copied to any host.
//
//   hawan-meta --dir DIR [--files N] [--tree-dirs D] [--tree-files F] [--file-bytes B]
//
// Prints one JSON object on stdout: every phase's operations, seconds and operations per second,
// or {"error": ...}. It works in a directory of its own under DIR and removes it, also on failure.
#include "jsontext.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Phase
{
    std::string name;
    long ops = 0;
    double seconds = 0;
};

using hawan::tools::jsonString;

[[noreturn]] void fail(const std::string &what)
{
    std::printf("{\"tool\": \"hawan-meta\", \"error\": %s}\n", jsonString(what).c_str());
    std::exit(1);
}

std::string sysError(const std::string &call, const std::string &path)
{
    return call + " " + path + ": " + std::strerror(errno);
}

// Removes a directory tree (best effort; used for the clean-up, whatever happened before).
void removeTree(const std::string &path)
{
    if (DIR *d = opendir(path.c_str())) {
        while (dirent *e = readdir(d)) {
            const std::string name = e->d_name;
            if (name == "." || name == "..")
                continue;
            const std::string child = path + "/" + name;
            struct stat st {};
            if (lstat(child.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
                removeTree(child);
            else
                unlink(child.c_str());
        }
        closedir(d);
    }
    rmdir(path.c_str());
}

class Timer
{
public:
    Timer() : m_t0(std::chrono::steady_clock::now()) {}
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_t0).count(); }

private:
    std::chrono::steady_clock::time_point m_t0;
};

std::string g_work; // removed at exit, whatever happened
void cleanUp()
{
    if (!g_work.empty())
        removeTree(g_work);
}

void writeFile(const std::string &path, const std::vector<char> &data)
{
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        fail(sysError("create", path));
    if (!data.empty() && write(fd, data.data(), data.size()) != static_cast<ssize_t>(data.size())) {
        const std::string why = sysError("write", path);
        close(fd);
        fail(why);
    }
    if (close(fd) != 0)
        fail(sysError("close", path));
}

long number(const char *text, const char *option, long lo, long hi)
{
    char *end = nullptr;
    const long v = std::strtol(text, &end, 10);
    if (!end || *end || v < lo || v > hi)
        fail(std::string(option) + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
    return v;
}

} // namespace

int main(int argc, char **argv)
{
    std::string dir;
    long files = 2000, treeDirs = 20, treeFiles = 10, fileBytes = 1024;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> const char * {
            if (i + 1 >= argc)
                fail(a + " needs a value");
            return argv[++i];
        };
        if (a == "--dir")
            dir = value();
        else if (a == "--files")
            files = number(value(), "--files", 1, 1000000);
        else if (a == "--tree-dirs")
            treeDirs = number(value(), "--tree-dirs", 0, 10000);
        else if (a == "--tree-files")
            treeFiles = number(value(), "--tree-files", 0, 10000);
        else if (a == "--file-bytes")
            fileBytes = number(value(), "--file-bytes", 0, 16 << 20);
        else if (a == "--help" || a == "-h") {
            std::printf("usage: hawan-meta --dir DIR [--files N] [--tree-dirs D] [--tree-files F] [--file-bytes B]\n");
            return 0;
        } else
            fail("unknown option " + a + " (see --help)");
    }
    if (dir.empty())
        fail("--dir DIR is required: a directory on the volume to test");
    struct stat st {};
    if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        fail(dir + " is not a directory");
    g_work = dir + "/hawan-meta-" + std::to_string(getpid()) + "-" +
             std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
    std::atexit(cleanUp);
    if (mkdir(g_work.c_str(), 0755) != 0)
        fail(sysError("mkdir", g_work));

    const std::vector<char> data(static_cast<size_t>(fileBytes), 'h');
    std::vector<Phase> phases;
    auto name = [](long i) { return "f" + std::to_string(i); };
    auto phase = [&](const char *label, long ops, auto &&body) {
        Timer t;
        body();
        phases.push_back({label, ops, t.seconds()});
    };
    phase("create", files, [&] {
        for (long i = 0; i < files; ++i)
            writeFile(g_work + "/" + name(i), data);
    });
    phase("stat", files, [&] {
        for (long i = 0; i < files; ++i) {
            struct stat s {};
            if (stat((g_work + "/" + name(i)).c_str(), &s) != 0)
                fail(sysError("stat", g_work + "/" + name(i)));
        }
    });
    phase("rename", files, [&] {
        for (long i = 0; i < files; ++i)
            if (rename((g_work + "/" + name(i)).c_str(), (g_work + "/r" + name(i)).c_str()) != 0)
                fail(sysError("rename", g_work + "/" + name(i)));
    });
    phase("unlink", files, [&] {
        for (long i = 0; i < files; ++i)
            if (unlink((g_work + "/r" + name(i)).c_str()) != 0)
                fail(sysError("unlink", g_work + "/r" + name(i)));
    });
    // A small tree, as unpacking a software release does: directories, each with files.
    const std::string tree = g_work + "/tree";
    phase("extract-tree", 1 + treeDirs * (1 + treeFiles), [&] {
        if (mkdir(tree.c_str(), 0755) != 0)
            fail(sysError("mkdir", tree));
        for (long d = 0; d < treeDirs; ++d) {
            const std::string sub = tree + "/d" + std::to_string(d);
            if (mkdir(sub.c_str(), 0755) != 0)
                fail(sysError("mkdir", sub));
            for (long f = 0; f < treeFiles; ++f)
                writeFile(sub + "/" + name(f), data);
        }
    });
    phase("remove-tree", 1 + treeDirs * (1 + treeFiles), [&] { removeTree(tree); });

    double total = 0;
    std::string out = "{\"tool\": \"hawan-meta\", \"version\": 1, \"dir\": " + jsonString(dir) +
                      ", \"files\": " + std::to_string(files) + ", \"file_bytes\": " + std::to_string(fileBytes) +
                      ", \"phases\": [";
    for (size_t i = 0; i < phases.size(); ++i) {
        const Phase &p = phases[i];
        total += p.seconds;
        char buf[256];
        std::snprintf(buf, sizeof buf, "%s{\"name\": %s, \"ops\": %ld, \"seconds\": %.6f, \"ops_per_s\": %.1f}",
                      i ? ", " : "", jsonString(p.name).c_str(), p.ops, p.seconds, p.seconds > 0 ? double(p.ops) / p.seconds : 0.0);
        out += buf;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "], \"total_seconds\": %.6f}", total);
    std::printf("%s%s\n", out.c_str(), buf);
    return 0;
}
