#include "core/configlocator.h"

#include "demo.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hawan::core {

QString userConfigPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("hawan/hawan.toml"));
}

ConfigChoice locateConfig(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return {explicitPath, false, {}};
    const QString user = userConfigPath();
    if (QFileInfo::exists(user))
        return {user, false, {}};
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QString error;
    const QString demo = hawan::resources::extractDemo(QDir(cache).filePath(QStringLiteral("demo")), &error);
    return {demo, true, error};
}

} // namespace hawan::core
