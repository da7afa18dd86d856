#pragma once

#include <QString>
#include <QVariantList>

// Whose people an owner filter keeps: everyone's, one user's ("My cases"), or a team's ("My
// team": the people whose case owner is a member of the team, app_user.team). One definition
// for the caseload, the non-compliance queue and My Diary, in C++ for rows already read and in
// SQL for the stores, so the three lists cannot disagree on who is in a team. A case owner who
// is not a Lodestar user, or is in no team, is in nobody's team.
struct OwnerScope
{
    enum class Kind
    {
        Everyone,
        User,
        Team
    };

    Kind kind = Kind::Everyone;
    QString name; // the user name, or the team's name

    static OwnerScope everyone() { return {}; }
    static OwnerScope user(const QString &userName) { return {Kind::User, userName}; }
    static OwnerScope team(const QString &team) { return {Kind::Team, team}; }

    bool isEveryone() const { return kind == Kind::Everyone; }
    // For a row already read: its case owner, and the team that owner is in ("" for none).
    bool contains(const QString &caseOwner, const QString &ownerTeam) const;
    // The same as an SQL condition on `userColumn`, a column holding a user name (a case owner,
    // or who wrote a row); binds values(). Everyone: a condition always true.
    QString sql(const QString &userColumn) const;
    QVariantList values() const;
    // The team of the user named in `userColumn`, NULL when they are in none: an SQL expression
    // to read with a row, for contains().
    static QString teamOfSql(const QString &userColumn);

    bool operator==(const OwnerScope &o) const { return kind == o.kind && name == o.name; }
};
