#pragma once
// Reads a Hawan TOML file and validates all of it before anything connects. Every problem is
// reported at once, each naming the file, line, column, key and what would be valid.
#include "config/config.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace hawan::config {

struct ConfigError
{
    QString file;
    int line = 0;   // 1-based; 0 when the problem has no single place (e.g. the file is missing)
    int column = 0;
    QString key;    // dotted path such as "host[2].site"; empty for syntax errors
    QString message;

    QString toString() const; // "file:line:column: key: message"
};

using ConfigErrors = QVector<ConfigError>;
using ConfigResult = Result<Config, ConfigErrors>;

class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    static ConfigResult loadFile(const QString &path);
    // `fileName` is only used in messages and to expand {config_dir}.
    static ConfigResult loadString(const QString &text, const QString &fileName);

    static QString formatErrors(const ConfigErrors &errors);
    // Checks a libvirt URI's shape; returns an empty string when valid, else why not.
    static QString checkLibvirtUri(const QString &uri);
};

} // namespace hawan::config
