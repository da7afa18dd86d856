#include "progressionstore.h"
#include "domain/clock.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "diarystore.h"
#include "domain/figuredefinitions.h"
#include "domain/traveldocument.h"
#include "editconflict.h"
#include "storesupport.h"

#include <QHash>
#include <QSqlQuery>

using namespace StoreSupport;

ProgressionStore::ProgressionStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString ProgressionStore::diaryKind(qint64 holdId)
{
    return QStringLiteral("hold:%1").arg(holdId);
}

namespace {

// The columns holdRow() reads, for the hold aliased h and its barrier b.
const QString holdColumns = QStringLiteral(
    "h.id, h.person_id, h.reason, h.placed_on, h.until_on, h.until_barrier_id, b.barrier_type, "
    "b.cleared_on, h.placed_by, h.released_on, h.released_by, h.version");

ProgressionHold holdRow(const QSqlQuery &q)
{
    ProgressionHold h;
    h.id = q.value(0).toLongLong();
    h.personId = q.value(1).toLongLong();
    h.reason = q.value(2).toString();
    h.placedOn = dateOf(q.value(3));
    h.untilOn = dateOf(q.value(4));
    h.untilBarrierId = q.value(5).toLongLong();
    h.barrierType = q.value(6).toString();
    h.barrierClearedOn = dateOf(q.value(7));
    h.placedBy = q.value(8).toString();
    h.releasedOn = dateOf(q.value(9));
    h.releasedBy = q.value(10).toString();
    h.version = q.value(11).toInt();
    return h;
}

} // namespace

Result<QVector<ProgressionHold>> ProgressionStore::holdsFor(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1 FROM progression_hold h LEFT JOIN barrier b ON b.id = "
                              "h.until_barrier_id WHERE h.person_id = ? ORDER BY h.placed_on "
                              "DESC, h.id DESC")
                   .arg(holdColumns));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the holds"), q);
    QVector<ProgressionHold> out;
    while (q.next())
        out << holdRow(q);
    return out;
}

Result<QVector<ProgressionStore::EndingHold>>
ProgressionStore::holdsEnding(const QDate &asOf, int days, const OwnerScope &owners) const
{
    // The dates narrow it on the index; whether each is active is the rule's to say.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1, p.person_ref, p.family_name, p.given_names, p.band "
                              "FROM progression_hold h JOIN person p ON p.id = h.person_id LEFT "
                              "JOIN barrier b ON b.id = h.until_barrier_id WHERE h.until_on > ? "
                              "AND h.until_on <= ? AND %2 ORDER BY h.until_on, p.family_key")
                   .arg(holdColumns, owners.sql(QStringLiteral("p.case_owner"))));
    q.addBindValue(asOf.toString(Qt::ISODate));
    q.addBindValue(asOf.addDays(days).toString(Qt::ISODate));
    for (const QVariant &v : owners.values())
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not read the holds"), q);
    QVector<EndingHold> out;
    while (q.next()) {
        EndingHold e{holdRow(q), q.value(12).toString(),
                     personName(q.value(13).toString(), q.value(14).toString()),
                     q.value(15).toInt()};
        if (e.hold.endsWithin(asOf, days))
            out << e;
    }
    return out;
}

Result<qint64> ProgressionStore::placeHold(const ProgressionHold &hold, const QString &user)
{
    return Transaction::run(m_db, [&]() -> Result<qint64> {
        const Result<qint64> id = placeHoldInTransaction(hold, user, nowIso());
        if (!id)
            return id;
        if (Status s = AuditStore(m_db).insertedInTransaction(QStringLiteral("progression_hold"),
                                                              id.value());
            !s)
            return s.error();
        return id;
    });
}

Result<qint64> ProgressionStore::placeHoldInTransaction(const ProgressionHold &h,
                                                        const QString &user, const QString &now)
{
    if (const QString p = h.problem(); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    if (h.untilBarrierId > 0) {
        QSqlQuery b(m_db);
        prepare(b, QStringLiteral("SELECT cleared_on FROM barrier WHERE id = ? AND person_id = ?"));
        b.addBindValue(h.untilBarrierId);
        b.addBindValue(h.personId);
        if (!b.exec())
            return queryError(tr("Could not read the barrier"), b);
        if (!b.next())
            return Error{tr("The barrier is not on this person's register"), QString(),
                         QStringLiteral("invalid")};
        if (!b.value(0).isNull())
            return Error{tr("That barrier is cleared already: hold until a date instead"),
                         QString(), QStringLiteral("invalid")};
    }
    QSqlQuery q(m_db);
    prepare(q,
            QStringLiteral(
                "INSERT INTO progression_hold (person_id, reason, placed_on, "
                "until_on, until_barrier_id, placed_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(h.personId);
    q.addBindValue(h.reason.trimmed());
    q.addBindValue(h.placedOn.toString(Qt::ISODate));
    q.addBindValue(dateOrNull(h.untilOn));
    q.addBindValue(h.untilBarrierId > 0 ? QVariant(h.untilBarrierId)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(user);
    if (!q.exec())
        return queryError(tr("Could not place the hold"), q);
    const qint64 id = returnedId(q);
    if (h.untilOn.isValid()) {
        // The day the person comes back into the queues is a day to look at them again.
        DiaryEntry e;
        e.personId = h.personId;
        e.due = h.untilOn;
        e.kind = diaryKind(id);
        e.title = tr("Hold on progression ends: %1").arg(h.reason.trimmed());
        if (auto added = DiaryStore(m_db).addInTransaction(e, user, now); !added)
            return added.error();
    }
    return id;
}

Status ProgressionStore::releaseHold(qint64 personId, qint64 holdId, const QString &user,
                                     int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditStore audit(m_db);
    const Result<QString> before = audit.rowJson(QStringLiteral("progression_hold"), holdId);
    if (!before)
        return before.status();
    if (Status s = releaseHoldInTransaction(personId, holdId, Clock::today(), user, nowIso(),
                                            expectedVersion);
        !s)
        return s;
    if (Status s =
            audit.updatedInTransaction(QStringLiteral("progression_hold"), holdId, before.value());
        !s)
        return s;
    return tx.commit();
}

Status ProgressionStore::releaseHoldInTransaction(qint64 personId, qint64 holdId, const QDate &on,
                                                  const QString &user, const QString &now,
                                                  int expectedVersion)
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE progression_hold SET released_on = ?, released_by = ?, "
                              "version = version + 1 WHERE id = ? AND person_id = ? AND "
                              "released_on IS NULL AND version = ?"));
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(user);
    q.addBindValue(holdId);
    q.addBindValue(personId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not release the hold"), q);
    if (q.numRowsAffected() != 1) {
        const Error notHere{tr("The hold was released already, or is not this person's"), QString(),
                            QString()};
        // Still as it was read (so released before it was read, or another's): not a conflict.
        QSqlQuery same(m_db);
        prepare(same,
                QStringLiteral("SELECT 1 FROM progression_hold WHERE id = ? AND version = ?"));
        same.addBindValue(holdId);
        same.addBindValue(expectedVersion);
        if (same.exec() && same.next())
            return notHere;
        return EditConflict::missedUpdate(m_db, QStringLiteral("progression_hold"), holdId,
                                          personId, tr("hold"), notHere);
    }
    return DiaryStore(m_db).closeKindInTransaction(diaryKind(holdId), user, now);
}

Result<std::optional<CasePreparation>> ProgressionStore::preparation(qint64 personId) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT allocated_on, initial_done_on, finalised_on, updated_by, "
                              "version FROM case_preparation WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the case preparation"), q);
    if (!q.next())
        return std::optional<CasePreparation>();
    CasePreparation p;
    p.personId = personId;
    p.allocatedOn = dateOf(q.value(0));
    p.initialDoneOn = dateOf(q.value(1));
    p.finalisedOn = dateOf(q.value(2));
    p.updatedBy = q.value(3).toString();
    p.version = q.value(4).toInt();
    return std::optional<CasePreparation>(p);
}

Status ProgressionStore::savePreparation(const CasePreparation &p, const QString &user)
{
    return Transaction::run(m_db, [&]() -> Status {
        AuditStore audit(m_db);
        const QString table = QStringLiteral("case_preparation");
        const QString key = QStringLiteral("person_id");
        const Result<QString> before = audit.rowJsonWhere(table, key, p.personId);
        if (!before)
            return before.status();
        if (Status s = savePreparationInTransaction(p, user, nowIso()); !s)
            return s;
        const Result<QString> after = audit.rowJsonWhere(table, key, p.personId);
        if (!after)
            return after.status();
        return audit.changedInTransaction(table, p.personId, p.personId, before.value(),
                                          after.value());
    });
}

Status ProgressionStore::savePreparationInTransaction(const CasePreparation &p, const QString &user,
                                                      const QString &now)
{
    if (const QString problem = p.problem(); !problem.isEmpty())
        return Error{problem, QString(), QStringLiteral("invalid")};
    // By name, for the UPDATE and the INSERT alike.
    const QVariantMap values{{QStringLiteral(":allocated_on"), p.allocatedOn.toString(Qt::ISODate)},
                             {QStringLiteral(":initial_done_on"), dateOrNull(p.initialDoneOn)},
                             {QStringLiteral(":finalised_on"), dateOrNull(p.finalisedOn)},
                             {QStringLiteral(":updated_by"), user},
                             {QStringLiteral(":updated_at"), now},
                             {QStringLiteral(":person_id"), p.personId}};
    const QString table = QStringLiteral("case_preparation");
    const QString key = QStringLiteral("person_id");
    // An UPDATE of the version read, or an INSERT when none was read (version 0): portable,
    // unlike INSERT ... ON CONFLICT on SQLite before 3.24 and every PostgreSQL spelling.
    if (p.version > 0) {
        QSqlQuery u(m_db);
        prepare(u,
                QStringLiteral(
                    "UPDATE case_preparation SET allocated_on = :allocated_on, initial_done_on = "
                    ":initial_done_on, finalised_on = :finalised_on, updated_by = :updated_by, "
                    "updated_at = :updated_at, version = version + 1 WHERE person_id = :person_id "
                    "AND version = :version"));
        for (auto v = values.cbegin(); v != values.cend(); ++v)
            u.bindValue(v.key(), v.value());
        u.bindValue(QStringLiteral(":version"), p.version);
        if (!u.exec())
            return queryError(tr("Could not save the case preparation"), u);
        if (u.numRowsAffected() != 1)
            return EditConflict::error(m_db, table, p.personId, tr("case preparation"), key);
        return {};
    }
    QSqlQuery exists(m_db);
    prepare(exists, QStringLiteral("SELECT 1 FROM case_preparation WHERE person_id = ?"));
    exists.addBindValue(p.personId);
    if (!exists.exec())
        return queryError(tr("Could not read the case preparation"), exists);
    if (exists.next()) // started by someone else since this one was read as not started
        return EditConflict::error(m_db, table, p.personId, tr("case preparation"), key);
    QSqlQuery i(m_db);
    prepare(i, QStringLiteral("INSERT INTO case_preparation (allocated_on, initial_done_on, "
                              "finalised_on, updated_by, updated_at, person_id) VALUES "
                              "(:allocated_on, :initial_done_on, :finalised_on, :updated_by, "
                              ":updated_at, :person_id)"));
    for (auto v = values.cbegin(); v != values.cend(); ++v)
        i.bindValue(v.key(), v.value());
    if (!i.exec())
        return queryError(tr("Could not save the case preparation"), i);
    return {};
}

FigureId ProgressionStore::figureOf(List which)
{
    switch (which) {
    case List::Ripe:
        return FigureId::RipeForProgression;
    case List::PreparationOverdue:
        return FigureId::PreparationOverdue;
    case List::DecisionOverdue:
        return FigureId::DeportationDecisionOverdue;
    case List::DocumentToSeek:
        return FigureId::DocumentToSeekBarrierOpen;
    }
    return FigureId::RipeForProgression;
}

Result<QVector<ProgressionStore::Row>> ProgressionStore::list(List which, const QDate &asOf,
                                                              const QString &caseOwner) const
{
    const FigureDefinitions::Condition who = FigureDefinitions::condition(figureOf(which), asOf);
    const QString day = asOf.toString(Qt::ISODate);
    QString order;
    switch (which) {
    case List::Ripe:
        order = QStringLiteral("CASE WHEN person.band = 1 THEN 0 ELSE 1 END, person.band, "
                               "person.family_key, person.given_key");
        break;
    case List::PreparationOverdue:
        order = QStringLiteral("cp.allocated_on, person.family_key");
        break;
    case List::DecisionOverdue:
        order = QStringLiteral("sentence_end, person.family_key");
        break;
    case List::DocumentToSeek:
        // The document state's order is its step's (ProgressionRules::documentStep): apply,
        // apply again, chase.
        order = QStringLiteral("CASE WHEN person.band = 1 THEN 0 ELSE 1 END, document_state, "
                               "person.band, person.family_key, person.given_key");
        break;
    }
    const QString criminal = QStringLiteral("FROM cid_case c WHERE c.person_id = person.id AND "
                                            "c.case_type = 'CRIMINAL'");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral(
                   "SELECT person.id, person.person_ref, person.family_name, person.given_names, "
                   "person.band, person.flag_nexus_hh, person.nationality, person.case_owner, "
                   "person.owning_unit, "
                   // The best decision of the criminal cases: 3 order signed .. 0 none.
                   "(SELECT MAX(CASE c.deportation_decision WHEN 'ORDER_SIGNED' THEN 3 WHEN "
                   "'SERVED' THEN 2 WHEN 'PENDING' THEN 1 ELSE 0 END) %1), %2 AS document_state, "
                   "cp.allocated_on, cp.initial_done_on, cp.finalised_on, "
                   "(SELECT MAX(c.sentence_months) %1), (SELECT MAX(c.sentence_end) %1) AS "
                   "sentence_end, CASE WHEN %3 THEN 1 ELSE 0 END, (SELECT MIN(h.until_on) FROM "
                   "progression_hold h WHERE h.person_id = person.id AND h.released_on IS NULL AND "
                   "h.until_on > ?) FROM person LEFT JOIN case_preparation cp ON cp.person_id = "
                   "person.id WHERE %4%5 ORDER BY %6")
                   .arg(criminal, TravelDocument::stateSql(QStringLiteral("person.id")),
                        ProgressionRules::activeHoldSql(QStringLiteral("person.id")), who.sql,
                        andOwnedBy(QStringLiteral("person"), caseOwner), order));
    q.addBindValue(day); // document state
    for (int i = 0; i < 4; ++i)
        q.addBindValue(day); // active hold
    q.addBindValue(day);     // hold until
    for (const QVariant &v : who.values)
        q.addBindValue(v);
    if (!caseOwner.isEmpty())
        q.addBindValue(caseOwner);
    if (!q.exec())
        return queryError(tr("Could not read the worklist"), q);
    QVector<Row> out;
    while (q.next()) {
        Row r;
        r.personId = q.value(0).toLongLong();
        r.personRef = q.value(1).toString();
        r.name = personName(q.value(2).toString(), q.value(3).toString());
        r.band = q.value(4).toInt();
        r.nexusHighHarm = q.value(5).toInt() != 0;
        r.nationality = q.value(6).toString();
        r.caseOwner = q.value(7).toString();
        r.owningUnit = q.value(8).toString();
        r.decision = ProgressionRules::Decision(qBound(0, q.value(9).toInt(), 3));
        r.document = ProgressionRules::Document(qBound(0, q.value(10).toInt(), 3));
        r.next = ProgressionRules::nextSteps(r.decision, r.document);
        r.preparation.personId = r.personId;
        r.preparation.allocatedOn = dateOf(q.value(11));
        r.preparation.initialDoneOn = dateOf(q.value(12));
        r.preparation.finalisedOn = dateOf(q.value(13));
        r.sentenceMonths = optionalInt(q.value(14));
        r.sentenceEnd = dateOf(q.value(15));
        r.onHold = q.value(16).toInt() != 0;
        r.holdUntil = dateOf(q.value(17));
        out << r;
    }
    if (which == List::DocumentToSeek && !out.isEmpty()) {
        if (Status s = readOpenBarriers(who.sql, who.values, caseOwner, out); !s)
            return s.error();
    }
    return out;
}

Status ProgressionStore::readOpenBarriers(const QString &who, const QVariantList &values,
                                          const QString &caseOwner, QVector<Row> &rows) const
{
    // The same people again, by the list's own condition, rather than a list of ids spliced in.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT b.person_id, b.barrier_type FROM barrier b WHERE "
                              "b.cleared_on IS NULL AND b.person_id IN (SELECT person.id FROM "
                              "person WHERE %1%2) ORDER BY b.person_id, b.standing_since, b.id")
                   .arg(who, andOwnedBy(QStringLiteral("person"), caseOwner)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!caseOwner.isEmpty())
        q.addBindValue(caseOwner);
    if (!q.exec())
        return queryError(tr("Could not read the barriers"), q);
    QHash<qint64, QStringList> types;
    while (q.next())
        types[q.value(0).toLongLong()] << q.value(1).toString();
    for (Row &r : rows)
        r.barrierTypes = types.value(r.personId);
    return {};
}
