#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Someone who works the caseload: a caseworker (case owner), a team leader or a manager
// (DOMAIN.md, "Who uses the workbench"), or an administrator, who manages users and answers
// subject access requests. The user name is the OS user on a local database.
struct AppUser
{
    Q_DECLARE_TR_FUNCTIONS(AppUser)

public:
    QString userName;
    QString displayName;
    QString team;
    QString role = QStringLiteral("caseworker"); // one of roles()
    int capacity = 100; // workload points this person can carry (WorkloadRules)
    // The row version read; 0 for a user not read from the database (UserStore::save).
    int version = 0;

    // caseworker, team_leader, manager, admin.
    static const QStringList &roles();
    static QString roleName(const QString &role);
    // "Sam Okafor" or the user name when no display name is known.
    QString label() const { return displayName.isEmpty() ? userName : displayName; }
    // Why this user cannot be saved; empty when they can.
    QString problem() const;
};
