#pragma once
// The configuration loader's insides, shared by its source files: the validator that collects
// every error with its place, and the reader of each section (configloader.cpp: the console, the
// sites, links, hosts and storage; configsections.cpp: experiments, drills, HA).
#include "config/configloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <toml++/toml.h>

#include <optional>
#include <string_view>

namespace hawan::config::detail {


inline QString typeName(toml::node_type t)
{
    switch (t) {
    case toml::node_type::table: return QStringLiteral("a table");
    case toml::node_type::array: return QStringLiteral("an array");
    case toml::node_type::string: return QStringLiteral("a string");
    case toml::node_type::integer: return QStringLiteral("an integer");
    case toml::node_type::floating_point: return QStringLiteral("a float");
    case toml::node_type::boolean: return QStringLiteral("a boolean");
    case toml::node_type::date: return QStringLiteral("a date");
    case toml::node_type::time: return QStringLiteral("a time");
    case toml::node_type::date_time: return QStringLiteral("a date-time");
    default: return QStringLiteral("nothing");
    }
}

inline int editDistance(const QString &a, const QString &b)
{
    QVector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                               prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

inline QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Walks the parsed document, collecting every error instead of stopping at the first.
class Validator
{
public:
    explicit Validator(QString file) : m_file(std::move(file)) {}

    ConfigErrors errors;

    void add(const toml::source_region &where, const QString &key, const QString &message)
    {
        errors.push_back({m_file, int(where.begin.line), int(where.begin.column), key, message});
    }

    void checkKeys(const toml::table &t, const QString &path, const QStringList &allowed)
    {
        for (auto &&[k, v] : t) {
            const QString name = qs(k.str());
            if (allowed.contains(name))
                continue;
            QString best;
            int bestDist = 3;
            for (const auto &a : allowed) {
                const int d = editDistance(name, a);
                if (d < bestDist) {
                    bestDist = d;
                    best = a;
                }
            }
            QString msg = ConfigLoader::tr("unknown key '%1'").arg(name);
            msg += best.isEmpty() ? QStringLiteral(".") : ConfigLoader::tr("; did you mean '%1'?").arg(best);
            msg += ConfigLoader::tr(" Valid keys here: %1").arg(allowed.join(QStringLiteral(", ")));
            add(k.source(), path.isEmpty() ? name : path + QLatin1Char('.') + name, msg);
        }
    }

    const toml::node *need(const toml::table &t, const QString &path, const char *key,
                           toml::node_type type, bool required, const QString &hint)
    {
        const toml::node *n = t.get(key);
        const QString full = path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
        if (!n) {
            if (required)
                add(t.source(), full, ConfigLoader::tr("missing required key '%1' (%2)").arg(QLatin1String(key), hint));
            return nullptr;
        }
        const bool numberOk = type == toml::node_type::floating_point && n->type() == toml::node_type::integer;
        if (n->type() != type && !numberOk) {
            add(n->source(), full, ConfigLoader::tr("must be %1 (%2), found %3").arg(typeName(type), hint, typeName(n->type())));
            return nullptr;
        }
        return n;
    }

    std::optional<QString> string(const toml::table &t, const QString &path, const char *key,
                                  bool required, const QString &hint)
    {
        const toml::node *n = need(t, path, key, toml::node_type::string, required, hint);
        if (!n)
            return std::nullopt;
        return qs(n->as_string()->get());
    }

    // An array of tables such as [[host]]; a single [host] table is a common slip, named as such.
    QVector<const toml::table *> tables(const toml::table &root, const char *key)
    {
        QVector<const toml::table *> out;
        const toml::node *n = root.get(key);
        if (!n)
            return out;
        const auto *arr = n->as_array();
        if (!arr) {
            add(n->source(), QLatin1String(key),
                ConfigLoader::tr("must be an array of tables: write [[%1]] (double brackets) for each entry, found %2")
                    .arg(QLatin1String(key), typeName(n->type())));
            return out;
        }
        int i = 0;
        for (const auto &el : *arr) {
            if (const auto *t = el.as_table())
                out.push_back(t);
            else
                add(el.source(), QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i + 1),
                    ConfigLoader::tr("must be a table, found %1").arg(typeName(el.type())));
            ++i;
        }
        return out;
    }

private:
    QString m_file;
};

inline const QRegularExpression &nameRe()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    return re;
}



// What the readers of the sections share: the validator collecting errors, the file's root table,
// the configuration being filled, and what later sections check against (the sites).
struct Reader
{
    Validator &v;
    const toml::table &root;
    Config &cfg;
    QString configDir;
    QSet<QString> siteNames;
    QStringList validSites;
    QString siteHint() const
    {
        return validSites.isEmpty() ? ConfigLoader::tr("no site is defined")
                                    : ConfigLoader::tr("valid sites: %1").arg(validSites.join(QStringLiteral(", ")));
    }

    // One reader per section, called in the order their checks depend on each other.
    void readSettings(); // title, [console], [migration], [probes]
    void readExperiments();
    void readDrills();
    void readAccess();
    void readAudit();
    void readHa(); // after hosts: a policy's hosts to avoid must exist
    void readSites();
    void readLinks();
    void readLinkProbes(const toml::table &linkTable, const QString &path, Link &l);
    // An argument array (a program and its first arguments), `{config_dir}` expanded; empty when
    // the key is absent or wrong (then said).
    QStringList argv(const toml::table &t, const QString &path, const char *key, const QString &what);
    // `faults = { name = [argv...], ... }`: the drills' fault and repair commands, each of `names`.
    QMap<QString, QStringList> faults(const toml::table &t, const QString &path, const QStringList &names);
    void readClouds(); // before hosts: a host names its cloud
    void readHosts();
    void readStorage();
    void readAntiAffinity(); // after hosts: VM names are free text, but a group needs two of them
};

} // namespace hawan::config::detail
