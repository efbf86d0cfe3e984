#include "demo.h"

#include <QDir>
#include <QDirIterator>
#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initHawanResources() { Q_INIT_RESOURCE(hawan); }

namespace hawan::resources {

void init()
{
    static const bool once = (initHawanResources(), true);
    Q_UNUSED(once);
}

void installTranslators()
{
    init();
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *hawan = new QTranslator(app);
    if (hawan->load(QLocale(), QStringLiteral("hawan"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || hawan->load(QStringLiteral("hawan_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(hawan);
}

QString extractDemo(const QString &dir, QString *error)
{
    init();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir);
        return {};
    }
    QDirIterator it(QStringLiteral(":/demo"), QDir::Files);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = QDir(dir).filePath(it.fileName());
        QFile::remove(dst);
        if (!QFile::copy(src, dst)) {
            if (error)
                *error = QStringLiteral("cannot write %1").arg(dst);
            return {};
        }
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return QDir(dir).filePath(QStringLiteral("hawan.toml"));
}

} // namespace hawan::resources
