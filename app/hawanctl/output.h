#pragma once
// hawanctl's two streams, shared by its commands.
#include <QTextStream>

namespace hawanctl {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

enum Exit { Ok = 0, Failed = 1, Usage = 1, BadConfig = 2 };

} // namespace hawanctl
