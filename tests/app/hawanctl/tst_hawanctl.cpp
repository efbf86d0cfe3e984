// hawanctl on the fixtures: same inventory as the console, as JSON and as a table; exit codes.
#include "jobs/journal.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class TstHawanctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusJsonMatchesExpected();
    void tableListsEveryVm();
    void invalidConfigExitsNonZero();
    void unreachableHostIsReportedNotFatal();
    void probesRecordAndReplay();
    void planOfAnotherMachineIsLeftAlone();
    void alarmsAreListedAcknowledgedAndShared();

private:
    struct Run { int code; QByteArray out, err; };
    Run run(const QStringList &args);
    QString writeConfig(const QString &extra);
    QTemporaryDir m_dir;
};

TstHawanctl::Run TstHawanctl::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HAWANCTL_BIN), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {-1, {}, "timeout"};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString TstHawanctl::writeConfig(const QString &extra)
{
    const QString text = hawan::test::fleetConfigText();
    const QString path = m_dir.filePath(QStringLiteral("c%1.toml").arg(qHash(extra)));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write((text + extra).toUtf8());
    return path;
}

// Drops what varies between runs (times, CPU samples, absolute paths).
static QJsonValue normalized(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (const char *k : {"last_update", "cpu_percent", "config", "uri"})
            o.remove(QLatin1String(k));
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = normalized(*it);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const auto &e : v.toArray())
            a.append(normalized(e));
        return a;
    }
    return v;
}

void TstHawanctl::statusJsonMatchesExpected()
{
    const Run r = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--config"), writeConfig({})});
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonParseError pe;
    const QJsonDocument got = QJsonDocument::fromJson(r.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QFile f(QStringLiteral(HAWAN_FIXTURES "/hawanctl-status.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonDocument expected = QJsonDocument::fromJson(f.readAll());
    const QJsonValue a = normalized(got.object()), b = normalized(expected.object());
    if (a != b)
        qWarning().noquote() << QJsonDocument(a.toObject()).toJson();
    QCOMPARE(a, b);
}

void TstHawanctl::tableListsEveryVm()
{
    const Run r = run({QStringLiteral("status"), QStringLiteral("--config"), writeConfig({})});
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *h : {"napoli-hv1", "napoli-hv2", "roma1-hv1", "roma1-hv2"})
        for (const char *v : {"atlas-wn00", "cms-wn00", "lhcb-wn00"})
            QVERIFY(out.contains(QStringLiteral("%1-%2").arg(QLatin1String(h), QLatin1String(v))));
    QVERIFY(out.startsWith(QStringLiteral("SITE")));
}

void TstHawanctl::invalidConfigExitsNonZero()
{
    const QString bad = writeConfig(QStringLiteral("\n[[host]]\nname = \"x\"\nsite = \"Milano\"\nuri = \"qemu:///system\"\n"));
    for (const QString &cmd : {QStringLiteral("status"), QStringLiteral("check-config")}) {
        const Run r = run({cmd, QStringLiteral("--config"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("host[5].site: unknown site 'Milano'; valid sites: Roma1, Napoli"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(run({QStringLiteral("check-config"), QStringLiteral("--config"), writeConfig({})}).code, 0);
    QCOMPARE(run({QStringLiteral("frobnicate")}).code, 1);
}

void TstHawanctl::unreachableHostIsReportedNotFatal()
{
    const Run r = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--config"),
                       writeConfig(hawan::test::ghostHostToml(QStringLiteral("Roma1")))});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("hosts_unreachable")].toInt(), 1);
    QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("vms")].toInt(), 12);
    const QJsonArray hosts = o[QStringLiteral("sites")][0][QStringLiteral("hosts")].toArray();
    const QJsonObject ghost = hosts.last().toObject();
    QCOMPARE(ghost[QStringLiteral("name")].toString(), QStringLiteral("ghost"));
    QCOMPARE(ghost[QStringLiteral("state")].toString(), QStringLiteral("unreachable"));
    QVERIFY(ghost[QStringLiteral("reason")].toString().contains(QStringLiteral("ghost.xml")));
}

void TstHawanctl::alarmsAreListedAcknowledgedAndShared()
{
    const QString cfg = writeConfig(hawan::test::ghostHostToml(QStringLiteral("Roma1")) + QStringLiteral("\n# alarms\n"));
    // The ghost's alarm (the fixture's storage command answers no XML: a second, storage-unknown one).
    auto alarms = [this, &cfg] {
        const Run r = run({QStringLiteral("alarms"), QStringLiteral("--json"), QStringLiteral("--config"), cfg});
        QJsonArray ghost;
        for (const auto &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("alarms")).toArray())
            if (v.toObject().value(QStringLiteral("subject")).toString() == QLatin1String("ghost"))
                ghost << v;
        return std::pair{r.code, ghost};
    };
    auto [code, list] = alarms();
    QCOMPARE(code, 0); // major alarms, no critical one
    QCOMPARE(list.size(), 1);
    QJsonObject a = list.first().toObject();
    QCOMPARE(a[QStringLiteral("key")].toString(), QStringLiteral("host-unreachable/ghost"));
    QCOMPARE(a[QStringLiteral("severity")].toString(), QStringLiteral("major"));
    QVERIFY(!a.contains(QStringLiteral("acknowledged")));

    // A read-only hawanctl is refused; an operator's acknowledgement is journaled and seen by the next run.
    Run r = run({QStringLiteral("--read-only"), QStringLiteral("alarms"), QStringLiteral("ack"), QStringLiteral("ghost"),
                 QStringLiteral("--config"), cfg});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("refused: this console is read-only"), r.err.constData());
    r = run({QStringLiteral("alarms"), QStringLiteral("ack"), QStringLiteral("nothing-like-this"), QStringLiteral("--config"), cfg});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("no active alarm matches 'nothing-like-this'"), r.err.constData());
    r = run({QStringLiteral("alarms"), QStringLiteral("ack"), QStringLiteral("ghost"), QStringLiteral("--comment"),
             QStringLiteral("not racked yet"), QStringLiteral("--config"), cfg});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("Acknowledged: host-unreachable/ghost"));
    std::tie(code, list) = alarms();
    a = list.first().toObject();
    QCOMPARE(a[QStringLiteral("acknowledged")][QStringLiteral("comment")].toString(), QStringLiteral("not racked yet"));

    r = run({QStringLiteral("alarms"), QStringLiteral("shelve"), QStringLiteral("ghost"), QStringLiteral("--config"), cfg});
    QCOMPARE(r.code, 1); // no --for
    r = run({QStringLiteral("alarms"), QStringLiteral("shelve"), QStringLiteral("ghost"), QStringLiteral("--for"), QStringLiteral("2h"),
             QStringLiteral("--config"), cfg});
    QVERIFY2(r.code == 0, r.err.constData());
    std::tie(code, list) = alarms();
    QVERIFY(list.first().toObject().contains(QStringLiteral("shelved")));
    r = run({QStringLiteral("alarms"), QStringLiteral("unshelve"), QStringLiteral("host-unreachable/ghost"), QStringLiteral("--config"), cfg});
    QVERIFY2(r.code == 0, r.err.constData());
    std::tie(code, list) = alarms();
    QVERIFY(!list.first().toObject().contains(QStringLiteral("shelved")));
}

void TstHawanctl::probesRecordAndReplay()
{
    // A real TCP round trip on loopback: a connect to a closed port is refused, which is an answer.
    const QString csv = m_dir.filePath(QStringLiteral("rec.csv"));
    const Run rec = run({QStringLiteral("probes"), QStringLiteral("--seconds"), QStringLiteral("3"), QStringLiteral("--csv"), csv,
                         QStringLiteral("--config"),
                         writeConfig(QStringLiteral("\n[[link.probe]]\nfrom = \"Roma1\"\ntarget = \"127.0.0.1\"\nmethod = \"tcp:1\"\n"))});
    QVERIFY2(rec.code == 0, rec.out + rec.err);
    const QString out = QString::fromUtf8(rec.out);
    QVERIFY2(out.contains(QStringLiteral("Roma1 → Napoli (127.0.0.1)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("loss 0 %")), qPrintable(out));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(rows.first(), QStringLiteral("time_utc,series,label,unit,bucket_s,low,median,high,loss"));
    int link = 0, service = 0;
    for (const auto &r : rows) {
        link += r.contains(QLatin1String(",link/GARR/Roma1,"));
        service += r.contains(QLatin1String(",service/roma1-hv1,"));
    }
    QVERIFY2(link >= 1 && service >= 1, qPrintable(rows.join(QLatin1Char('\n'))));

    // Played back: the same series, labelled as a recording.
    const Run play = run({QStringLiteral("probes"), QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--config"),
                          writeConfig(QStringLiteral("\n[probes]\nservice = false\nreplay = \"%1\"\n").arg(csv))});
    QVERIFY2(play.code == 0, play.out + play.err);
    QVERIFY2(QString::fromUtf8(play.out).contains(QStringLiteral("Roma1 → Napoli (127.0.0.1) (recorded)")), play.out.constData());

    // A file that is not a recording is refused with the reason (in the event log for the console).
    const Run bad = run({QStringLiteral("probes"), QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--config"),
                         writeConfig(QStringLiteral("\n[probes]\nreplay = \"%1\"\n").arg(QStringLiteral(HAWAN_SOURCE_DIR "/README.md")))});
    QVERIFY(!QString::fromUtf8(bad.out + bad.err).contains(QStringLiteral("(recorded)")));
}

HAWAN_TEST_MAIN(TstHawanctl, QCoreApplication)
void TstHawanctl::planOfAnotherMachineIsLeftAlone()
{
    // A plan that a console on another machine (sharing the journal) left open: listed with that
    // machine named; "resume" without an ID leaves it alone and says how to take it over.
    const QString journal = m_dir.filePath(QStringLiteral("elsewhere.jsonl"));
    {
        hawan::jobs::Journal j(journal, hawan::jobs::Journal::Options{{}, hawan::test::auditKey(), {}});
        hawan::jobs::Plan plan;
        plan.id = QStringLiteral("elsewhere1");
        plan.kind = hawan::jobs::Plan::Kind::Host;
        plan.subject = QStringLiteral("napoli-hv1");
        plan.created = QDateTime::currentDateTimeUtc();
        hawan::jobs::PlannedMove m;
        m.vmName = QStringLiteral("napoli-hv1-atlas-wn00");
        m.vmUuid = QStringLiteral("83d36d4c-795a-53fa-8b3b-ed644f872ee0");
        m.from = QStringLiteral("napoli-hv1");
        m.to = QStringLiteral("napoli-hv2");
        plan.moves << m;
        QVERIFY(j.writePlan(plan));
        QVERIFY(j.waitForWritten());
    }
    QFile file(journal);
    QVERIFY(file.open(QIODevice::Append));
    file.write(hawan::test::signedLine({{QStringLiteral("rec"), QStringLiteral("state")}, {QStringLiteral("plan"), QStringLiteral("elsewhere1")},
                                        {QStringLiteral("state"), QStringLiteral("running")},
                                        {QStringLiteral("owner"), QStringLiteral("console2.example.org:4242")}}));
    file.close();
    QString text = hawan::test::fleetConfigText();
    text.replace(QStringLiteral("[console]\n"), QStringLiteral("[console]\njournal = \"%1\"\n").arg(journal));
    const QString cfg = m_dir.filePath(QStringLiteral("elsewhere.toml"));
    QFile out(cfg);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();

    Run r = run({QStringLiteral("--config"), cfg, QStringLiteral("plans")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("elsewhere1") && r.out.contains("started by a console on console2.example.org"), r.out.constData());
    r = run({QStringLiteral("--config"), cfg, QStringLiteral("resume")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("left elsewhere1") && r.err.contains("hawanctl resume elsewhere1"), r.err.constData());
    // Still open, untouched.
    QVERIFY(hawan::jobs::Journal::read(journal).plans.value(QStringLiteral("elsewhere1")).state == hawan::jobs::PlanState::Running);
}

#include "tst_hawanctl.moc"
