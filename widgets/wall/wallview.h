#pragma once
// The wall view: one full screen for a control room, read from across the room (about 4 m) with
// nothing to hover or scroll. Each site's hosts (state, running VMs) side by side with the WAN link
// between them (round trip, loss), the storage's state, the active alarms and the last hour of
// the link's round trip. Sizes follow the screen's height; with more than two sites it shows two at
// a time and turns to the next every few seconds. It acts on nothing.
#include <QTimer>
#include <QWidget>

class QCustomPlot;

namespace hawan::core { class Fleet; }

namespace hawan::widgets {

class WallView : public QWidget
{
    Q_OBJECT
public:
    explicit WallView(core::Fleet *fleet, QWidget *parent = nullptr);

    int page() const { return m_page; }
    int pageCount() const;
    static constexpr int kSitesPerPage = 2;
    static constexpr int kPageSeconds = 12;

Q_SIGNALS:
    void closeRequested(); // Esc (a wall opened from the console closes; `hawan --wall` quits)

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshPlot();
    void styleAxes();
    QRect plotRect() const;

    core::Fleet *m_fleet;
    QCustomPlot *m_plot;
    QTimer m_repaint, m_turn, m_plotTimer;
    int m_page = 0;
};

} // namespace hawan::widgets
