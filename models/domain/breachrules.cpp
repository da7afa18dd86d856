#include "breachrules.h"

bool BreachRules::isBreachOutcome(const QString &outcome)
{
    const QString o = outcome.trimmed();
    return o.isEmpty() || o == QLatin1String("NO_SHOW");
}

bool BreachRules::isOnOrBefore(const QString &scheduled, const QDate &asOf)
{
    // ISO text sorts as dates do: compare with the first moment after the as-of date.
    return scheduled < asOfBound(asOf);
}

bool BreachRules::isBreach(const Event &e, const QDate &asOf)
{
    return isOnOrBefore(e.scheduled, asOf) && isBreachOutcome(e.outcome);
}

int BreachRules::consecutiveBreaches(const QVector<Event> &events, const QDate &asOf)
{
    QString lastCompleted; // empty sorts before every date-time
    for (const Event &e : events) {
        if (isOnOrBefore(e.scheduled, asOf) && e.outcome.trimmed() == QLatin1String("COMPLETED") &&
            e.scheduled > lastCompleted)
            lastCompleted = e.scheduled;
    }
    int count = 0;
    for (const Event &e : events) {
        if (isBreach(e, asOf) && e.scheduled > lastCompleted)
            ++count;
    }
    return count;
}

QString BreachRules::breachOutcomeSql(const QString &alias)
{
    return QStringLiteral("(%1.outcome IS NULL OR %1.outcome IN ('', 'NO_SHOW'))").arg(alias);
}

QString BreachRules::onOrBeforeSql(const QString &alias)
{
    return QStringLiteral("%1.scheduled < ?").arg(alias);
}

QString BreachRules::asOfBound(const QDate &asOf)
{
    return asOf.addDays(1).toString(Qt::ISODate);
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
