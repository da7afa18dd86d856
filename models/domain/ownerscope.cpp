#include "ownerscope.h"

bool OwnerScope::contains(const QString &caseOwner, const QString &ownerTeam) const
{
    switch (kind) {
    case Kind::Everyone:
        return true;
    case Kind::User:
        return !name.isEmpty() && caseOwner == name;
    case Kind::Team:
        // A blank team is no team: those in none are not each other's team.
        return !name.isEmpty() && ownerTeam == name;
    }
    return false;
}

QString OwnerScope::sql(const QString &userColumn) const
{
    // A blank name matches nobody, as in contains(): no user or team is called "".
    if (kind != Kind::Everyone && name.isEmpty())
        return QStringLiteral("1 = 0");
    switch (kind) {
    case Kind::Everyone:
        return QStringLiteral("1 = 1");
    case Kind::User:
        return QStringLiteral("%1 = ?").arg(userColumn);
    case Kind::Team:
        // Portable: a subquery both SQLite and PostgreSQL plan as a semi-join on app_user.
        return QStringLiteral("%1 IN (SELECT tm.user_name FROM app_user tm WHERE tm.team = ?)")
            .arg(userColumn);
    }
    return QStringLiteral("1 = 0");
}

QVariantList OwnerScope::values() const
{
    if (kind == Kind::Everyone || name.isEmpty())
        return {};
    return {name};
}

QString OwnerScope::teamOfSql(const QString &userColumn)
{
    return QStringLiteral("(SELECT tu.team FROM app_user tu WHERE tu.user_name = %1)")
        .arg(userColumn);
}
