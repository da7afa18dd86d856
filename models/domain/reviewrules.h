#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

// The 3-monthly review (report 7.6), in one tested place. The next review is due 3 calendar
// months after the last review or, for someone never reviewed, 3 months after they were first
// allocated in Lodestar or, never allocated, after they first came onto the caseload. Calendar
// months as QDate::addMonths counts them: a month on from 31 January is 28 (or 29) February.
// A reviewer may set the next review earlier (issue 15 rule 6): the "next review" date of the
// person's latest review, when earlier than 3 months after it, is the due date. A later one
// is capped at 3 months, as the review form refuses more than 3 months ahead.
// Overdue: the due date is before the as-of date (on the due date itself it is not yet late).
class ReviewRules
{
public:
    static constexpr int Months = 3;
    static constexpr int SoonDays = 30;

    // The date the 3 months run from: the last review, else the first allocation, else the
    // day the person came onto the caseload (any may be invalid when not known).
    static QDate base(const QDate &lastReview, const QDate &firstAllocated,
                      const QDate &firstOnCaseload);
    static QDate dueDate(const QDate &base) { return base.addMonths(Months); }
    // The due date given the next review date set at the latest review (`setNext`, invalid when
    // never reviewed): the earlier of it and 3 months after the base.
    static QDate dueDate(const QDate &base, const QDate &setNext)
    {
        const QDate capped = dueDate(base);
        return setNext.isValid() && (!capped.isValid() || setNext < capped) ? setNext : capped;
    }
    static bool isOverdue(const QDate &due, const QDate &asOf)
    {
        return due.isValid() && due < asOf;
    }
    // Due on one of the as-of date and the 30 days after it.
    static bool isDueSoon(const QDate &due, const QDate &asOf)
    {
        return due.isValid() && due >= asOf && due <= asOf.addDays(SoonDays);
    }

    // The SQL twins work on the base date, since SQLite and PostgreSQL add months differently
    // at month ends: overdue is "base < overdueBound(asOf)", exactly when dueDate(base) < asOf;
    // due soon is "base >= overdueBound(asOf) AND base < overdueBound(asOf + 31 days)".
    static QDate overdueBound(const QDate &asOf);
    // An SQL expression for the base date (ISO text) of the person whose id is `personId`.
    // `createdOn`, when the query already has the person's row, names its created_on column
    // (one subquery fewer a person); otherwise it is looked up by id.
    static QString baseSql(const QString &personId, const QString &createdOn = QString());
    // An SQL expression for the next review date (ISO text) set at the person's latest review,
    // the same review baseSql's date comes from; NULL when never reviewed.
    static QString setNextSql(const QString &personId);
    // The person's review dates, stored on the person row (PersonStore keeps them after every
    // review and allocation) so that the due dates of 100,000 people are read, not searched:
    // person.review_base, the last review's day, else the first allocation's (NULL for neither:
    // then the base is the day the person came onto the caseload), and person.review_set_next,
    // setNextSql's. The definition of review_base, for the person whose id is `personId`.
    static QString reviewedOrAllocatedSql(const QString &personId);
    // baseSql and setNextSql read off the person row aliased `person`.
    static QString storedBaseSql(const QString &person);
    static QString storedSetNextSql(const QString &person);
    // An SQL condition on the person row aliased `person`: the person's review is due before a
    // day, i.e. dueDate(base, setNext) < day, as "base < overdueBound(day) OR setNext < day";
    // bind dueBeforeValues(day). Overdue on asOf is dueBefore(asOf); due soon is NOT
    // dueBefore(asOf) AND dueBefore(asOf + 31).
    static QString dueBeforeSql(const QString &person);
    static QVariantList dueBeforeValues(const QDate &day);
};
