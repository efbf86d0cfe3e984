#pragma once
// The key that authenticates what Hawan writes and later acts on or answers for: the audit trail
// (every record HMAC-SHA256-chained to the one before), the journal's records and the saved VM
// definitions (recovery defines domains from them, and a `fenced` record makes it skip the fence).
// 32 random bytes, hex, in a file of its own (never in what it authenticates), owner-only,
// created on first use. Consoles, hawanctl and the HA watcher acting on one journal share it:
// [audit] key names it (docs/audit.md tells how to keep it elsewhere).
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace hawan::audit {

class Key
{
public:
    // $XDG_CONFIG_HOME/hawan/audit.key (~/.config/hawan/audit.key).
    static QString defaultPath();
    // Reads the key at `path`, creating it (its folder too, 0700) when it does not exist and `create`
    // is true. Null with `error` when it cannot: unreadable, not a key, or readable by others (a key
    // anyone may read authenticates nothing). `created` says it was made just now.
    static std::shared_ptr<const Key> load(const QString &path, bool create, QString *error, bool *created = nullptr);
    static std::shared_ptr<const Key> fromBytes(const QByteArray &secret, const QString &path = {}); // tests

    const QString &path() const { return m_path; }
    // HMAC-SHA256 of `data`, as 64 lowercase hex characters.
    QByteArray mac(const QByteArray &data) const;
    // Names the key without revealing it (16 hex characters): what records carry, so that a
    // replaced key is told from edited records.
    const QString &id() const { return m_id; }

private:
    QByteArray m_secret;
    QString m_path, m_id;
};

// A record's authenticated form: compact JSON of every field but "mac" (keys sorted, as
// QJsonObject keeps them).
QByteArray canonical(QJsonObject record);
// Adds "mac" to `record`.
void sign(const Key &key, QJsonObject &record);
// Whether `record` carries a "mac" that `key` made for exactly its other fields.
bool verify(const Key &key, const QJsonObject &record);
// The secrets a domain definition carries (graphics passwords) sealed with the key (AES-256-GCM,
// under a key derived from it): what the journal keeps of a definition, so that no secret is ever
// in it in the clear. openSecrets() reverses it (a definition without sealed secrets is returned
// as it is); null QString with `error` when a sealed secret does not open (another key, edited).
QString sealSecrets(const Key &key, const QString &domainXml);
QString openSecrets(const Key &key, const QString &domainXml, QString *error = nullptr);
// The same definition with every secret replaced by "***" (what may be shown or logged).
QString maskSecrets(const QString &domainXml);

// Constant-time comparison of two MACs.
bool sameMac(const QByteArray &a, const QByteArray &b);

} // namespace hawan::audit
