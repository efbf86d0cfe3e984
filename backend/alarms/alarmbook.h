#pragma once
// Alarms: conditions that need a person (a host unreachable, a brick offline, the link cut, a
// migration that failed…), each with a severity and a text that says what to do. The book is told
// the conditions that hold now (core::AlarmWatch works them out from the fleet); it raises an alarm
// for each new one, keeps it active while the condition holds and clears it (into the history) once
// the condition has been gone for a moment. Event alarms (a job that failed) have no condition to
// end: they clear when acknowledged.
//
// Acknowledgements and shelving are the shift's decisions, shared by every console and hawanctl on
// the same journal: they are journal records (signed with the audit key when there is one), read
// back from it when another process appends them. An acknowledgement covers the occurrence active
// when it was made (each console raises its own occurrence of a condition, a few seconds apart);
// the same condition coming back later raises a new, unacknowledged one. Shelving hides a condition's
// alarms from the active list, notifications and the wall until a time.
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVector>

#include <deque>
#include <functional>

namespace hawan::jobs { class Journal; }

namespace hawan::alarms {

enum class Severity { Warning, Major, Critical };
QString severityId(Severity s);   // "warning", "major", "critical" (JSON, metrics)
QString severityName(Severity s); // translated
std::optional<Severity> severityFromId(const QString &id);

// A condition that holds now, as the watcher found it.
struct Condition
{
    QString key;       // stable: "<kind>/<subject>", the same in every console ("brick-offline/vol/host:/b")
    QString kind;      // "host-unreachable", "recovery-needed", "site-cut-off", "brick-offline",
                       // "split-brain", "storage-out-of-sync", "storage-unknown", "link-cut",
                       // "link-loss", "link-rtt", "probe-silent", "job-failed", "job-stalled"
    QString subject;   // the host, site, volume, link, probe or job it is about
    Severity severity = Severity::Warning;
    QString text;      // what is the case, in a sentence
    QString advice;    // what to do next
    bool event = false; // no condition to end: cleared by acknowledging it
};

struct Alarm
{
    quint64 id = 0;          // this process's number for it
    Condition condition;
    QDateTime raisedAt, lastSeen, clearedAt; // clearedAt invalid while active
    QString ackBy, ackComment;
    QDateTime ackAt;
    bool active() const { return !clearedAt.isValid(); }
    bool acknowledged() const { return ackAt.isValid(); }
};

struct Shelf
{
    QString by, comment;
    QDateTime at, until;
};

// The shared decisions, as journal records ({"rec":"alarm", "op":"ack"|"shelve"|"unshelve", ...}).
struct AlarmNote
{
    QString op, key, by, comment;
    QDateTime at, until;
    static std::optional<AlarmNote> fromJson(const QJsonObject &record);
};

class AlarmBook : public QObject
{
    Q_OBJECT
public:
    // `journal` may be null (acknowledgements then stay in this process). Its alarm records are read
    // at once and followed (Journal::othersWrote).
    explicit AlarmBook(jobs::Journal *journal, QObject *parent = nullptr);

    // The conditions that hold now; those missing since `clearHoldMs` are cleared. Event conditions
    // are raised once per key and kept until acknowledged.
    void update(const QVector<Condition> &now, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Active alarms, worst first then oldest; shelved ones apart.
    QVector<Alarm> active(bool includeShelved = false) const;
    std::deque<Alarm> history() const { return m_history; } // cleared, newest first (at most kHistory)
    const Alarm *find(const QString &key) const;            // the active occurrence
    std::optional<Shelf> shelf(const QString &key, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    int count(Severity atLeast, bool unacknowledgedOnly = false) const; // active, not shelved

    // The operator's decisions: journaled (false with `error` when it cannot be: a viewer's
    // journal, a failed one). `by` is who ("user@machine").
    bool acknowledge(const QString &key, const QString &by, const QString &comment, QString *error = nullptr);
    bool shelve(const QString &key, const QDateTime &until, const QString &by, const QString &comment, QString *error = nullptr);
    bool unshelve(const QString &key, const QString &by, QString *error = nullptr);

    static constexpr int kHistory = 500;
    static constexpr int kClearHoldMs = 6000;  // a condition must be gone this long to clear
    static constexpr int kAckSkewS = 120;      // an ack covers occurrences raised up to this long after it
    static void setClearHoldForTesting(int ms);

Q_SIGNALS:
    void raised(const hawan::alarms::Alarm &alarm); // a new active occurrence (not shelved)
    void cleared(const hawan::alarms::Alarm &alarm);
    void changed(); // anything: raised, cleared, acknowledged, shelved, text updated

private:
    void apply(const AlarmNote &note);
    void applyAck(Alarm &a, const AlarmNote &note) const;
    void clear(int index, const QDateTime &at);
    bool write(const AlarmNote &note, QString *error);

    jobs::Journal *m_journal;
    QVector<Alarm> m_active;
    std::deque<Alarm> m_history;
    QVector<AlarmNote> m_acks;          // recent acknowledgements (newest last), for occurrences raised later
    QMap<QString, Shelf> m_shelves;
    QMap<QString, QDateTime> m_missingSince; // active key -> first update it was missing from
    quint64 m_next = 1;
};

} // namespace hawan::alarms
