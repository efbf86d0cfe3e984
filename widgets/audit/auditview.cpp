#include "audit/auditview.h"

#include "audit/trail.h"
#include "common/theme.h"
#include "core/fleet.h"
#include "jobs/jobtracker.h"
#include "util/async.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hawan::widgets {

namespace {
enum Column { Time, Who, Action, Subject, Outcome, Text, Columns };
}

AuditView::AuditView(core::Fleet *fleet, QWidget *parent)
    : QWidget(parent), m_fleet(fleet), m_path(core::Fleet::auditPath(fleet->inventory()->config()))
{
    setObjectName(QStringLiteral("auditView"));
    auto *lay = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: user, action, VM or host…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the records whose user, action, subject or text contain these words"));
    m_filter->setMinimumWidth(280);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setToolTip(tr("Read the trail again (F5); it is also read every 10 s while shown"));
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(tr("Check every record and the chain between them: says where a record was edited, removed or "
                            "reordered, or the trail cut short (as 'hawanctl audit verify' does)"));
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_verify);
    lay->addLayout(bar);
    lay->addWidget(m_status);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Time"), tr("Who"), tr("Action"), tr("Subject"), tr("Outcome"), tr("What happened")});
    m_table->header()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);
    lay->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No record yet. What operators do with this configuration (from a console, hawanctl or the HA "
                            "watcher) is recorded here: who, when, what, why and how it ended."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    lay->addWidget(m_empty, 1);
    m_empty->hide();

    connect(m_filter, &QLineEdit::textChanged, this, &AuditView::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &AuditView::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this, this, &AuditView::refresh, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(f5);
    m_poll = new QTimer(this);
    m_poll->setInterval(10000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_poll->start();
    // A job that ends is a record more: read again shortly after (the trail's writer is quick).
    connect(fleet->jobs(), &jobs::JobTracker::jobEnded, this, [this] {
        if (isVisible())
            QTimer::singleShot(500, this, &AuditView::refresh);
    });
    const audit::Key *key = fleet->journal()->key();
    m_verify->setEnabled(key);
    m_status->setText(key ? tr("Trail %1").arg(m_path)
                          : tr("No audit key (%1): records are shown without being authenticated, and Verify is not possible.")
                                .arg(fleet->journal()->keyProblem()));
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

int AuditView::rowCount() const
{
    return m_table->topLevelItemCount();
}

void AuditView::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    auto key = m_fleet->journal()->sharedKey();
    util::runDetached(QStringLiteral("reading the audit trail"), this,
                      [path = m_path, key] { return audit::Trail::read(path, key.get()); },
                      [this, hasKey = bool(key)](QVector<audit::Record> records) {
                          m_loading = false;
                          m_table->clear();
                          const QColor bad = Theme::hostStateColor(model::HostState::Unreachable);
                          QList<QTreeWidgetItem *> items;
                          for (auto it = records.crbegin(); it != records.crend(); ++it) { // newest first
                              const QJsonObject &r = it->json;
                              auto *item = new QTreeWidgetItem;
                              const QDateTime t = QDateTime::fromString(r.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
                              item->setText(Time, t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
                              item->setText(Who, QStringLiteral("%1@%2").arg(r.value(QStringLiteral("user")).toString(),
                                                                            r.value(QStringLiteral("machine")).toString()));
                              item->setToolTip(Who, tr("%1, pid %2").arg(r.value(QStringLiteral("program")).toString())
                                                         .arg(r.value(QStringLiteral("pid")).toInteger()));
                              item->setText(Action, r.value(QStringLiteral("what")).toString());
                              item->setText(Subject, r.value(QStringLiteral("subject")).toString());
                              item->setText(Outcome, r.value(QStringLiteral("outcome")).toString());
                              const QString why = r.value(QStringLiteral("why")).toString();
                              item->setText(Text, r.value(QStringLiteral("text")).toString()
                                                      + (why.isEmpty() ? QString() : tr(" — why: %1").arg(why)));
                              item->setToolTip(Text, item->text(Text));
                              if (hasKey && !it->authentic) {
                                  for (int c = 0; c < Columns; ++c) {
                                      item->setForeground(c, bad);
                                      item->setToolTip(c, tr("Line %1 is not authentic: edited, or written with another key. "
                                                             "Verify tells more.").arg(it->line));
                                  }
                              }
                              const QString outcome = item->text(Outcome);
                              if (outcome == QLatin1String("failed"))
                                  item->setForeground(Outcome, bad);
                              items << item;
                          }
                          m_table->addTopLevelItems(items);
                          for (int c = 0; c < Text; ++c)
                              m_table->resizeColumnToContents(c);
                          m_table->setVisible(!items.isEmpty());
                          m_empty->setVisible(items.isEmpty());
                          applyFilter();
                      });
}

void AuditView::verify()
{
    auto key = m_fleet->journal()->sharedKey();
    if (!key)
        return;
    m_verify->setEnabled(false);
    m_status->setText(tr("Verifying %1…").arg(m_path));
    util::runDetached(QStringLiteral("verifying the audit trail"), this,
                      [path = m_path, key] { return audit::Trail::verify(path, *key); },
                      [this](audit::Verification v) {
                          m_verify->setEnabled(true);
                          if (v.ok()) {
                              m_status->setText(tr("<b>Intact</b>: %n record(s), every one authentic and in order, none "
                                                   "missing at the end (verified %1).", nullptr, v.records)
                                                    .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
                              return;
                          }
                          QStringList lines;
                          for (const auto &f : v.findings)
                              lines << (f.line > 0 ? tr("line %1: %2").arg(f.line).arg(f.text.toHtmlEscaped()) : f.text.toHtmlEscaped());
                          m_status->setText(tr("<span style='color:%1'><b>NOT intact</b></span> (%n finding(s)):<br>%2<br>Keep a copy of "
                                               "the file as it is and compare it with a backup.", nullptr, int(v.findings.size()))
                                                .arg(Theme::hostStateColor(model::HostState::Unreachable).name(),
                                                     lines.join(QStringLiteral("<br>"))));
                      });
}

void AuditView::applyFilter()
{
    const QString f = m_filter->text().trimmed();
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        auto *item = m_table->topLevelItem(i);
        bool show = f.isEmpty();
        for (int c = Who; !show && c < Columns; ++c)
            show = item->text(c).contains(f, Qt::CaseInsensitive);
        item->setHidden(!show);
    }
}

} // namespace hawan::widgets
