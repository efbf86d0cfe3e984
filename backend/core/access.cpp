#include "core/access.h"

#include <QCoreApplication>

#include <pwd.h>
#include <unistd.h>

namespace hawan::core {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::core::Access)
};
} // namespace

QString Access::currentUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(::geteuid());
}

Access Access::decide(const config::Config &config, bool readOnlyAsked, const QString &user)
{
    Access a;
    if (config.access.viewers.contains(user)) {
        a.role = Role::Viewer;
        a.why = Text::tr("user '%1' is listed in [access] viewers of %2").arg(user, config.sourceFile);
    } else if (readOnlyAsked) {
        a.role = Role::Viewer;
        a.why = Text::tr("started read-only");
    }
    return a;
}

QString Access::refusal() const
{
    if (canChange())
        return {};
    return Text::tr("refused: this console is read-only (%1); nothing was changed. Act from an operator's console, "
                    "or with hawanctl as an operator").arg(why);
}

} // namespace hawan::core
