// The placement model stays consistent (QAbstractItemModelTester) through arrivals, departures
// and a VM moving between hosts, and the filtered view's count follows.
#include "model/inventory.h"
#include "placement/placementview.h"
#include "placement/vmfilterproxy.h"
#include "placement/vmtablemodel.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QTableView>

using namespace hawan;
using namespace hawan::model;
using hawan::test::vm;

namespace {
config::Config threeHosts()
{
    config::Config c;
    c.sites.resize(2);
    c.sites[0].name = QStringLiteral("A");
    c.sites[1].name = QStringLiteral("B");
    c.hosts = {test::host(QStringLiteral("a1"), QStringLiteral("A"), QStringLiteral("test:///a1")),
               test::host(QStringLiteral("a2"), QStringLiteral("A"), QStringLiteral("test:///a2")),
               test::host(QStringLiteral("b1"), QStringLiteral("B"), QStringLiteral("test:///b1"))};
    return c;
}
} // namespace

class TstVmTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consistentThroughMoves();
};

void TstVmTableModel::consistentThroughMoves()
{
    Inventory inv(threeHosts());
    widgets::PlacementView view(&inv);
    QAbstractItemModelTester srcTester(view.sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *count = view.findChild<QLabel *>(QStringLiteral("placementCount"));

    inv.applySnapshot(0, test::snapshot({vm("x"), vm("y")}));
    inv.applySnapshot(1, test::snapshot({vm("p")}));
    inv.applySnapshot(2, test::snapshot({vm("m"), vm("n")}));
    QCOMPARE(view.sourceModel()->rowCount(), 5);
    QCOMPARE(view.proxy()->rowCount(), 5);

    // A migration as the console sees it: the VM appears on the destination first, then leaves
    // the source on the source's next report.
    inv.applySnapshot(2, test::snapshot({vm("m"), vm("n"), vm("y")}));
    QCOMPARE(view.sourceModel()->rowCount(), 6);
    inv.applySnapshot(0, test::snapshot({vm("x")}));
    QCOMPARE(view.sourceModel()->rowCount(), 5);
    QCOMPARE(view.proxy()->rowCount(), 5);
    QTRY_COMPARE(count->text(), QStringLiteral("5 VMs"));
    // Rows still say where each VM is.
    QStringList where;
    for (int r = 0; r < view.sourceModel()->rowCount(); ++r)
        where << view.sourceModel()->index(r, widgets::VmTableModel::Name).data().toString() + QLatin1Char('@')
                     + view.sourceModel()->index(r, widgets::VmTableModel::Host).data().toString();
    QCOMPARE(where, (QStringList{"x@a1", "p@a2", "m@b1", "n@b1", "y@b1"}));

    // The middle host empties, then refills.
    inv.applySnapshot(1, test::snapshot({}));
    inv.applySnapshot(1, test::snapshot({vm("q"), vm("p")}));
    QCOMPARE(view.proxy()->rowCount(), 6);
    QTRY_COMPARE(count->text(), QStringLiteral("6 VMs"));
}

HAWAN_TEST_MAIN(TstVmTableModel, QApplication)
#include "tst_vmtablemodel.moc"
