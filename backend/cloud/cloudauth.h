#pragma once
// A cloud's credentials, read from clouds.yaml the way the OpenStack client reads them
// (`openstack --os-cloud NAME`): password or application credential, region, interface, CA file.
// Only the block-mapping subset of YAML that clouds.yaml files use is read (no anchors, flow
// collections or multi-line strings); anything else is an error that says where.
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace hawan::cloud {

struct CloudAuth
{
    QString entry;         // the clouds.yaml entry's name
    QString file;          // where it was read
    QString authUrl;
    QString authType;      // "password" (default) or "v3applicationcredential"
    QString username, userId, userDomainName, userDomainId;
    QString password;      // secret
    QString projectName, projectId, projectDomainName, projectDomainId;
    QString appCredentialId, appCredentialName;
    QString appCredentialSecret; // secret
    QString region;
    QString interface = QStringLiteral("public");
    QString caFile;
    bool verify = true;
    bool usesApplicationCredential() const { return authType == QLatin1String("v3applicationcredential"); }
    // POST /v3/auth/tokens body (holds the secret: only for the request).
    QByteArray tokenRequest() const;
};

// The places the OpenStack client looks, in its order: $OS_CLIENT_CONFIG_FILE, ./clouds.yaml,
// ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml.
QStringList cloudsYamlCandidates();

// Reads entry `name` of `text` (the content of `file`).
Result<CloudAuth, QString> parseCloudsYaml(const QByteArray &text, const QString &name, const QString &file = {});
// Reads entry `name` from `file`, or from the first candidate that exists when `file` is empty.
// Does disk I/O: call it off the GUI thread.
Result<CloudAuth, QString> loadCloudAuth(const QString &name, const QString &file = {});

} // namespace hawan::cloud
