#include "alarms/alarmbook.h"

#include "jobs/journal.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hawan::alarms {

namespace {
int g_clearHoldMs = AlarmBook::kClearHoldMs;
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::alarms::AlarmBook)
};
} // namespace

QString severityId(Severity s)
{
    switch (s) {
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Major: return QStringLiteral("major");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Warning: return Text::tr("warning");
    case Severity::Major: return Text::tr("major");
    case Severity::Critical: return Text::tr("critical");
    }
    return {};
}

std::optional<Severity> severityFromId(const QString &id)
{
    for (Severity s : {Severity::Warning, Severity::Major, Severity::Critical})
        if (severityId(s) == id)
            return s;
    return std::nullopt;
}

std::optional<AlarmNote> AlarmNote::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("rec")).toString() != QLatin1String("alarm"))
        return std::nullopt;
    AlarmNote n;
    n.op = o.value(QLatin1String("op")).toString();
    n.key = o.value(QLatin1String("key")).toString();
    n.by = o.value(QLatin1String("by")).toString();
    n.comment = o.value(QLatin1String("comment")).toString();
    n.at = QDateTime::fromString(o.value(QLatin1String("t")).toString(), Qt::ISODateWithMs);
    n.until = QDateTime::fromString(o.value(QLatin1String("until")).toString(), Qt::ISODateWithMs);
    const bool known = n.op == QLatin1String("ack") || n.op == QLatin1String("unshelve")
                       || (n.op == QLatin1String("shelve") && n.until.isValid());
    if (!known || n.key.isEmpty() || !n.at.isValid())
        return std::nullopt;
    return n;
}

void AlarmBook::setClearHoldForTesting(int ms)
{
    g_clearHoldMs = ms > 0 ? ms : kClearHoldMs;
}

AlarmBook::AlarmBook(jobs::Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    if (!m_journal)
        return;
    for (const QJsonObject &r : m_journal->replay().alarmNotes)
        if (const auto n = AlarmNote::fromJson(r))
            apply(*n);
    connect(m_journal, &jobs::Journal::othersWrote, this, [this](const QVector<QJsonObject> &records) {
        bool any = false;
        for (const QJsonObject &r : records)
            if (const auto n = AlarmNote::fromJson(r)) {
                apply(*n);
                any = true;
            }
        if (any)
            Q_EMIT changed();
    });
}

void AlarmBook::applyAck(Alarm &a, const AlarmNote &note) const
{
    a.ackBy = note.by;
    a.ackAt = note.at;
    a.ackComment = note.comment;
}

void AlarmBook::apply(const AlarmNote &note)
{
    if (note.op == QLatin1String("ack")) {
        m_acks.push_back(note);
        while (m_acks.size() > 200)
            m_acks.removeFirst();
        for (int i = 0; i < m_active.size(); ++i) {
            Alarm &a = m_active[i];
            // It covers the occurrence active when it was made (raised by this process up to the
            // skew later, since each console raises its own); an event alarm ends with it.
            if (a.condition.key != note.key || a.raisedAt > note.at.addSecs(kAckSkewS) || a.acknowledged())
                continue;
            applyAck(a, note);
            if (a.condition.event) {
                clear(i, note.at);
                --i;
            }
        }
    } else if (note.op == QLatin1String("shelve")) {
        m_shelves.insert(note.key, Shelf{note.by, note.comment, note.at, note.until});
    } else if (note.op == QLatin1String("unshelve")) {
        m_shelves.remove(note.key);
    }
}

void AlarmBook::clear(int index, const QDateTime &at)
{
    Alarm a = m_active.takeAt(index);
    a.clearedAt = at;
    m_missingSince.remove(a.condition.key);
    m_history.push_front(a);
    while (m_history.size() > size_t(kHistory))
        m_history.pop_back();
    Q_EMIT cleared(a);
}

void AlarmBook::update(const QVector<Condition> &now, const QDateTime &at)
{
    bool any = false;
    QSet<QString> seen;
    seen.reserve(now.size());
    // By key: a national network has thousands of conditions at once (one per crashed VM).
    QHash<QString, qsizetype> index;
    index.reserve(m_active.size());
    for (qsizetype i = 0; i < m_active.size(); ++i)
        index.insert(m_active[i].condition.key, i);
    for (const Condition &c : now) {
        seen.insert(c.key);
        const qsizetype known = index.value(c.key, -1);
        auto it = known >= 0 ? m_active.begin() + known : m_active.end();
        if (it != m_active.end()) {
            m_missingSince.remove(c.key);
            it->lastSeen = at;
            if (it->condition.text != c.text || it->condition.severity != c.severity || it->condition.advice != c.advice) {
                it->condition = c;
                any = true;
            }
            continue;
        }
        if (c.event && std::any_of(m_history.begin(), m_history.end(), [&](const Alarm &h) { return h.condition.key == c.key; }))
            continue; // an event is raised once
        Alarm a;
        a.id = m_next++;
        a.condition = c;
        a.raisedAt = a.lastSeen = at;
        // An acknowledgement another console made of the same occurrence, a little before this one saw it.
        // Not one made before an occurrence this process saw end: that one was what it acknowledged.
        for (auto n = m_acks.crbegin(); n != m_acks.crend(); ++n) {
            if (n->key != c.key)
                continue;
            const bool endedSince = std::any_of(m_history.begin(), m_history.end(), [&](const Alarm &h) {
                return h.condition.key == c.key && h.clearedAt >= n->at;
            });
            if (n->at.addSecs(kAckSkewS) >= at && !endedSince)
                applyAck(a, *n);
            break;
        }
        if (c.event && a.acknowledged())
            continue;
        m_active.push_back(a);
        index.insert(c.key, m_active.size() - 1);
        any = true;
        if (!shelf(c.key, at))
            Q_EMIT raised(a);
    }
    for (int i = 0; i < m_active.size(); ++i) {
        const Alarm &a = m_active[i];
        if (a.condition.event || seen.contains(a.condition.key))
            continue;
        auto m = m_missingSince.find(a.condition.key);
        if (m == m_missingSince.end()) {
            m_missingSince.insert(a.condition.key, at);
            continue;
        }
        if (m.value().msecsTo(at) >= g_clearHoldMs) {
            clear(i--, at);
            any = true;
        }
    }
    // Shelves that ran out.
    for (auto s = m_shelves.begin(); s != m_shelves.end();) {
        if (s->until <= at) {
            s = m_shelves.erase(s);
            any = true;
        } else {
            ++s;
        }
    }
    if (any)
        Q_EMIT changed();
}

QVector<Alarm> AlarmBook::active(bool includeShelved) const
{
    QVector<Alarm> out;
    for (const Alarm &a : m_active)
        if (includeShelved || !shelf(a.condition.key))
            out << a;
    std::stable_sort(out.begin(), out.end(), [](const Alarm &a, const Alarm &b) {
        if (a.condition.severity != b.condition.severity)
            return a.condition.severity > b.condition.severity;
        if (a.acknowledged() != b.acknowledged())
            return !a.acknowledged();
        return a.raisedAt < b.raisedAt;
    });
    return out;
}

const Alarm *AlarmBook::find(const QString &key) const
{
    for (const Alarm &a : m_active)
        if (a.condition.key == key)
            return &a;
    return nullptr;
}

std::optional<Shelf> AlarmBook::shelf(const QString &key, const QDateTime &now) const
{
    const auto it = m_shelves.constFind(key);
    if (it == m_shelves.cend() || it->until <= now)
        return std::nullopt;
    return *it;
}

int AlarmBook::count(Severity atLeast, bool unacknowledgedOnly) const
{
    int n = 0;
    for (const Alarm &a : m_active)
        if (a.condition.severity >= atLeast && !(unacknowledgedOnly && a.acknowledged()) && !shelf(a.condition.key))
            ++n;
    return n;
}

bool AlarmBook::write(const AlarmNote &note, QString *error)
{
    if (!m_journal) {
        if (error)
            *error = Text::tr("no journal: the acknowledgement would not be shared");
        return false;
    }
    if (!m_journal->writeAlarmNote(note.op, note.key, note.by, note.comment, note.until)) {
        if (error)
            *error = m_journal->error().isEmpty() ? Text::tr("the journal cannot be written") : m_journal->error();
        return false;
    }
    return true;
}

bool AlarmBook::acknowledge(const QString &key, const QString &by, const QString &comment, QString *error)
{
    const Alarm *a = find(key);
    if (!a) {
        if (error)
            *error = Text::tr("no active alarm '%1' (it may have cleared)").arg(key);
        return false;
    }
    if (a->acknowledged()) {
        if (error)
            *error = Text::tr("already acknowledged by %1 at %2").arg(a->ackBy, a->ackAt.toLocalTime().toString(Qt::ISODate));
        return false;
    }
    AlarmNote n{QStringLiteral("ack"), key, by, comment, QDateTime::currentDateTimeUtc(), {}};
    if (!write(n, error))
        return false;
    apply(n);
    Q_EMIT changed();
    return true;
}

bool AlarmBook::shelve(const QString &key, const QDateTime &until, const QString &by, const QString &comment, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!until.isValid() || until <= now) {
        if (error)
            *error = Text::tr("shelve until a time still to come");
        return false;
    }
    AlarmNote n{QStringLiteral("shelve"), key, by, comment, now, until.toUTC()};
    if (!write(n, error))
        return false;
    apply(n);
    Q_EMIT changed();
    return true;
}

bool AlarmBook::unshelve(const QString &key, const QString &by, QString *error)
{
    if (!shelf(key)) {
        if (error)
            *error = Text::tr("'%1' is not shelved").arg(key);
        return false;
    }
    AlarmNote n{QStringLiteral("unshelve"), key, by, {}, QDateTime::currentDateTimeUtc(), {}};
    if (!write(n, error))
        return false;
    apply(n);
    Q_EMIT changed();
    return true;
}

} // namespace hawan::alarms
