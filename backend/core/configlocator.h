#pragma once
// Decides which configuration a front end opens: --config FILE, else the user's XDG config
// (~/.config/hawan/hawan.toml), else the bundled demo (extracted to the cache directory).
#include <QString>

namespace hawan::core {

struct ConfigChoice
{
    QString path;
    bool isDemo = false;
    QString error; // set when the demo could not be prepared
};

ConfigChoice locateConfig(const QString &explicitPath);
QString userConfigPath();

} // namespace hawan::core
