#include "userstore.h"

#include "accessstore.h"
#include "auditstore.h"
#include "db/transaction.h"
#include "editconflict.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {
AppUser readUser(const QSqlQuery &q)
{
    AppUser u;
    u.userName = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.team = q.value(2).toString();
    u.role = q.value(3).toString();
    u.capacity = q.value(4).toInt();
    u.version = q.value(5).toInt();
    return u;
}
} // namespace

UserStore::UserStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<AppUser>> UserStore::users() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT user_name, display_name, team, role, capacity, version FROM "
                               "app_user ORDER BY COALESCE(team, ''), display_name, user_name")))
        return queryError(tr("Could not read the users"), q);
    QVector<AppUser> out;
    while (q.next())
        out << readUser(q);
    return out;
}

Result<QHash<QString, QString>> UserStore::labels() const
{
    const Result<QVector<AppUser>> all = users();
    if (!all)
        return all.error();
    QHash<QString, QString> out;
    for (const AppUser &u : all.value())
        out.insert(u.userName, u.label());
    return out;
}

Result<std::optional<AppUser>> UserStore::find(const QString &userName) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT user_name, display_name, team, role, capacity, version FROM "
                              "app_user WHERE user_name = ?"));
    q.addBindValue(userName);
    if (!q.exec())
        return queryError(tr("Could not read the user"), q);
    if (!q.next())
        return std::optional<AppUser>();
    return std::optional<AppUser>(readUser(q));
}

Status UserStore::save(const AppUser &user, const QString &by)
{
    return Transaction::run(m_db, [&]() -> Status {
        // Checked before the write: the save that makes the first admin switches enforcement
        // on, and judged after it would refuse whoever is setting the database up.
        if (Status s = AccessStore(m_db).require(Permissions::Action::ManageUsers); !s)
            return s;
        if (Status s = keepsAnAdmin(user); !s)
            return s;
        // app_user is keyed by the user name, which the JSON carries: no entity id.
        AuditStore audit(m_db);
        audit.requiring(Permissions::Action::None); // checked above
        const QString table = QStringLiteral("app_user");
        const QString key = QStringLiteral("user_name");
        const Result<QString> before = audit.rowJsonWhere(table, key, user.userName.trimmed());
        if (!before)
            return before.status();
        if (Status s = saveInTransaction(user, by, nowIso()); !s)
            return s;
        const Result<QString> after = audit.rowJsonWhere(table, key, user.userName.trimmed());
        if (!after)
            return after.status();
        return audit.changedInTransaction(table, 0, 0, before.value(), after.value());
    });
}

Status UserStore::keepsAnAdmin(const AppUser &user) const
{
    if (user.role == QLatin1String("admin"))
        return {};
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN user_name = ? THEN 1 ELSE 0 END) "
                              "FROM app_user WHERE role = 'admin'"));
    q.addBindValue(user.userName.trimmed());
    if (!q.exec() || !q.next())
        return queryError(tr("Could not read the users"), q);
    if (q.value(0).toInt() == 1 && q.value(1).toInt() == 1)
        return Error{tr("%1 is the only administrator: make someone else an administrator "
                        "first (without one, nobody's permissions are enforced)")
                         .arg(user.userName.trimmed()),
                     QString(), QStringLiteral("invalid")};
    return {};
}

Status UserStore::saveInTransaction(const AppUser &u, const QString &by, const QString &now)
{
    if (const QString p = u.problem(); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    // By name, for the UPDATE and the INSERT alike.
    const QVariantMap values{{QStringLiteral(":display_name"), u.displayName.trimmed().isEmpty()
                                                                   ? u.userName.trimmed()
                                                                   : u.displayName.trimmed()},
                             {QStringLiteral(":team"), textOrNull(u.team.trimmed())},
                             {QStringLiteral(":role"), u.role},
                             {QStringLiteral(":capacity"), u.capacity},
                             {QStringLiteral(":updated_by"), by},
                             {QStringLiteral(":updated_at"), now},
                             {QStringLiteral(":user_name"), u.userName.trimmed()}};
    // An UPDATE, then an INSERT when nobody had the name: portable to both databases.
    QSqlQuery update(m_db);
    prepare(update,
            QStringLiteral("UPDATE app_user SET display_name = :display_name, team = :team, role = "
                           ":role, capacity = :capacity, updated_by = :updated_by, updated_at = "
                           ":updated_at, version = version + 1 WHERE user_name = :user_name%1")
                .arg(u.version > 0 ? QStringLiteral(" AND version = :version") : QString()));
    for (auto v = values.cbegin(); v != values.cend(); ++v)
        update.bindValue(v.key(), v.value());
    if (u.version > 0)
        update.bindValue(QStringLiteral(":version"), u.version);
    if (!update.exec())
        return queryError(tr("Could not save the user"), update);
    if (update.numRowsAffected() == 1)
        return {};
    if (u.version > 0) // read, then changed or removed by someone else
        return EditConflict::errorForKey(m_db, QStringLiteral("app_user"),
                                         QStringLiteral("user_name"), u.userName.trimmed(),
                                         tr("user"));
    QSqlQuery insert(m_db);
    prepare(insert, QStringLiteral("INSERT INTO app_user (display_name, team, role, capacity, "
                                   "updated_by, updated_at, user_name) VALUES (:display_name, "
                                   ":team, :role, :capacity, :updated_by, :updated_at, "
                                   ":user_name)"));
    for (auto v = values.cbegin(); v != values.cend(); ++v)
        insert.bindValue(v.key(), v.value());
    if (!insert.exec())
        return queryError(tr("Could not add the user"), insert);
    return {};
}

Result<QStringList> UserStore::teams() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT team FROM app_user WHERE team IS NOT NULL AND "
                               "team <> '' ORDER BY team")))
        return queryError(tr("Could not read the teams"), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
