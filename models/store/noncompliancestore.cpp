#include "noncompliancestore.h"

#include "domain/breachrules.h"
#include "domain/codes.h"
#include "domain/ownerscope.h"
#include "storesupport.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

using namespace StoreSupport;

NoncomplianceStore::NoncomplianceStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<NoncomplianceRow>>
NoncomplianceStore::queue(const Moment &at, const FollowUpLadder::Thresholds &thresholds) const
{
    const QDate asOf = at.date();
    const QString day = asOf.toString(Qt::ISODate);
    const QString bound = BreachRules::asOfBound(at);
    const QString breach = BreachRules::breachOutcomeSql(QStringLiteral("e"));
    const QString lastCompleted =
        QStringLiteral("COALESCE((SELECT MAX(c.scheduled) FROM reporting_event c WHERE "
                       "c.person_id = p.id AND c.scheduled < ? AND c.outcome = 'COMPLETED'), '')");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Who is in the queue and who of them is unactioned are BreachRules::queueSql and
    // FollowUpLadder::unactionedSql, the conditions of the noncompliance_queue and
    // unactioned_breaches figures, so the queue and the figures cannot count differently.
    // Each person's run is read through the index on (person_id, scheduled).
    prepare(q, QStringLiteral(
                   "SELECT p.id, p.person_ref, p.family_name, p.given_names, p.band, "
                   "p.flag_nexus_hh, p.custody, p.case_owner, p.reporting_centre, "
                   "p.reporting_window, %1, "
                   "(SELECT COUNT(*) FROM reporting_event e WHERE e.person_id = p.id AND %5 AND "
                   "%2), "
                   "(SELECT MAX(e.scheduled) FROM reporting_event e WHERE e.person_id = p.id AND "
                   "e.scheduled < ? AND %2), "
                   "(SELECT MIN(e.scheduled) FROM reporting_event e WHERE e.person_id = p.id AND "
                   "e.scheduled < ? AND %2 AND e.scheduled > %3), "
                   "%4, CASE WHEN %6 THEN 1 ELSE 0 END, %8 "
                   "FROM person p WHERE %7")
                   .arg(BreachRules::consecutiveCountSql(QStringLiteral("p")), breach,
                        lastCompleted, FollowUpLadder::absconderSql(QStringLiteral("p.id")),
                        BreachRules::lastWeekSql(QStringLiteral("e")),
                        FollowUpLadder::unactionedSql(QStringLiteral("p")),
                        BreachRules::queueSql(QStringLiteral("p")),
                        OwnerScope::teamOfSql(QStringLiteral("p.case_owner"))));
    QVariantList values = BreachRules::consecutiveCountValues(at); // consecutive
    values << BreachRules::lastWeekValues(at);                     // this week
    values << bound                                                // last breach
           << bound << bound                                       // run start
           << FollowUpLadder::absconderValues(at.date());          // absconder
    values << FollowUpLadder::unactionedValues(at)                 // unactioned
           << BreachRules::queueValues(at);                        // who
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not read the non-compliance queue"), q);
    QVector<NoncomplianceRow> rows;
    QHash<qint64, int> rowOf;
    QHash<qint64, QDate> runStart;
    while (q.next()) {
        NoncomplianceRow r;
        r.personId = q.value(0).toLongLong();
        r.personRef = q.value(1).toString();
        r.name = personName(q.value(2).toString(), q.value(3).toString());
        r.band = q.value(4).toInt();
        r.nexusHighHarm = q.value(5).toInt() != 0;
        r.nonDetained = q.value(6).toString() == Codes::nonDetained();
        r.caseOwner = q.value(7).toString();
        r.centre = q.value(8).toString();
        r.window = q.value(9).toString();
        r.consecutive = q.value(10).toInt();
        r.breachesThisWeek = q.value(11).toInt();
        r.lastBreach = q.value(12).toString();
        r.absconder = q.value(14).toInt() != 0;
        r.unactioned = q.value(15).toInt() != 0;
        r.ownerTeam = q.value(16).toString();
        runStart.insert(r.personId,
                        QDate::fromString(q.value(13).toString().left(10), Qt::ISODate));
        rowOf.insert(r.personId, int(rows.size()));
        rows << r;
    }

    // Their follow-up steps: the latest to show, those of the current run for the step due.
    QVector<qint64> ids;
    ids.reserve(rows.size());
    for (const NoncomplianceRow &r : rows)
        ids << r.personId;
    QHash<qint64, QVector<FollowUpLadder::Record>> sinceRun;
    const Status s = forEachRowIn(
        m_db,
        QStringLiteral("SELECT person_id, step, taken_on, countersigned_at FROM followup_step "
                       "WHERE taken_on <= ? AND person_id IN (%1)"),
        {day}, idList(ids),
        [&](const QSqlQuery &f) {
            const qint64 id = f.value(0).toLongLong();
            const auto step = FollowUpLadder::fromCode(f.value(1).toString());
            const QDate on = QDate::fromString(f.value(2).toString(), Qt::ISODate);
            if (!step || !on.isValid())
                return;
            NoncomplianceRow &r = rows[rowOf.value(id)];
            if (!r.lastStepOn.isValid() || on >= r.lastStepOn) {
                r.lastStepOn = on;
                r.lastStep = f.value(1).toString();
            }
            const QDate countersigned =
                QDate::fromString(f.value(3).toString().left(10), Qt::ISODate);
            const QDate start = runStart.value(id);
            if (start.isValid() && on >= start)
                sinceRun[id] << FollowUpLadder::Record{
                    *step, on,
                    countersigned.isValid() && countersigned <= asOf ? countersigned : QDate()};
        },
        tr("Could not read the follow-up steps"));
    if (!s)
        return s.error();
    for (NoncomplianceRow &r : rows) {
        const QVector<FollowUpLadder::Record> run = sinceRun.value(r.personId);
        r.due = FollowUpLadder::dueStep(r.consecutive, run, thresholds);
        r.withTraceLocateSince = FollowUpLadder::withTraceLocateSince(run);
    }
    std::sort(rows.begin(), rows.end(), &NoncomplianceRow::moreUrgent);
    return rows;
}

Result<QVector<RecentBreach>> NoncomplianceStore::breachedSince(const QDate &since,
                                                                const Moment &at,
                                                                const OwnerScope &owners) const
{
    // A day's ISO date sorts before every date-time on it: ">= since" starts at its midnight.
    const QString from = since.toString(Qt::ISODate);
    const QString bound = BreachRules::asOfBound(at);
    const QString inPeriod =
        QStringLiteral("FROM reporting_event e WHERE e.person_id = p.id AND %1 AND e.scheduled "
                       ">= ? AND e.scheduled < ?")
            .arg(BreachRules::breachOutcomeSql(QStringLiteral("e")));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT p.id, p.person_ref, p.family_name, p.given_names, p.band, "
                              "p.flag_nexus_hh, (SELECT COUNT(*) %1), (SELECT MAX(e.scheduled) "
                              "%1), %2, CASE WHEN %3 THEN 1 ELSE 0 END FROM person p WHERE %4 AND "
                              "EXISTS (SELECT 1 %1)")
                   .arg(inPeriod, BreachRules::consecutiveCountSql(QStringLiteral("p")),
                        FollowUpLadder::unactionedSql(QStringLiteral("p")),
                        owners.sql(QStringLiteral("p.case_owner"))));
    QVariantList values{from, bound, from, bound};
    values << BreachRules::consecutiveCountValues(at) << FollowUpLadder::unactionedValues(at)
           << owners.values() << from << bound;
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not read the recent breaches"), q);
    QVector<RecentBreach> out;
    while (q.next()) {
        RecentBreach r;
        r.personId = q.value(0).toLongLong();
        r.personRef = q.value(1).toString();
        r.name = personName(q.value(2).toString(), q.value(3).toString());
        r.band = q.value(4).toInt();
        r.nexusHighHarm = q.value(5).toInt() != 0;
        r.breaches = q.value(6).toInt();
        r.lastBreach = q.value(7).toString();
        r.consecutive = q.value(8).toInt();
        r.unactioned = q.value(9).toInt() != 0;
        out << r;
    }
    std::sort(out.begin(), out.end(), &RecentBreach::moreUrgent);
    return out;
}
