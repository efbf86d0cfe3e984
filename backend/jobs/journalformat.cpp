// The journal's format, apart from the file it lives in (journal.cpp): records to and from JSON,
// a whole journal read back into plans (parse), and compaction. Plain functions of bytes, so a
// fuzz target links them without the Journal object (tests/fuzz/fuzz_journal.cpp).
#include "jobs/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hawan::jobs {

namespace {
// Journal's own translation context (the texts were written as Journal::tr).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::jobs::Journal)
};
} // namespace

QByteArray Journal::compacted(const QByteArray &data, const QDateTime &endedBefore, int *dropped)
{
    struct PlanInfo
    {
        bool ended = false, recover = false;
        QDateTime last;
    };
    const QList<QByteArray> lines = data.split('\n');
    QVector<QJsonObject> records(lines.size());
    QVector<bool> parsed(lines.size(), false);
    QHash<QString, PlanInfo> plans;
    QHash<QString, int> lastMark; // host -> line of its last maintenance record
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonDocument doc = QJsonDocument::fromJson(lines[i].trimmed());
        if (!doc.isObject())
            continue;
        parsed[i] = true;
        records[i] = doc.object();
        const QJsonObject &o = records[i];
        const QString rec = o.value(QStringLiteral("rec")).toString();
        if (rec == QLatin1String("maintenance")) {
            lastMark[o.value(QStringLiteral("host")).toString()] = i;
            continue;
        }
        const QString id = o.value(QStringLiteral("plan")).toString();
        if (id.isEmpty())
            continue;
        PlanInfo &p = plans[id];
        if (rec == QLatin1String("plan"))
            p.recover = o.value(QStringLiteral("kind")).toString() == QLatin1String("recover");
        else if (rec == QLatin1String("state")) {
            const QString st = o.value(QStringLiteral("state")).toString();
            p.ended = st == planStateId(PlanState::Finished) || st == planStateId(PlanState::Aborted);
        }
        const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
        if (at.isValid() && (!p.last.isValid() || at > p.last))
            p.last = at;
    }
    QByteArray out;
    int n = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        if (parsed[i]) {
            const QJsonObject &o = records[i];
            if (o.value(QStringLiteral("rec")).toString() == QLatin1String("alarm")) {
                // Acknowledgements and shelving older than the plans kept: shelves that ran out long ago.
                const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
                const QDateTime until = QDateTime::fromString(o.value(QStringLiteral("until")).toString(), Qt::ISODateWithMs);
                if (at.isValid() && at < endedBefore && !(until.isValid() && until > endedBefore.addDays(kCompactAfterDays))) {
                    ++n;
                    continue;
                }
            } else if (o.value(QStringLiteral("rec")).toString() == QLatin1String("maintenance")) {
                if (lastMark.value(o.value(QStringLiteral("host")).toString()) != i || !o.value(QStringLiteral("on")).toBool()) {
                    ++n;
                    continue;
                }
            } else if (const QString id = o.value(QStringLiteral("plan")).toString(); !id.isEmpty()) {
                const PlanInfo p = plans.value(id);
                if (p.ended && !p.recover && p.last.isValid() && p.last < endedBefore) {
                    ++n;
                    continue;
                }
            }
        }
        out += lines[i];
        out += '\n';
    }
    if (dropped)
        *dropped = n;
    return out;
}

QString moveStatusId(MoveStatus s)
{
    switch (s) {
    case MoveStatus::Pending: return QStringLiteral("pending");
    case MoveStatus::Started: return QStringLiteral("started");
    case MoveStatus::Succeeded: return QStringLiteral("succeeded");
    case MoveStatus::Failed: return QStringLiteral("failed");
    case MoveStatus::Cancelled: return QStringLiteral("cancelled");
    case MoveStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

MoveStatus moveStatusFromId(const QString &id)
{
    for (MoveStatus s : {MoveStatus::Pending, MoveStatus::Started, MoveStatus::Succeeded, MoveStatus::Failed,
                         MoveStatus::Cancelled, MoveStatus::Skipped})
        if (moveStatusId(s) == id)
            return s;
    return MoveStatus::Failed;
}

bool moveStatusFinal(MoveStatus s) { return s != MoveStatus::Pending && s != MoveStatus::Started; }

QString planStateId(PlanState s)
{
    switch (s) {
    case PlanState::Running: return QStringLiteral("running");
    case PlanState::Paused: return QStringLiteral("paused");
    case PlanState::Aborted: return QStringLiteral("aborted");
    case PlanState::Finished: return QStringLiteral("finished");
    }
    return {};
}

int JournaledPlan::count(MoveStatus s) const
{
    return int(std::count_if(moves.begin(), moves.end(), [s](const MoveRecord &m) { return m.status == s; }));
}

QVector<const JournaledPlan *> JournalReplay::openPlans() const
{
    QVector<const JournaledPlan *> out;
    for (const auto &id : planOrder)
        if (plans.value(id).isOpen())
            out << &plans.find(id).value();
    return out;
}

QJsonObject Journal::planToJson(const Plan &plan)
{
    QJsonArray moves, blocked;
    for (const auto &m : plan.moves) {
        QJsonObject o{{QStringLiteral("uuid"), m.vmUuid}, {QStringLiteral("name"), m.vmName},
                      {QStringLiteral("from"), m.from}, {QStringLiteral("to"), m.to},
                      {QStringLiteral("memory_kib"), double(m.memoryKiB)}, {QStringLiteral("vcpus"), int(m.vcpus)},
                      {QStringLiteral("offline"), m.offline}, {QStringLiteral("wan"), m.crossesWan},
                      {QStringLiteral("why"), m.why}};
        if (!m.definition.isEmpty()) // a recovery restarts from it, after a console crash too
            o.insert(QStringLiteral("definition"), m.definition);
        moves.append(o);
    }
    for (const auto &b : plan.blocked)
        blocked.append(QJsonObject{{QStringLiteral("uuid"), b.vmUuid}, {QStringLiteral("name"), b.vmName},
                                   {QStringLiteral("from"), b.from}, {QStringLiteral("reason"), b.reason}});
    return QJsonObject{{QStringLiteral("plan"), plan.id},
                       {QStringLiteral("kind"), Plan::kindId(plan.kind)},
                       {QStringLiteral("subject"), plan.subject},
                       {QStringLiteral("created"), plan.created.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("moves"), moves},
                       {QStringLiteral("blocked"), blocked},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)}};
}

std::optional<Plan> Journal::planFromJson(const QJsonObject &o, QString *why)
{
    Plan p;
    p.id = o.value(QStringLiteral("plan")).toString();
    bool kindOk = false;
    p.kind = Plan::kindFromId(o.value(QStringLiteral("kind")).toString(), &kindOk);
    p.subject = o.value(QStringLiteral("subject")).toString();
    p.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (p.id.isEmpty() || !kindOk || !o.value(QStringLiteral("moves")).isArray()) {
        if (why)
            *why = Text::tr("a plan record needs 'plan', a known 'kind' and a 'moves' array");
        return std::nullopt;
    }
    for (const auto &v : o.value(QStringLiteral("moves")).toArray()) {
        const QJsonObject m = v.toObject();
        PlannedMove pm;
        pm.vmUuid = m.value(QStringLiteral("uuid")).toString();
        pm.vmName = m.value(QStringLiteral("name")).toString();
        pm.from = m.value(QStringLiteral("from")).toString();
        pm.to = m.value(QStringLiteral("to")).toString();
        pm.memoryKiB = quint64(m.value(QStringLiteral("memory_kib")).toDouble());
        pm.vcpus = quint32(m.value(QStringLiteral("vcpus")).toInt());
        pm.offline = m.value(QStringLiteral("offline")).toBool();
        pm.crossesWan = m.value(QStringLiteral("wan")).toBool();
        pm.why = m.value(QStringLiteral("why")).toString();
        pm.definition = m.value(QStringLiteral("definition")).toString();
        if (pm.vmUuid.isEmpty() || pm.from.isEmpty() || pm.to.isEmpty()) {
            if (why)
                *why = Text::tr("a move needs 'uuid', 'from' and 'to'");
            return std::nullopt;
        }
        p.moves.push_back(pm);
    }
    for (const auto &v : o.value(QStringLiteral("blocked")).toArray()) {
        const QJsonObject b = v.toObject();
        p.blocked.push_back({b.value(QStringLiteral("uuid")).toString(), b.value(QStringLiteral("name")).toString(),
                             b.value(QStringLiteral("from")).toString(), b.value(QStringLiteral("reason")).toString()});
    }
    for (const auto &w : o.value(QStringLiteral("warnings")).toArray())
        p.warnings << w.toString();
    return p;
}

void Journal::applyRecord(JournalReplay &r, const QJsonObject &o, int line)
{
    const QString rec = o.value(QStringLiteral("rec")).toString();
    const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
    auto problem = [&](const QString &why) { r.problems << Text::tr("line %1: %2").arg(line).arg(why); };
    if (rec == QLatin1String("alarm")) {
        r.alarmNotes << o;
        if (r.alarmNotes.size() > 2000)
            r.alarmNotes.remove(0, r.alarmNotes.size() - 2000);
        return;
    }
    if (rec == QLatin1String("maintenance")) {
        const QString host = o.value(QStringLiteral("host")).toString();
        if (o.value(QStringLiteral("on")).toBool())
            r.maintenance.insert(host);
        else
            r.maintenance.remove(host);
        return;
    }
    const QString id = o.value(QStringLiteral("plan")).toString();
    if (rec == QLatin1String("plan")) {
        QString why;
        auto plan = Journal::planFromJson(o, &why);
        if (!plan)
            return problem(why);
        if (r.plans.contains(id))
            return problem(Text::tr("plan %1 written twice; the first one is kept").arg(id));
        JournaledPlan jp;
        jp.plan = *plan;
        jp.options = Journal::optionsFromJson(o.value(QStringLiteral("options")).toObject());
        jp.owner = o.value(QStringLiteral("owner")).toString();
        jp.moves.resize(plan->moves.size());
        r.plans.insert(id, jp);
        r.planOrder << id;
        return;
    }
    if (rec == QLatin1String("note"))
        return;
    auto it = r.plans.find(id);
    if (it == r.plans.end())
        return problem(Text::tr("record '%1' for unknown plan '%2'").arg(rec, id));
    if (rec == QLatin1String("move")) {
        const int i = o.value(QStringLiteral("move")).toInt(-1);
        if (i < 0 || i >= it->moves.size())
            return problem(Text::tr("plan %1 has no move %2").arg(id).arg(i));
        MoveRecord &m = it->moves[i];
        m.status = moveStatusFromId(o.value(QStringLiteral("status")).toString());
        if (m.status == MoveStatus::Started)
            m.startedAt = at;
        else
            m.endedAt = at;
        m.message = o.value(QStringLiteral("message")).toString();
        m.bytes = quint64(std::max(0.0, o.value(QStringLiteral("bytes")).toDouble()));
        return;
    }
    if (rec == QLatin1String("fenced")) {
        it->fenced = o.value(QStringLiteral("how")).toString(QStringLiteral("fenced"));
        it->fencedAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
        return;
    }
    if (rec == QLatin1String("state")) {
        const QString s = o.value(QStringLiteral("state")).toString();
        if (o.contains(QStringLiteral("owner")))
            it->owner = o.value(QStringLiteral("owner")).toString();
        for (PlanState st : {PlanState::Running, PlanState::Paused, PlanState::Aborted, PlanState::Finished})
            if (planStateId(st) == s) {
                it->state = st;
                return;
            }
        return problem(Text::tr("unknown plan state '%1'").arg(s));
    }
    problem(Text::tr("unknown record '%1'").arg(rec));
}


JournalReplay Journal::parse(const QByteArray &data, const RecordCheck &check)
{
    JournalReplay r;
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            const bool last = i == lines.size() - 1 || (i == lines.size() - 2 && lines.last().trimmed().isEmpty());
            r.problems << (last && !data.endsWith('\n')
                               ? Text::tr("line %1: cut short (the writer stopped mid-line); skipped").arg(i + 1)
                               : Text::tr("line %1: not a JSON object (%2); skipped").arg(i + 1).arg(err.errorString()));
            continue;
        }
        if (check) {
            if (const QString why = check(doc.object()); !why.isEmpty()) {
                r.problems << Text::tr("line %1: %2").arg(i + 1).arg(why);
                continue;
            }
        }
        applyRecord(r, doc.object(), i + 1);
    }
    return r;
}

QJsonObject Journal::optionsToJson(const PlanOptions &o)
{
    return {{QStringLiteral("max_per_host"), o.maxPerHost}, {QStringLiteral("max_per_link"), o.maxPerLink},
            {QStringLiteral("bandwidth_mibs"), double(o.move.bandwidthMiBs)}, {QStringLiteral("max_downtime_ms"), double(o.move.maxDowntimeMs)},
            {QStringLiteral("auto_converge"), o.move.autoConverge}, {QStringLiteral("post_copy"), o.move.postCopyAllowed},
            {QStringLiteral("parallel"), o.move.parallelConnections}, {QStringLiteral("timeout_s"), o.move.timeoutS}};
}

PlanOptions Journal::optionsFromJson(const QJsonObject &j)
{
    PlanOptions o;
    o.maxPerHost = std::clamp(j.value(QStringLiteral("max_per_host")).toInt(o.maxPerHost), 1, 1 << 20);
    o.maxPerLink = std::clamp(j.value(QStringLiteral("max_per_link")).toInt(o.maxPerLink), 1, 1 << 20);
    o.move.bandwidthMiBs = quint64(std::max(0.0, j.value(QStringLiteral("bandwidth_mibs")).toDouble()));
    o.move.maxDowntimeMs = quint64(std::max(0.0, j.value(QStringLiteral("max_downtime_ms")).toDouble()));
    o.move.autoConverge = j.value(QStringLiteral("auto_converge")).toBool();
    o.move.postCopyAllowed = j.value(QStringLiteral("post_copy")).toBool();
    o.move.parallelConnections = j.value(QStringLiteral("parallel")).toInt();
    o.move.timeoutS = std::max(0, j.value(QStringLiteral("timeout_s")).toInt(900));
    return o;
}

} // namespace hawan::jobs
