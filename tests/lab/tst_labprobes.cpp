// The probes on the real lab: the round trip measured from each site's namespace across the
// emulated WAN (hawan-wanfwd) reads what the WAN is set to, follows a change within 2 s, shows a
// cut as 100 % loss (link "cut", red) and its end; a hung daemon's service round trip stops
// answering while the link stays flat; the storage probe times the Gluster volume from each site.
#include "config/configloader.h"
#include "core/fleet.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>

using namespace hawan;

class TstLabProbes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTripReadsTheWan();
    // Before the cut: a client cut off from the far brick for longer than the volume's ping
    // timeout writes to its own brick alone until it reconnects (3 ms, seen in CI).
    void storageIsTimedFromEachSite();
    void followsADelayChangeWithinTwoSeconds();
    void cutShowsFullLossAndItsEnd();
    void hungDaemonIsToldApartFromTheLink();
    void migrationIsMarkedAndItsStreamDrawn();

private:
    bool labCmd(const QStringList &args);
    bool setDelay(double oneWayMs);
    float latestMid(int series) const { return m_fleet->probes()->latest(series).point.mid; }
    QString m_dir;
    double m_initialDelayMs = 5;
    std::unique_ptr<core::Fleet> m_fleet;
    QVector<int> m_linkSeries;
};

bool TstLabProbes::labCmd(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral(HAWAN_SOURCE_DIR "/lab/hawan-lab"), QStringLiteral("--dir"), m_dir} + args);
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

bool TstLabProbes::setDelay(double oneWayMs)
{
    return labCmd({QStringLiteral("wan"), QStringLiteral("set"), QStringLiteral("--delay"), QStringLiteral("%1ms").arg(oneWayMs)});
}

void TstLabProbes::initTestCase()
{
    m_dir = qEnvironmentVariable("HAWAN_LAB_DIR", QStringLiteral("/srv/hawan-lab-test"));
    QFile f(m_dir + QStringLiteral("/state.json"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("no lab is running (the lab_up fixture was skipped: root and QEMU are needed)");
    const QJsonObject st = QJsonDocument::fromJson(f.readAll()).object();
    m_initialDelayMs = st[QStringLiteral("wan")].toObject()[QStringLiteral("settings")].toObject()[QStringLiteral("delay_us")].toDouble(5000) / 1000.0;
    auto cfg = config::ConfigLoader::loadFile(m_dir + QStringLiteral("/hawan.toml"));
    QVERIFY2(cfg, qPrintable(cfg ? QString() : config::ConfigLoader::formatErrors(cfg.error())));
    m_fleet = std::make_unique<core::Fleet>(std::move(cfg.value()));
    m_fleet->start(false);
    m_fleet->startProbes();
    m_linkSeries = m_fleet->probes()->seriesOfGroup(probes::SeriesGroup::Link);
    QCOMPARE(m_linkSeries.size(), 2); // one vantage per site: both directions
}

void TstLabProbes::cleanupTestCase()
{
    if (!m_dir.isEmpty()) {
        labCmd({QStringLiteral("wan"), QStringLiteral("restore")});
        setDelay(m_initialDelayMs);
    }
    m_fleet.reset();
}

void TstLabProbes::roundTripReadsTheWan()
{
    QVERIFY(setDelay(5));
    QTest::qWait(3500); // a whole interval measured at the new delay
    for (int s : m_linkSeries) {
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->probes()->latest(s).point.answered(), 5000);
        const auto &r = m_fleet->probes()->latest(s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const float mid = r.point.mid;
        qInfo().noquote() << m_fleet->probes()->info(s).label << "median" << mid << "ms, p10-p90" << r.point.lo << "-" << r.point.hi
                          << "jitter" << r.jitter << "loss" << r.point.loss;
        QVERIFY2(mid >= 9.0f && mid <= 11.0f, qPrintable(QStringLiteral("RTT %1 ms, expected 10 +-10%").arg(mid)));
        QCOMPARE(r.point.loss, 0.f);
    }
    const auto &link = m_fleet->probes()->linkState(0);
    QVERIFY(link.measured && !link.cut);
}

void TstLabProbes::followsADelayChangeWithinTwoSeconds()
{
    QVERIFY(setDelay(20));
    QElapsedTimer t;
    t.start();
    const int s = m_linkSeries.first();
    QTRY_VERIFY_WITH_TIMEOUT(latestMid(s) >= 36.0f && latestMid(s) <= 44.0f, 2000);
    qInfo() << "followed 20 ms one way in" << t.elapsed() << "ms, now" << latestMid(s) << "ms";
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->probes()->linkState(0).overLimit(), 2000); // 40 ms > the 20 ms limit
}

void TstLabProbes::cutShowsFullLossAndItsEnd()
{
    auto *tl = m_fleet->probes()->timeline();
    const size_t before = tl->events().size();
    QVERIFY(labCmd({QStringLiteral("wan"), QStringLiteral("cut")}));
    auto restore = qScopeGuard([this] { labCmd({QStringLiteral("wan"), QStringLiteral("restore")}); });
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->probes()->linkState(0).cut, 10000);
    for (int s : m_linkSeries)
        QCOMPARE(m_fleet->probes()->latest(s).point.loss, 1.f);
    QVERIFY(m_fleet->probes()->linkState(0).overLimit());
    QVERIFY(labCmd({QStringLiteral("wan"), QStringLiteral("restore")}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fleet->probes()->linkState(0).cut, 10000);
    QVERIFY(setDelay(5));
    QTRY_VERIFY_WITH_TIMEOUT(latestMid(m_linkSeries.first()) < 11.0f, 5000);
    bool cut = false, restored = false;
    for (size_t i = before; i < tl->events().size(); ++i) {
        cut |= tl->events()[i].kind == probes::TimelineEvent::Kind::LinkCut;
        restored |= tl->events()[i].kind == probes::TimelineEvent::Kind::LinkRestored;
    }
    QVERIFY(cut && restored);
}

void TstLabProbes::hungDaemonIsToldApartFromTheLink()
{
    const int host = m_fleet->inventory()->config().hostIndex(QStringLiteral("napoli-hv2"));
    const int service = m_fleet->probes()->serviceSeries(host);
    QVERIFY(service >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->probes()->latest(service).point.answered(), 10000);
    QVERIFY(labCmd({QStringLiteral("hang-host"), QStringLiteral("napoli-hv2")}));
    auto resume = qScopeGuard([this] { labCmd({QStringLiteral("resume-host"), QStringLiteral("napoli-hv2")}); });
    // The call hangs: after the grace the series reads "no answer" (loss), interval after interval.
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->probes()->latest(service).point.loss == 1.f, 15000);
    qInfo().noquote() << "hung daemon:" << m_fleet->probes()->latest(service).error;
    // ... while the link is flat and other hosts answer.
    for (int s : m_linkSeries) {
        const float mid = latestMid(s);
        QVERIFY2(mid >= 9.0f && mid <= 11.0f, qPrintable(QStringLiteral("link RTT %1 ms").arg(mid)));
    }
    const int other = m_fleet->probes()->serviceSeries(m_fleet->inventory()->config().hostIndex(QStringLiteral("roma1-hv1")));
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->probes()->latest(other).point.answered(), 3000);
    QVERIFY(labCmd({QStringLiteral("resume-host"), QStringLiteral("napoli-hv2")}));
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->probes()->latest(service).point.answered(), 60000);
}

void TstLabProbes::storageIsTimedFromEachSite()
{
    const auto storage = m_fleet->probes()->seriesOfGroup(probes::SeriesGroup::Storage);
    QCOMPARE(storage.size(), 4); // write and metadata, from each of the two sites
    for (int s : storage) {
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->probes()->latest(s).point.answered(), 15000);
        const auto &r = m_fleet->probes()->latest(s);
        qInfo().noquote() << m_fleet->probes()->info(s).label << r.point.mid << "ms";
        // A synchronous write to a replica across a 10 ms round trip takes at least one of them,
        // once the client is connected to both bricks (a brick restarted by the test before
        // this one may still be reconnecting: wait for that, not for a number).
        if (m_fleet->probes()->info(s).id.endsWith(QLatin1String("/write")))
            QTRY_VERIFY2_WITH_TIMEOUT(m_fleet->probes()->latest(s).point.mid >= 9.0f,
                                      qPrintable(QString::number(m_fleet->probes()->latest(s).point.mid)), 30000);
    }
}

void TstLabProbes::migrationIsMarkedAndItsStreamDrawn()
{
    auto *inv = m_fleet->inventory();
    QTRY_VERIFY_WITH_TIMEOUT(inv->allReported(), 30000);
    const int from = inv->config().hostIndex(QStringLiteral("roma1-hv2"));
    const int to = inv->config().hostIndex(QStringLiteral("napoli-hv1"));
    const QString name = QStringLiteral("roma1-hv2-calm1");
    auto uuidOn = [inv, &name](int host) {
        for (const auto &vm : inv->vms(host))
            if (vm.name == name)
                return vm.uuid;
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!uuidOn(from).isEmpty(), 30000);
    auto *tl = m_fleet->probes()->timeline();
    const size_t before = tl->events().size();
    const int stream = m_fleet->probes()->migrationSeries(0);
    float peak = 0;
    auto conn = connect(m_fleet->probes(), &probes::ProbeHub::readingAdded, this, [&](int s) {
        if (s == stream && m_fleet->probes()->latest(s).point.answered())
            peak = std::max(peak, m_fleet->probes()->latest(s).point.mid);
    });
    QString error;
    jobs::MigrationJob *job = qobject_cast<jobs::MigrationJob *>(m_fleet->startMigration(from, uuidOn(from), to, {}, &error));
    QVERIFY2(job, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 180000);
    QCOMPARE(int(job->result().outcome), int(jobs::MigrationResult::Outcome::Succeeded));
    // A migration shorter than an interval shows in the interval it ended in.
    QTRY_VERIFY_WITH_TIMEOUT(peak > 0, 3000);
    disconnect(conn);
    qInfo() << "migration stream peaked at" << peak << "MiB/s; the migration took" << job->result().durationMs << "ms";
    bool started = false, ended = false;
    for (size_t i = before; i < tl->events().size(); ++i) {
        started |= tl->events()[i].kind == probes::TimelineEvent::Kind::MigrationStart && tl->events()[i].title.contains(name);
        ended |= tl->events()[i].kind == probes::TimelineEvent::Kind::MigrationEnd && tl->events()[i].title.contains(name);
    }
    QVERIFY(started && ended);
    // Back where it was, for the tests that follow.
    QTRY_VERIFY_WITH_TIMEOUT(!uuidOn(to).isEmpty(), 30000);
    jobs::MigrationJob *back = qobject_cast<jobs::MigrationJob *>(m_fleet->startMigration(to, uuidOn(to), from, {}, &error));
    QVERIFY2(back, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(back->isFinished(), 180000);
    QCOMPARE(int(back->result().outcome), int(jobs::MigrationResult::Outcome::Succeeded));
}

HAWAN_TEST_MAIN(TstLabProbes, QCoreApplication)
#include "tst_labprobes.moc"
