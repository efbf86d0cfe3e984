#pragma once
// Who this process acts as: an operator (may change things) or a viewer (looks only). Decided once,
// before the fleet opens anything: a viewer's fleet opens libvirt read-only, the journal for
// reading, refuses every job that changes something (jobs::JobTracker) and every non-job change
// (maintenance marks) with JobError::ReadOnly and one wording, and leaves clean-ups to operators.
#include "config/config.h"

#include <QString>

namespace hawan::core {

enum class Role { Operator, Viewer };

struct Access
{
    Role role = Role::Operator;
    QString why; // a viewer: "started read-only" / "user 'shift' is listed in [access] viewers"

    // Viewer when asked (--read-only) or when `user` is in the configuration's viewers.
    static Access decide(const config::Config &config, bool readOnlyAsked, const QString &user = currentUser());
    static QString currentUser(); // the effective OS user's name

    bool canChange() const { return role == Role::Operator; }
    // What every refused action says, in one wording for every front end: empty for an operator.
    QString refusal() const;
};

} // namespace hawan::core
