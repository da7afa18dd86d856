#include "figures.h"
#include "domain/clock.h"

#include "dashboard.h"
#include "peoplecounter.h"

#include "domain/barrier.h"
#include "domain/breachrules.h"
#include "domain/codes.h"
#include "domain/dataqualityrules.h"
#include "domain/followupladder.h"
#include "domain/ownership.h"
#include "domain/personsummary.h"
#include "domain/progressionrules.h"
#include "domain/removaldirections.h"
#include "domain/reviewrules.h"
#include "domain/stock.h"
#include "store/barrierstore.h"
#include "store/removalstore.h"
#include "store/sideread.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <climits>
#include <optional>

qint64 Figures::value(const QString &key) const
{
    QJsonValue v = toJson();
    for (const QString &step : key.split(QLatin1Char('/'))) {
        if (!v.isObject() || !v.toObject().contains(step))
            return -1;
        v = v.toObject().value(step);
    }
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

namespace {

Error invalidMoment()
{
    return Error{Figures::tr("The figures need a valid as-of date"), QString(),
                 QStringLiteral("invalid")};
}

} // namespace

Result<Figures> Figures::compute(QSqlDatabase db, const Moment &at)
{
    if (!at.isValid())
        return invalidMoment();
    const PeopleCounter counter(at);
    if (!counter.fits())
        return Error{tr("Could not compute the figures"), QStringLiteral("more parts than bits"),
                     QStringLiteral("sql")};
    // The other figures on a second connection meanwhile (SideRead): the two halves take
    // about as long as each other.
    SideRead<Figures> others(db, SideRead<Figures>::Caller::Autocommit,
                             [at](QSqlDatabase side) { return Figures::others(side, at); });
    auto byMask = countByMask(db, counter);
    if (!byMask)
        return byMask.error();
    auto rest = others.result();
    if (!rest)
        return rest.error();
    return withPeople(std::move(rest).value(), byMask.value());
}

Result<QVector<QPair<quint64, qint64>>> Figures::countByMask(QSqlDatabase db,
                                                             const PeopleCounter &counter)
{
    QVariantList values;
    const QString mask = counter.maskSql(values);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Materialized, so that the mask is computed once a person: grouped on the expression
    // itself, SQLite computes it again for the result.
    q.prepare(QStringLiteral("WITH masked AS MATERIALIZED (SELECT %1 AS mask FROM person) SELECT "
                             "mask, COUNT(*) FROM masked GROUP BY mask")
                  .arg(mask));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("Could not compute the figures"), q.lastError().text(),
                     QStringLiteral("sql")};
    QVector<QPair<quint64, qint64>> byMask;
    while (q.next())
        byMask << qMakePair(q.value(0).toULongLong(), q.value(1).toLongLong());
    return byMask;
}

Result<QHash<QString, qint64>> Figures::people(QSqlDatabase db, const Moment &at,
                                               const QStringList &keys)
{
    if (!at.isValid())
        return invalidMoment();
    const PeopleCounter counter(at, keys);
    if (!counter.fits())
        return Error{tr("Could not compute the figures"), QStringLiteral("more parts than bits"),
                     QStringLiteral("sql")};
    const auto byMask = countByMask(db, counter);
    if (!byMask)
        return byMask.error();
    qint64 unbanded = 0;
    QHash<QString, qint64> all = counter.figures(byMask.value(), unbanded);
    QHash<QString, qint64> out;
    for (const QString &key : keys)
        if (all.contains(key))
            out.insert(key, all.value(key));
    return out;
}

Result<Figures> Figures::compute(QSqlDatabase db, const Moment &at,
                                 const QVector<QPair<quint64, qint64>> &byMask)
{
    auto rest = others(db, at);
    if (!rest)
        return rest.error();
    return withPeople(std::move(rest).value(), byMask);
}

Result<Figures> Figures::withPeople(Figures f, const QVector<QPair<quint64, qint64>> &byMask)
{
    const Moment at = f.moment;
    const PeopleCounter counter(at);
    qint64 unbanded = 0;
    const QHash<QString, qint64> count = counter.figures(byMask, unbanded);
    f.persons = count.value(QStringLiteral("persons"));
    f.nonDetained = count.value(QStringLiteral("non_detained"));
    for (int band = 1; band <= 4; ++band)
        f.byBand[band] = count.value(key(FigureId::ByBand, QString::number(band)));
    f.bandProvisional = count.value(QStringLiteral("band_provisional"));
    for (const QString &flag : flagKeys())
        f.flags[flag] = count.value(key(FigureId::Flags, flag));
    f.ownershipUnclear = count.value(QStringLiteral("ownership_unclear"));
    f.deportationDecisionOverdue = count.value(QStringLiteral("deportation_decision_overdue"));
    f.reporting = count.value(QStringLiteral("reporting"));
    f.absconders = count.value(QStringLiteral("absconders"));
    f.notReporting = count.value(QStringLiteral("not_reporting"));
    f.personsWithoutCriminalCase = count.value(QStringLiteral("persons_without_criminal_case"));
    f.removedAwaitingCid = count.value(QStringLiteral("removed_awaiting_cid"));
    f.personsBreachedLast7Days = count.value(QStringLiteral("persons_breached_last_7_days"));
    f.consecutiveBreach3Plus = count.value(QStringLiteral("consecutive_breach_3plus"));
    f.noncomplianceQueue = count.value(QStringLiteral("noncompliance_queue"));
    f.noncomplianceQueueLast7Days = count.value(QStringLiteral("noncompliance_queue_last_7_days"));
    f.unactionedBreaches = count.value(QStringLiteral("unactioned_breaches"));
    f.ripeForProgression = count.value(QStringLiteral("ripe_for_progression"));
    f.preparationOverdue = count.value(QStringLiteral("preparation_overdue"));
    f.documentToSeekBarrierOpen = count.value(QStringLiteral("document_to_seek_barrier_open"));
    f.reviewsOverdue = count.value(QStringLiteral("reviews_overdue"));
    f.reviewsDue30Days = count.value(QStringLiteral("reviews_due_30_days"));
    f.unallocated = count.value(QStringLiteral("unallocated"));
    for (const DataQualityRules::Issue issue : DataQualityRules::all()) {
        const qint64 n =
            count.value(QStringLiteral("data_quality_by_issue/") + DataQualityRules::code(issue));
        f.dataQualityByIssue.insert(DataQualityRules::code(issue), n);
        f.dataQualityIssues += n;
    }

    if (unbanded != 0)
        return Error{tr("The figures do not reconcile: %n non-detained person(s) have no band",
                        nullptr, int(qMin<qint64>(unbanded, INT_MAX))),
                     tr("Recompute their derived columns from their cases"),
                     QStringLiteral("inconsistent")};
    return f;
}

Result<Figures> Figures::others(QSqlDatabase db, const Moment &at)
{
    if (!at.isValid())
        return invalidMoment();
    const QDate asOf = at.date();
    Figures f;
    f.asOf = asOf;
    f.moment = at;
    f.presentRefused = asOf < Clock::today();

    // Counts of events and diary entries rather than people.
    QSqlQuery eq(db);
    eq.setForwardOnly(true);
    eq.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM reporting_event e WHERE %1 AND %2), "
                              "(SELECT COUNT(*) FROM diary_entry d WHERE "
                              "d.due_date < ? AND (d.done_at IS NULL OR d.done_at >= ?))")
                   .arg(BreachRules::lastWeekSql(QStringLiteral("e")),
                        BreachRules::breachOutcomeSql(QStringLiteral("e"))));
    for (const QVariant &v : BreachRules::lastWeekValues(at))
        eq.addBindValue(v);
    eq.addBindValue(asOf.toString(Qt::ISODate));
    // done_at is a UTC timestamp: "not done by then" is not done on or before the local day.
    eq.addBindValue(Clock::dayEndBoundUtc(asOf));
    if (!eq.exec() || !eq.next())
        return Error{tr("Could not compute the figures"), eq.lastError().text(),
                     QStringLiteral("sql")};
    f.breachesLast7Days = eq.value(0).toLongLong();
    f.diaryOverdue = eq.value(1).toLongLong();

    // Case-level figures: cases held and those absent from the newest import (the few on their
    // partial index, so that the cases are counted without reading them).
    QSqlQuery cq(db);
    cq.setForwardOnly(true);
    if (!cq.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM cid_case), (SELECT COUNT(*) FROM "
                                "cid_case WHERE missing_since IS NOT NULL)")) ||
        !cq.next())
        return Error{tr("Could not compute the figures"), cq.lastError().text(),
                     QStringLiteral("sql")};
    f.cases = cq.value(0).toLongLong();
    f.casesNotInLatestExtract = cq.value(1).toLongLong();

    // Note quality assurance: notes, not people.
    QSqlQuery nq(db);
    nq.setForwardOnly(true);
    nq.prepare(QStringLiteral("SELECT (SELECT COUNT(DISTINCT n.note_id) FROM note_qa n JOIN "
                              "qa_sample s ON s.id = n.sample_id WHERE s.drawn_at < ?), (SELECT "
                              "COUNT(DISTINCT n.note_id) FROM note_qa n WHERE n.result = 'fail' "
                              "AND n.checked_at < ?)"));
    // drawn_at and checked_at are UTC timestamps, taken as the user's local days (Clock).
    nq.addBindValue(Clock::dayEndBoundUtc(asOf));
    nq.addBindValue(Clock::dayEndBoundUtc(asOf));
    if (!nq.exec() || !nq.next())
        return Error{tr("Could not compute the figures"), nq.lastError().text(),
                     QStringLiteral("sql")};
    f.notesQaSampled = nq.value(0).toLongLong();
    f.notesQaFailed = nq.value(1).toLongLong();

    // The barrier register and removals: counts of barriers and of removal directions.
    const BarrierStore barriers(db);
    auto byType = barriers.openByType(asOf);
    if (!byType)
        return byType.error();
    f.openBarriersByType = byType.value();
    auto lastMinute = barriers.lastMinuteCount(asOf);
    if (!lastMinute)
        return lastMinute.error();
    f.lastMinuteBarriers = lastMinute.value();
    auto removals = RemovalStore(db).totals(asOf);
    if (!removals)
        return removals.error();
    f.removalsPlanned = removals.value().planned;
    f.removalsSucceeded = removals.value().succeeded;
    f.removalsFailedByReason = removals.value().failedByReason;

    auto charts = Dashboard::compute(db, DashboardFilter::lastTwelveMonths(asOf));
    if (!charts)
        return charts.error();
    f.charts = std::move(charts).value();

    return f;
}

QJsonObject Figures::toJson() const
{
    QJsonObject bands;
    for (int band = 1; band <= 4; ++band)
        bands.insert(QString::number(band), QJsonValue(byBand.value(band, 0)));
    QJsonObject flagCounts;
    for (const QString &flag : flagKeys())
        flagCounts.insert(flag, QJsonValue(flags.value(flag, 0)));
    QJsonObject o;
    o.insert(QStringLiteral("as_of"),
             moment.isValid() ? moment.toString() : asOf.toString(Qt::ISODate));
    o.insert(QStringLiteral("persons"), QJsonValue(persons));
    o.insert(QStringLiteral("non_detained"), QJsonValue(nonDetained));
    o.insert(QStringLiteral("by_band"), bands);
    o.insert(QStringLiteral("band_provisional"), QJsonValue(bandProvisional));
    o.insert(QStringLiteral("flags"), flagCounts);
    QJsonObject barriers;
    for (const QString &type : barrierTypeKeys())
        barriers.insert(type, QJsonValue(openBarriersByType.value(type, 0)));
    o.insert(QStringLiteral("cases"), QJsonValue(cases));
    o.insert(QStringLiteral("cases_not_in_latest_extract"), QJsonValue(casesNotInLatestExtract));
    o.insert(QStringLiteral("ownership_unclear"), QJsonValue(ownershipUnclear));
    o.insert(QStringLiteral("open_barriers_by_type"), barriers);
    o.insert(QStringLiteral("deportation_decision_overdue"),
             QJsonValue(deportationDecisionOverdue));
    o.insert(QStringLiteral("reporting"), QJsonValue(reporting));
    o.insert(QStringLiteral("absconders"), QJsonValue(absconders));
    o.insert(QStringLiteral("not_reporting"), QJsonValue(notReporting));
    o.insert(QStringLiteral("breaches_last_7_days"), QJsonValue(breachesLast7Days));
    o.insert(QStringLiteral("persons_breached_last_7_days"), QJsonValue(personsBreachedLast7Days));
    o.insert(QStringLiteral("consecutive_breach_3plus"), QJsonValue(consecutiveBreach3Plus));
    o.insert(QStringLiteral("noncompliance_queue"), QJsonValue(noncomplianceQueue));
    o.insert(QStringLiteral("noncompliance_queue_last_7_days"),
             QJsonValue(noncomplianceQueueLast7Days));
    o.insert(QStringLiteral("unactioned_breaches"), QJsonValue(unactionedBreaches));
    o.insert(QStringLiteral("diary_overdue"), QJsonValue(diaryOverdue));
    o.insert(QStringLiteral("ripe_for_progression"), QJsonValue(ripeForProgression));
    o.insert(QStringLiteral("last_minute_barriers"), QJsonValue(lastMinuteBarriers));
    o.insert(QStringLiteral("removals_planned"), QJsonValue(removalsPlanned));
    o.insert(QStringLiteral("removals_succeeded"), QJsonValue(removalsSucceeded));
    QJsonObject failed;
    for (const QString &reason : RemovalDirections::failureReasons())
        failed.insert(reason, QJsonValue(removalsFailedByReason.value(reason, 0)));
    o.insert(QStringLiteral("removals_failed_by_reason"), failed);
    o.insert(QStringLiteral("preparation_overdue"), QJsonValue(preparationOverdue));
    o.insert(QStringLiteral("document_to_seek_barrier_open"),
             QJsonValue(documentToSeekBarrierOpen));
    o.insert(QStringLiteral("reviews_overdue"), QJsonValue(reviewsOverdue));
    o.insert(QStringLiteral("reviews_due_30_days"), QJsonValue(reviewsDue30Days));
    o.insert(QStringLiteral("unallocated"), QJsonValue(unallocated));
    o.insert(QStringLiteral("notes_qa_sampled"), QJsonValue(notesQaSampled));
    o.insert(QStringLiteral("notes_qa_failed"), QJsonValue(notesQaFailed));
    o.insert(QStringLiteral("data_quality_issues"), QJsonValue(dataQualityIssues));
    QJsonObject issues;
    for (const DataQualityRules::Issue issue : DataQualityRules::all())
        issues.insert(DataQualityRules::code(issue),
                      QJsonValue(dataQualityByIssue.value(DataQualityRules::code(issue), 0)));
    o.insert(QStringLiteral("data_quality_by_issue"), issues);
    o.insert(QStringLiteral("persons_without_criminal_case"),
             QJsonValue(personsWithoutCriminalCase));
    o.insert(QStringLiteral("removed_awaiting_cid"), QJsonValue(removedAwaitingCid));
    const DashboardFilter period = DashboardFilter::lastTwelveMonths(asOf);
    QJsonObject charted;
    for (const Chart &chart : charts) {
        QJsonObject series;
        for (int s = 0; s < chart.seriesKeys.size(); ++s) {
            QJsonObject cells;
            for (int c = 0; c < chart.categoryKeys.size(); ++c)
                cells.insert(chart.categoryKeys.at(c), QJsonValue(chart.value(s, c)));
            series.insert(chart.seriesKeys.at(s), cells);
        }
        QJsonObject one;
        one.insert(QStringLiteral("from"), period.from.toString(Qt::ISODate));
        one.insert(QStringLiteral("to"), period.to.toString(Qt::ISODate));
        one.insert(QStringLiteral("values"), series);
        charted.insert(chart.id, one);
    }
    o.insert(QStringLiteral("charts"), charted);
    if (presentRefused) {
        QJsonObject refused;
        for (const Definition &d : definitions()) {
            if (!d.present)
                continue;
            const QString key = d.key.section(QLatin1Char('/'), 0, 0);
            o.insert(key, QJsonValue());
            refused.insert(key, tr("describes the present, not %1: Lodestar keeps no history "
                                   "of it")
                                    .arg(asOf.toString(Qt::ISODate)));
        }
        o.insert(QStringLiteral("refused"), refused);
    }
    return o;
}

Result<QStringList> Figures::personRefs(QSqlDatabase db, const QString &figure, const Moment &at)
{
    const Condition where = condition(figure, at);
    if (where.sql.isEmpty())
        return Error{tr("There is no figure called \"%1\"").arg(figure), QString(),
                     QStringLiteral("invalid")};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT person_ref FROM person WHERE %1 ORDER BY person_ref")
                  .arg(where.sql));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("Could not list the people behind the figure"), q.lastError().text(),
                     QStringLiteral("sql")};
    QStringList refs;
    while (q.next())
        refs << q.value(0).toString();
    return refs;
}
