#include "jobs/journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <unistd.h>

namespace hawan::jobs {

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

QString Journal::defaultPath(const QString &configFile)
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + QStringLiteral("/.local/state");
    const QFileInfo fi(configFile);
    const QByteArray hash = QCryptographicHash::hash(fi.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return state + QStringLiteral("/hawan/journal-%1-%2.jsonl").arg(fi.completeBaseName(), QString::fromLatin1(hash));
}

QJsonObject Journal::planToJson(const Plan &plan)
{
    QJsonArray moves, blocked;
    for (const auto &m : plan.moves)
        moves.append(QJsonObject{{QStringLiteral("uuid"), m.vmUuid}, {QStringLiteral("name"), m.vmName},
                                 {QStringLiteral("from"), m.from}, {QStringLiteral("to"), m.to},
                                 {QStringLiteral("memory_kib"), double(m.memoryKiB)}, {QStringLiteral("vcpus"), int(m.vcpus)},
                                 {QStringLiteral("offline"), m.offline}, {QStringLiteral("wan"), m.crossesWan},
                                 {QStringLiteral("why"), m.why}});
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
            *why = tr("a plan record needs 'plan', a known 'kind' and a 'moves' array");
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
        if (pm.vmUuid.isEmpty() || pm.from.isEmpty() || pm.to.isEmpty()) {
            if (why)
                *why = tr("a move needs 'uuid', 'from' and 'to'");
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

namespace {

void applyRecord(JournalReplay &r, const QJsonObject &o, int line)
{
    const QString rec = o.value(QStringLiteral("rec")).toString();
    const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
    auto problem = [&](const QString &why) { r.problems << Journal::tr("line %1: %2").arg(line).arg(why); };
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
            return problem(Journal::tr("plan %1 written twice; the first one is kept").arg(id));
        JournaledPlan jp;
        jp.plan = *plan;
        jp.options = Journal::optionsFromJson(o.value(QStringLiteral("options")).toObject());
        jp.moves.resize(plan->moves.size());
        r.plans.insert(id, jp);
        r.planOrder << id;
        return;
    }
    if (rec == QLatin1String("note"))
        return;
    auto it = r.plans.find(id);
    if (it == r.plans.end())
        return problem(Journal::tr("record '%1' for unknown plan '%2'").arg(rec, id));
    if (rec == QLatin1String("move")) {
        const int i = o.value(QStringLiteral("move")).toInt(-1);
        if (i < 0 || i >= it->moves.size())
            return problem(Journal::tr("plan %1 has no move %2").arg(id).arg(i));
        MoveRecord &m = it->moves[i];
        m.status = moveStatusFromId(o.value(QStringLiteral("status")).toString());
        if (m.status == MoveStatus::Started)
            m.startedAt = at;
        else
            m.endedAt = at;
        m.message = o.value(QStringLiteral("message")).toString();
        return;
    }
    if (rec == QLatin1String("state")) {
        const QString s = o.value(QStringLiteral("state")).toString();
        for (PlanState st : {PlanState::Running, PlanState::Paused, PlanState::Aborted, PlanState::Finished})
            if (planStateId(st) == s) {
                it->state = st;
                return;
            }
        return problem(Journal::tr("unknown plan state '%1'").arg(s));
    }
    problem(Journal::tr("unknown record '%1'").arg(rec));
}

} // namespace

JournalReplay Journal::parse(const QByteArray &data)
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
                               ? tr("line %1: cut short (the writer stopped mid-line); skipped").arg(i + 1)
                               : tr("line %1: not a JSON object (%2); skipped").arg(i + 1).arg(err.errorString()));
            continue;
        }
        applyRecord(r, doc.object(), i + 1);
    }
    return r;
}

JournalReplay Journal::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(f.readAll());
}

Journal::Journal(QString path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_replay = read(m_path);
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        m_error = tr("cannot open the journal %1 for writing: %2").arg(m_path, m_file.errorString());
        return;
    }
    // A line cut short by a crash: end it, so the next record starts on a line of its own.
    if (m_file.size() > 0) {
        QFile probe(m_path);
        if (probe.open(QIODevice::ReadOnly) && probe.seek(probe.size() - 1) && probe.read(1) != "\n")
            m_file.write("\n");
    }
}

Journal::~Journal() = default;

bool Journal::append(QJsonObject record)
{
    if (!m_error.isEmpty())
        return false;
    record.insert(QStringLiteral("t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush() || ::fsync(m_file.handle()) != 0) {
        m_error = tr("cannot write the journal %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    applyRecord(m_replay, record, -1);
    return true;
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

bool Journal::writePlan(const Plan &plan, const PlanOptions &options)
{
    QJsonObject o = planToJson(plan);
    o.insert(QStringLiteral("options"), optionsToJson(options));
    o.insert(QStringLiteral("rec"), QStringLiteral("plan"));
    return append(o);
}

bool Journal::writeMoveStarted(const QString &planId, int move)
{
    return append({{QStringLiteral("rec"), QStringLiteral("move")}, {QStringLiteral("plan"), planId},
                   {QStringLiteral("move"), move}, {QStringLiteral("status"), moveStatusId(MoveStatus::Started)}});
}

bool Journal::writeMoveEnded(const QString &planId, int move, MoveStatus status, const QString &message)
{
    QJsonObject o{{QStringLiteral("rec"), QStringLiteral("move")}, {QStringLiteral("plan"), planId},
                  {QStringLiteral("move"), move}, {QStringLiteral("status"), moveStatusId(status)}};
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return append(o);
}

bool Journal::writePlanState(const QString &planId, PlanState state, const QString &note)
{
    QJsonObject o{{QStringLiteral("rec"), QStringLiteral("state")}, {QStringLiteral("plan"), planId},
                  {QStringLiteral("state"), planStateId(state)}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return append(o);
}

bool Journal::writeMaintenance(const QString &host, bool on, const QString &note)
{
    QJsonObject o{{QStringLiteral("rec"), QStringLiteral("maintenance")}, {QStringLiteral("host"), host},
                  {QStringLiteral("on"), on}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return append(o);
}

bool Journal::writeNote(const QString &planId, const QString &text)
{
    return append({{QStringLiteral("rec"), QStringLiteral("note")}, {QStringLiteral("plan"), planId},
                   {QStringLiteral("text"), text}});
}

} // namespace hawan::jobs
