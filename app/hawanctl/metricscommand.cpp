#include "metricscommand.h"

#include "output.h"

#include "core/fleet.h"
#include "core/metrics.h"
#include "util/termination.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace hawanctl {

using namespace hawan;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("hawanctl", s); }

// "127.0.0.1:9477", "[::1]:9477", ":9477" (every address). False when it is not that.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    *address = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    *port = quint16(p);
    return !address->isNull();
}
} // namespace

int serveMetrics(QCoreApplication &app, core::Fleet &fleet, const QString &listen)
{
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(listen, &address, &port)) {
        err() << tr("hawanctl: --listen takes ADDRESS:PORT, e.g. 127.0.0.1:9477 or [::1]:9477 (':9477' listens on every address)")
              << Qt::endl;
        return Usage;
    }
    QHttpServer server;
    server.route(QStringLiteral("/metrics"), [&fleet](const QHttpServerRequest &request) {
        QByteArray accept;
        for (const auto &[name, value] : request.headers())
            if (name.compare("accept", Qt::CaseInsensitive) == 0)
                accept = value;
        const core::MetricsFormat format = core::metricsFormatFor(accept);
        return QHttpServerResponse(core::metricsContentType(format), core::renderMetrics(fleet, format));
    });
    server.route(QStringLiteral("/"), [] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                   QByteArrayLiteral("Hawan metrics exporter: scrape /metrics\n"));
    });
    if (server.listen(address, port) == 0) {
        err() << tr("hawanctl: cannot listen on %1: the port is taken, or the address is not this machine's").arg(listen) << Qt::endl;
        return Failed;
    }
    fleet.start(true);
    fleet.startLinkProbes();
    out() << tr("Serving the metrics of %1 hosts on http://%2/metrics (Ctrl+C stops)")
                 .arg(fleet.inventory()->hostCount())
                 .arg(listen)
          << Qt::endl;
    util::quitOnTerminationSignals(&app);
    return app.exec();
}

} // namespace hawanctl
