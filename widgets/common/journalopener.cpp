#include "common/journalopener.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <future>

namespace hawan::widgets {

std::unique_ptr<jobs::Journal> openJournalWithoutFreezing(const QString &path, std::function<std::unique_ptr<jobs::Journal>()> open)
{
    QThread *gui = QThread::currentThread();
    // A plain thread, not std::async: the future of std::async would wait for it when destroyed,
    // and a read stuck in a hung filesystem must not take the exit with it.
    auto promise = std::make_shared<std::promise<jobs::Journal *>>();
    std::future<jobs::Journal *> opened = promise->get_future();
    std::thread([path, open = std::move(open), gui, promise] {
        auto *journal = open ? open().release() : new jobs::Journal(path);
        journal->moveToThread(gui); // pushed from its own thread to the GUI's, before anyone sees it
        promise->set_value(journal);
    }).detach();

    QElapsedTimer waited;
    waited.start();
    std::unique_ptr<QMessageBox> notice;
    bool quit = false;
    while (opened.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
        const qint64 s = waited.elapsed() / 1000;
        if (!notice && waited.elapsed() > 1000) {
            notice = std::make_unique<QMessageBox>(QMessageBox::Information, QApplication::translate("journal", "Hawan: reading the journal"),
                                                   QString(), QMessageBox::NoButton);
            notice->setObjectName(QStringLiteral("journalWait"));
            QPushButton *q = notice->addButton(QApplication::translate("journal", "Quit"), QMessageBox::RejectRole);
            QObject::connect(q, &QPushButton::clicked, [&quit] { quit = true; });
            notice->setModal(false);
            notice->show();
        }
        if (notice)
            notice->setText(s < 10 ? QApplication::translate("journal", "Reading the journal %1 (what plans ran, what is in maintenance)…").arg(path)
                                   : QApplication::translate("journal", "The disk holding the journal %1 has not answered for %2 s. Hawan waits: "
                                                                        "nothing is done before the journal is read, so no plan is lost or run "
                                                                        "twice. Check that filesystem (a hung network mount?), or Quit.")
                                         .arg(path).arg(s));
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        if (quit) {
            std::fprintf(stderr, "hawan: gave up waiting for the journal %s after %lld s\n", qPrintable(path), static_cast<long long>(s));
            std::fflush(stderr);
            std::_Exit(1); // the reader is stuck in the kernel: no clean way to stop it
        }
    }
    return std::unique_ptr<jobs::Journal>(opened.get());
}

} // namespace hawan::widgets
