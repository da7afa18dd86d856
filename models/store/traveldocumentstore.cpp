#include "traveldocumentstore.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "domain/stock.h"
#include "editconflict.h"
#include "personstore.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

TravelDocumentStore::TravelDocumentStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> TravelDocumentStore::save(const TravelDocument &d, const QString &user)
{
    return Transaction::run(m_db, [&] {
        return AuditStore(m_db).saveInTransaction(QStringLiteral("travel_document"), d.id,
                                                  [&] { return saveInTransaction(d, user); });
    });
}

Result<qint64> TravelDocumentStore::saveInTransaction(const TravelDocument &d, const QString &user)
{
    if (const QString p = d.problem(); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    QSqlQuery q(m_db);
    if (d.id == 0)
        prepare(q, QStringLiteral("INSERT INTO travel_document (kind, embassy, status, applied_on, "
                                  "interview_tasked_on, interview_held_on, expires_on, notes, "
                                  "updated_by, updated_at, person_id) VALUES (:kind, :embassy, "
                                  ":status, :applied_on, :interview_tasked_on, :interview_held_on, "
                                  ":expires_on, :notes, :updated_by, :updated_at, :person_id) "
                                  "RETURNING id"));
    else
        prepare(
            q,
            QStringLiteral(
                "UPDATE travel_document SET kind = :kind, embassy = :embassy, status = :status, "
                "applied_on = :applied_on, interview_tasked_on = :interview_tasked_on, "
                "interview_held_on = :interview_held_on, expires_on = :expires_on, notes = :notes, "
                "updated_by = :updated_by, updated_at = :updated_at, version = version + 1 WHERE "
                "person_id = :person_id AND id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":kind"), d.kind);
    q.bindValue(QStringLiteral(":embassy"), textOrNull(d.embassy.trimmed()));
    q.bindValue(QStringLiteral(":status"), d.status);
    q.bindValue(QStringLiteral(":applied_on"), dateOrNull(d.appliedOn));
    q.bindValue(QStringLiteral(":interview_tasked_on"), dateOrNull(d.interviewTaskedOn));
    q.bindValue(QStringLiteral(":interview_held_on"), dateOrNull(d.interviewHeldOn));
    q.bindValue(QStringLiteral(":expires_on"), dateOrNull(d.expiresOn));
    q.bindValue(QStringLiteral(":notes"), textOrNull(d.notes.trimmed()));
    q.bindValue(QStringLiteral(":updated_by"), user);
    q.bindValue(QStringLiteral(":updated_at"), nowIso());
    q.bindValue(QStringLiteral(":person_id"), d.personId);
    if (d.id != 0) {
        q.bindValue(QStringLiteral(":id"), d.id);
        q.bindValue(QStringLiteral(":version"), d.version);
    }
    if (!q.exec())
        return queryError(tr("Could not save the travel document"), q);
    if (d.id != 0 && q.numRowsAffected() != 1)
        return EditConflict::missedUpdate(m_db, QStringLiteral("travel_document"), d.id, d.personId,
                                          tr("travel document"),
                                          Error{tr("The travel document no longer exists"),
                                                QString(), QStringLiteral("not-found")});
    const qint64 id = d.id != 0 ? d.id : returnedId(q);
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction({d.personId}); !s)
        return s.error();
    return id;
}

Result<QVector<TravelDocument>> TravelDocumentStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT id, kind, embassy, status, applied_on, interview_tasked_on, "
                              "interview_held_on, expires_on, notes, updated_by, updated_at, "
                              "version FROM travel_document WHERE person_id = ? ORDER BY id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the travel documents"), q);
    QVector<TravelDocument> out;
    while (q.next()) {
        TravelDocument d;
        d.id = q.value(0).toLongLong();
        d.personId = personId;
        d.kind = q.value(1).toString();
        d.embassy = q.value(2).toString();
        d.status = q.value(3).toString();
        d.appliedOn = dateOf(q.value(4));
        d.interviewTaskedOn = dateOf(q.value(5));
        d.interviewHeldOn = dateOf(q.value(6));
        d.expiresOn = dateOf(q.value(7));
        d.notes = q.value(8).toString();
        d.updatedBy = q.value(9).toString();
        d.updatedAt = q.value(10).toString();
        d.version = q.value(11).toInt();
        out << d;
    }
    return out;
}

Result<QVector<TravelDocumentStore::Nationality>>
TravelDocumentStore::atAGlance(const QDate &asOf) const
{
    // Each person once, at their most advanced document (TravelDocument::stateSql).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT nat, COUNT(*), SUM(CASE WHEN state = 0 THEN 1 ELSE 0 END), "
                              "SUM(CASE WHEN state = 2 THEN 1 ELSE 0 END), "
                              "SUM(CASE WHEN state = 3 THEN 1 ELSE 0 END), "
                              "SUM(CASE WHEN state = 1 THEN 1 ELSE 0 END) FROM ("
                              "SELECT COALESCE(p.nationality, '') AS nat, %1 AS state "
                              "FROM person p WHERE %2) s "
                              "GROUP BY nat ORDER BY COUNT(*) DESC, nat")
                   .arg(TravelDocument::stateSql(QStringLiteral("p.id")),
                        Stock::sql(QStringLiteral("p"))));
    q.addBindValue(asOf.toString(Qt::ISODate));
    for (const QVariant &v : Stock::values(asOf))
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not count the travel documents"), q);
    QVector<Nationality> out;
    while (q.next())
        out << Nationality{q.value(0).toString(),   q.value(1).toLongLong(),
                           q.value(2).toLongLong(), q.value(3).toLongLong(),
                           q.value(4).toLongLong(), q.value(5).toLongLong()};
    return out;
}
