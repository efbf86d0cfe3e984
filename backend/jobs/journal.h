#pragma once
// The append-only journal: every plan, every move's start and end, pauses, aborts and maintenance
// marks are written (and fsync'ed) before Hawan acts on them. After a crash, replaying it tells
// which moves were in flight, so the console can reconcile with the hosts and resume; a move is
// never started twice and a VM never left defined nowhere.
//
// Format: one JSON object per line (JSON Lines). A line cut short by a crash is reported and
// skipped; nothing before it is lost.
//
// Writes never wait on the caller's thread (the GUI's, in the console): records go, in order, to a
// writer thread that appends and fsyncs them (several at a time when they queue up). What must be
// on disk before acting (a move's start before its migration, an abort before its cancellations)
// waits for whenWritten(). The first failed write stops the journal for the rest of the run: no
// later record can land without the ones before it, so nothing more is acted on (failed()).
#include "jobs/plan.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace hawan::audit { class Key; }

namespace hawan::jobs {

enum class MoveStatus { Pending, Started, Succeeded, Failed, Cancelled, Skipped };
QString moveStatusId(MoveStatus s);
MoveStatus moveStatusFromId(const QString &id);
bool moveStatusFinal(MoveStatus s);

enum class PlanState { Running, Paused, Aborted, Finished };
QString planStateId(PlanState s);

struct MoveRecord
{
    MoveStatus status = MoveStatus::Pending;
    QString message;           // the daemon's, when failed
    QDateTime startedAt, endedAt;
    quint64 bytes = 0;         // a migration's: sent over the link (0: not a migration, or not known)
};

// A plan as the journal knows it: the plan, what happened to each move, its state.
struct JournaledPlan
{
    Plan plan;
    QVector<MoveRecord> moves;     // parallel to plan.moves
    PlanState state = PlanState::Running;
    PlanOptions options;           // as started
    QString fenced;                // recovery: how the crashed host was fenced; empty = not yet
    QDateTime fencedAt;
    QString owner;                 // "host:pid" of the console running it (the last to start or resume it)
    bool isOpen() const { return state == PlanState::Running || state == PlanState::Paused; }
    int count(MoveStatus s) const;
};

struct JournalReplay
{
    QMap<QString, JournaledPlan> plans;    // by plan id, in id order
    QStringList planOrder;                 // in the order they were written
    QSet<QString> maintenance;             // host names in maintenance
    QStringList problems;                  // lines skipped, with line numbers and why
    QVector<QJsonObject> alarmNotes;       // alarm acknowledgements and shelving (alarms::AlarmNote), oldest first
    QVector<const JournaledPlan *> openPlans() const;
};

class JournalWriter;

class Journal : public QObject
{
    Q_OBJECT
public:
    // The default location when the config names none, one per configuration file:
    // $XDG_STATE_HOME/hawan/journal-<config name>-<hash of its path>.jsonl.
    static QString defaultPath(const QString &configFile);

    // Opens (creating it and its folder if needed) and replays the file. Never throws away what
    // it cannot parse: bad lines are kept in the file and listed in replay().problems.
    explicit Journal(QString path, QObject *parent = nullptr);
    struct Options
    {
        // Non-empty: a viewer's journal, opened for reading only (never created, compacted or
        // written); it still follows what others append. Every write returns false, error() saying it.
        QString readOnlyRefusal;
        // Every record written is signed with it (HMAC, audit::sign), and a record read (at start
        // or from another console) that it did not sign is reported in replay().problems and never
        // applied: recovery acts on these records. Null: nothing signed or checked.
        std::shared_ptr<const audit::Key> key;
        QString keyProblem; // why there is no key (kept for whoever reports it)
    };
    Journal(QString path, Options options, QObject *parent = nullptr);
    Journal(QString path, const QString &refusal, QObject *parent = nullptr) : Journal(std::move(path), Options{refusal, {}, {}}, parent) {}
    const audit::Key *key() const { return m_key.get(); }
    const QString &keyProblem() const { return m_keyProblem; }
    std::shared_ptr<const audit::Key> sharedKey() const { return m_key; }
    // Waits (up to 10 s) for the queued records to reach the disk; a writer stuck in a hung
    // filesystem is left behind rather than hanging the exit.
    ~Journal() override;

    const QString &path() const { return m_path; }
    bool isWritable() const { return m_error.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    const QString &error() const { return m_error; } // why nothing can be written
    // What the journal holds, including records still on their way to the disk.
    const JournalReplay &replay() const { return m_replay; }

    // Each append queues one line for the writer thread and returns at once: false (with error())
    // when the journal has already failed, in which case the caller must not act.
    bool writePlan(const Plan &plan, const PlanOptions &options = {});
    bool writeMoveStarted(const QString &planId, int move);
    bool writeMoveEnded(const QString &planId, int move, MoveStatus status, const QString &message = {}, quint64 bytes = 0);
    bool writePlanState(const QString &planId, PlanState state, const QString &note = {});
    bool writeMaintenance(const QString &host, bool on, const QString &note = {});
    bool writeNote(const QString &planId, const QString &text); // e.g. a logged override
    bool writeFenced(const QString &planId, const QString &how);  // recovery: the host is off
    // An alarm acknowledged, shelved (until) or unshelved, shared with the other consoles.
    bool writeAlarmNote(const QString &op, const QString &key, const QString &by, const QString &comment,
                        const QDateTime &until = {});

    // Calls `done(true)` on `context`'s thread once every record queued so far is on disk (fsync'ed),
    // `done(false)` if one of them could not be written. Never calls back synchronously; nothing is
    // called if `context` is gone.
    void whenWritten(QObject *context, std::function<void(bool written)> done);
    // Blocks until every queued record is on disk or failed (command-line tools, tests, exit).
    // False when it failed or `msecs` passed first.
    bool waitForWritten(int msecs = 30000);
    // Records queued and not yet on disk.
    int backlog() const;

    // Records other consoles (or hawanctl) appended to the same file since the last look: read on
    // the writer thread, then applied to replay() and announced with othersWrote(). Cheap when
    // nothing changed (one fstat).
    void pollOthers();
    // This process as a plan owner ("host:pid").
    static QString selfOwner();
    // Whether the owner is a live console on this machine (another machine's cannot be told).
    static bool ownerAlive(const QString &owner);
    // The other machine named by an owner, when it is not this one (empty otherwise): its console's
    // liveness cannot be told from here, so the operator is asked to make sure it is closed.
    static QString ownerMachineElsewhere(const QString &owner);

    // Tests only: the writer sleeps this long before each write, as a slow disk would.
    static void setWriteDelayForTesting(int ms);

    // The journal would otherwise only grow. A console or hawanctl that opens it while no other
    // process has it open (each holds a shared lock on it while it does) and finds it larger than
    // compactThreshold() rewrites it (new file, fsync, rename) without the plans that ended (finished
    // or aborted) more than kCompactAfterDays ago, and with only the last maintenance mark of each
    // host when it is "on". Recovery plans are kept (a fenced host may come back much later and
    // its stale definitions are removed from them); lines it cannot parse are kept as they are.
    static constexpr int kCompactAfterDays = 30;
    static qint64 compactThreshold();
    static void setCompactThresholdForTesting(qint64 bytes); // 0 = the default (4 MiB)
    // The compaction itself: what `data` becomes; `dropped` counts the records left out.
    static QByteArray compacted(const QByteArray &data, const QDateTime &endedBefore, int *dropped = nullptr);

    // Why a record read back must not be applied (empty: it may). parse() reports it with the line.
    using RecordCheck = std::function<QString(const QJsonObject &record)>;
    // Reads a journal file without opening it for writing (tests, hawanctl journal).
    static JournalReplay read(const QString &path, const RecordCheck &check = {});
    static JournalReplay parse(const QByteArray &data, const RecordCheck &check = {});
    // The check a key makes: "not authenticated…" for a record it did not sign.
    static RecordCheck authenticatedBy(std::shared_ptr<const audit::Key> key);
    // One record (as written, or read back at `line`; -1 for one just written) applied to a replay.
    static void applyRecord(JournalReplay &replay, const QJsonObject &record, int line);

    static QJsonObject planToJson(const Plan &plan);
    static std::optional<Plan> planFromJson(const QJsonObject &o, QString *why);
    static QJsonObject optionsToJson(const PlanOptions &o);
    static PlanOptions optionsFromJson(const QJsonObject &o);

Q_SIGNALS:
    // A write failed: nothing more is recorded in this run; error() says why.
    void failed(const QString &error);
    // A record another process appended was not authenticated by the key: not applied.
    void untrusted(const QString &why);
    // Records another process appended (already applied to replay()).
    void othersWrote(const QVector<QJsonObject> &records);

private:
    struct Waiter
    {
        quint64 seq;
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };
    bool append(QJsonObject record);
    void written(quint64 durable, const QString &failure); // from the writer, on this thread
    void foreign(const QByteArray &lines);                  // from the writer, on this thread

    void openForReading();
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    std::shared_ptr<const audit::Key> m_key;
    QString m_keyProblem;
    JournalReplay m_replay;
    quint64 m_queued = 0, m_durable = 0;
    QVector<Waiter> m_waiters;
    std::shared_ptr<JournalWriter> m_writer;
};

} // namespace hawan::jobs
