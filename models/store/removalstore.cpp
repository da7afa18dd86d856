#include "removalstore.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "diarystore.h"
#include "editconflict.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {

const char *const DirectionsColumns =
    "r.id, r.person_id, r.set_on, r.planned_on, r.route, r.charter_flight_id, f.reference, "
    "r.red0004_served_on, r.outcome, r.outcome_on, r.failure_reason, r.failure_text, r.notes, "
    "r.updated_by, r.updated_at, r.version";
constexpr int DirectionsColumnCount = 16;

RemovalDirections readDirections(const QSqlQuery &q)
{
    RemovalDirections d;
    d.id = q.value(0).toLongLong();
    d.personId = q.value(1).toLongLong();
    d.setOn = dateOf(q.value(2));
    d.plannedOn = dateOf(q.value(3));
    d.route = q.value(4).toString();
    d.charterFlightId = q.value(5).toLongLong();
    d.flightReference = q.value(6).toString();
    d.red0004ServedOn = dateOf(q.value(7));
    d.outcome = q.value(8).toString();
    d.outcomeOn = dateOf(q.value(9));
    d.failureReason = q.value(10).toString();
    d.failureText = q.value(11).toString();
    d.notes = q.value(12).toString();
    d.updatedBy = q.value(13).toString();
    d.updatedAt = q.value(14).toString();
    d.version = q.value(15).toInt();
    return d;
}

QMap<QString, qint64> zeroReasons()
{
    QMap<QString, qint64> m;
    for (const QString &r : RemovalDirections::failureReasons())
        m.insert(r, 0);
    return m;
}

} // namespace

RemovalStore::RemovalStore(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 RemovalStore::FlightSummary::failed() const
{
    qint64 n = 0;
    for (const qint64 v : failedByReason)
        n += v;
    return n;
}

QString RemovalStore::diaryKind(qint64 directionsId)
{
    return QStringLiteral("removal:%1").arg(directionsId);
}

Result<QVector<RemovalDirections>> RemovalStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1 FROM removal_directions r LEFT JOIN charter_flight f ON "
                              "f.id = r.charter_flight_id WHERE r.person_id = ? ORDER BY "
                              "r.set_on DESC, r.id DESC")
                   .arg(QLatin1String(DirectionsColumns)));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the removal directions"), q);
    QVector<RemovalDirections> out;
    while (q.next())
        out << readDirections(q);
    return out;
}

Result<QDate> RemovalStore::firstRed0004Served(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT MIN(red0004_served_on) FROM removal_directions WHERE "
                              "person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return queryError(tr("Could not read when a RED.0004 notice was served"), q);
    return dateOf(q.value(0));
}

Result<std::optional<RemovalDirections>> RemovalStore::directions(qint64 personId, qint64 id) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT %1 FROM removal_directions r LEFT JOIN charter_flight f ON "
                              "f.id = r.charter_flight_id WHERE r.person_id = ? AND r.id = ?")
                   .arg(QLatin1String(DirectionsColumns)));
    q.addBindValue(personId);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(tr("Could not read the removal directions"), q);
    if (!q.next())
        return std::optional<RemovalDirections>();
    return std::optional<RemovalDirections>(readDirections(q));
}

Result<qint64> RemovalStore::save(const RemovalDirections &d, const QString &user)
{
    return Transaction::run(m_db, [&] {
        return AuditStore(m_db).saveInTransaction(QStringLiteral("removal_directions"), d.id, [&] {
            return saveInTransaction(d, user, nowIso());
        });
    });
}

Result<qint64> RemovalStore::saveInTransaction(const RemovalDirections &d, const QString &user,
                                               const QString &now)
{
    if (const QString p = d.problem(); !p.isEmpty())
        return Error{p, QString(), QStringLiteral("invalid")};
    // One set of pending directions at a time: the rules (last-minute barriers, ripe for
    // progression) read "pending" as a state of the person.
    if (d.isPending()) {
        QSqlQuery pending(m_db);
        prepare(pending, QStringLiteral("SELECT set_on FROM removal_directions WHERE person_id = "
                                        "? AND outcome IS NULL AND id <> ?"));
        pending.addBindValue(d.personId);
        pending.addBindValue(d.id);
        if (!pending.exec())
            return queryError(tr("Could not read the removal directions"), pending);
        if (pending.next())
            return Error{tr("Directions set on %1 are still pending: record their outcome first")
                             .arg(pending.value(0).toString()),
                         QString(), QStringLiteral("invalid")};
    }
    QSqlQuery q(m_db);
    if (d.id == 0)
        prepare(q, QStringLiteral(
                       "INSERT INTO removal_directions (set_on, planned_on, route, "
                       "charter_flight_id, red0004_served_on, outcome, outcome_on, failure_reason, "
                       "failure_text, notes, updated_by, updated_at, person_id) VALUES (:set_on, "
                       ":planned_on, :route, :charter_flight_id, :red0004_served_on, :outcome, "
                       ":outcome_on, :failure_reason, :failure_text, :notes, :updated_by, "
                       ":updated_at, :person_id) RETURNING id"));
    else
        prepare(
            q,
            QStringLiteral(
                "UPDATE removal_directions SET set_on = :set_on, planned_on = :planned_on, route = "
                ":route, charter_flight_id = :charter_flight_id, red0004_served_on = "
                ":red0004_served_on, outcome = :outcome, outcome_on = :outcome_on, failure_reason "
                "= :failure_reason, failure_text = :failure_text, notes = :notes, updated_by = "
                ":updated_by, updated_at = :updated_at, version = version + 1 WHERE person_id = "
                ":person_id AND id = :id AND version = :version"));
    const bool failed = d.outcome == QLatin1String("failed");
    q.bindValue(QStringLiteral(":set_on"), d.setOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":planned_on"), d.plannedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":route"), d.route);
    q.bindValue(QStringLiteral(":charter_flight_id"),
                d.route == QLatin1String("charter") ? QVariant(d.charterFlightId)
                                                    : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":red0004_served_on"), dateOrNull(d.red0004ServedOn));
    q.bindValue(QStringLiteral(":outcome"), textOrNull(d.outcome));
    q.bindValue(QStringLiteral(":outcome_on"), dateOrNull(d.isPending() ? QDate() : d.outcomeOn));
    q.bindValue(QStringLiteral(":failure_reason"),
                textOrNull(failed ? d.failureReason : QString()));
    q.bindValue(QStringLiteral(":failure_text"),
                textOrNull(failed ? d.failureText.trimmed() : QString()));
    q.bindValue(QStringLiteral(":notes"), textOrNull(d.notes.trimmed()));
    q.bindValue(QStringLiteral(":updated_by"), user);
    q.bindValue(QStringLiteral(":updated_at"), now);
    q.bindValue(QStringLiteral(":person_id"), d.personId);
    if (d.id != 0) {
        q.bindValue(QStringLiteral(":id"), d.id);
        q.bindValue(QStringLiteral(":version"), d.version);
    }
    if (!q.exec())
        return queryError(tr("Could not save the removal directions"), q);
    if (d.id != 0 && q.numRowsAffected() != 1)
        return EditConflict::missedUpdate(
            m_db, QStringLiteral("removal_directions"), d.id, d.personId,
            tr("set of removal directions"),
            Error{tr("These removal directions are not on this person's record"), QString(),
                  QStringLiteral("not-found")});
    const qint64 id = d.id != 0 ? d.id : returnedId(q);
    DiaryStore diary(m_db);
    if (d.id == 0) {
        DiaryEntry entry;
        entry.personId = d.personId;
        entry.due = d.plannedOn;
        entry.kind = diaryKind(id);
        entry.title = tr("Planned removal (%1)").arg(RemovalDirections::routeName(d.route));
        if (auto added = diary.addInTransaction(entry, user, now); !added)
            return added.error();
    }
    if (d.isPending() && d.id != 0) {
        // The planned date may have moved: the diary follows it.
        if (Status s = diary.rescheduleKindInTransaction(diaryKind(id), d.plannedOn); !s)
            return s.error();
    }
    if (!d.isPending()) {
        if (Status s = diary.closeKindInTransaction(diaryKind(id), user, now); !s)
            return s.error();
    }
    return id;
}

Result<QVector<CharterFlight>> RemovalStore::flights() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, reference, destination, departs_on, notes, version FROM "
                               "charter_flight ORDER BY departs_on DESC, id DESC")))
        return queryError(tr("Could not read the charter flights"), q);
    QVector<CharterFlight> out;
    while (q.next()) {
        CharterFlight f;
        f.id = q.value(0).toLongLong();
        f.reference = q.value(1).toString();
        f.destination = q.value(2).toString();
        f.departsOn = dateOf(q.value(3));
        f.notes = q.value(4).toString();
        f.version = q.value(5).toInt();
        out << f;
    }
    return out;
}

Result<qint64> RemovalStore::saveFlight(const CharterFlight &f, const QString &user)
{
    return Transaction::run(m_db, [&] {
        return AuditStore(m_db).saveInTransaction(QStringLiteral("charter_flight"), f.id, [&] {
            return saveFlightInTransaction(f, user, nowIso());
        });
    });
}

Result<qint64> RemovalStore::saveFlightInTransaction(const CharterFlight &f, const QString &user,
                                                     const QString &now)
{
    if (f.reference.trimmed().isEmpty())
        return Error{tr("Give the charter flight a reference"), QString(),
                     QStringLiteral("invalid")};
    if (!f.departsOn.isValid())
        return Error{tr("Say when the charter flight departs"), QString(),
                     QStringLiteral("invalid")};
    QSqlQuery dup(m_db);
    prepare(dup, QStringLiteral("SELECT 1 FROM charter_flight WHERE reference = ? AND id <> ?"));
    dup.addBindValue(f.reference.trimmed());
    dup.addBindValue(f.id);
    if (!dup.exec())
        return queryError(tr("Could not read the charter flights"), dup);
    if (dup.next())
        return Error{tr("There is a charter flight %1 already").arg(f.reference.trimmed()),
                     QString(), QStringLiteral("invalid")};
    QSqlQuery q(m_db);
    if (f.id == 0)
        prepare(q,
                QStringLiteral("INSERT INTO charter_flight (reference, destination, departs_on, "
                               "notes, updated_by, updated_at) VALUES (:reference, :destination, "
                               ":departs_on, :notes, :updated_by, :updated_at) RETURNING id"));
    else
        prepare(
            q, QStringLiteral(
                   "UPDATE charter_flight SET reference = :reference, destination = :destination, "
                   "departs_on = :departs_on, notes = :notes, updated_by = :updated_by, updated_at "
                   "= :updated_at, version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":reference"), f.reference.trimmed());
    q.bindValue(QStringLiteral(":destination"), textOrNull(f.destination.trimmed()));
    q.bindValue(QStringLiteral(":departs_on"), f.departsOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":notes"), textOrNull(f.notes.trimmed()));
    q.bindValue(QStringLiteral(":updated_by"), user);
    q.bindValue(QStringLiteral(":updated_at"), now);
    if (f.id != 0) {
        q.bindValue(QStringLiteral(":id"), f.id);
        q.bindValue(QStringLiteral(":version"), f.version);
    }
    if (!q.exec())
        return queryError(tr("Could not save the charter flight"), q);
    if (f.id != 0 && q.numRowsAffected() != 1)
        return EditConflict::error(m_db, QStringLiteral("charter_flight"), f.id,
                                   tr("charter flight"));
    return f.id != 0 ? f.id : returnedId(q);
}

Result<QVector<RemovalStore::FlightSummary>> RemovalStore::flightSummaries() const
{
    auto fs = flights();
    if (!fs)
        return fs.error();
    QVector<FlightSummary> out;
    QHash<qint64, int> rowOf;
    for (const CharterFlight &f : fs.value()) {
        FlightSummary s;
        s.flight = f;
        s.failedByReason = zeroReasons();
        rowOf.insert(f.id, int(out.size()));
        out << s;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT charter_flight_id, outcome, failure_reason, COUNT(*) FROM "
                               "removal_directions WHERE charter_flight_id IS NOT NULL GROUP BY "
                               "charter_flight_id, outcome, failure_reason")))
        return queryError(tr("Could not read the charter flights"), q);
    while (q.next()) {
        const auto row = rowOf.constFind(q.value(0).toLongLong());
        if (row == rowOf.constEnd())
            continue;
        FlightSummary &s = out[*row];
        const QString outcome = q.value(1).toString();
        const qint64 n = q.value(3).toLongLong();
        s.planned += n;
        if (outcome == QLatin1String("removed"))
            s.removed += n;
        else if (outcome == QLatin1String("failed"))
            s.failedByReason[q.value(2).toString()] += n;
        else
            s.pending += n;
    }
    return out;
}

Result<RemovalStore::Totals> RemovalStore::totals(const QDate &asOf) const
{
    const QString day = asOf.toString(Qt::ISODate);
    Totals t;
    t.failedByReason = zeroReasons();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT COALESCE(SUM(CASE WHEN set_on <= ? THEN 1 ELSE 0 END), 0), "
                              "COALESCE(SUM(CASE WHEN outcome = 'removed' AND outcome_on <= ? "
                              "THEN 1 ELSE 0 END), 0) FROM removal_directions"));
    q.addBindValue(day);
    q.addBindValue(day);
    if (!q.exec() || !q.next())
        return queryError(tr("Could not count the removals"), q);
    t.planned = q.value(0).toLongLong();
    t.succeeded = q.value(1).toLongLong();
    QSqlQuery f(m_db);
    f.setForwardOnly(true);
    prepare(f, QStringLiteral("SELECT failure_reason, COUNT(*) FROM removal_directions WHERE "
                              "outcome = 'failed' AND outcome_on <= ? GROUP BY failure_reason"));
    f.addBindValue(day);
    if (!f.exec())
        return queryError(tr("Could not count the failed removals"), f);
    while (f.next())
        t.failedByReason[f.value(0).toString()] += f.value(1).toLongLong();
    return t;
}

Result<QVector<RemovalStore::Row>> RemovalStore::list(bool pendingOnly) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1, p.person_ref, p.family_name, p.given_names, "
                              "p.nationality, p.case_owner FROM removal_directions r JOIN person p "
                              "ON p.id = r.person_id LEFT JOIN charter_flight f ON f.id = "
                              "r.charter_flight_id%2 ORDER BY CASE WHEN r.outcome IS NULL THEN 0 "
                              "ELSE 1 END, CASE WHEN r.outcome IS NULL THEN r.planned_on END, "
                              "r.outcome_on DESC, r.id DESC")
                   .arg(QLatin1String(DirectionsColumns),
                        pendingOnly ? QStringLiteral(" WHERE r.outcome IS NULL") : QString()));
    if (!q.exec())
        return queryError(tr("Could not read the removal directions"), q);
    QVector<Row> out;
    while (q.next()) {
        Row r;
        r.directions = readDirections(q);
        int i = DirectionsColumnCount;
        r.personRef = q.value(i++).toString();
        // Family, then given names: read in that order (arguments have none).
        const QString family = q.value(i++).toString();
        r.name = personName(family, q.value(i++).toString());
        r.nationality = q.value(i++).toString();
        r.caseOwner = q.value(i++).toString();
        out << r;
    }
    return out;
}
