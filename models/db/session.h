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
    // The database login of a PostgreSQL connection (Database::open): who the connection is
    // when no user was set, and what clearing the user comes back to.
    static void setLogin(const QSqlDatabase &db, const QString &login);
    // The user set for this connection; else its login; else the OS user (or "unknown").
    static QString user(const QSqlDatabase &db);
    // The OS user running Lodestar: the account of the process's user id (on Unix; elsewhere
    // $USER or $USERNAME), "unknown" when neither says.
    static QString osUser();
};
