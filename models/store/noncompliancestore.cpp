#include "noncompliancestore.h"

#include "domain/breachrules.h"
#include "storesupport.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

using namespace StoreSupport;

NoncomplianceStore::NoncomplianceStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<NoncomplianceRow>>
NoncomplianceStore::queue(const QDate &asOf, const FollowUpLadder::Thresholds &thresholds) const
{
    const QString day = asOf.toString(Qt::ISODate);
    const QString bound = BreachRules::asOfBound(asOf);
    const QString weekStart = asOf.addDays(-6).toString(Qt::ISODate);
    const QString breach = BreachRules::breachOutcomeSql(QStringLiteral("e"));
    const QString lastCompleted =
        QStringLiteral("COALESCE((SELECT MAX(c.scheduled) FROM reporting_event c WHERE "
                       "c.person_id = p.id AND c.scheduled < ? AND c.outcome = 'COMPLETED'), '')");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The week's breach events find the people (index on scheduled); each person's run is then
    // read through the index on (person_id, scheduled).
    prepare(q, QStringLiteral(
                   "SELECT p.id, p.person_ref, p.family_name, p.given_names, p.band, "
                   "p.flag_nexus_hh, p.custody, p.case_owner, p.reporting_centre, "
                   "p.reporting_window, %1, "
                   "(SELECT COUNT(*) FROM reporting_event e WHERE e.person_id = p.id AND "
                   "e.scheduled >= ? AND e.scheduled < ? AND %2), "
                   "(SELECT MAX(e.scheduled) FROM reporting_event e WHERE e.person_id = p.id AND "
                   "e.scheduled < ? AND %2), "
                   "(SELECT MIN(e.scheduled) FROM reporting_event e WHERE e.person_id = p.id AND "
                   "e.scheduled < ? AND %2 AND e.scheduled > %3), "
                   "%4 "
                   "FROM person p WHERE p.id IN (SELECT e.person_id FROM reporting_event e "
                   "WHERE e.scheduled >= ? AND e.scheduled < ? AND %2)")
                   .arg(BreachRules::consecutiveCountSql(QStringLiteral("p.id")), breach,
                        lastCompleted, FollowUpLadder::absconderSql(QStringLiteral("p.id"))));
    for (const QVariant &v : QVariantList{bound, bound,      // consecutive
                                          weekStart, bound,  // this week
                                          bound,             // last breach
                                          bound, bound,      // run start
                                          day, day, day,     // absconder
                                          weekStart, bound}) // who
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
        r.nonDetained = q.value(6).toString() == QLatin1String("NON_DETAINED");
        r.caseOwner = q.value(7).toString();
        r.centre = q.value(8).toString();
        r.window = q.value(9).toString();
        r.consecutive = q.value(10).toInt();
        r.breachesThisWeek = q.value(11).toInt();
        r.lastBreach = q.value(12).toString();
        r.absconder = q.value(14).toInt() != 0;
        runStart.insert(r.personId,
                        QDate::fromString(q.value(13).toString().left(10), Qt::ISODate));
        rowOf.insert(r.personId, int(rows.size()));
        rows << r;
    }

    // Their follow-up steps: the latest for "unactioned", those of the current run for the
    // step due.
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
        r.due = FollowUpLadder::dueStep(r.consecutive, sinceRun.value(r.personId), thresholds);
        r.unactioned = FollowUpLadder::isUnactioned(
            r.nonDetained, r.absconder, r.consecutive,
            QDate::fromString(r.lastBreach.left(10), Qt::ISODate), r.lastStepOn);
    }
    std::sort(rows.begin(), rows.end(), &NoncomplianceRow::moreUrgent);
    return rows;
}
