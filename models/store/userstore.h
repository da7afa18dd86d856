#pragma once

#include "db/error.h"
#include "domain/appuser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <optional>

// Owns the SQL of the users table (app_user): who works the caseload, their team, role and
// capacity. A fuller permission model attaches here with the shared database (issue 8).
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    explicit UserStore(QSqlDatabase db);

    // Everyone, by team then display name.
    Result<QVector<AppUser>> users() const;
    Result<std::optional<AppUser>> find(const QString &userName) const;
    // Each user name's label (display name, else the user name): how lists name people.
    Result<QHash<QString, QString>> labels() const;
    // Adds or updates a user (by user name), checked by AppUser::problem(), by `by`. Only an
    // admin may (or anyone while the database has no admin: the first admin's own set-up), and
    // the last admin keeps the role.
    // A user read from the database (version > 0) is saved only if nobody changed them since
    // (else EditConflict::Code); version 0 adds the user, or updates whoever has the name (the
    // set-up's and the demo's path: the Users dialog refuses to add a name that is taken).
    Status save(const AppUser &user, const QString &by);
    Status saveInTransaction(const AppUser &user, const QString &by, const QString &now);
    // Teams in use, sorted.
    Result<QStringList> teams() const;

private:
    // Refuses to take the role of the last administrator away: enforcement needs one.
    Status keepsAnAdmin(const AppUser &user) const;

    QSqlDatabase m_db;
};
