#pragma once

#include <QSqlDatabase>
#include <QString>

// Who is acting on a database connection: the signed-in user the audit trail names as the
// actor (and later the permissions check). Kept per connection name, so two connections in
// one process (tests, a second window) can act for different people.
class Session
{
public:
    static void setUser(const QSqlDatabase &db, const QString &userName);
    // The user set for this connection; the OS user (or "unknown") when none was set.
    static QString user(const QSqlDatabase &db);
    // The OS user running Lodestar, "unknown" when the environment does not say.
    static QString osUser();
};
