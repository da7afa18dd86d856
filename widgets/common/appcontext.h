#pragma once

#include "db/error.h"
#include "domain/appuser.h"
#include "domain/permissions.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

// What a view works with: the connection and the user signed in on it (the PostgreSQL login
// on a team database, else the one the window was started for), handed down as one value
// instead of the pair. Cheap to copy: a connection handle and a name.
class AppContext
{
public:
    // Not explicit: a view that needs no user is made from the connection alone.
    AppContext(QSqlDatabase db, QString user = QString());

    QSqlDatabase db() const { return m_db; }
    const QString &user() const { return m_user; }

    // The user as Users and Teams lists them, read anew each time (an administrator may change
    // a role while the window is open); nullopt when not listed or not readable.
    std::optional<AppUser> appUser() const;
    // Their name as Users and Teams has it ("Sam Okafor"), else the login.
    QString userLabel() const;
    // Whether they may take `action` (AccessStore::require): a refusal says why.
    Status may(Permissions::Action action) const;

private:
    QSqlDatabase m_db;
    QString m_user;
};
