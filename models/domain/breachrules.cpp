#include "breachrules.h"

#include "stock.h"

namespace {
// The first day of the week ending at `at`: its date sorts before every date-time on it.
QString weekStart(const Moment &at)
{
    return at.date().addDays(-6).toString(Qt::ISODate);
}
} // namespace

bool BreachRules::isBreachOutcome(const QString &outcome)
{
    const QString o = outcome.trimmed();
    return o.isEmpty() || o == QLatin1String("NO_SHOW");
}

bool BreachRules::isDue(const QString &scheduled, const Moment &at)
{
    // ISO text sorts as date-times do: compare with the bound, exactly as the SQL does.
    return at.includes(scheduled);
}

bool BreachRules::isBreach(const Event &e, const Moment &at)
{
    return isDue(e.scheduled, at) && isBreachOutcome(e.outcome);
}

int BreachRules::consecutiveBreaches(const QVector<Event> &events, const Moment &at)
{
    QString lastCompleted; // empty sorts before every date-time
    for (const Event &e : events) {
        if (isDue(e.scheduled, at) && e.outcome.trimmed() == QLatin1String("COMPLETED") &&
            e.scheduled > lastCompleted)
            lastCompleted = e.scheduled;
    }
    int count = 0;
    for (const Event &e : events) {
        if (isBreach(e, at) && e.scheduled > lastCompleted)
            ++count;
    }
    return count;
}

bool BreachRules::isInLastWeek(const QString &scheduled, const Moment &at)
{
    return scheduled >= weekStart(at) && isDue(scheduled, at);
}

QString BreachRules::breachOutcomeSql(const QString &alias)
{
    return QStringLiteral("(%1.outcome IS NULL OR %1.outcome IN ('', 'NO_SHOW'))").arg(alias);
}

QString BreachRules::onOrBeforeSql(const QString &alias)
{
    return QStringLiteral("%1.scheduled < ?").arg(alias);
}

QString BreachRules::lastWeekSql(const QString &alias)
{
    return QStringLiteral("%1.scheduled >= ? AND %2").arg(alias, onOrBeforeSql(alias));
}

QVariantList BreachRules::lastWeekValues(const Moment &at)
{
    return {weekStart(at), at.bound()};
}

QString BreachRules::completedLastSql(const QString &personId)
{
    // The index on (person_id, scheduled) read backwards from the person's last event.
    return QStringLiteral("(SELECT MAX(c.scheduled) FROM reporting_event c WHERE c.person_id = "
                          "%1 AND c.outcome = 'COMPLETED')")
        .arg(personId);
}

QString BreachRules::runFirstSql(const QString &personId)
{
    return QStringLiteral("(SELECT MIN(r.scheduled) FROM reporting_event r WHERE r.person_id = "
                          "%1 AND r.scheduled > COALESCE(%2, '') AND %3)")
        .arg(personId, completedLastSql(personId), breachOutcomeSql(QStringLiteral("r")));
}

QString BreachRules::blankFirstSql(const QString &personId)
{
    // Read on the partial index of blank outcomes.
    return QStringLiteral("(SELECT MIN(k.scheduled) FROM reporting_event k WHERE k.person_id = "
                          "%1 AND (k.outcome IS NULL OR k.outcome = ''))")
        .arg(personId);
}

namespace {
// At the moment (binds its bound once), the person's last COMPLETED event, if any, is due:
// then it is reporting_completed_last, and the run is what follows it.
QString afterCompletedSql(const QString &person)
{
    return QStringLiteral("COALESCE(%1.reporting_completed_last, '') < ?").arg(person);
}
} // namespace

QString BreachRules::consecutiveCountSql(const QString &person)
{
    const QString id = person + QStringLiteral(".id");
    return QStringLiteral(
               "(CASE WHEN %1 THEN (SELECT COUNT(*) FROM reporting_event b WHERE b.person_id = %2 "
               "AND %3 AND %4 AND b.scheduled > COALESCE(%5.reporting_completed_last, '')) ELSE "
               "(SELECT COUNT(*) FROM reporting_event b WHERE b.person_id = %2 AND %3 AND %4 AND "
               "b.scheduled > COALESCE((SELECT MAX(c.scheduled) FROM reporting_event c WHERE "
               "c.person_id = %2 AND %6 AND c.outcome = 'COMPLETED'), '')) END)")
        .arg(afterCompletedSql(person), id, onOrBeforeSql(QStringLiteral("b")),
             breachOutcomeSql(QStringLiteral("b")), person, onOrBeforeSql(QStringLiteral("c")));
}

QVariantList BreachRules::consecutiveCountValues(const Moment &at)
{
    return {at.bound(), at.bound(), at.bound(), at.bound()};
}

QString BreachRules::inRunSql(const QString &person)
{
    return QStringLiteral("(CASE WHEN %1 THEN (%2.reporting_run_first IS NOT NULL AND "
                          "%2.reporting_run_first < ?) ELSE %3 >= 1 END)")
        .arg(afterCompletedSql(person), person, consecutiveCountSql(person));
}

QVariantList BreachRules::inRunValues(const Moment &at)
{
    return QVariantList{at.bound(), at.bound()} + consecutiveCountValues(at);
}

QString BreachRules::queueSql(const QString &person)
{
    return QStringLiteral("%1 AND %2").arg(Stock::sql(person), inRunSql(person));
}

QVariantList BreachRules::queueValues(const Moment &at)
{
    return Stock::values(at.date()) + inRunValues(at);
}

SqlAnd BreachRules::queueParts(const QString &person, const Moment &at)
{
    return Stock::parts(person, at.date()) << SqlAnd::Part{inRunSql(person), inRunValues(at)};
}

bool BreachRules::isInQueue(bool inStock, const QVector<Event> &events, const Moment &at)
{
    return inStock && consecutiveBreaches(events, at) >= 1;
}
