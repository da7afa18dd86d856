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

QString BreachRules::consecutiveCountSql(const QString &personId)
{
    return QStringLiteral(
               "(SELECT COUNT(*) FROM reporting_event b WHERE b.person_id = %1 AND %2 AND %3 AND "
               "b.scheduled > COALESCE((SELECT MAX(c.scheduled) FROM reporting_event c WHERE "
               "c.person_id = %1 AND %4 AND c.outcome = 'COMPLETED'), ''))")
        .arg(personId, onOrBeforeSql(QStringLiteral("b")), breachOutcomeSql(QStringLiteral("b")),
             onOrBeforeSql(QStringLiteral("c")));
}

QString BreachRules::queueSql(const QString &person)
{
    return QStringLiteral("%1 AND %2 >= 1")
        .arg(Stock::sql(person), consecutiveCountSql(person + QStringLiteral(".id")));
}

QVariantList BreachRules::queueValues(const Moment &at)
{
    return Stock::values(at.date()) + QVariantList{at.bound(), at.bound()};
}

bool BreachRules::isInQueue(bool inStock, const QVector<Event> &events, const Moment &at)
{
    return inStock && consecutiveBreaches(events, at) >= 1;
}
