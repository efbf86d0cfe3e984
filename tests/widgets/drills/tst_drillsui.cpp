// The Drills panel on the test-driver fleet: both sites' runner is `env` (the write witnesses run
// here, in a temporary directory), the link's `degrade` fault a script that logs what it is asked
// (the lab's real faults are covered by tests/lab). Checked: the confirmation lists the fault and
// the repair; not a lab, the site's name must be typed; the run shows live and is kept with its
// verdict, checks and timeline; it exports as PDF, CSV and JSON; a read-only console says why Run is
// off; a drill whose commands are missing says so and injects nothing.
#include "drills/drillsview.h"

#include "config/configloader.h"
#include "core/fleet.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace hawan;

namespace {
const char *kLog = R"(f="$0"; echo "$*" >> "$f")";

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Answers the next modal dialog: the button with `text`, or for an input dialog, `typed`.
void answer(QObject *ctx, const QString &button, const QString &typed = {}, QString *seen = nullptr)
{
    QTimer::singleShot(50, ctx, [=] {
        QWidget *w = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(w)) {
            if (seen)
                *seen = box->text();
            for (auto *b : box->buttons())
                if (b->text() == button)
                    b->click();
        } else if (auto *in = qobject_cast<QInputDialog *>(w)) {
            if (seen)
                *seen = in->labelText();
            in->setTextValue(typed);
            in->accept();
        }
    });
}
} // namespace

class TstDrillsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_STATE_HOME", m_dir.filePath(QStringLiteral("state")).toUtf8());
        qputenv("HAWAN_WRITER", HAWANWRITER_BIN);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("vol"))));
    }

    void runIsConfirmedTypedShownKeptAndExported()
    {
        auto fleet = makeFleet(/*lab*/ false, true);
        widgets::DrillsView view(fleet.get(), true);
        view.resize(1300, 700);
        view.show();
        QTRY_VERIFY(view.findChild<QLabel *>(QStringLiteral("drillsEmpty"))->text().contains(QLatin1String("No drill has run yet")));
        view.chooseDrill(QStringLiteral("lossy-wan"));
        view.findChild<QSpinBox *>(QStringLiteral("drillHold"))->setValue(1);
        QTRY_VERIFY(!view.findChild<QLabel *>(QStringLiteral("drillStory"))->text().isEmpty());

        QString confirm, typedPrompt;
        answer(this, QStringLiteral("Inject the fault"), {}, &confirm);
        QTimer::singleShot(400, this, [this, &typedPrompt] { answer(this, {}, QStringLiteral("Roma1"), &typedPrompt); });
        view.startRun();
        QVERIFY2(confirm.contains(QLatin1String("--loss 3%")) && confirm.contains(QLatin1String("The fault lasts 1 s")), qPrintable(confirm));
        QVERIFY2(typedPrompt.contains(QLatin1String("(Roma1)")), qPrintable(typedPrompt));
        QVERIFY(view.isRunning());
        auto *runs = view.findChild<QListWidget *>(QStringLiteral("drillRuns"));
        QTRY_VERIFY(runs->count() > 0 && runs->item(0)->text().contains(QLatin1String("running")));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("drillCancel"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRunning(), 60000);
        QCOMPARE(readFile(m_log).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("--loss 3%"), QStringLiteral("--loss 0%")}));
        // No probe measures this link: the verdict is FAILED, and says which check.
        QTRY_COMPARE(view.findChild<QLabel *>(QStringLiteral("drillVerdict"))->text(), QStringLiteral("FAILED"));
        auto *checks = view.findChild<QTableWidget *>(QStringLiteral("drillChecks"));
        QVERIFY(checks->rowCount() >= 6);
        bool detectFailed = false;
        for (int r = 0; r < checks->rowCount(); ++r)
            if (checks->item(r, 1)->text() == QLatin1String("fault detected"))
                detectFailed = checks->item(r, 0)->text() == QStringLiteral("✘");
        QVERIFY(detectFailed);
        QVERIFY(view.findChild<QTableWidget *>(QStringLiteral("drillEvents"))->rowCount() > 8);
        QTRY_VERIFY(runs->count() == 1 && runs->item(0)->text().startsWith(QStringLiteral("✘")));

        QSignalSpy exported(&view, &widgets::DrillsView::exported);
        for (const QString &kind : {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json")}) {
            const QString file = m_dir.filePath(QStringLiteral("drill.") + kind);
            view.exportTo(kind, file);
            QVERIFY(exported.wait(10000));
            QCOMPARE(exported.last().at(1).toString(), QString());
            const QString text = readFile(file);
            if (kind == QLatin1String("pdf"))
                QVERIFY(text.startsWith(QLatin1String("%PDF")) && text.size() > 5000);
            else if (kind == QLatin1String("csv"))
                QVERIFY(text.startsWith(QLatin1String("kind,name,value,unit,about")) && text.contains(QLatin1String("check,fault detected,failed")));
            else
                QVERIFY(text.contains(QLatin1String("\"tool\": \"hawan-drill\"")));
        }
    }

    void missingCommandsAndReadOnlySayWhy()
    {
        auto fleet = makeFleet(true, /*faults*/ false);
        widgets::DrillsView view(fleet.get(), true);
        view.show();
        view.chooseDrill(QStringLiteral("lossy-wan"));
        QFile::remove(m_log);
        QString blocked;
        answer(this, QStringLiteral("OK"), {}, &blocked);
        view.startRun();
        QVERIFY2(blocked.contains(QLatin1String("has no 'degrade' fault command")), qPrintable(blocked));
        QVERIFY(!view.isRunning());
        QVERIFY(readFile(m_log).isEmpty());

        widgets::DrillsView readOnly(fleet.get(), false);
        QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("drillRun"))->isEnabled());
        QVERIFY(readOnly.findChild<QLabel *>(QStringLiteral("drillFormNote"))->text().contains(QLatin1String("Read-only")));
    }

private:
    std::unique_ptr<core::Fleet> makeFleet(bool lab, bool faults)
    {
        m_log = m_dir.filePath(QStringLiteral("faults.log"));
        auto loaded = config::ConfigLoader::loadString(test::fleetConfigText(), m_dir.filePath(QStringLiteral("fleet.toml")));
        if (!loaded)
            return nullptr;
        config::Config cfg = loaded.value();
        cfg.storage.clear();
        cfg.drills.lab = lab;
        cfg.console.journal = m_dir.filePath(QStringLiteral("journal.jsonl"));
        for (auto &s : cfg.sites) {
            s.runner = {QStringLiteral("env")};
            s.testDir = m_dir.filePath(QStringLiteral("vol"));
        }
        if (faults)
            cfg.links[0].faults.insert(QStringLiteral("degrade"), {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kLog), m_log});
        auto fleet = std::make_unique<core::Fleet>(cfg);
        fleet->start(false);
        auto *inv = fleet->inventory();
        (void)QTest::qWaitFor([inv] { return inv->allReported() && inv->vmCount() > 0; }, 10000);
        return fleet;
    }
    QTemporaryDir m_dir;
    QString m_log;
};

HAWAN_TEST_MAIN(TstDrillsUi, QApplication)
#include "tst_drillsui.moc"
