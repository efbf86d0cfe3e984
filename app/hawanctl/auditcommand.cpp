#include "auditcommand.h"

#include "output.h"

#include "audit/trail.h"
#include "core/fleet.h"
#include "model/inventory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace hawan;

namespace hawanctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawanctl)
};

// The key this trail is checked with: loaded, never created (a new key would verify nothing).
std::shared_ptr<const audit::Key> loadKey(const config::Config &cfg, QString *error)
{
    return audit::Key::load(core::Fleet::auditKeyPath(cfg), false, error);
}

std::optional<QDateTime> sinceTime(const QString &since)
{
    if (since.isEmpty())
        return QDateTime();
    if (const auto back = durationSeconds(since))
        return QDateTime::currentDateTimeUtc().addSecs(-*back);
    QDateTime t = QDateTime::fromString(since, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!t.isValid())
        return std::nullopt;
    return t;
}
} // namespace

int auditVerify(core::Fleet &fleet, bool json)
{
    const auto &cfg = fleet.inventory()->config();
    const QString path = core::Fleet::auditPath(cfg);
    QString error;
    const auto key = loadKey(cfg, &error);
    if (!key) {
        err() << Text::tr("hawanctl: %1; the trail %2 cannot be verified without the key it was written with").arg(error, path) << Qt::endl;
        return Failed;
    }
    const audit::Verification v = audit::Trail::verify(path, *key);
    if (json) {
        QJsonArray findings;
        for (const auto &f : v.findings)
            findings.append(QJsonObject{{QStringLiteral("line"), f.line}, {QStringLiteral("seq"), double(f.seq)}, {QStringLiteral("text"), f.text}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("trail"), path}, {QStringLiteral("key"), key->path()},
                                           {QStringLiteral("key_id"), key->id()}, {QStringLiteral("records"), v.records},
                                           {QStringLiteral("intact"), v.ok()}, {QStringLiteral("findings"), findings}})
                     .toJson(QJsonDocument::Indented);
        return v.ok() ? Ok : Failed;
    }
    out() << Text::tr("%1: %n record(s), key %2 (id %3)", nullptr, v.records).arg(path, key->path(), key->id()) << Qt::endl;
    for (const auto &f : v.findings)
        out() << "  " << (f.line > 0 ? Text::tr("line %1: ").arg(f.line) : Text::tr("trail: ")) << f.text << Qt::endl;
    if (v.ok())
        out() << Text::tr("Intact: every record is authentic and in order, and none is missing at the end.") << Qt::endl;
    else
        out() << Text::tr("NOT intact: %n finding(s). Keep a copy of the file as it is; compare it with a backup to see "
                          "what was changed.", nullptr, int(v.findings.size())) << Qt::endl;
    return v.ok() ? Ok : Failed;
}

int auditShow(core::Fleet &fleet, const AuditFilter &f)
{
    const auto &cfg = fleet.inventory()->config();
    const QString path = core::Fleet::auditPath(cfg);
    const auto since = sinceTime(f.since);
    if (!since) {
        err() << Text::tr("hawanctl: --since takes a date (2026-12-05), a date and time (2026-12-05T14:00:00Z) or a duration "
                          "back from now (30m, 12h, 7d)") << Qt::endl;
        return Usage;
    }
    QString error;
    const auto key = loadKey(cfg, &error);
    if (!key)
        err() << Text::tr("hawanctl: %1: records are shown without being authenticated").arg(error) << Qt::endl;
    const auto records = audit::Trail::read(path, key.get());
    if (records.isEmpty() && !QFileInfo::exists(path)) {
        err() << Text::tr("hawanctl: no audit trail at %1 yet: nothing has been done from a console or hawanctl with this "
                          "configuration").arg(path) << Qt::endl;
        return Ok;
    }
    auto matches = [](const QJsonObject &r, const char *field, const QString &want) {
        return want.isEmpty() || r.value(QLatin1String(field)).toString().contains(want, Qt::CaseInsensitive);
    };
    QJsonArray shown;
    int n = 0;
    for (const auto &rec : records) {
        const QJsonObject &r = rec.json;
        const QDateTime t = QDateTime::fromString(r.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
        if ((since->isValid() && (!t.isValid() || t < *since)) || !matches(r, "user", f.user) || !matches(r, "what", f.what)
            || !matches(r, "subject", f.subject))
            continue;
        ++n;
        if (f.json) {
            QJsonObject o = r;
            o.insert(QStringLiteral("line"), rec.line);
            o.insert(QStringLiteral("authentic"), rec.authentic);
            shown.append(o);
            continue;
        }
        const QString who = QStringLiteral("%1@%2").arg(r.value(QStringLiteral("user")).toString(), r.value(QStringLiteral("machine")).toString());
        out() << QStringLiteral("%1  %2  %3  %4 %5  %6%7%8")
                     .arg(t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), who, r.value(QStringLiteral("what")).toString(),
                          r.value(QStringLiteral("subject")).toString(), r.value(QStringLiteral("outcome")).toString(),
                          r.value(QStringLiteral("text")).toString(),
                          r.value(QStringLiteral("why")).toString().isEmpty() ? QString()
                                                                               : Text::tr(" (why: %1)").arg(r.value(QStringLiteral("why")).toString()),
                          key && !rec.authentic ? Text::tr("  [NOT AUTHENTIC]") : QString())
              << Qt::endl;
    }
    if (f.json)
        out() << QJsonDocument(shown).toJson(QJsonDocument::Indented);
    else if (n == 0)
        out() << Text::tr("No record matches (%n in the trail).", nullptr, int(records.size())) << Qt::endl;
    return Ok;
}

} // namespace hawanctl
