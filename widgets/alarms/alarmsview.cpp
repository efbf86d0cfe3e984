#include "alarms/alarmsview.h"

#include "alarms/alarmstyle.h"
#include "common/format.h"
#include "common/theme.h"
#include "core/fleet.h"

#include <QApplication>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hawan::widgets {

namespace {
enum Column { Severity, Since, What, Acknowledged, Columns };
constexpr int KeyRole = Qt::UserRole;
constexpr int ShelvedRole = Qt::UserRole + 1;

QIcon severityIcon(alarms::Severity s)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(severityColor(s));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pm);
}

// The comment given (tests, scripts), else the one the operator types; nothing when cancelled.
std::optional<QString> askComment(QWidget *parent, const QString &title, const QString &label, const QString *given)
{
    if (given)
        return given->trimmed();
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    return ok ? std::optional<QString>(text.trimmed()) : std::nullopt;
}

QString clock(const QDateTime &t)
{
    const QDateTime l = t.toLocalTime();
    return l.date() == QDate::currentDate() ? l.toString(QStringLiteral("HH:mm:ss")) : l.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AlarmsView::AlarmsView(core::Fleet *fleet, bool canAct, QWidget *parent)
    : QWidget(parent), m_fleet(fleet), m_canAct(canAct && fleet->access().canChange())
{
    setObjectName(QStringLiteral("alarmsView"));
    auto *lay = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alarmsSummary"));
    m_summary->setWordWrap(true);
    m_ack = new QPushButton(Theme::icon(QStringLiteral("warning")), tr("Acknowledge…"), this);
    m_ack->setObjectName(QStringLiteral("alarmAck"));
    m_ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_shelve = new QToolButton(this);
    m_shelve->setObjectName(QStringLiteral("alarmShelve"));
    m_shelve->setText(tr("Shelve"));
    m_shelve->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_shelve);
    for (const auto &[minutes, label] : {std::pair{30, tr("For 30 minutes…")}, std::pair{120, tr("For 2 hours…")},
                                         std::pair{480, tr("For 8 hours…")}, std::pair{1440, tr("For a day…")}})
        connect(menu->addAction(label), &QAction::triggered, this, [this, m = minutes] { shelveSelected(m); });
    m_shelve->setMenu(menu);
    m_unshelve = new QPushButton(tr("Unshelve"), this);
    m_unshelve->setObjectName(QStringLiteral("alarmUnshelve"));
    m_sound = new QCheckBox(tr("Sound"), this);
    m_sound->setObjectName(QStringLiteral("alarmSound"));
    m_sound->setToolTip(tr("Beep when a new critical alarm is raised (a desktop notification is shown either way)"));
    m_sound->setChecked(QSettings().value(QStringLiteral("alarms/sound"), false).toBool());
    connect(m_sound, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("alarms/sound"), on); });
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_sound);
    bar->addWidget(m_ack);
    bar->addWidget(m_shelve);
    bar->addWidget(m_unshelve);
    lay->addLayout(bar);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("alarmsTree"));
    m_tree->setHeaderLabels({tr("Severity"), tr("Since"), tr("Alarm"), tr("Acknowledged")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    // Fixed widths, not fitted to the contents: fitting measures every row at every rebuild
    // (tens of milliseconds with hundreds of alarms).
    const QFontMetrics fm(font());
    m_tree->header()->setSectionResizeMode(Severity, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(Since, QHeaderView::Interactive);
    m_tree->header()->resizeSection(Severity, fm.horizontalAdvance(QStringLiteral("Critical")) * 3 / 2 + 40);
    m_tree->header()->resizeSection(Since, fm.horizontalAdvance(QStringLiteral("00:00:00 – 00:00:00")) + 24);
    m_tree->header()->setSectionResizeMode(Acknowledged, QHeaderView::Interactive);
    m_tree->header()->resizeSection(Acknowledged, 260);
    lay->addWidget(m_tree, 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("alarmDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    lay->addWidget(m_detail);

    const QString readOnlyWhy = tr("Read-only console: alarms are acknowledged and shelved from an operator's console, "
                                   "or with hawanctl alarms ack KEY");
    m_ack->setToolTip(m_canAct ? tr("Acknowledge the selected alarm, with a comment the other consoles see (Ctrl+K)") : readOnlyWhy);
    m_shelve->setToolTip(m_canAct ? tr("Hide the selected alarm's condition from the active list, the notifications and "
                                       "the wall for a while (maintenance, a known problem)")
                                  : readOnlyWhy);
    m_unshelve->setToolTip(m_canAct ? tr("Show the selected shelved condition's alarms again") : readOnlyWhy);

    connect(m_ack, &QPushButton::clicked, this, [this] { acknowledgeSelected(); });
    connect(m_unshelve, &QPushButton::clicked, this, &AlarmsView::unshelveSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AlarmsView::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, KeyRole).toString().isEmpty() && !item->data(0, ShelvedRole).toBool())
            acknowledgeSelected();
    });

    auto *book = m_fleet->alarms();
    // Coalesced: while a thousand hosts report for the first time the book changes at every round.
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(250);
    connect(m_soon, &QTimer::timeout, this, &AlarmsView::rebuild);
    // The first change after a quiet spell shows at once (an acknowledgement made here or elsewhere).
    connect(book, &alarms::AlarmBook::changed, this, [this] {
        if (!isVisible()) { // a tab behind another: rebuilt when shown
            m_dirty = true;
            return;
        }
        if (m_soon->isActive())
            return;
        if (!m_lastRebuild.isValid() || m_lastRebuild.elapsed() >= m_soon->interval())
            rebuild();
        else
            m_soon->start();
    });
    connect(book, &alarms::AlarmBook::raised, this, [this](const alarms::Alarm &a) {
        if (a.condition.severity == alarms::Severity::Critical && !a.acknowledged()) {
            notify(a);
            Q_EMIT criticalRaised(a);
        }
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(30000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            rebuild();
        else
            m_dirty = true;
    });
    m_tick->start();
    rebuild();
}

void AlarmsView::rebuildNow()
{
    m_soon->stop();
    rebuild();
}

QTreeWidgetItem *AlarmsView::addRow(QTreeWidgetItem *group, const alarms::Alarm &a, bool shelved)
{
    auto *item = new QTreeWidgetItem(group);
    const auto &c = a.condition;
    item->setIcon(Severity, severityIcon(c.severity));
    item->setText(Severity, alarms::severityName(c.severity));
    item->setText(Since, a.active() ? clock(a.raisedAt) : tr("%1 – %2").arg(clock(a.raisedAt), clock(a.clearedAt)));
    item->setToolTip(Since, a.active() ? tr("Raised %1 ago").arg(Format::age(a.raisedAt))
                                       : tr("Raised at %1, cleared at %2").arg(a.raisedAt.toLocalTime().toString(), a.clearedAt.toLocalTime().toString()));
    item->setText(What, c.text);
    item->setToolTip(What, QStringLiteral("<p>%1</p><p>%2</p><p><tt>%3</tt></p>").arg(c.text.toHtmlEscaped(), c.advice.toHtmlEscaped(), c.key.toHtmlEscaped()));
    QString ack;
    if (a.acknowledged())
        ack = a.ackComment.isEmpty() ? tr("%1 at %2").arg(a.ackBy, clock(a.ackAt)) : tr("%1 at %2: %3").arg(a.ackBy, clock(a.ackAt), a.ackComment);
    else if (a.active() && !shelved)
        ack = tr("not yet");
    item->setText(Acknowledged, ack);
    item->setToolTip(Acknowledged, ack);
    if (a.active() && !a.acknowledged() && !shelved) {
        QFont f = item->font(What);
        f.setBold(true);
        for (int col = 0; col < Columns; ++col)
            item->setFont(col, f);
    }
    if (!a.active() || shelved)
        for (int col = 0; col < Columns; ++col)
            item->setForeground(col, Theme::mutedText());
    if (a.active()) {
        item->setData(0, KeyRole, c.key);
        item->setData(0, ShelvedRole, shelved);
    }
    return item;
}

void AlarmsView::rebuild()
{
    m_lastRebuild.start();
    m_dirty = false;
    const QString keep = selectedKey();
    auto *book = m_fleet->alarms();
    const auto all = book->active(true);
    QVector<alarms::Alarm> active, shelved;
    for (const auto &a : all)
        (book->shelf(a.condition.key) ? shelved : active) << a;
    const auto history = book->history();

    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    auto group = [this](const QString &title) {
        auto *g = new QTreeWidgetItem(m_tree, {title});
        g->setFirstColumnSpanned(true);
        QFont f = g->font(0);
        f.setBold(true);
        g->setFont(0, f);
        g->setFlags(Qt::ItemIsEnabled);
        g->setExpanded(true);
        return g;
    };
    // Rows are listed up to a limit (the most severe, unacknowledged and oldest first): a national
    // network's thousand crashed VMs would cost a tenth of a second of GUI thread at every change,
    // and nobody reads past the first screens; the row after the last says how many are left out.
    auto more = [](QTreeWidgetItem *g, qsizetype left) {
        auto *item = new QTreeWidgetItem(g, {QString(), QString(), tr("%n more not listed here: acknowledge or shelve those above, "
                                                                       "or list them all with hawanctl alarms.", nullptr, int(left))});
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(What, Theme::mutedText());
    };
    auto *activeGroup = group(tr("Active (%1)").arg(active.size()));
    for (qsizetype i = 0; i < active.size(); ++i) {
        if (i == kMaxRows) {
            more(activeGroup, active.size() - i);
            break;
        }
        addRow(activeGroup, active[i], false);
    }
    if (active.isEmpty()) {
        auto *none = new QTreeWidgetItem(activeGroup, {QString(), QString(), tr("No active alarm: every host answers, the storage "
                                                                                 "is in sync and the link within its limits.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(What, Theme::mutedText());
    }
    if (!shelved.isEmpty()) {
        auto *g = group(tr("Shelved (%1)").arg(shelved.size()));
        for (qsizetype i = 0; i < shelved.size(); ++i) {
            if (i == kMaxRows) {
                more(g, shelved.size() - i);
                break;
            }
            const auto &a = shelved[i];
            auto *item = addRow(g, a, true);
            const auto s = book->shelf(a.condition.key);
            item->setText(Acknowledged, s->comment.isEmpty() ? tr("shelved by %1 until %2").arg(s->by, clock(s->until))
                                                             : tr("shelved by %1 until %2: %3").arg(s->by, clock(s->until), s->comment));
        }
    }
    auto *cleared = group(tr("Cleared (%1)").arg(history.size()));
    int shown = 0;
    for (const auto &a : history) {
        if (++shown > 100)
            break;
        addRow(cleared, a, false);
    }
    cleared->setExpanded(!history.empty());
    m_tree->setUpdatesEnabled(true);
    if (!keep.isEmpty())
        select(keep);

    const int critical = book->count(alarms::Severity::Critical, true);
    const int unacked = book->count(alarms::Severity::Warning, true);
    if (active.isEmpty())
        m_summary->setText(tr("No active alarm."));
    else if (unacked == 0)
        m_summary->setText(tr("%n active alarm(s), all acknowledged.", nullptr, int(active.size())));
    else
        m_summary->setText(critical ? tr("<b style='color:#d03434'>%n critical alarm(s) not acknowledged.</b> Select one, read what to do, "
                                         "then acknowledge it (Ctrl+K).", nullptr, critical)
                                    : tr("%n alarm(s) not acknowledged. Select one, read what to do, then acknowledge it (Ctrl+K).", nullptr, unacked));
    updateButtons();
}

void AlarmsView::updateButtons()
{
    const QString key = selectedKey();
    const bool shelved = m_tree->currentItem() && m_tree->currentItem()->data(0, ShelvedRole).toBool();
    const alarms::Alarm *a = key.isEmpty() ? nullptr : m_fleet->alarms()->find(key);
    m_ack->setEnabled(m_canAct && a && !a->acknowledged());
    m_shelve->setEnabled(m_canAct && a && !shelved);
    m_unshelve->setEnabled(m_canAct && shelved);
    if (!a) {
        auto *item = m_tree->currentItem();
        m_detail->setText(item && item->parent() ? QStringLiteral("%1").arg(item->toolTip(What)) : tr("Select an alarm to see what to do."));
        return;
    }
    m_detail->setText(QStringLiteral("<b>%1</b><br>%2<br><span style='color:gray'>%3</span>")
                          .arg(a->condition.text.toHtmlEscaped(), a->condition.advice.toHtmlEscaped(), a->condition.key.toHtmlEscaped()));
}

QString AlarmsView::selectedKey() const
{
    auto *item = m_tree->currentItem();
    return item ? item->data(0, KeyRole).toString() : QString();
}

void AlarmsView::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    if (m_dirty)
        rebuildNow();
}

bool AlarmsView::select(const QString &key)
{
    if (m_dirty)
        rebuildNow();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        auto *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, KeyRole).toString() == key) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
    }
    return false;
}

void AlarmsView::acknowledgeSelected(const QString *givenComment)
{
    const QString key = selectedKey();
    const alarms::Alarm *a = key.isEmpty() ? nullptr : m_fleet->alarms()->find(key);
    if (!m_canAct || !a || a->acknowledged())
        return;
    const auto comment = askComment(this, tr("Acknowledge alarm"),
                                    tr("<b>%1</b><p>%2</p><p>Comment (optional: what you are doing about it; every console sees it):</p>")
                                        .arg(a->condition.text.toHtmlEscaped(), a->condition.advice.toHtmlEscaped()),
                                    givenComment);
    if (!comment)
        return;
    QString error;
    if (!m_fleet->acknowledgeAlarm(key, *comment, &error))
        QMessageBox::warning(this, tr("Not acknowledged"), tr("The alarm was not acknowledged: %1").arg(error));
    else
        rebuildNow(); // the operator's own action shows at once
}

void AlarmsView::shelveSelected(int minutes, const QString *givenComment)
{
    const QString key = selectedKey();
    if (!m_canAct || key.isEmpty())
        return;
    const auto comment = askComment(this, tr("Shelve alarm"),
                                    tr("Alarms of <tt>%1</tt> are hidden from the active list, notifications and the wall "
                                       "for %2 minutes.<p>Why (every console sees it)?</p>").arg(key.toHtmlEscaped()).arg(minutes),
                                    givenComment);
    if (!comment)
        return;
    QString error;
    if (!m_fleet->shelveAlarm(key, QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60), *comment, &error))
        QMessageBox::warning(this, tr("Not shelved"), tr("The alarm was not shelved: %1").arg(error));
    else
        rebuildNow();
}

void AlarmsView::unshelveSelected()
{
    const QString key = selectedKey();
    if (!m_canAct || key.isEmpty())
        return;
    QString error;
    if (!m_fleet->unshelveAlarm(key, &error))
        QMessageBox::warning(this, tr("Not unshelved"), error);
    else
        rebuildNow();
}

void AlarmsView::notify(const alarms::Alarm &a)
{
    // A desktop notification (freedesktop.org's service, asynchronous: nothing waits for it), the
    // window's taskbar entry flagged, and a beep when asked for.
    // Only on a session bus that exists: without one, libdbus may try to launch one (not on this thread).
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        QDBusMessage msg = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                                          QStringLiteral("/org/freedesktop/Notifications"),
                                                          QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
        msg << QStringLiteral("Hawan") << 0u << QStringLiteral("dialog-error") << tr("Critical alarm") << a.condition.text
            << QStringList() << QVariantMap{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(2)}} << 0;
        QDBusConnection::sessionBus().asyncCall(msg);
    }
    QApplication::alert(window());
    if (m_sound->isChecked())
        QApplication::beep();
}

} // namespace hawan::widgets
