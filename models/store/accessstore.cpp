#include "accessstore.h"

#include "auditstore.h"
#include "db/session.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

AccessStore::AccessStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<bool> AccessStore::enforced() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM app_user WHERE role = 'admin' LIMIT 1")))
        return queryError(tr("Could not read the users"), q);
    return q.next();
}

Result<Permissions::Actor> AccessStore::actor() const
{
    Permissions::Actor a;
    a.userName = Session::user(m_db);
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT display_name, role, team FROM app_user WHERE user_name = ?"));
    q.addBindValue(a.userName);
    if (!q.exec())
        return queryError(tr("Could not read the users"), q);
    if (q.next()) {
        a.known = true;
        a.displayName = q.value(0).toString();
        a.role = q.value(1).toString();
        a.team = q.value(2).toString();
    }
    return a;
}

Result<Permissions::Person> AccessStore::person(qint64 personId) const
{
    Permissions::Person p;
    if (personId <= 0)
        return p;
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT p.person_ref, p.case_owner, u.user_name, u.display_name, "
                              "u.team FROM person p LEFT JOIN app_user u ON u.user_name = "
                              "p.case_owner WHERE p.id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read whom the person is allocated to"), q);
    p.id = personId;
    if (!q.next())
        return p; // the write itself will say there is no such person
    p.ref = q.value(0).toString();
    p.owner = q.value(1).toString();
    p.ownerIsUser = !q.value(2).isNull();
    p.ownerLabel = q.value(3).toString().isEmpty() ? p.owner : q.value(3).toString();
    p.ownerTeam = q.value(4).toString();
    return p;
}

Status AccessStore::require(Permissions::Action action, qint64 personId) const
{
    return requireEach(action, {personId});
}

Status AccessStore::requireEach(Permissions::Action action, const QVector<qint64> &personIds) const
{
    if (action == Permissions::Action::None)
        return {};
    const Result<bool> on = enforced();
    if (!on)
        return on.status();
    if (!on.value())
        return {};
    // The actor once for the lot: an allocation of thousands reads one owner per person.
    const Result<Permissions::Actor> a = actor();
    if (!a)
        return a.status();
    for (qint64 id : personIds.isEmpty() ? QVector<qint64>{0} : personIds) {
        const Result<Permissions::Person> p = person(id);
        if (!p)
            return p.status();
        const QString why = Permissions::refusal(true, a.value(), action, p.value());
        if (!why.isEmpty())
            return Error{why, QString(), Permissions::Refused};
    }
    return {};
}

bool AccessStore::may(Permissions::Action action, qint64 personId) const
{
    return require(action, personId).ok();
}

namespace {
const QString DemoKey = QStringLiteral("demo");
}

Result<bool> AccessStore::isDemo() const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT value FROM lodestar_meta WHERE key = ?"));
    q.addBindValue(DemoKey);
    if (!q.exec())
        return queryError(tr("Could not read whether the database is a demo"), q);
    return q.next() && q.value(0).toString() == QLatin1String("1");
}

Status AccessStore::markDemoInTransaction()
{
    QSqlQuery del(m_db);
    QSqlQuery ins(m_db);
    prepare(del, QStringLiteral("DELETE FROM lodestar_meta WHERE key = ?"));
    prepare(ins, QStringLiteral("INSERT INTO lodestar_meta (key, value) VALUES (?, ?)"));
    del.addBindValue(DemoKey);
    ins.addBindValue(DemoKey);
    ins.addBindValue(QStringLiteral("1"));
    if (!del.exec() || !ins.exec())
        return queryError(tr("Could not mark the database as a demo"), ins);
    // Audited: on a local file the marker lets anyone act as anyone, so when it came is kept.
    QVariantMap after;
    after.insert(DemoKey, QStringLiteral("1"));
    return AuditStore(m_db).appendInTransaction(QStringLiteral("insert"),
                                                QStringLiteral("lodestar_meta"), 0, 0, QString(),
                                                AuditStore::summaryJson(after));
}

Status AccessStore::mayActAs(const QString &osUser, const QString &asked) const
{
    if (asked.isEmpty() || asked == osUser)
        return {};
    const Result<bool> demo = isDemo();
    if (!demo)
        return demo.status();
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT role FROM app_user WHERE user_name = ?"));
    q.addBindValue(osUser);
    if (!q.exec())
        return queryError(tr("Could not read the users"), q);
    const QString role = q.next() ? q.value(0).toString() : QString();
    const QString why = Permissions::actAsRefusal(osUser, asked, demo.value(), role);
    if (!why.isEmpty())
        return Error{why, QString(), Permissions::ActAsRefused};
    return {};
}
