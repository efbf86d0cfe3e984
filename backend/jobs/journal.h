#pragma once
// The append-only journal: every plan, every move's start and end, pauses, aborts and maintenance
// marks are written (and fsync'ed) before Hawan acts on them. After a crash, replaying it tells
// which moves were in flight, so the console can reconcile with the hosts and resume; a move is
// never started twice and a VM never left defined nowhere.
//
// Format: one JSON object per line (JSON Lines). A line cut short by a crash is reported and
// skipped; nothing before it is lost.
#include "jobs/plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>

#include <memory>
#include <optional>

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
};

// A plan as the journal knows it: the plan, what happened to each move, its state.
struct JournaledPlan
{
    Plan plan;
    QVector<MoveRecord> moves;     // parallel to plan.moves
    PlanState state = PlanState::Running;
    PlanOptions options;           // as started
    bool isOpen() const { return state == PlanState::Running || state == PlanState::Paused; }
    int count(MoveStatus s) const;
};

struct JournalReplay
{
    QMap<QString, JournaledPlan> plans;    // by plan id, in id order
    QStringList planOrder;                 // in the order they were written
    QSet<QString> maintenance;             // host names in maintenance
    QStringList problems;                  // lines skipped, with line numbers and why
    QVector<const JournaledPlan *> openPlans() const;
};

class Journal
{
    Q_DECLARE_TR_FUNCTIONS(hawan::jobs::Journal)
public:
    // The default location when the config names none, one per configuration file:
    // $XDG_STATE_HOME/hawan/journal-<config name>-<hash of its path>.jsonl.
    static QString defaultPath(const QString &configFile);

    // Opens (creating it and its folder if needed) and replays the file. Never throws away what
    // it cannot parse: bad lines are kept in the file and listed in replay().problems.
    explicit Journal(QString path);
    ~Journal();

    const QString &path() const { return m_path; }
    bool isWritable() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; } // why nothing can be written
    const JournalReplay &replay() const { return m_replay; }

    // Each append writes one line, flushes and fsyncs before returning; false (with error()) when
    // the disk refused it, in which case the caller must not act.
    bool writePlan(const Plan &plan, const PlanOptions &options = {});
    bool writeMoveStarted(const QString &planId, int move);
    bool writeMoveEnded(const QString &planId, int move, MoveStatus status, const QString &message = {});
    bool writePlanState(const QString &planId, PlanState state, const QString &note = {});
    bool writeMaintenance(const QString &host, bool on, const QString &note = {});
    bool writeNote(const QString &planId, const QString &text); // e.g. a logged override

    // Reads a journal file without opening it for writing (tests, hawanctl journal).
    static JournalReplay read(const QString &path);
    static JournalReplay parse(const QByteArray &data);

    static QJsonObject planToJson(const Plan &plan);
    static std::optional<Plan> planFromJson(const QJsonObject &o, QString *why);
    static QJsonObject optionsToJson(const PlanOptions &o);
    static PlanOptions optionsFromJson(const QJsonObject &o);

private:
    bool append(QJsonObject record);
    void apply(const QJsonObject &record, int line);

    QString m_path;
    QString m_error;
    QFile m_file;
    JournalReplay m_replay;
};

} // namespace hawan::jobs
