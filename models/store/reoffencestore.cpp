#include "reoffencestore.h"
#include "domain/clock.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "domain/daterules.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

ReoffenceStore::ReoffenceStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<Reoffence>> ReoffenceStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT id, offence_on, offence, source, notes, recorded_by, "
                              "recorded_at FROM reoffence WHERE person_id = ? ORDER BY "
                              "offence_on DESC, id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the reoffences"), q);
    QVector<Reoffence> out;
    while (q.next()) {
        Reoffence r;
        r.id = q.value(0).toLongLong();
        r.personId = personId;
        r.offenceOn = dateOf(q.value(1));
        r.offence = q.value(2).toString();
        r.source = q.value(3).toString();
        r.notes = q.value(4).toString();
        r.recordedBy = q.value(5).toString();
        r.recordedAt = q.value(6).toString();
        out << r;
    }
    return out;
}

Result<qint64> ReoffenceStore::record(const Reoffence &r, const QString &user)
{
    return Transaction::run(m_db, [&]() -> Result<qint64> {
        const Result<qint64> id = recordInTransaction(r, user, nowIso());
        if (!id)
            return id;
        if (Status s =
                AuditStore(m_db).insertedInTransaction(QStringLiteral("reoffence"), id.value());
            !s)
            return s.error();
        return id;
    });
}

Result<qint64> ReoffenceStore::recordInTransaction(const Reoffence &r, const QString &user,
                                                   const QString &now)
{
    if (!r.offenceOn.isValid())
        return Error{tr("The reoffence needs the date of the offence"), QString(),
                     QStringLiteral("invalid")};
    // `now` is UTC ISO text; the user's local day then is the day it is recorded (Clock).
    const QDate today = Clock::localDay(now);
    // The range the form shows (DateRules), with its words.
    if (today.isValid())
        if (const QString p = DateRules::reoffence(today).problem(r.offenceOn); !p.isEmpty())
            return Error{p, QString(), QStringLiteral("invalid")};
    if (r.offence.trimmed().isEmpty())
        return Error{tr("Say what the offence was"), QString(), QStringLiteral("invalid")};
    if (!Reoffence::sources().contains(r.source))
        return Error{tr("\"%1\" is not a source of reoffence information").arg(r.source), QString(),
                     QStringLiteral("invalid")};
    QSqlQuery q(m_db);
    prepare(q,
            QStringLiteral("INSERT INTO reoffence (person_id, offence_on, offence, source, notes, "
                           "recorded_by, recorded_at) VALUES (:person_id, :offence_on, :offence, "
                           ":source, :notes, :recorded_by, :recorded_at) RETURNING id"));
    q.bindValue(QStringLiteral(":person_id"), r.personId);
    q.bindValue(QStringLiteral(":offence_on"), r.offenceOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":offence"), r.offence.trimmed());
    q.bindValue(QStringLiteral(":source"), r.source);
    q.bindValue(QStringLiteral(":notes"), textOrNull(r.notes.trimmed()));
    q.bindValue(QStringLiteral(":recorded_by"), user);
    q.bindValue(QStringLiteral(":recorded_at"), now);
    if (!q.exec())
        return queryError(tr("Could not record the reoffence"), q);
    return returnedId(q);
}

Status ReoffenceStore::remove(qint64 reoffenceId)
{
    return Transaction::run(m_db, [&]() -> Status {
        AuditStore audit(m_db);
        const Result<QString> before = audit.rowJson(QStringLiteral("reoffence"), reoffenceId);
        if (!before)
            return before.status();
        QSqlQuery q(m_db);
        prepare(q, QStringLiteral("DELETE FROM reoffence WHERE id = ?"));
        q.addBindValue(reoffenceId);
        if (!q.exec())
            return queryError(tr("Could not remove the reoffence"), q);
        if (q.numRowsAffected() != 1)
            return Error{tr("There is no reoffence with id %1").arg(reoffenceId), QString(),
                         QStringLiteral("not-found")};
        return audit.deletedInTransaction(QStringLiteral("reoffence"), reoffenceId, before.value());
    });
}
