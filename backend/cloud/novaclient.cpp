#include "cloud/novaclient.h"

#include "util/async.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace hawan::cloud {

namespace {

// A token this close to its end is renewed before a call, not used.
constexpr qint64 kRenewBeforeS = 120;

ApiError transportError(QNetworkReply *r)
{
    ApiError e;
    e.http = 0;
    e.kind = QStringLiteral("transport");
    e.message = r->errorString();
    return e;
}

} // namespace

NovaClient::NovaClient(QString entry, QString cloudsYaml, QString region, QString interface, QObject *parent)
    : QObject(parent), m_entry(std::move(entry)), m_cloudsYaml(std::move(cloudsYaml)), m_region(std::move(region)),
      m_interface(std::move(interface)), m_net(new QNetworkAccessManager(this))
{
}

NovaClient::~NovaClient() = default;

bool NovaClient::hasToken() const
{
    return !m_token.id.isEmpty() && !m_computeUrl.isEmpty() &&
           (!m_token.expires.isValid() || QDateTime::currentDateTimeUtc().secsTo(m_token.expires) > kRenewBeforeS);
}

void NovaClient::compute(const QByteArray &verb, const QString &path, const QByteArray &body, QObject *context, Done done)
{
    enqueue({verb, path, body, context, std::move(done), false});
}

void NovaClient::enqueue(Pending p)
{
    if (hasToken()) {
        send(std::move(p));
        return;
    }
    m_queue.push_back(std::move(p));
    authenticate();
}

void NovaClient::flush()
{
    auto queue = std::move(m_queue);
    m_queue.clear();
    for (auto &p : queue)
        send(std::move(p));
}

void NovaClient::failAll(const ApiError &e)
{
    auto queue = std::move(m_queue);
    m_queue.clear();
    for (auto &p : queue)
        if (p.done && p.context)
            p.done(Answer{e.http, {}, e});
}

void NovaClient::authenticate()
{
    if (m_authenticating)
        return;
    m_authenticating = true;
    if (!m_auth) {
        // clouds.yaml and its CA file are files: read once, off this thread.
        struct Loaded
        {
            Result<CloudAuth, QString> auth;
            QList<QSslCertificate> ca;
        };
        util::runDetached(QStringLiteral("clouds.yaml %1").arg(m_entry), this,
                          [entry = m_entry, file = m_cloudsYaml] {
                              Loaded l{loadCloudAuth(entry, file), {}};
                              if (l.auth && !l.auth->caFile.isEmpty())
                                  l.ca = QSslCertificate::fromPath(l.auth->caFile);
                              return l;
                          },
                          [this](Loaded loaded) {
                              Result<CloudAuth, QString> &r = loaded.auth;
                              m_authenticating = false;
                              if (!r) {
                                  m_authError = r.error();
                                  Q_EMIT authenticationFailed(m_authError);
                                  failAll(ApiError{0, QStringLiteral("credentials"), m_authError});
                                  return;
                              }
                              m_auth = r.value();
                              if (!m_auth->caFile.isEmpty() || !m_auth->verify) {
                                  QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
                                  ssl.addCaCertificates(loaded.ca);
                                  if (!m_auth->verify)
                                      ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
                                  m_ssl = ssl;
                              }
                              if (!m_region.isEmpty())
                                  m_auth->region = m_region;
                              if (!m_interface.isEmpty())
                                  m_auth->interface = m_interface;
                              authenticate();
                          });
        return;
    }
    ++m_authentications;
    QNetworkRequest req(QUrl(m_auth->authUrl + QStringLiteral("/auth/tokens")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(m_timeoutMs);
    if (m_ssl)
        req.setSslConfiguration(*m_ssl);
    QNetworkReply *r = m_net->post(req, m_auth->tokenRequest());
    connect(r, &QNetworkReply::finished, this, [this, r] {
        r->deleteLater();
        m_authenticating = false;
        const int http = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = r->readAll();
        ApiError e;
        if (http == 0) {
            e = transportError(r);
            e.message = tr("Keystone at %1 did not answer: %2").arg(m_auth->authUrl, e.message);
        } else if (http < 200 || http >= 300) {
            e = parseError(http, body);
            e.message = tr("Keystone refused the credentials of cloud '%1' (%2): %3").arg(m_entry, m_auth->file.isEmpty() ? QStringLiteral("clouds.yaml") : m_auth->file, e.text());
        } else {
            auto tok = parseToken(r->rawHeader("X-Subject-Token"), body);
            if (!tok) {
                e = ApiError{http, QStringLiteral("token"), tok.error()};
            } else {
                const QString url = tok->endpoint(QStringLiteral("compute"), m_auth->interface, m_auth->region);
                if (url.isEmpty()) {
                    e = ApiError{http, QStringLiteral("catalog"),
                                 tr("the service catalog has no %1 compute endpoint%2").arg(m_auth->interface,
                                                                                              m_auth->region.isEmpty() ? QString() : tr(" in region %1").arg(m_auth->region))};
                } else {
                    m_token = tok.value();
                    m_computeUrl = url;
                    m_authError.clear();
                    flush();
                    return;
                }
            }
        }
        m_authError = e.message;
        Q_EMIT authenticationFailed(m_authError);
        failAll(e);
    });
}

void NovaClient::send(Pending p)
{
    QNetworkRequest req(QUrl(m_computeUrl + p.path));
    req.setRawHeader("X-Auth-Token", m_token.id.toLatin1());
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("OpenStack-API-Version", QByteArray("compute ") + kComputeMicroversion);
    req.setRawHeader("X-OpenStack-Nova-API-Version", kComputeMicroversion);
    req.setTransferTimeout(m_timeoutMs);
    if (m_ssl)
        req.setSslConfiguration(*m_ssl);
    if (!p.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *r = m_net->sendCustomRequest(req, p.verb, p.body);
    ++m_inFlight;
    connect(r, &QNetworkReply::finished, this, [this, r, p = std::move(p)]() mutable {
        r->deleteLater();
        --m_inFlight;
        Answer a;
        a.http = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = r->readAll();
        if (a.http == 401 && !p.retried) {
            // Expired or revoked early: a new token, and this call once more.
            p.retried = true;
            m_token = {};
            enqueue(std::move(p));
            return;
        }
        if (a.http == 0)
            a.error = transportError(r);
        else if (!a.ok())
            a.error = parseError(a.http, a.body);
        if (p.done && p.context)
            p.done(a);
    });
}

} // namespace hawan::cloud
