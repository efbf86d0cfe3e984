#pragma once
// What Hawan reads from an OpenStack cloud, as value types, and the parsers of the Identity v3
// and Compute 2.x answers they come from. Pure functions of the bytes received: no network here
// (cloud/novaclient.h asks; tests feed recorded answers, tests/fixtures/nova/). Every parser
// accepts anything (a fuzz target feeds them garbage) and says what it could not read.
#include "model/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>
#include <QString>
#include <QVector>

namespace hawan::cloud {

// The microversion Hawan asks for: 2.80 has what it reads (servers' host and task state, the
// server migrations API with memory/disk progress and user/project) and what it does
// (os-migrateLive without `disk_over_commit` and with "auto" block migration, forced-down with
// service IDs, evacuate without `onSharedStorage`). Zed answers up to 2.93.
inline constexpr const char *kComputeMicroversion = "2.80";

// An error answer of any OpenStack API, or a transport failure (http 0).
struct ApiError
{
    int http = 0;        // HTTP status; 0: no answer (connection refused, timed out, TLS)
    QString kind;        // Nova's fault name ("conflictingRequest", "badRequest", "itemNotFound"...), Keystone's title
    QString message;     // the API's own words
    bool authFailed() const { return http == 401; }
    // "Nova refused (409 conflict): Cannot 'os-migrateLive' instance … while it is in task_state migrating"
    QString text() const;
};

// An error body: Nova's {"<fault>": {"code", "message"}}, Keystone's {"error": {"code", "title",
// "message"}}, or anything else (kept short).
ApiError parseError(int http, const QByteArray &body);

struct Endpoint
{
    QString type;      // "compute", "placement", "identity"
    QString interface; // "public", "internal", "admin"
    QString region;
    QString url;
};

struct Token
{
    QString id;        // the secret: never logged, journaled or shown
    QDateTime expires; // UTC
    QString userName, projectName;
    QVector<Endpoint> catalog;
    // The URL of a service of `type` at `interface` in `region` (any region when empty); "" if none.
    QString endpoint(const QString &type, const QString &interface, const QString &region) const;
};

// POST /v3/auth/tokens: the token is in the X-Subject-Token header, the rest in the body.
Result<Token, QString> parseToken(const QByteArray &subjectToken, const QByteArray &body);

struct Server
{
    QString id;            // Nova's instance UUID, which is also the libvirt domain's UUID
    QString name;
    QString status;        // ACTIVE, SHUTOFF, PAUSED, SUSPENDED, MIGRATING, ERROR, BUILD, REBUILD, ...
    QString taskState;     // "migrating", "rebuilding", ... ; empty when idle
    int powerState = 0;    // 0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 6 CRASHED, 7 SUSPENDED
    QString host;          // the compute service's host (admin only)
    QString node;          // the hypervisor's name
    QString zone;          // availability zone
    QString flavor;        // flavor's original name (2.47+)
    int vcpus = 0;
    quint64 ramMiB = 0;
    QString fault;         // when status is ERROR: Nova's message
    QString instanceName;  // libvirt's domain name ("instance-0000000a")
    QDateTime updated;
};

Result<QVector<Server>, QString> parseServers(const QByteArray &body); // GET /servers/detail
Result<Server, QString> parseServer(const QByteArray &body);           // GET /servers/{id}

// How a server shows in the console: its state as a VM (ERROR shows crashed; BUILD, no state).
model::VmState vmStateOf(const Server &s);
model::VmInfo vmInfoOf(const Server &s, const QString &cloud);

struct ComputeService
{
    QString id;            // a UUID from 2.53 on
    QString host;
    QString zone;
    bool enabled = true;   // status "enabled"
    bool up = false;       // state "up": its heartbeat is recent
    bool forcedDown = false;
    QString disabledReason;
    QDateTime updated;
};

Result<QVector<ComputeService>, QString> parseServices(const QByteArray &body); // GET /os-services

// A hypervisor (compute node) as Nova counts it (GET /os-hypervisors/detail, up to 2.87).
struct Hypervisor
{
    QString name;          // hypervisor_hostname
    QString serviceHost;   // its compute service's host
    QString type;          // "QEMU"
    int version = 0;       // 7002022
    QString hostIp;
    int vcpus = 0;
    quint64 memoryMiB = 0;
};

Result<QVector<Hypervisor>, QString> parseHypervisors(const QByteArray &body);

struct Migration
{
    int id = 0;
    QString uuid;
    QString server;        // instance UUID
    QString status;        // queued, preparing, running, post-migrating, completed, error, failed, cancelled, ...
    QString type;          // live-migration, evacuation, migration, resize
    QString source, dest;  // compute hosts
    quint64 memoryTotal = 0, memoryProcessed = 0, memoryRemaining = 0; // bytes (server migrations API)
    quint64 diskTotal = 0, diskProcessed = 0, diskRemaining = 0;
    QDateTime created, updated;
    bool finished() const;   // completed, done, error, failed, cancelled, rejected
    bool succeeded() const;  // completed, done
};

// GET /servers/{id}/migrations ("migrations") and GET /os-migrations (same key, fewer fields).
Result<QVector<Migration>, QString> parseMigrations(const QByteArray &body);
// The newest record of a non-empty list (highest id).
const Migration &newest(const QVector<Migration> &list);

// GET /servers/{id}/os-instance-actions/{request}: what failed, in Nova's words (the last event
// with result "Error"): "conductor_live_migrate_instance: No valid host was found."; "" if none.
QString failedActionEvent(const QByteArray &body);

} // namespace hawan::cloud
