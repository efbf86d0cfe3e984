// What the summaries may claim, on the test driver: the VMs of a host that stops answering are
// unknown, not running (site tally, status table, JSON numbers); a site whose hosts are all silent
// while the WAN link to it reads cut is "cut off", not "hosts down". A host is made to stop
// answering through the libvirt function table (its statistics fail on a dead connection); the
// link's readings are the probe's own kind (every echo lost), added as the probe thread would.
#include "config/configloader.h"
#include "core/fleet.h"
#include "core/operations.h"
#include "core/sitestatus.h"
#include "core/statusreport.h"
#include "silenthosts.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>


using namespace hawan;
using namespace hawan::model;

namespace {

void silence(const QStringList &hosts)
{
    test::SilentHosts::set(hosts);
}

// The fixture's link, probed from Roma1 (the hub is never started: no packet leaves).
const char *kProbe = "\n[[link.probe]]\nfrom = \"Roma1\"\ntarget = \"10.77.9.9\"\nmethod = \"icmp\"\n";

QJsonObject siteJson(const QJsonObject &root, const QString &name)
{
    for (const auto &s : root.value(QStringLiteral("sites")).toArray())
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    return {};
}

} // namespace

class TstSiteStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_silent = std::make_unique<test::SilentHosts>();
        QVERIFY(m_dir.isValid());
        auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(QString::fromLatin1(kProbe), 300),
                                                    m_dir.filePath(QStringLiteral("fleet.toml")));
        QVERIFY2(cfg, cfg ? "" : qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
        m_fleet = std::make_unique<core::Fleet>(std::move(cfg.value()));
        m_fleet->start(false);
        QTRY_VERIFY(m_fleet->inventory()->allReported());
        QTRY_COMPARE(m_fleet->inventory()->siteCounts(1).hostsUp, 2);
    }
    void cleanup()
    {
        m_fleet.reset();
        m_silent.reset();
    }

    // napoli-hv1 (3 running VMs) stops answering: its VMs are unknown in every summary.
    void unreachableHostsVmsAreUnknown()
    {
        auto *inv = m_fleet->inventory();
        const int napoli = inv->config().siteIndex(QStringLiteral("Napoli"));
        silence({QStringLiteral("napoli-hv1")});
        QTRY_COMPARE(inv->siteCounts(napoli).hostsUnreachable, 1);
        QCOMPARE(inv->vms(inv->config().hostIndex(QStringLiteral("napoli-hv1"))).size(), 3); // kept, as last seen

        const core::SiteStatus st = core::siteStatus(*inv, m_fleet->probes(), napoli);
        QCOMPARE(st.counts.vms, 6);
        QCOMPARE(st.counts.vmsRunning, 1); // napoli-hv2: running, shut off, paused
        QCOMPARE(st.counts.vmsUnknown, 3);
        QCOMPARE(st.severity, 2); // a host unreachable: the worst colour
        QVERIFY(!st.cutOff); // the link is not cut: a host problem
        QCOMPARE(core::siteTally(st), QStringLiteral("1 host up · 1 unreachable · 1 of 6 VMs running · 3 unknown (host not answering)"));

        const QJsonObject json = core::statusJson(*inv, m_fleet->probes());
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("vms")).toInt(), 12);
        QCOMPARE(summary.value(QStringLiteral("vms_running")).toInt(), 7);
        QCOMPARE(summary.value(QStringLiteral("vms_unknown")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("hosts_unreachable")).toInt(), 1);
        const QJsonObject site = siteJson(json, QStringLiteral("Napoli"));
        QCOMPARE(site.value(QStringLiteral("vms_unknown")).toInt(), 3);
        QCOMPARE(site.value(QStringLiteral("cut_off")).toBool(), false);

        const QString table = core::statusTable(*inv, m_fleet->probes());
        QVERIFY2(table.contains(QStringLiteral("Napoli: 1 host up · 1 unreachable · 1 of 6 VMs running · 3 unknown")), qPrintable(table));
    }

    // Both Napoli hosts silent while the link's echoes are all lost: Napoli is cut off.
    void siteBehindACutLinkIsCutOff()
    {
        auto *inv = m_fleet->inventory();
        auto *probes = m_fleet->probes();
        const int napoli = inv->config().siteIndex(QStringLiteral("Napoli"));
        silence({QStringLiteral("napoli-hv1"), QStringLiteral("napoli-hv2")});
        QTRY_COMPARE(inv->siteCounts(napoli).hostsUnreachable, 2);
        QVERIFY(!core::siteStatus(*inv, probes, napoli).cutOff); // the link has not said anything yet

        QStringList logged;
        connect(inv, &Inventory::logged, this, [&logged](const LogEntry &e) { logged << e.message; });
        const int series = probes->find(QStringLiteral("link/GARR/Roma1"));
        QVERIFY(series >= 0);
        for (int i = 0; i < 3; ++i) {
            probes::Reading r;
            r.point.tMs = probes::wallMs() - (2 - i) * probes->intervalMs();
            r.point.loss = 1;
            r.sent = 5;
            probes->addReading(series, r);
        }
        QVERIFY(probes->linkState(0).cut);
        QVERIFY2(logged.filter(QStringLiteral("Napoli cut off: GARR down: its hosts cannot be told dead from alive")).size() == 1,
                 qPrintable(logged.join(QLatin1Char('\n'))));
        const core::SiteStatus st = core::siteStatus(*inv, probes, napoli);
        QVERIFY(st.cutOff);
        QCOMPARE(st.severity, 2);
        QCOMPARE(core::cutOffText(*inv, st, napoli), QStringLiteral("Napoli cut off: GARR down"));
        QCOMPARE(core::siteTally(st), QStringLiteral("2 hosts silent · 6 VMs unknown"));
        QVERIFY(!core::siteStatus(*inv, probes, 0).cutOff); // Roma1 answers: it is not the one cut off

        const QJsonObject json = core::statusJson(*inv, probes);
        const QJsonObject site = siteJson(json, QStringLiteral("Napoli"));
        QCOMPARE(site.value(QStringLiteral("cut_off")).toBool(), true);
        QCOMPARE(site.value(QStringLiteral("status")).toString(), QStringLiteral("Napoli cut off: GARR down"));
        for (const auto &h : site.value(QStringLiteral("hosts")).toArray())
            QCOMPARE(h.toObject().value(QStringLiteral("cut_off")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("links")).toArray().first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("cut"));
        QVERIFY(core::statusTable(*inv, probes).contains(QStringLiteral("unreachable (cut off)")));

        // No recovery for a host that cannot be told dead from cut off: it has no fence command,
        // and a confirmation by hand is not taken for it either.
        core::Operations ops(m_fleet.get());
        core::Proposal proposal;
        const int hv1 = inv->config().hostIndex(QStringLiteral("napoli-hv1"));
        const auto refusal = ops.recovery(hv1, &proposal);
        QVERIFY(refusal);
        QCOMPARE(refusal->code, core::Refusal::Code::CutOff);
        QVERIFY2(refusal->text.startsWith(QLatin1String("Napoli cut off: GARR down: napoli-hv1 may still be running")),
                 qPrintable(refusal->text));
        proposal.plan = jobs::Planner(*inv).recoverHost(hv1);
        proposal.fenced = QStringLiteral("powered off by hand: the operator says so");
        QString error;
        QVERIFY(!ops.run(proposal, proposal.plan, m_fleet->defaultPlanOptions(), &error));
        QVERIFY2(error.contains(QLatin1String("a confirmation by hand is not enough")), qPrintable(error));
        QVERIFY(m_fleet->plans().isEmpty());

        // The daemons answer again: no longer cut off, whatever the link still reads.
        silence({});
        QTRY_COMPARE_WITH_TIMEOUT(inv->siteCounts(napoli).hostsUp, 2, 30000);
        QVERIFY(!core::siteStatus(*inv, probes, napoli).cutOff);
        QTRY_COMPARE(logged.filter(QStringLiteral("Napoli is no longer cut off")).size(), 1);
        disconnect(inv, &Inventory::logged, this, nullptr);
    }

private:
    std::unique_ptr<test::SilentHosts> m_silent;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Fleet> m_fleet;
};

HAWAN_TEST_MAIN(TstSiteStatus, QCoreApplication)
#include "tst_sitestatus.moc"
