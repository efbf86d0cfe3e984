#include "cloud/cloudauth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QVariantMap>

#include <functional>

namespace hawan::cloud {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("hawan::cloud::CloudAuth", s); }

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) ||
                          (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\''))))) {
        const QChar q = v.front();
        v = v.mid(1, v.size() - 2);
        if (q == QLatin1Char('"'))
            v.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
        else
            v.replace(QLatin1String("''"), QLatin1String("'"));
    }
    return v;
}

// A '#' starts a comment outside quotes, after a space or at the line's start.
QString stripComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

// Nested block mappings of scalars -> a tree of QVariantMaps. Lists and flow styles: an error.
Result<QVariantMap, QString> readMappings(const QByteArray &text)
{
    struct Level { int indent; QStringList path; };
    QVariantMap root;
    QVector<Level> stack{{-1, {}}};
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    auto insert = [&root](const QStringList &path, const QVariant &value) {
        // Rebuild the chain of maps down to path's parent (QVariantMap is a value type).
        std::function<void(QVariantMap &, int)> put = [&](QVariantMap &m, int depth) {
            if (depth == path.size() - 1) {
                m.insert(path[depth], value);
                return;
            }
            QVariantMap child = m.value(path[depth]).toMap();
            put(child, depth + 1);
            m.insert(path[depth], child);
        };
        put(root, 0);
    };
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = stripComment(lines[n]);
        if (line.trimmed().isEmpty() || line.trimmed() == QLatin1String("---"))
            continue;
        if (line.contains(QLatin1Char('\t')))
            return tr("line %1: a tab in the indentation (YAML indents with spaces)").arg(n + 1);
        const int indent = int(line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^ +"))).size());
        const QString body = line.trimmed();
        if (body.startsWith(QLatin1String("- ")) || body == QLatin1String("-"))
            continue; // a list item (e.g. regions): not a setting Hawan reads
        const qsizetype colon = body.indexOf(QRegularExpression(QStringLiteral(":(\\s|$)")));
        if (colon <= 0)
            return tr("line %1: expected 'key: value'").arg(n + 1);
        const QString key = unquote(body.left(colon));
        const QString value = body.mid(colon + 1).trimmed();
        while (stack.size() > 1 && indent <= stack.back().indent)
            stack.pop_back();
        QStringList path = stack.back().path;
        path << key;
        if (value.isEmpty()) {
            insert(path, QVariantMap());
            stack.push_back({indent, path});
        } else if (value.startsWith(QLatin1Char('{')) || value.startsWith(QLatin1Char('[')) || value.startsWith(QLatin1Char('&')) ||
                   value.startsWith(QLatin1Char('*')) || value == QLatin1String("|") || value == QLatin1String(">")) {
            if (value.startsWith(QLatin1Char('[')))
                continue; // a flow list (e.g. regions: [a, b]): not read
            return tr("line %1: '%2' uses YAML that Hawan does not read (flow mappings, anchors, block scalars); write 'key: value' lines").arg(n + 1).arg(key);
        } else {
            insert(path, unquote(value));
        }
    }
    return root;
}

} // namespace

QByteArray CloudAuth::tokenRequest() const
{
    QJsonObject identity;
    if (usesApplicationCredential()) {
        QJsonObject ac{{QStringLiteral("secret"), appCredentialSecret}};
        if (!appCredentialId.isEmpty()) {
            ac.insert(QStringLiteral("id"), appCredentialId);
        } else {
            ac.insert(QStringLiteral("name"), appCredentialName);
            QJsonObject user = userId.isEmpty() ? QJsonObject{{QStringLiteral("name"), username}} : QJsonObject{{QStringLiteral("id"), userId}};
            if (userId.isEmpty())
                user.insert(QStringLiteral("domain"), userDomainId.isEmpty() ? QJsonObject{{QStringLiteral("name"), userDomainName.isEmpty() ? QStringLiteral("Default") : userDomainName}}
                                                                             : QJsonObject{{QStringLiteral("id"), userDomainId}});
            ac.insert(QStringLiteral("user"), user);
        }
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                    {QStringLiteral("application_credential"), ac}};
        // An application credential carries its own scope.
        return QJsonDocument(QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity}}}}).toJson(QJsonDocument::Compact);
    }
    QJsonObject user{{QStringLiteral("password"), password}};
    if (!userId.isEmpty()) {
        user.insert(QStringLiteral("id"), userId);
    } else {
        user.insert(QStringLiteral("name"), username);
        user.insert(QStringLiteral("domain"), userDomainId.isEmpty() ? QJsonObject{{QStringLiteral("name"), userDomainName.isEmpty() ? QStringLiteral("Default") : userDomainName}}
                                                                     : QJsonObject{{QStringLiteral("id"), userDomainId}});
    }
    identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    QJsonObject project;
    if (!projectId.isEmpty()) {
        project.insert(QStringLiteral("id"), projectId);
    } else {
        project.insert(QStringLiteral("name"), projectName);
        project.insert(QStringLiteral("domain"), projectDomainId.isEmpty() ? QJsonObject{{QStringLiteral("name"), projectDomainName.isEmpty() ? QStringLiteral("Default") : projectDomainName}}
                                                                           : QJsonObject{{QStringLiteral("id"), projectDomainId}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity},
                                                                          {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}}}})
        .toJson(QJsonDocument::Compact);
}

QStringList cloudsYamlCandidates()
{
    QStringList c;
    const QString env = qEnvironmentVariable("OS_CLIENT_CONFIG_FILE");
    if (!env.isEmpty())
        c << env;
    c << QDir::current().absoluteFilePath(QStringLiteral("clouds.yaml"))
      << QDir::homePath() + QStringLiteral("/.config/openstack/clouds.yaml")
      << QStringLiteral("/etc/openstack/clouds.yaml");
    return c;
}

Result<CloudAuth, QString> parseCloudsYaml(const QByteArray &text, const QString &name, const QString &file)
{
    auto tree = readMappings(text);
    const QString where = file.isEmpty() ? QStringLiteral("clouds.yaml") : file;
    if (!tree)
        return QStringLiteral("%1: %2").arg(where, tree.error());
    const QVariantMap clouds = tree->value(QStringLiteral("clouds")).toMap();
    if (!clouds.contains(name))
        return tr("%1 has no cloud '%2'%3").arg(where, name,
                                                clouds.isEmpty() ? tr(" (no 'clouds:' mapping)") : tr("; it has: %1").arg(clouds.keys().join(QStringLiteral(", "))));
    const QVariantMap e = clouds.value(name).toMap();
    const QVariantMap a = e.value(QStringLiteral("auth")).toMap();
    auto s = [](const QVariantMap &m, const char *k) { return m.value(QLatin1String(k)).toString(); };
    CloudAuth c;
    c.entry = name;
    c.file = file;
    c.authUrl = s(a, "auth_url");
    while (c.authUrl.endsWith(QLatin1Char('/')))
        c.authUrl.chop(1);
    c.authType = s(e, "auth_type").isEmpty() ? QStringLiteral("password") : s(e, "auth_type");
    c.username = s(a, "username");
    c.userId = s(a, "user_id");
    c.userDomainName = s(a, "user_domain_name");
    c.userDomainId = s(a, "user_domain_id");
    c.password = s(a, "password");
    c.projectName = s(a, "project_name");
    if (c.projectName.isEmpty())
        c.projectName = s(a, "tenant_name");
    c.projectId = s(a, "project_id");
    c.projectDomainName = s(a, "project_domain_name");
    c.projectDomainId = s(a, "project_domain_id");
    const QString domain = s(a, "domain_name"); // the client's shorthand for both
    if (!domain.isEmpty()) {
        if (c.userDomainName.isEmpty())
            c.userDomainName = domain;
        if (c.projectDomainName.isEmpty())
            c.projectDomainName = domain;
    }
    c.appCredentialId = s(a, "application_credential_id");
    c.appCredentialName = s(a, "application_credential_name");
    c.appCredentialSecret = s(a, "application_credential_secret");
    c.region = s(e, "region_name");
    if (!s(e, "interface").isEmpty())
        c.interface = s(e, "interface");
    c.caFile = s(e, "cacert");
    c.verify = s(e, "verify") != QLatin1String("false") && s(e, "verify") != QLatin1String("False");

    if (c.authUrl.isEmpty())
        return tr("%1, cloud '%2': no auth.auth_url").arg(where, name);
    if (!c.authUrl.endsWith(QLatin1String("/v3")))
        c.authUrl += QStringLiteral("/v3");
    if (c.authType != QLatin1String("password") && c.authType != QLatin1String("v3password") && !c.usesApplicationCredential())
        return tr("%1, cloud '%2': auth_type '%3' is not supported (password or v3applicationcredential)").arg(where, name, c.authType);
    if (c.usesApplicationCredential()) {
        if (c.appCredentialSecret.isEmpty() || (c.appCredentialId.isEmpty() && c.appCredentialName.isEmpty()))
            return tr("%1, cloud '%2': an application credential needs application_credential_id (or _name) and application_credential_secret").arg(where, name);
    } else {
        if ((c.username.isEmpty() && c.userId.isEmpty()) || c.password.isEmpty())
            return tr("%1, cloud '%2': password auth needs auth.username and auth.password (or use an application credential)").arg(where, name);
        if (c.projectName.isEmpty() && c.projectId.isEmpty())
            return tr("%1, cloud '%2': no auth.project_name (a token without a project has no service catalog)").arg(where, name);
    }
    if (!c.caFile.isEmpty() && !file.isEmpty())
        c.caFile = QDir(QFileInfo(file).absolutePath()).absoluteFilePath(c.caFile);
    return c;
}

Result<CloudAuth, QString> loadCloudAuth(const QString &name, const QString &file)
{
    const QStringList candidates = file.isEmpty() ? cloudsYamlCandidates() : QStringList{file};
    for (const QString &f : candidates) {
        QFile in(f);
        if (!in.exists())
            continue;
        if (!in.open(QIODevice::ReadOnly))
            return tr("cannot read %1: %2").arg(f, in.errorString());
        return parseCloudsYaml(in.readAll(), name, f);
    }
    return file.isEmpty() ? tr("no clouds.yaml found (looked at %1): give clouds_yaml in [[cloud]]").arg(candidates.join(QStringLiteral(", ")))
                          : tr("%1 does not exist").arg(file);
}

} // namespace hawan::cloud
