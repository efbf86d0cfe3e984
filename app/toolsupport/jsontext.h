#pragma once
// For the tools copied to hosts (hawan-meta, hawan-writer): plain C++, no Qt, no project library.
#include <cstdio>
#include <string>

namespace hawan::tools {

// `s` as a JSON string literal, quotes included.
inline std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\', out += c;
        else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else
            out += c;
    }
    return out + "\"";
}

} // namespace hawan::tools
