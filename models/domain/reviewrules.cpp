#include "reviewrules.h"

QDate ReviewRules::base(const QDate &lastReview, const QDate &firstAllocated,
                        const QDate &firstOnCaseload)
{
    if (lastReview.isValid())
        return lastReview;
    if (firstAllocated.isValid())
        return firstAllocated;
    return firstOnCaseload;
}

QDate ReviewRules::overdueBound(const QDate &asOf)
{
    // The first base whose due date is on or after the as-of date: dueDate() never decreases
    // as the base moves on, so every earlier base is overdue and no later one is. Start three
    // months back and step over the days that month ends fold together.
    QDate t = asOf.addMonths(-Months);
    while (dueDate(t.addDays(-1)) >= asOf)
        t = t.addDays(-1);
    while (dueDate(t) < asOf)
        t = t.addDays(1);
    return t;
}

QString ReviewRules::baseSql(const QString &personId, const QString &createdOn)
{
    // Dates are ISO text; created_on is the user's local day the person came onto the caseload.
    const QString created =
        createdOn.isEmpty()
            ? QStringLiteral("(SELECT pc.created_on FROM person pc WHERE pc.id = %1)").arg(personId)
            : createdOn;
    return QStringLiteral("COALESCE(%1, %2)").arg(reviewedOrAllocatedSql(personId), created);
}

QString ReviewRules::reviewedOrAllocatedSql(const QString &personId)
{
    return QStringLiteral(
               "COALESCE((SELECT MAX(rv.reviewed_on) FROM review rv WHERE rv.person_id = %1), "
               "(SELECT MIN(al.allocated_on) FROM allocation al WHERE al.person_id = %1))")
        .arg(personId);
}

QString ReviewRules::storedBaseSql(const QString &person)
{
    return QStringLiteral("COALESCE(%1.review_base, %1.created_on)").arg(person);
}

QString ReviewRules::storedSetNextSql(const QString &person)
{
    return QStringLiteral("%1.review_set_next").arg(person);
}

QString ReviewRules::setNextSql(const QString &personId)
{
    // The latest review by date, the last recorded among several on one day: the one whose
    // reviewed_on is baseSql's MAX.
    return QStringLiteral("(SELECT rn.next_review_on FROM review rn WHERE rn.person_id = %1 "
                          "ORDER BY rn.reviewed_on DESC, rn.id DESC LIMIT 1)")
        .arg(personId);
}

QString ReviewRules::dueBeforeSql(const QString &person)
{
    // Never NULL, so that NOT of it is the exact complement: the base always has a value (the
    // person's created_on), and a missing set date is a day no as-of date reaches.
    return QStringLiteral("(%1 < ? OR COALESCE(%2, '9999-12-31') < ?)")
        .arg(storedBaseSql(person), storedSetNextSql(person));
}

QVariantList ReviewRules::dueBeforeValues(const QDate &day)
{
    return {overdueBound(day).toString(Qt::ISODate), day.toString(Qt::ISODate)};
}
