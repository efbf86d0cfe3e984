// hawan-writer: the drills' witness that no acknowledged write is lost on the shared volume. Run at
// a site by the drill's runner (like hawan-meta), it appends numbered, checksummed records to a
// file on the volume and says on stdout which ones the file system acknowledged (fsync returned);
// after the fault is repaired, `verify` at each site reads the file back and says whether every
// acknowledged record is there, intact and in order. Plain C++ and libc only, so it can be copied
// to any host.
//
//   hawan-writer write --file F --site NAME [--interval-ms 100] [--record-bytes 256]
//       one line "ack SEQ" per acknowledged record, "error SEQ TEXT" for a write or fsync that
//       failed (the record is written again: a cut may block or refuse writes for a while); stops
//       on SIGTERM or SIGINT with a JSON summary line {"tool": "hawan-writer", "acked": N, ...}.
//   hawan-writer verify --file F [--acked N]
//       one JSON object: records read, the last sequence number, the damaged and the missing
//       ones (every number up to N must be there), or {"error": ...}.
#include "jsontext.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

std::uint32_t crc32(const char *data, std::size_t n)
{
    static std::uint32_t table[256];
    static bool ready = false;
    if (!ready) {
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < n; ++i)
        c = table[(c ^ static_cast<unsigned char>(data[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

using hawan::tools::jsonString;

// A record: "HWR <seq, 12 digits> <site, 16 chars> <crc32 of the rest, 8 hex> " then filler
// derived from the sequence number, then '\n': fixed size, so a torn or lost one is seen.
constexpr std::size_t kHeader = 4 + 13 + 17 + 9;

std::string record(unsigned long long seq, const std::string &site, std::size_t size)
{
    std::string body(size - kHeader - 1, ' ');
    for (std::size_t i = 0; i < body.size(); ++i)
        body[i] = static_cast<char>('a' + (seq * 7 + i) % 26);
    char head[kHeader + 1];
    const std::string tail = body + "\n";
    std::snprintf(head, sizeof head, "HWR %012llu %-16.16s %08x ", seq, site.c_str(),
                  static_cast<unsigned>(crc32(tail.data(), tail.size())));
    return std::string(head, kHeader) + tail;
}

int write(const std::string &file, const std::string &site, int intervalMs, std::size_t size)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        std::printf("{\"tool\": \"hawan-writer\", \"error\": %s}\n", jsonString("open " + file + ": " + std::strerror(errno)).c_str());
        return 1;
    }
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    std::signal(SIGINT, [](int) { g_stop = 1; });
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    unsigned long long seq = 1, acked = 0, errors = 0;
    while (!g_stop) {
        const std::string r = record(seq, site, size);
        const ssize_t n = ::write(fd, r.data(), r.size());
        if (n == static_cast<ssize_t>(r.size()) && ::fsync(fd) == 0) {
            std::printf("ack %llu\n", seq);
            acked = seq++;
        } else {
            // A short write leaves a torn record: the next whole one follows it, and verify
            // reports the torn bytes as damage only if an acknowledged number is missing.
            std::printf("error %llu %s\n", seq, n < 0 ? std::strerror(errno) : n != static_cast<ssize_t>(r.size()) ? "short write" : std::strerror(errno));
            ++errors;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
    }
    ::close(fd);
    std::printf("{\"tool\": \"hawan-writer\", \"site\": %s, \"acked\": %llu, \"errors\": %llu}\n", jsonString(site).c_str(), acked, errors);
    return 0;
}

int verify(const std::string &file, unsigned long long mustHave)
{
    FILE *f = std::fopen(file.c_str(), "rb");
    if (!f) {
        std::printf("{\"tool\": \"hawan-writer\", \"error\": %s}\n", jsonString("open " + file + ": " + std::strerror(errno)).c_str());
        return 1;
    }
    std::vector<bool> seen;
    unsigned long long records = 0, last = 0, damaged = 0;
    char line[65536];
    while (std::fgets(line, sizeof line, f)) {
        const std::size_t len = std::strlen(line);
        unsigned long long seq = 0;
        char site[32] = {};
        unsigned crc = 0;
        if (len <= kHeader || line[len - 1] != '\n' || std::sscanf(line, "HWR %12llu %16s %8x ", &seq, site, &crc) != 3
            || crc32(line + kHeader, len - kHeader) != crc || seq == 0) {
            ++damaged;
            continue;
        }
        ++records;
        last = std::max(last, seq);
        if (seen.size() <= seq)
            seen.resize(seq + 1, false);
        seen[seq] = true;
    }
    std::fclose(f);
    std::string missing;
    unsigned long long missingCount = 0;
    for (unsigned long long s = 1; s <= mustHave; ++s)
        if (s >= seen.size() || !seen[s]) {
            if (++missingCount <= 20)
                missing += (missing.empty() ? "" : ", ") + std::to_string(s);
        }
    std::printf("{\"tool\": \"hawan-writer\", \"records\": %llu, \"last\": %llu, \"damaged\": %llu, \"missing\": %llu, "
                "\"first_missing\": [%s]}\n", records, last, damaged, missingCount, missing.c_str());
    return missingCount == 0 ? 0 : 2;
}

[[noreturn]] void usage()
{
    std::fprintf(stderr, "usage: hawan-writer write --file F --site NAME [--interval-ms 100] [--record-bytes 256]\n"
                         "       hawan-writer verify --file F [--acked N]\n");
    std::exit(64);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        usage();
    const std::string mode = argv[1];
    std::string file, site = "site";
    int intervalMs = 100;
    std::size_t size = 256;
    unsigned long long acked = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage();
            return argv[++i];
        };
        if (a == "--file")
            file = value();
        else if (a == "--site")
            site = value();
        else if (a == "--interval-ms")
            intervalMs = std::atoi(value().c_str());
        else if (a == "--record-bytes")
            size = static_cast<std::size_t>(std::atol(value().c_str()));
        else if (a == "--acked")
            acked = std::strtoull(value().c_str(), nullptr, 10);
        else
            usage();
    }
    if (file.empty() || intervalMs < 0 || size < kHeader + 16 || size > 60000)
        usage();
    if (mode == "write")
        return write(file, site, intervalMs, size);
    if (mode == "verify")
        return verify(file, acked);
    usage();
}
