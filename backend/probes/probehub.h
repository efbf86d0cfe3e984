#pragma once
// Every measured series of the console in one place: what each one is, its bounded history, its
// latest reading, and the probes that feed it (each on its own thread). A series whose probe stops
// answering (a hung mount, a daemon stuck in a call) gets loss points, so silence is never drawn
// as a flat healthy line. Also keeps the timeline of events the graphs mark, and the state of each
// WAN link (round trip and loss against its limit; a cut and its end become timeline events).
#include "config/config.h"
#include "probes/echoprobe.h"
#include "probes/series.h"
#include "probes/timeline.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <memory>
#include <vector>

namespace hawan::probes {

enum class SeriesGroup { Link, Service, Storage, Migration };

struct SeriesInfo
{
    QString id;          // stable, for CSV and settings: "link/<link>/<from>", "service/<host>", ...
    QString label;       // legend text
    QString unit;        // "ms" or "MiB/s"
    SeriesGroup group = SeriesGroup::Link;
    int link = -1, host = -1, site = -1;
    bool probed = true;  // fed by a probe that should answer every interval (else: sampled by the owner)
    bool recorded = false; // played back from a recording ([probes] replay), not measured now
};

struct LinkState
{
    float rttMs = kNoValue;    // worst median of the link's probes, latest interval
    float jitterMs = kNoValue;
    float loss = 0;            // worst loss, latest interval
    bool cut = false;          // every echo lost for 3 intervals in a row
    bool measured = false;     // a probe has reported
    double limitMs = 10;
    QString error;             // a probe that cannot measure says why
    bool recorded = false;     // the readings are a recording played back
    qint64 tMs = 0;
    bool overLimit() const { return cut || loss >= 0.5f || (!std::isnan(rttMs) && rttMs > limitMs); }
};

class ProbeHub : public QObject
{
    Q_OBJECT
public:
    explicit ProbeHub(const config::Config &config, QObject *parent = nullptr);
    ~ProbeHub() override;

    // Starts the probe threads (links, and storage unless `withStorage` is false: a one-shot
    // status needs the links alone) and the liveness check. Service and migration series are fed
    // by the owner through addReading().
    void start(bool withStorage = true);
    int intervalMs() const { return m_intervalMs; }

    int seriesCount() const { return int(m_series.size()); }
    const SeriesInfo &info(int series) const { return m_series[size_t(series)].info; }
    const SeriesHistory &history(int series) const { return m_series[size_t(series)].history; }
    const Reading &latest(int series) const { return m_series[size_t(series)].latest; }
    int find(const QString &id) const;
    int serviceSeries(int host) const;
    int migrationSeries(int link) const;
    QVector<int> seriesOfGroup(SeriesGroup group) const;

    // How long a probe that should answer every interval has been silent (its thread stuck), once
    // past the grace the liveness check gives it; 0 while it answers (or is fed by its owner).
    qint64 silentForMs(int series, qint64 nowMs) const;

    int linkCount() const { return int(m_links.size()); }
    const LinkState &linkState(int link) const { return m_links[size_t(link)]; }
    Timeline *timeline() const { return m_timeline.get(); }

    // Adds an externally measured reading (the probe threads use it too).
    void addReading(int series, const Reading &reading);
    // Adds a series fed by its owner (tests, benchmarks). Returns its index.
    int addSeries(const SeriesInfo &info);
    qint64 memoryBytes() const;
    // Why the recording named by [probes] replay could not be played (empty: fine or none).
    QString replayError() const { return m_replayError; }

Q_SIGNALS:
    // Coalesced by the receivers' own timers: emitted for every reading.
    void readingAdded(int series);
    void linkStateChanged(int link);

private:
    struct Series
    {
        SeriesInfo info;
        SeriesHistory history;
        Reading latest;
        qint64 lastArrivalMs = 0;
        std::unique_ptr<class ProbeThread> thread;
    };
    void checkLiveness();
    qint64 livenessGraceMs() const;
    void loadReplay(const QString &file);
    void playReplay();
    void updateLink(int link, qint64 now);

    const config::Config m_config;
    const int m_intervalMs;
    std::vector<Series> m_series;
    std::vector<LinkState> m_links;
    std::vector<int> m_lossRun;   // per link: intervals in a row with every echo lost
    std::unique_ptr<Timeline> m_timeline;
    QTimer m_liveness;
    struct Replay { int series = -1; QVector<Reading> rows; int next = 0; };
    std::vector<Replay> m_replays;
    QTimer m_replayTimer;
    QString m_replayError;
    bool m_started = false;
};

} // namespace hawan::probes
