#include "figures.h"

#include "dashboard.h"

#include "domain/barrier.h"
#include "domain/breachrules.h"
#include "domain/codes.h"
#include "domain/dataqualityrules.h"
#include "domain/followupladder.h"
#include "domain/ownership.h"
#include "domain/progressionrules.h"
#include "domain/removaldirections.h"
#include "domain/reviewrules.h"
#include "store/barrierstore.h"
#include "store/removalstore.h"

#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <climits>

namespace {

const QString NonDetained = QStringLiteral("custody = 'NON_DETAINED'");

QString bandFigure(int band)
{
    return QStringLiteral("by_band/%1").arg(band);
}
QString flagFigure(const QString &flag)
{
    return QStringLiteral("flags/") + flag;
}

// Portable on SQLite and PostgreSQL: SUM of a CASE, wrapped in COALESCE because SUM over no
// rows is NULL.
QString countIf(const QString &condition)
{
    return QStringLiteral("COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0)").arg(condition);
}

} // namespace

const QStringList &Figures::flagKeys()
{
    static const QStringList keys{QStringLiteral("ZINCS"), QStringLiteral("NEXUS_HH"),
                                  QStringLiteral("EM"), QStringLiteral("NFA")};
    return keys;
}

const QStringList &Figures::barrierTypeKeys()
{
    return Barrier::types();
}

QStringList Figures::figureNames()
{
    QStringList names{QStringLiteral("persons"), QStringLiteral("non_detained")};
    for (int band = 1; band <= 4; ++band)
        names << bandFigure(band);
    names << QStringLiteral("band_provisional");
    for (const QString &flag : flagKeys())
        names << flagFigure(flag);
    names << QStringLiteral("ownership_unclear") << QStringLiteral("deportation_decision_overdue")
          << QStringLiteral("reporting") << QStringLiteral("absconders")
          << QStringLiteral("persons_breached_last_7_days")
          << QStringLiteral("consecutive_breach_3plus") << QStringLiteral("unactioned_breaches")
          << QStringLiteral("ripe_for_progression") << QStringLiteral("preparation_overdue")
          << QStringLiteral("reviews_overdue") << QStringLiteral("reviews_due_30_days")
          << QStringLiteral("unallocated");
    for (const DataQualityRules::Issue issue : DataQualityRules::all())
        names << QStringLiteral("data_quality_by_issue/") + DataQualityRules::code(issue);
    return names;
}

Figures::Condition Figures::condition(const QString &figure, const QDate &asOf)
{
    if (figure == QLatin1String("persons"))
        return {QStringLiteral("1 = 1"), {}};
    if (figure == QLatin1String("non_detained"))
        return {NonDetained, {}};
    for (int band = 1; band <= 4; ++band) {
        if (figure == bandFigure(band))
            return {QStringLiteral("%1 AND band = %2").arg(NonDetained).arg(band), {}};
    }
    // The effective band is provisional: the computed one could rise (its missing facts are
    // stored in band_provisional) and no override stands over it (an override never is).
    if (figure == QLatin1String("band_provisional"))
        return {QStringLiteral("%1 AND band IS NOT NULL AND band_provisional <> 0 AND "
                               "band_override IS NULL")
                    .arg(NonDetained),
                {}};
    for (const QString &flag : flagKeys()) {
        if (figure == flagFigure(flag))
            return {QStringLiteral("flag_%1 <> 0").arg(flag.toLower()), {}};
    }
    const QString criminalCase =
        QStringLiteral("SELECT 1 FROM cid_case c WHERE c.person_id = person.id AND "
                       "c.case_type = 'CRIMINAL'");
    if (figure == QLatin1String("ownership_unclear"))
        return {QStringLiteral("EXISTS (%1) AND NOT EXISTS (%1 AND NOT %2)")
                    .arg(criminalCase, Ownership::unclearUnitSql(QStringLiteral("c.owning_unit"))),
                {}};
    if (figure == QLatin1String("deportation_decision_overdue")) {
        // "More than 12 months before the as-of date": ended before the date 12 calendar
        // months earlier. Dates are ISO text, so text order is date order.
        return {QStringLiteral("%1 AND EXISTS (%2 AND c.sentence_months >= 12 AND "
                               "(c.deportation_decision IS NULL OR c.deportation_decision IN "
                               "('NONE', 'PENDING')) AND c.sentence_end IS NOT NULL AND "
                               "c.sentence_end < ?)")
                    .arg(NonDetained, criminalCase),
                {asOf.addMonths(-12).toString(Qt::ISODate)}};
    }
    // Reporting compliance: the rules and their SQL live in BreachRules and FollowUpLadder.
    const QString day = asOf.toString(Qt::ISODate);
    const QString bound = BreachRules::asOfBound(asOf);
    const QString absconder = FollowUpLadder::absconderSql(QStringLiteral("person.id"));
    const QVariantList absconderValues{day, day, day};
    if (figure == QLatin1String("absconders"))
        return {QStringLiteral("%1 AND %2").arg(NonDetained, absconder), absconderValues};
    if (figure == QLatin1String("reporting"))
        return {QStringLiteral("%1 AND reporting_frequency IS NOT NULL AND reporting_frequency "
                               "NOT IN ('', 'NONE') AND NOT %2")
                    .arg(NonDetained, absconder),
                absconderValues};
    if (figure == QLatin1String("persons_breached_last_7_days"))
        // Every person with a breach in the week, whatever their custody, to match
        // breaches_last_7_days, which counts every breach event of the week.
        return {QStringLiteral("EXISTS (SELECT 1 FROM reporting_event e WHERE e.person_id = "
                               "person.id AND e.scheduled >= ? AND %1 AND %2)")
                    .arg(BreachRules::onOrBeforeSql(QStringLiteral("e")),
                         BreachRules::breachOutcomeSql(QStringLiteral("e"))),
                {asOf.addDays(-6).toString(Qt::ISODate), bound}};
    const QString consecutive = BreachRules::consecutiveCountSql(QStringLiteral("person.id"));
    if (figure == QLatin1String("consecutive_breach_3plus"))
        return {QStringLiteral("%1 AND %2 >= 3").arg(NonDetained, consecutive), {bound, bound}};
    if (figure == QLatin1String("unactioned_breaches")) {
        // A choice, documented: someone in a current run of breaches (count 1 or more), not an
        // absconder (Trace and Locate has them), with no follow-up step taken on or after the
        // day of their latest breach.
        return {QStringLiteral("%1 AND %2 >= 1 AND NOT %3 AND NOT EXISTS (SELECT 1 FROM "
                               "followup_step f WHERE f.person_id = person.id AND f.taken_on <= "
                               "? AND f.taken_on >= (SELECT SUBSTR(MAX(e.scheduled), 1, 10) FROM "
                               "reporting_event e WHERE e.person_id = person.id AND %4 AND %5))")
                    .arg(NonDetained, consecutive, absconder,
                         BreachRules::onOrBeforeSql(QStringLiteral("e")),
                         BreachRules::breachOutcomeSql(QStringLiteral("e"))),
                {bound, bound, day, day, day, day, bound}};
    }
    // Removal progression: the rules and their SQL live in ProgressionRules.
    if (figure == QLatin1String("ripe_for_progression"))
        return {ProgressionRules::ripeSql(QStringLiteral("person")),
                ProgressionRules::ripeValues(asOf)};
    if (figure == QLatin1String("preparation_overdue"))
        return {QStringLiteral("%1 AND %2")
                    .arg(NonDetained,
                         ProgressionRules::preparationOverdueSql(QStringLiteral("person.id"))),
                ProgressionRules::preparationValues(asOf)};
    // Reviews: due on the reviewer's set date or 3 months after the base, the 3 months
    // compared on the base date, which is exact at month ends (ReviewRules).
    const QString dueBefore =
        ReviewRules::dueBeforeSql(QStringLiteral("person.id"), QStringLiteral("person.created_at"));
    if (figure == QLatin1String("reviews_overdue"))
        return {QStringLiteral("%1 AND %2").arg(NonDetained, dueBefore),
                ReviewRules::dueBeforeValues(asOf)};
    if (figure == QLatin1String("reviews_due_30_days"))
        return {QStringLiteral("%1 AND NOT %2 AND %2").arg(NonDetained, dueBefore),
                ReviewRules::dueBeforeValues(asOf) +
                    ReviewRules::dueBeforeValues(asOf.addDays(ReviewRules::SoonDays + 1))};
    if (figure == QLatin1String("unallocated"))
        return {
            QStringLiteral("%1 AND (case_owner IS NULL OR TRIM(case_owner) = '')").arg(NonDetained),
            {}};
    for (const DataQualityRules::Issue issue : DataQualityRules::all()) {
        if (figure == QStringLiteral("data_quality_by_issue/") + DataQualityRules::code(issue)) {
            const DataQualityRules::Condition c = DataQualityRules::condition(issue, asOf);
            return {c.sql, c.values};
        }
    }
    return {};
}

Result<Figures> Figures::compute(QSqlDatabase db, const QDate &asOf)
{
    if (!asOf.isValid())
        return Error{tr("The figures need a valid as-of date"), QString(),
                     QStringLiteral("invalid")};
    const QStringList names = figureNames();
    QStringList columns;
    QVariantList values;
    for (const QString &name : names) {
        const Condition c = condition(name, asOf);
        columns << countIf(c.sql);
        values << c.values;
    }
    // Non-detained people without a band 1..4 would make the bands not add up to the
    // non-detained total; the stores never write one, so finding any means damaged data.
    columns << countIf(NonDetained +
                       QStringLiteral(" AND (band IS NULL OR band NOT IN (1, 2, 3, 4))"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM person").arg(columns.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Error{tr("Could not compute the figures"), q.lastError().text(),
                     QStringLiteral("sql")};
    QHash<QString, qint64> count;
    for (int i = 0; i < names.size(); ++i)
        count.insert(names.at(i), q.value(i).toLongLong());
    Figures f;
    f.asOf = asOf;
    f.persons = count.value(QStringLiteral("persons"));
    f.nonDetained = count.value(QStringLiteral("non_detained"));
    for (int band = 1; band <= 4; ++band)
        f.byBand[band] = count.value(bandFigure(band));
    f.bandProvisional = count.value(QStringLiteral("band_provisional"));
    for (const QString &flag : flagKeys())
        f.flags[flag] = count.value(flagFigure(flag));
    f.ownershipUnclear = count.value(QStringLiteral("ownership_unclear"));
    f.deportationDecisionOverdue = count.value(QStringLiteral("deportation_decision_overdue"));
    f.reporting = count.value(QStringLiteral("reporting"));
    f.absconders = count.value(QStringLiteral("absconders"));
    f.personsBreachedLast7Days = count.value(QStringLiteral("persons_breached_last_7_days"));
    f.consecutiveBreach3Plus = count.value(QStringLiteral("consecutive_breach_3plus"));
    f.unactionedBreaches = count.value(QStringLiteral("unactioned_breaches"));
    f.ripeForProgression = count.value(QStringLiteral("ripe_for_progression"));
    f.preparationOverdue = count.value(QStringLiteral("preparation_overdue"));
    f.reviewsOverdue = count.value(QStringLiteral("reviews_overdue"));
    f.reviewsDue30Days = count.value(QStringLiteral("reviews_due_30_days"));
    f.unallocated = count.value(QStringLiteral("unallocated"));
    for (const DataQualityRules::Issue issue : DataQualityRules::all()) {
        const qint64 n =
            count.value(QStringLiteral("data_quality_by_issue/") + DataQualityRules::code(issue));
        f.dataQualityByIssue.insert(DataQualityRules::code(issue), n);
        f.dataQualityIssues += n;
    }

    // Counts of events and diary entries rather than people.
    QSqlQuery eq(db);
    eq.setForwardOnly(true);
    eq.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM reporting_event e WHERE e.scheduled "
                              ">= ? AND %1 AND %2), (SELECT COUNT(*) FROM diary_entry d WHERE "
                              "d.due_date < ? AND (d.done_at IS NULL OR d.done_at >= ?))")
                   .arg(BreachRules::onOrBeforeSql(QStringLiteral("e")),
                        BreachRules::breachOutcomeSql(QStringLiteral("e"))));
    eq.addBindValue(asOf.addDays(-6).toString(Qt::ISODate));
    eq.addBindValue(BreachRules::asOfBound(asOf));
    eq.addBindValue(asOf.toString(Qt::ISODate));
    eq.addBindValue(BreachRules::asOfBound(asOf));
    if (!eq.exec() || !eq.next())
        return Error{tr("Could not compute the figures"), eq.lastError().text(),
                     QStringLiteral("sql")};
    f.breachesLast7Days = eq.value(0).toLongLong();
    f.diaryOverdue = eq.value(1).toLongLong();

    // Case-level figures: cases held and those absent from the newest import.
    QSqlQuery cq(db);
    cq.setForwardOnly(true);
    if (!cq.exec(QStringLiteral("SELECT COUNT(*), %1 FROM cid_case")
                     .arg(countIf(QStringLiteral("missing_since IS NOT NULL")))) ||
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
    nq.addBindValue(BreachRules::asOfBound(asOf));
    nq.addBindValue(BreachRules::asOfBound(asOf));
    if (!nq.exec() || !nq.next())
        return Error{tr("Could not compute the figures"), nq.lastError().text(),
                     QStringLiteral("sql")};
    f.notesQaSampled = nq.value(0).toLongLong();
    f.notesQaFailed = nq.value(1).toLongLong();

    // The barrier register and removals: counts of barriers and of removal directions.
    const BarrierStore barriers(db);
    auto byType = barriers.openByType();
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

    const qint64 unbanded = q.value(int(names.size())).toLongLong();
    if (unbanded != 0)
        return Error{tr("The figures do not reconcile: %n non-detained person(s) have no band",
                        nullptr, int(qMin<qint64>(unbanded, INT_MAX))),
                     tr("Recompute their derived columns from their cases"),
                     QStringLiteral("inconsistent")};
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
    o.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
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
    o.insert(QStringLiteral("breaches_last_7_days"), QJsonValue(breachesLast7Days));
    o.insert(QStringLiteral("persons_breached_last_7_days"), QJsonValue(personsBreachedLast7Days));
    o.insert(QStringLiteral("consecutive_breach_3plus"), QJsonValue(consecutiveBreach3Plus));
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
    return o;
}

Result<QStringList> Figures::personRefs(QSqlDatabase db, const QString &figure, const QDate &asOf)
{
    const Condition where = condition(figure, asOf);
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
