// The Experiments panel on the test-driver fleet: Roma1's runner is `env` (the metadata test runs
// here, in a temporary directory), the link's emulate command a script keeping the "delay" in a
// file (the lab's real one is covered by tests/lab). Checked: the confirmation lists what is
// written where, the run shows live and is kept as a report (figure, table, fitted line), exports
// as PDF, CSV and JSON; a read-only console and a configuration without runners say why Run is
// off; a plan running stops a run.
#include "experiments/experimentsview.h"

#include "config/configloader.h"
#include "core/fleet.h"
#include "experiments/experiment.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace hawan;

namespace {
const char *kEmulate = R"(f="$0"; if [ "$1" = --show ]; then cat "$f"; elif [ "$1" = --delay ]; then )"
                       R"(v="${2%ms}"; echo "$v" > "$f"; else exit 2; fi)";

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TstExperimentsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_STATE_HOME", m_dir.filePath(QStringLiteral("state")).toUtf8());
        qputenv("HAWAN_META", HAWANMETA_BIN);
        QFile delay(m_dir.filePath(QStringLiteral("delay")));
        QVERIFY(delay.open(QIODevice::WriteOnly));
        delay.write("3\n");
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("vol"))));
    }

    void runIsConfirmedShownKeptAndExported()
    {
        core::Fleet fleet(config(true));
        widgets::ExperimentsView view(&fleet, true);
        bool gateAsked = false;
        view.setStorageGate([&](const QString &subject) {
            gateAsked = subject == QLatin1String("experiment");
            return true;
        });
        view.resize(1200, 700);
        view.show();
        QTRY_VERIFY(view.findChild<QLabel *>(QStringLiteral("experimentsEmpty"))->text().contains(QLatin1String("No experiment has run yet")));
        // Run waits for hawan-meta to be looked for (off the GUI thread); a run started before that would use
        // whatever hawan-meta is on PATH.
        QTRY_VERIFY(view.findChild<QPushButton *>(QStringLiteral("experimentRun"))->isEnabled());
        view.findChild<QCheckBox *>(QStringLiteral("experimentTest-seq-write"))->setChecked(false);
        view.findChild<QLineEdit *>(QStringLiteral("experimentDelays"))->setText(QStringLiteral("0, 10"));
        view.findChildren<QSpinBox *>()[0]->setValue(1);  // repeats
        view.findChildren<QSpinBox *>()[1]->setValue(40); // files

        QString confirmText;
        QTimer::singleShot(0, this, [&confirmText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            confirmText = box->text() + box->informativeText();
            for (auto *b : box->buttons())
                if (b->text() == QLatin1String("Run"))
                    b->click();
        });
        view.startRun();
        QVERIFY(gateAsked);
        QVERIFY2(confirmText.contains(m_dir.filePath(QStringLiteral("vol/hawan-exp-"))), qPrintable(confirmText));
        QVERIFY(confirmText.contains(QLatin1String("0, 10 ms")));
        QVERIFY(confirmText.contains(QLatin1String("Napoli has no runner")));
        QVERIFY(view.isRunning());
        auto *list = view.findChild<QListWidget *>(QStringLiteral("experimentRuns"));
        QTRY_VERIFY(list->count() > 0 && list->item(0)->text().contains(QLatin1String("running")));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("experimentCancel"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("experimentRun"))->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(!view.isRunning(), 60000);
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("delay"))).trimmed(), QStringLiteral("3")); // put back
        QTRY_VERIFY(list->count() == 1 && !list->item(0)->text().contains(QLatin1String("running")));
        auto *figure = view.findChild<QComboBox *>(QStringLiteral("experimentFigure"));
        QVERIFY2(figure->count() > 5, qPrintable(view.findChild<QLabel *>(QStringLiteral("experimentHeader"))->text()));
        QCOMPARE(figure->currentData().toString(), QStringLiteral("metadata/create_ms_per_op"));
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("experimentTable"));
        QCOMPARE(table->rowCount(), 2); // Roma1 at 0 and 10 ms
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("10.0"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("experimentFits"))->text().contains(QLatin1String("round trips")));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("experimentRun"))->isEnabled()); // ready for the next

        QSignalSpy exported(&view, &widgets::ExperimentsView::exported);
        for (const QString &kind : {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json")}) {
            const QString file = m_dir.filePath(QStringLiteral("report.") + kind);
            view.exportTo(kind, file);
            QVERIFY(exported.wait(10000));
            QCOMPARE(exported.last().at(1).toString(), QString());
            const QString text = readFile(file);
            if (kind == QLatin1String("pdf"))
                QVERIFY(text.startsWith(QLatin1String("%PDF")) && text.size() > 5000);
            else if (kind == QLatin1String("csv"))
                QVERIFY(text.startsWith(QLatin1String("run,test,site,delay_ms")) && text.count(QLatin1Char('\n')) > 10);
            else
                QVERIFY(text.contains(QLatin1String("\"hawan_experiment\": 1")));
        }
    }

    void readOnlyAndNoRunnerSayWhy()
    {
        core::Fleet fleet(config(true));
        widgets::ExperimentsView readOnly(&fleet, false);
        QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("experimentRun"))->isEnabled());
        QVERIFY(readOnly.findChild<QLabel *>(QStringLiteral("experimentFormNote"))->text().contains(QLatin1String("Read-only")));

        core::Fleet bare(config(false));
        widgets::ExperimentsView noRunner(&bare, true);
        QVERIFY(!noRunner.findChild<QPushButton *>(QStringLiteral("experimentRun"))->isEnabled());
        QVERIFY(noRunner.findChild<QLabel *>(QStringLiteral("experimentFormNote"))->text().contains(QLatin1String("No site has a runner")));
        QVERIFY(!noRunner.findChild<QLineEdit *>(QStringLiteral("experimentDelays"))->isEnabled()); // no emulate: the link as it is
    }

    // "all" chooses every test the configuration allows in one click (the VM tests need their
    // template images: off, with the key to set in their tooltip), and none on the next.
    void allTestsInOneClick()
    {
        auto cfg = config(true);
        cfg.experiments.vmImage = m_dir.filePath(QStringLiteral("vol/tiny.img"));
        core::Fleet fleet(cfg);
        widgets::ExperimentsView view(&fleet, true);
        auto *all = view.findChild<QCheckBox *>(QStringLiteral("experimentTest-all"));
        auto *busy = view.findChild<QCheckBox *>(QStringLiteral("experimentTest-migrate-busy"));
        QVERIFY(all && busy);
        QVERIFY(!busy->isEnabled());
        QVERIFY2(busy->toolTip().contains(QLatin1String("busy_vm_image")), qPrintable(busy->toolTip()));
        QCOMPARE(all->checkState(), Qt::PartiallyChecked);
        all->click();
        for (const char *t : {"metadata", "seq-write", "seq-read", "rand-rw", "vm-lifecycle", "migrate-idle"})
            QVERIFY2(view.findChild<QCheckBox *>(QStringLiteral("experimentTest-") + QLatin1String(t))->isChecked(), t);
        QVERIFY(!busy->isChecked());
        QCOMPARE(all->checkState(), Qt::Checked);
        all->click();
        QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("experimentTest-metadata"))->isChecked());
        QCOMPARE(all->checkState(), Qt::Unchecked);
        view.findChild<QCheckBox *>(QStringLiteral("experimentTest-seq-read"))->setChecked(true);
        QCOMPARE(all->checkState(), Qt::PartiallyChecked);
    }

private:
    config::Config config(bool withRunner)
    {
        auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(), m_dir.filePath(QStringLiteral("exp-ui.toml")));
        if (!cfg)
            qFatal("fixture config");
        config::Config c = cfg.value();
        if (withRunner) {
            c.sites[0].runner = {QStringLiteral("env")};
            c.sites[0].testDir = m_dir.filePath(QStringLiteral("vol"));
            c.links[0].emulate = {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kEmulate), m_dir.filePath(QStringLiteral("delay"))};
        }
        return c;
    }
    QTemporaryDir m_dir;
};

HAWAN_TEST_MAIN(TstExperimentsUi, QApplication)
#include "tst_experimentsui.moc"
