#include "appuser.h"

const QStringList &AppUser::roles()
{
    static const QStringList r{QStringLiteral("caseworker"), QStringLiteral("team_leader"),
                               QStringLiteral("manager"), QStringLiteral("admin")};
    return r;
}

QString AppUser::roleName(const QString &role)
{
    if (role == QLatin1String("caseworker"))
        return tr("Caseworker");
    if (role == QLatin1String("team_leader"))
        return tr("Team leader");
    if (role == QLatin1String("manager"))
        return tr("Manager");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    return role;
}

QString AppUser::problem() const
{
    const QString name = userName.trimmed();
    if (name.isEmpty())
        return tr("A user needs a user name");
    if (name.contains(QLatin1Char(' ')))
        return tr("A user name has no spaces: '%1'").arg(name);
    if (!roles().contains(role))
        return tr("'%1' is not a role").arg(role);
    if (capacity <= 0 || capacity > 100000)
        return tr("The capacity must be a number of workload points above 0");
    return QString();
}
