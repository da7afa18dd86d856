#include "barrierstore.h"
#include "domain/clock.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "domain/codes.h"
#include "domain/daterules.h"
#include "domain/progressionrules.h"
#include "editconflict.h"
#include "personstore.h"
#include "removalstore.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {

// 'ASYLUM', 'FURTHER_REPS', ... for an IN list: fixed codes, never user input.
QString barrierCaseTypeList()
{
    QStringList quoted;
    for (const QString &t : Codes::barrierCaseTypes())
        quoted << QLatin1Char('\'') + t + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

const char *const BarrierColumns =
    "b.id, b.person_id, b.barrier_type, b.source, b.cid_case_id, c.case_ref, b.raised_on, "
    "b.cleared_on, b.cleared_how, b.notes, b.recorded_by, b.recorded_at, b.version, "
    "b.standing_since, b.raised_after";
constexpr int BarrierColumnCount = 15;

Barrier readBarrier(const QSqlQuery &q)
{
    Barrier b;
    b.id = q.value(0).toLongLong();
    b.personId = q.value(1).toLongLong();
    b.type = q.value(2).toString();
    b.source = q.value(3).toString();
    b.cidCaseId = q.value(4).toLongLong();
    b.caseRef = q.value(5).toString();
    b.raisedOn = dateOf(q.value(6));
    b.clearedOn = dateOf(q.value(7));
    b.clearedHow = q.value(8).toString();
    b.notes = q.value(9).toString();
    b.recordedBy = q.value(10).toString();
    b.recordedAt = q.value(11).toString();
    b.version = q.value(12).toInt();
    // CID's: standing since the day first seen in CID; no day raised is known (issue 16).
    if (b.fromCid())
        b.firstSeenOn = dateOf(q.value(13));
    b.raisedAfter = dateOf(q.value(14));
    return b;
}

QString lastMinuteColumn()
{
    return QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END")
        .arg(ProgressionRules::lastMinuteSql(QStringLiteral("b")));
}

} // namespace

BarrierStore::BarrierStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<Barrier>> BarrierStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral(
                   "SELECT %1, %2 FROM barrier b LEFT JOIN cid_case c ON c.id = "
                   "b.cid_case_id WHERE b.person_id = ? ORDER BY CASE WHEN "
                   "b.cleared_on IS NULL THEN 0 ELSE 1 END, b.standing_since DESC, b.id DESC")
                   .arg(QLatin1String(BarrierColumns), lastMinuteColumn()));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the person's barriers"), q);
    QVector<Barrier> out;
    while (q.next()) {
        Barrier b = readBarrier(q);
        b.lastMinute = q.value(BarrierColumnCount).toInt() != 0;
        out << b;
    }
    return out;
}

Result<qint64> BarrierStore::add(const Barrier &barrier, const QString &user)
{
    return Transaction::run(m_db, [&]() -> Result<qint64> {
        const Result<qint64> id = addInTransaction(barrier, user);
        if (!id)
            return id;
        if (Status s =
                AuditStore(m_db).insertedInTransaction(QStringLiteral("barrier"), id.value());
            !s)
            return s.error();
        return id;
    });
}

Result<qint64> BarrierStore::addInTransaction(const Barrier &b, const QString &user,
                                              const QDate &today, bool refreshPerson)
{
    if (const QString p = b.problem(); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    // The range the form shows (DateRules), with its words.
    if (const QString p = DateRules::barrierRaised(today).problem(b.raisedOn); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    QSqlQuery q(m_db);
    prepare(q,
            QStringLiteral(
                "INSERT INTO barrier (person_id, barrier_type, source, raised_on, standing_since, "
                "cleared_on, cleared_how, notes, recorded_by, recorded_at, updated_at) VALUES "
                "(:person_id, :barrier_type, 'lodestar', :raised_on, :standing_since, :cleared_on, "
                ":cleared_how, :notes, :recorded_by, :recorded_at, :updated_at) RETURNING id"));
    const QString now = nowIso();
    q.bindValue(QStringLiteral(":person_id"), b.personId);
    q.bindValue(QStringLiteral(":barrier_type"), b.type);
    q.bindValue(QStringLiteral(":raised_on"), b.raisedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":standing_since"),
                b.raisedOn.toString(Qt::ISODate)); // known raised: standing since then
    q.bindValue(QStringLiteral(":cleared_on"), dateOrNull(b.clearedOn));
    q.bindValue(QStringLiteral(":cleared_how"),
                textOrNull(b.clearedOn.isValid() ? b.clearedHow : QString()));
    q.bindValue(QStringLiteral(":notes"), textOrNull(b.notes.trimmed()));
    q.bindValue(QStringLiteral(":recorded_by"), user);
    q.bindValue(QStringLiteral(":recorded_at"), now);
    q.bindValue(QStringLiteral(":updated_at"), now);
    if (!q.exec())
        return queryError(tr("Could not record the barrier"), q);
    const qint64 id = returnedId(q);
    // The last action always; the derived columns may wait for the caller's recompute.
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction({b.personId}); !s)
        return s.error();
    if (!refreshPerson)
        return id;
    if (Status s = PersonStore(m_db).refreshDerivedInTransaction({b.personId}); !s)
        return s.error();
    return id;
}

Status BarrierStore::checkWritable(qint64 personId, qint64 barrierId, bool mustBeOpen,
                                   bool certifying) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT source, cleared_on, cleared_how, raised_on, standing_since, "
                              "raised_after FROM barrier WHERE id = ? AND person_id = ?"));
    q.addBindValue(barrierId);
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the barrier"), q);
    if (!q.next())
        return Error{tr("The barrier is not on this person's register"), QString(),
                     QStringLiteral("not-found")};
    // CID's barriers follow the extract, but a certification under RED.0004 is Lodestar's to
    // record (issue 15 rule 7), and to undo: reopening a CID barrier undoes only that.
    const bool fromCid = q.value(0).toString() != QLatin1String("lodestar");
    const bool certified = q.value(2).toString() == QLatin1String("certified");
    if (fromCid && !(mustBeOpen ? certifying : certified))
        return Error{tr("Barriers from CID follow the extract: CID clears them when it closes the "
                        "case (here they can only be certified under RED.0004)"),
                     QString(), QStringLiteral("invalid")};
    if (mustBeOpen != q.value(1).isNull())
        return Error{mustBeOpen ? tr("The barrier is already cleared")
                                : tr("The barrier is open already"),
                     QString(), QStringLiteral("invalid")};
    if (!certifying)
        return {};
    Barrier b;
    b.source = q.value(0).toString();
    b.raisedOn = dateOf(q.value(3));
    if (b.fromCid())
        b.firstSeenOn = dateOf(q.value(4));
    b.raisedAfter = dateOf(q.value(5));
    q.finish();
    const Result<QDate> served = RemovalStore(m_db).firstRed0004Served(personId);
    if (!served)
        return served.error();
    if (const QString why = Barrier::certificationProblem(b, served.value()); !why.isEmpty())
        return Error{why, QString(), QLatin1String(NotCertifiable)};
    return {};
}

Status BarrierStore::clear(qint64 personId, qint64 barrierId, const QDate &on, const QString &how,
                           const QString &note, const QString &user, int expectedVersion)
{
    return Transaction::run(m_db, [&] {
        return AuditStore(m_db).updateInTransaction(QStringLiteral("barrier"), barrierId, [&] {
            return clearInTransaction(personId, barrierId, on, how, note, user, expectedVersion,
                                      Clock::today(), true);
        });
    });
}

Status BarrierStore::clearInTransaction(qint64 personId, qint64 barrierId, const QDate &on,
                                        const QString &how, const QString &note,
                                        const QString &user, int expectedVersion,
                                        const QDate &today, bool refreshPerson)
{
    // The range the form shows (DateRules); not before the barrier stood is checked below.
    if (const QString p = DateRules::barrierCleared(QDate(), true, today).problem(on); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    if (!Barrier::clearances().contains(how) || how == QLatin1String("closed_in_cid"))
        return Error{tr("Say how the barrier was cleared"), QString(), QStringLiteral("invalid")};
    if (Status s = EditConflict::checkInTransaction(m_db, QStringLiteral("barrier"), barrierId,
                                                    expectedVersion, tr("barrier"));
        !s)
        return s;
    if (Status s = checkWritable(personId, barrierId, true, how == QLatin1String("certified")); !s)
        return s;
    QSqlQuery q(m_db);
    // The note is appended so what was written when the barrier was raised is kept.
    prepare(q,
            QStringLiteral(
                "UPDATE barrier SET cleared_on = :cleared_on, cleared_how = :cleared_how, "
                "cleared_by = :cleared_by, notes = CASE WHEN CAST(:note_check AS TEXT) = '' THEN "
                "notes WHEN notes IS NULL OR notes = '' THEN :note ELSE notes || :note_appended "
                "END, updated_at = :updated_at, version = version + 1 WHERE id = :id AND person_id "
                "= :person_id AND standing_since <= :clearing_day AND version = :version"));
    // Never a null string: bound as NULL, "no note" would append a bare line break.
    const QString trimmed = note.trimmed().isNull() ? QStringLiteral("") : note.trimmed();
    q.bindValue(QStringLiteral(":cleared_on"), on.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":cleared_how"), how);
    q.bindValue(QStringLiteral(":cleared_by"), user);
    q.bindValue(QStringLiteral(":note_check"), trimmed);
    q.bindValue(QStringLiteral(":note"), trimmed);
    q.bindValue(QStringLiteral(":note_appended"), QStringLiteral("\n") + trimmed);
    q.bindValue(QStringLiteral(":updated_at"), nowIso());
    q.bindValue(QStringLiteral(":id"), barrierId);
    q.bindValue(QStringLiteral(":person_id"), personId);
    q.bindValue(QStringLiteral(":clearing_day"), on.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not clear the barrier"), q);
    if (q.numRowsAffected() != 1) {
        // Checked above; a change since then is another's.
        if (Status s = EditConflict::checkInTransaction(m_db, QStringLiteral("barrier"), barrierId,
                                                        expectedVersion, tr("barrier"));
            !s)
            return s;
        return Error{tr("A barrier cannot be cleared before it was raised"), QString(),
                     QStringLiteral("invalid")};
    }
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction({personId}); !s)
        return s;
    if (!refreshPerson)
        return {};
    return PersonStore(m_db).refreshDerivedInTransaction({personId});
}

Status BarrierStore::reopen(qint64 personId, qint64 barrierId, const QString &user,
                            int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditStore audit(m_db);
    const Result<QString> before = audit.rowJson(QStringLiteral("barrier"), barrierId);
    if (!before)
        return before.status();
    if (Status s = EditConflict::checkInTransaction(m_db, QStringLiteral("barrier"), barrierId,
                                                    expectedVersion, tr("barrier"));
        !s)
        return s;
    if (Status s = checkWritable(personId, barrierId, false, false); !s)
        return s;
    QSqlQuery q(m_db);
    // Who reopened it stands where who cleared it stood, so the register says who acted last.
    prepare(q, QStringLiteral("UPDATE barrier SET cleared_on = NULL, cleared_how = NULL, "
                              "cleared_by = ?, updated_at = ?, version = version + 1 WHERE id = ? "
                              "AND person_id = ? AND version = ?"));
    q.addBindValue(user);
    q.addBindValue(nowIso());
    q.addBindValue(barrierId);
    q.addBindValue(personId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not reopen the barrier"), q);
    if (q.numRowsAffected() != 1)
        return EditConflict::error(m_db, QStringLiteral("barrier"), barrierId, tr("barrier"));
    if (Status s = PersonStore(m_db).refreshDerivedInTransaction({personId}); !s)
        return s;
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction({personId}); !s)
        return s;
    if (Status s = audit.updatedInTransaction(QStringLiteral("barrier"), barrierId, before.value());
        !s)
        return s;
    return tx.commit();
}

Status BarrierStore::setNotes(qint64 personId, qint64 barrierId, const QString &notes,
                              const QString &user, int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditStore audit(m_db);
    const Result<QString> before = audit.rowJson(QStringLiteral("barrier"), barrierId);
    if (!before)
        return before.status();
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE barrier SET notes = ?, updated_by = ?, updated_at = ?, "
                              "version = version + 1 WHERE id = ? AND person_id = ? AND "
                              "version = ?"));
    q.addBindValue(textOrNull(notes.trimmed()));
    q.addBindValue(user);
    q.addBindValue(nowIso());
    q.addBindValue(barrierId);
    q.addBindValue(personId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not save the barrier's notes"), q);
    if (q.numRowsAffected() != 1)
        return EditConflict::missedUpdate(m_db, QStringLiteral("barrier"), barrierId, personId,
                                          tr("barrier"),
                                          Error{tr("The barrier is not on this person's register"),
                                                QString(), QStringLiteral("not-found")});
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction({personId}); !s)
        return s;
    if (Status s = audit.updatedInTransaction(QStringLiteral("barrier"), barrierId, before.value());
        !s)
        return s;
    return tx.commit();
}

Status BarrierStore::syncCidInTransaction(const QDate &today, const QString &importStartedAt,
                                          const QDate &previousImport)
{
    const QString day = today.toString(Qt::ISODate);
    const QString now = nowIso();
    const QString types = barrierCaseTypeList();
    struct Step
    {
        QString sql;
        QVariantMap values; // by placeholder name
    };
    // CAST(:x AS TEXT): PostgreSQL must know a parameter's type where only a CASE uses it.
    const Step steps[] = {
        // No day raised: CID gives none. Standing since the day the case was first seen; raised
        // on or after the import before, when this import is the one that first saw the case.
        // first_seen is a UTC timestamp: a case this import first saw stands since today, the
        // user's local day; an older one since its timestamp's UTC day (within an hour of it).
        {QStringLiteral(
             "INSERT INTO barrier (person_id, barrier_type, source, cid_case_id, standing_since, "
             "raised_after, cleared_on, cleared_how, recorded_by, recorded_at, updated_at) SELECT "
             "c.person_id, LOWER(c.case_type), 'cid', c.id, CASE WHEN c.first_seen IS NULL OR "
             "c.first_seen = CAST(:standing_import AS TEXT) THEN CAST(:standing_today AS TEXT) "
             "ELSE SUBSTR(c.first_seen, 1, 10) END, CASE WHEN c.first_seen = CAST(:raised_import "
             "AS TEXT) THEN CAST(:raised_after AS TEXT) END, CASE WHEN c.case_status = 'CLOSED' "
             "THEN CAST(:cleared_on AS TEXT) END, CASE WHEN c.case_status = 'CLOSED' THEN "
             "'closed_in_cid' END, 'CID', :recorded_at, :updated_at FROM cid_case c WHERE "
             "c.case_type IN (%1) AND NOT EXISTS (SELECT 1 FROM barrier b WHERE b.cid_case_id = "
             "c.id)")
             .arg(types),
         {{QStringLiteral(":standing_import"), textOrNull(importStartedAt)},
          {QStringLiteral(":standing_today"), day},
          {QStringLiteral(":raised_import"), textOrNull(importStartedAt)},
          {QStringLiteral(":raised_after"), dateOrNull(previousImport)},
          {QStringLiteral(":cleared_on"), day},
          {QStringLiteral(":recorded_at"), now},
          {QStringLiteral(":updated_at"), now}}},
        // CID turned one barrier type into another.
        {QStringLiteral(
             "UPDATE barrier SET barrier_type = (SELECT LOWER(c.case_type) FROM cid_case c WHERE "
             "c.id = barrier.cid_case_id), updated_at = :updated_at, version = version + 1 WHERE "
             "source = 'cid' AND cid_case_id IN (SELECT c.id FROM cid_case c WHERE c.id = "
             "barrier.cid_case_id AND c.case_type IN (%1) AND LOWER(c.case_type) <> "
             "barrier.barrier_type)")
             .arg(types),
         {{QStringLiteral(":updated_at"), now}}},
        // Closed in CID (or no longer of a barrier type): cleared today. A certification under
        // RED.0004 ends here too: the barrier is simply closed in CID from now on.
        {QStringLiteral(
             "UPDATE barrier SET cleared_on = :cleared_on, cleared_how = 'closed_in_cid', "
             "updated_at = :updated_at, version = version + 1 WHERE source = 'cid' AND (cleared_on "
             "IS NULL OR cleared_how = 'certified') AND cid_case_id IN (SELECT c.id FROM cid_case "
             "c WHERE c.case_status = 'CLOSED' OR c.case_type NOT IN (%1))")
             .arg(types),
         {{QStringLiteral(":cleared_on"), day}, {QStringLiteral(":updated_at"), now}}},
        // Open again in CID. A certified barrier's case is open all along: the mark stays
        // (Lodestar recorded it; CID knows nothing of it), whatever the extract repeats.
        {QStringLiteral(
             "UPDATE barrier SET cleared_on = NULL, cleared_how = NULL, updated_at = :updated_at, "
             "version = version + 1 WHERE source = 'cid' AND cleared_on IS NOT NULL AND "
             "COALESCE(cleared_how, '') <> 'certified' AND cid_case_id IN (SELECT c.id FROM "
             "cid_case c WHERE c.case_status <> 'CLOSED' AND c.case_type IN (%1))")
             .arg(types),
         {{QStringLiteral(":updated_at"), now}}},
    };
    for (const Step &step : steps) {
        QSqlQuery q(m_db);
        prepare(q, step.sql);
        for (auto v = step.values.cbegin(); v != step.values.cend(); ++v)
            q.bindValue(v.key(), v.value());
        if (!q.exec())
            return queryError(tr("Could not bring the CID barriers up to date"), q);
    }
    return {};
}

namespace {
struct FilterSql
{
    QStringList where;
    QVariantList values;
};
FilterSql filterSql(const BarrierStore::Filter &f)
{
    FilterSql out;
    if (f.openOnly)
        out.where << QStringLiteral("b.cleared_on IS NULL");
    if (!f.type.isEmpty()) {
        out.where << QStringLiteral("b.barrier_type = ?");
        out.values << f.type;
    }
    if (!f.source.isEmpty()) {
        out.where << QStringLiteral("b.source = ?");
        out.values << f.source;
    }
    if (f.lastMinuteOnly)
        out.where << ProgressionRules::lastMinuteSql(QStringLiteral("b"));
    if (!f.caseOwner.isEmpty()) {
        out.where << QStringLiteral("p.case_owner = ?");
        out.values << f.caseOwner;
    }
    return out;
}
QString whereClause(const QStringList &where)
{
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}
} // namespace

Result<qint64> BarrierStore::count(const Filter &f) const
{
    const FilterSql w = filterSql(f);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The person is joined only when the filter needs them.
    prepare(q, QStringLiteral("SELECT COUNT(*) FROM barrier b%1%2")
                   .arg(f.caseOwner.isEmpty() ? QString()
                                              : QStringLiteral(" JOIN person p ON p.id = "
                                                               "b.person_id"),
                        whereClause(w.where)));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return queryError(tr("Could not count the barrier register"), q);
    return q.value(0).toLongLong();
}

Result<QVector<BarrierStore::Row>>
BarrierStore::list(const Filter &f, const std::optional<Cursor> &after, int limit) const
{
    FilterSql w = filterSql(f);
    if (after) {
        w.where << QStringLiteral("(b.standing_since > ? OR (b.standing_since = ? AND b.id > ?))");
        w.values << after->standingSince << after->standingSince << after->id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1, %2, p.person_ref, p.family_name, p.given_names, "
                              "p.nationality, p.case_owner, p.owning_unit, p.band FROM barrier b "
                              "JOIN person p ON p.id = b.person_id LEFT JOIN cid_case c ON c.id = "
                              "b.cid_case_id%3 ORDER BY b.standing_since, b.id%4")
                   .arg(QLatin1String(BarrierColumns), lastMinuteColumn(), whereClause(w.where),
                        limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not read the barrier register"), q);
    QVector<Row> out;
    while (q.next()) {
        Row r;
        r.barrier = readBarrier(q);
        int i = BarrierColumnCount;
        r.barrier.lastMinute = q.value(i++).toInt() != 0;
        r.personRef = q.value(i++).toString();
        // Family, then given names: read in that order (arguments have none).
        const QString family = q.value(i++).toString();
        r.name = personName(family, q.value(i++).toString());
        r.nationality = q.value(i++).toString();
        r.caseOwner = q.value(i++).toString();
        r.owningUnit = q.value(i++).toString();
        r.band = q.value(i++).toInt();
        out << r;
    }
    return out;
}

Result<QMap<QString, qint64>> BarrierStore::openByType(const QDate &asOf) const
{
    QMap<QString, qint64> out;
    for (const QString &t : Barrier::types())
        out.insert(t, 0);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT b.barrier_type, COUNT(*) FROM barrier b WHERE %1 GROUP BY "
                              "b.barrier_type")
                   .arg(Barrier::openOnSql(QStringLiteral("b"))));
    for (const QVariant &v : Barrier::openOnValues(asOf))
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not count the open barriers"), q);
    while (q.next())
        out[q.value(0).toString()] += q.value(1).toLongLong();
    return out;
}

Result<qint64> BarrierStore::lastMinuteCount(const QDate &asOf) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Known to be raised by then: the latest day it can have been raised is on or before it.
    prepare(q, QStringLiteral("SELECT COUNT(*) FROM barrier b WHERE b.standing_since <= ? AND %1")
                   .arg(ProgressionRules::lastMinuteSql(QStringLiteral("b"))));
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return queryError(tr("Could not count the last-minute barriers"), q);
    return q.value(0).toLongLong();
}
