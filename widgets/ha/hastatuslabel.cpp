#include "ha/hastatuslabel.h"

#include "core/fleet.h"
#include "ha/watcher.h"
#include "common/theme.h"
#include "util/async.h"

#include <QJsonArray>

namespace hawan::widgets {

HaStatusLabel::HaStatusLabel(core::Fleet *fleet, QWidget *parent) : QLabel(parent), m_fleet(fleet)
{
    setObjectName(QStringLiteral("haStatus"));
    setContentsMargins(8, 0, 8, 0);
    setText(tr("HA: …"));
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &HaStatusLabel::poll);
    m_timer.start();
    poll();
}

void HaStatusLabel::poll()
{
    if (m_asking)
        return;
    m_asking = true;
    util::runDetached(tr("reading the HA watcher's lease"), this,
                      [config = m_fleet->inventory()->config()] { return ha::watcherStatus(config); },
                      [this](const ha::WatcherStatus &st) {
                          m_asking = false;
                          QColor dot;
                          QString text, tip;
                          if (!st.error.isEmpty()) {
                              dot = Theme::hostStateColor(model::HostState::Connecting);
                              text = tr("HA: unknown");
                              tip = tr("The HA watcher's lease cannot be read: %1").arg(st.error);
                          } else if (!st.acting) {
                              dot = Theme::hostStateColor(model::HostState::Connecting);
                              text = tr("HA: no watcher");
                              tip = tr("No HA watcher acts for this configuration: a dead host's VMs come back only when an "
                                       "operator recovers it (Hosts → Recover). Start one with 'hawanctl ha' (or its systemd "
                                       "unit, hawan-ha.service).");
                          } else {
                              const bool silent = st.silentS > ha::WatcherStatus::kSilentAfterS;
                              dot = Theme::hostStateColor(silent ? model::HostState::Unreachable : model::HostState::Up);
                              text = silent ? tr("HA: watcher silent for %1 s").arg(st.silentS)
                                            : tr("HA: watching from %1").arg(st.holder.machine);
                              tip = tr("HA watcher: %1").arg(st.holder.describe());
                              const QJsonArray events = st.holder.detail.value(QStringLiteral("events")).toArray();
                              if (!events.isEmpty())
                                  tip += QStringLiteral("\n\n") + tr("What it did last:");
                              for (const auto &e : events) {
                                  const QJsonObject o = e.toObject();
                                  tip += QStringLiteral("\n%1  %2%3")
                                             .arg(o.value(QStringLiteral("at")).toString().mid(11, 8),
                                                  o.value(QStringLiteral("alarm")).toBool() ? tr("ALARM ") : QString(),
                                                  o.value(QStringLiteral("text")).toString());
                              }
                          }
                          setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(dot.name(), text.toHtmlEscaped()));
                          setToolTip(tip);
                      });
}

} // namespace hawan::widgets
