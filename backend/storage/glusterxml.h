#pragma once
// Parsers for `gluster --xml` answers (volume info, volume status, volume heal ... info summary,
// volume heal ... info split-brain, volume get ... all). Each returns a value or an error that
// says what was wrong (the CLI's own opErrstr when opRet != 0, the XML position when garbled,
// the missing element when incomplete). A garbled answer is never read as "healthy".
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hawan::storage {

struct Brick
{
    QString name;        // "host:/path", as gluster names it
    QString host, path;
    bool isArbiter = false;
    bool operator==(const Brick &) const = default;
};

struct VolumeInfo
{
    QString name, id;
    bool started = false;
    QString typeStr;     // "Replicate", "Distributed-Replicate", ...
    int replicaCount = 0, arbiterCount = 0, brickCount = 0;
    QVector<Brick> bricks;
    QMap<QString, QString> options; // reconfigured options only (volume info)
};

struct BrickProcess
{
    QString host, path;  // for the self-heal daemon: host "Self-heal Daemon", path = node
    bool online = false;
    int port = -1;       // -1 when N/A
    qint64 pid = -1;
    bool operator==(const BrickProcess &) const = default;
};

struct VolumeStatus
{
    QString name;
    QVector<BrickProcess> bricks;
    QVector<BrickProcess> selfHealDaemons;
};

struct BrickHeal
{
    QString name;              // "host:/path"
    QString status;            // "Connected", or why not ("Transport endpoint is not connected")
    bool connected = false;
    qint64 pending = -1;       // -1: unknown (the brick did not answer)
    qint64 splitBrain = -1;
    qint64 possiblyHealing = -1;
    QStringList files;         // entries, when the answer lists them (heal info, split-brain)
    bool operator==(const BrickHeal &) const = default;
};

class GlusterXml
{
    Q_DECLARE_TR_FUNCTIONS(hawan::storage::GlusterXml)
public:
    static Result<VolumeInfo, QString> volumeInfo(const QByteArray &xml, const QString &volume);
    static Result<VolumeStatus, QString> volumeStatus(const QByteArray &xml, const QString &volume);
    // heal info summary (counts per brick) and heal info / info split-brain (entries per brick).
    static Result<QVector<BrickHeal>, QString> healInfo(const QByteArray &xml);
    // volume get VOL all: option -> value ("(DEFAULT)" suffixes dropped).
    static Result<QMap<QString, QString>, QString> volumeOptions(const QByteArray &xml);
};

} // namespace hawan::storage
