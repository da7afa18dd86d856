#pragma once

#include "db/error.h"
#include "domain/permissions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL behind the permission checks: who the session's user is (app_user), whether
// the database enforces permissions (it has an admin), and whom a person is allocated to. The
// rules themselves are Permissions'. AuditStore asks require() before it appends any entry,
// so every audited write is checked, inside its own transaction: a refusal rolls it back.
class AccessStore
{
    Q_DECLARE_TR_FUNCTIONS(AccessStore)

public:
    explicit AccessStore(QSqlDatabase db);

    // True once the database has a user with the admin role.
    Result<bool> enforced() const;
    // The session's user (Session::user) as the users table knows them.
    Result<Permissions::Actor> actor() const;
    // The person `personId` with their owner and the owner's team; id 0 for 0.
    Result<Permissions::Person> person(qint64 personId) const;

    // Ok when the session's user may take `action` (on the person, when personId > 0); else an
    // Error of code Permissions::Refused saying why.
    Status require(Permissions::Action action, qint64 personId = 0) const;
    // The same for each of many people (an allocation of a selection): the first refusal.
    Status requireEach(Permissions::Action action, const QVector<qint64> &personIds) const;
    // Whether the session's user may (for the GUI: which actions to offer). False on an error.
    bool may(Permissions::Action action, qint64 personId = 0) const;

    // True when the database is a demo (lodestar_meta key `demo`, written by the demo
    // generator with its invented people and users): anyone may act as any of its users.
    Result<bool> isDemo() const;
    // Marks the database a demo, audited, inside the caller's transaction (the demo
    // generator's, before it adds its users: only ever for invented data).
    Status markDemoInTransaction();
    // Ok when `osUser`, signed in to the computer, may act as `asked` on this local file
    // (Permissions::actAsRefusal, with the file's demo marker and osUser's role); else an Error
    // of code Permissions::ActAsRefused saying why.
    Status mayActAs(const QString &osUser, const QString &asked) const;

private:
    QSqlDatabase m_db;
};
