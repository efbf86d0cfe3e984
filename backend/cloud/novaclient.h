#pragma once
// One cloud's REST client: Keystone v3 tokens (password or application credential from
// clouds.yaml), then Compute API calls with Hawan's microversion. Asynchronous over Qt Network on
// the caller's thread (no call blocks it); the credentials file is read on a thread of its own.
// A token about to expire is renewed before a call; a call answered 401 (token revoked or expired
// early) authenticates again and is sent once more. The token and the secrets never reach a log,
// the journal or an error text.
#include "cloud/cloudauth.h"
#include "cloud/nova.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <deque>
#include <optional>
#include <functional>

class QNetworkAccessManager;

namespace hawan::cloud {

class NovaClient : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int http = 0;       // 0: no answer
        QByteArray body;
        ApiError error;     // when not 2xx
        bool ok() const { return http >= 200 && http < 300; }
    };
    using Done = std::function<void(const Answer &)>;

    // `entry` of `cloudsYaml` (empty: the usual places); `region`/`interface` override the entry's.
    NovaClient(QString entry, QString cloudsYaml, QString region, QString interface, QObject *parent = nullptr);
    ~NovaClient() override;

    // A Compute API call: `path` below the compute endpoint ("/servers/detail"); `body` JSON or empty.
    // `done` runs on this object's thread, unless `context` is gone by then.
    void compute(const QByteArray &verb, const QString &path, const QByteArray &body, QObject *context, Done done);

    bool hasToken() const;
    // Calls asked and not answered yet (queued behind a token, or on the wire).
    int pending() const { return m_inFlight + int(m_queue.size()); }
    QString lastAuthError() const { return m_authError; }
    QString userName() const { return m_token.userName; }
    QString computeUrl() const { return m_computeUrl; }
    int authentications() const { return m_authentications; } // how many tokens were asked for (tests)
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Forget the token (tests: as if it expired).
    void dropToken() { m_token = {}; }

Q_SIGNALS:
    void authenticationFailed(const QString &why);

private:
    struct Pending
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QPointer<QObject> context;
        Done done;
        bool retried = false;
    };
    void enqueue(Pending p);
    void authenticate();
    void flush();
    void send(Pending p);
    void failAll(const ApiError &e);

    QString m_entry, m_cloudsYaml, m_region, m_interface;
    std::optional<CloudAuth> m_auth;
    std::optional<QSslConfiguration> m_ssl; // a CA file (read once with clouds.yaml) or verify: false
    Token m_token;
    QString m_computeUrl;
    QString m_authError;
    bool m_authenticating = false;
    int m_authentications = 0;
    int m_timeoutMs = 30000;
    int m_inFlight = 0;
    std::deque<Pending> m_queue;
    QNetworkAccessManager *m_net = nullptr;
};

} // namespace hawan::cloud
