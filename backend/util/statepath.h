#pragma once
// Where Hawan keeps per-configuration state (the journal, the hosts' last snapshots): under
// $XDG_STATE_HOME/hawan (default ~/.local/state/hawan), named after the configuration file and a
// hash of its absolute path, so two configurations never share state by accident.
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QString>

namespace hawan::util {

// <state>/hawan: $XDG_STATE_HOME/hawan, default ~/.local/state/hawan.
inline QString stateDirectory()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/hawan");
}

// <state>/hawan/<prefix>-<config base name>-<8 hex digits><suffix>
inline QString perConfigStatePath(const QString &configFile, const QString &prefix, const QString &suffix = {})
{
    const QFileInfo fi(configFile);
    const QByteArray hash = QCryptographicHash::hash(fi.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return stateDirectory() + QStringLiteral("/%1-%2-%3%4").arg(prefix, fi.completeBaseName(), QString::fromLatin1(hash), suffix);
}

} // namespace hawan::util
