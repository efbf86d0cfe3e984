#pragma once
// Whole files written at once: a reader sees the old content or the new, never half of it (a
// temporary file renamed over the old one). Blocking: call it off the GUI thread, or through
// saveDetached(), which writes on a thread of its own and reports on the context's thread.
#include "util/async.h"

#include <QByteArray>
#include <QString>

namespace hawan::util {

enum class Access {
    Default,   // the process's umask decides
    OwnerOnly, // 0600: definitions with console passwords, the journal
};

// The calling thread's last system error (errno) in words.
QString errnoText();

// Creates the directory if needed (0700 for OwnerOnly). Empty on success, else what went wrong.
QString writeFileAtomically(const QString &path, const QByteArray &data, Access access = Access::Default);

// writeFileAtomically on a thread of its own (the disk may be slow or hung); done(error) on
// `context`'s thread, dropped if the context is gone by then.
template <typename Done>
void saveDetached(const QString &name, QObject *context, const QString &path, QByteArray data, Done done,
                  Access access = Access::Default)
{
    runDetached(name, context, [path, data = std::move(data), access] { return writeFileAtomically(path, data, access); },
                std::move(done));
}

} // namespace hawan::util
