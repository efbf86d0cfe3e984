#pragma once
// The last snapshot of each host, kept on disk so that a console started while a host is down
// still knows which VMs ran there (shown as stale, with their age) and can restart them elsewhere
// from their definitions. Written by the host's session thread when the VM set, a state or a
// definition changes; read by it when the host cannot be reached on the first attempt.
#include "model/types.h"

#include <QString>

#include <optional>

namespace hawan::audit { class Key; }

namespace hawan::model {

// $XDG_STATE_HOME/hawan/hosts-<config name>-<hash of its path>/<host>.json
QString snapshotCachePath(const QString &configFile, const QString &host);

// What changes the file: which VMs, their states, definitions, memory and vCPUs (not CPU time).
QByteArray snapshotSignature(const HostSnapshot &snapshot);

// Atomic (write to a temporary file, then rename). False with `error` when the disk refused.
// Signed with `key` when given (recovery defines domains from the saved definitions).
bool writeSnapshotCache(const QString &path, const HostSnapshot &snapshot, QString *error = nullptr,
                        const audit::Key *key = nullptr);
// nullopt (with `error`, empty when there is simply no file) when unreadable or garbled, or, with
// `key`, when the key did not sign it as it is (edited): then nothing of it is used.
std::optional<HostSnapshot> readSnapshotCache(const QString &path, QString *error = nullptr, const audit::Key *key = nullptr);

} // namespace hawan::model
