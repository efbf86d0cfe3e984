#include "util/files.h"

#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace hawan::util {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::util::Files)
};
} // namespace

QString writeFileAtomically(const QString &path, const QByteArray &data, Access access)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Text::tr("cannot create %1").arg(dir);
    const bool ownerOnly = access == Access::OwnerOnly;
    if (ownerOnly)
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Text::tr("cannot write %1: %2").arg(path, f.errorString());
    // Before any byte is written: the temporary file is never readable by others either.
    if (ownerOnly && !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Text::tr("cannot make %1 private: %2").arg(path, f.errorString());
    if (f.write(data) != data.size() || !f.commit())
        return Text::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace hawan::util
