#pragma once

#include "breachrules.h"
#include "moment.h"

#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVector>
#include <optional>

// What the caseload's triage columns say of a person (issue 23), judged at a Moment, each rule
// with its SQL twin for the person row aliased `person` (the caseload sorts and filters on them
// at 100,000 people):
// - the last reporting event: the latest event due at the moment (BreachRules::isDue), its
//   outcome and scheduled time; of two at the same minute, the one recorded last (highest id);
// - the current run of breaches: BreachRules::consecutiveBreaches, as the queue counts it;
// - the next diary date: the earliest due date of an entry not done, overdue or not;
// - the last action by a person: the latest time a person recorded one of a note (written or
//   edited), a follow-up step (taken or countersigned), a barrier raised in Lodestar (raised,
//   edited or cleared), a travel document, a review (recorded or signed off) or an allocation.
//   CID's imports are not actions: barriers CID raised, events and cases it sent do not count,
//   nor do reporting outcomes (the centre's, not the case owner's). Times are the stored UTC
//   instants; days since it are counted in the user's local days (Clock::localDay);
// - open taskings: taskings not closed.
class Triage
{
public:
    struct Event
    {
        qint64 id = 0;
        QString scheduled; // as stored, "2026-03-05T10:00"
        QString outcome;   // COMPLETED, NO_SHOW, EXCUSED or empty
    };
    // The latest due event at `at`, or none.
    static std::optional<Event> lastDue(const QVector<Event> &events, const Moment &at);

    struct DiaryDate
    {
        QDate due;
        bool done = false;
    };
    // The earliest due date of an entry not done; invalid when none.
    static QDate nextDiary(const QVector<DiaryDate> &entries);

    // The latest of the stored UTC times of a person's actions ("" and null ignored); empty
    // when none.
    static QString lastAction(const QStringList &times);
    // Whole local days from the action's day to `today`; none when there was no action.
    static std::optional<int> daysSince(const QString &lastAction, const QDate &today);
    // No action on or after the local day `days` days before `today` (or none at all): the
    // caseload's "no action in N days" filter.
    static bool isQuiet(const QString &lastAction, const QDate &today, int days);
    // The caseload's filter's number of days (issue 26's stalled cases' default).
    static constexpr int QuietDays = 60;

    // SQL twins, for the person row aliased `person`:
    // lastDue's scheduled time and outcome ('' for blank), NULL when none; each binds
    // lastDueValues(at). They read what PersonStore keeps on the person row (below) when it
    // answers for the moment, and search the person's events otherwise.
    static QString lastDueSql(const QString &person);
    static QString lastDueOutcomeSql(const QString &person);
    static QVariantList lastDueValues(const Moment &at);
    // What PersonStore keeps of a person's events, worked out at the bound `bound` (an SQL
    // expression for a Moment's bound, BreachRules::asOfBound), as SQL on the person's id:
    // - reporting_due_last: the latest minute due (before the bound), NULL when none;
    // - reporting_due_outcome: the outcome there ('' for blank), the highest id's at it;
    // - reporting_due_next: the first minute not due (at or after the bound), NULL when none.
    // Every event up to due_last is due and none from due_next, so the pair answers for every
    // moment whose bound lies after the one and at or before the other
    // (storedDueHoldsSql), whenever it was worked out.
    static QString dueLastSql(const QString &personId, const QString &bound);
    static QString dueOutcomeSql(const QString &personId, const QString &bound);
    static QString dueNextSql(const QString &personId, const QString &bound);
    static QString storedDueHoldsSql(const QString &person, const QString &bound);
    // nextDiary as ISO text or NULL; no values. PersonStore keeps it as person.diary_next,
    // which the caseload reads (nextDiaryColumn): DiaryStore refreshes it.
    static QString nextDiarySql(const QString &person);
    static QString nextDiaryColumn(const QString &person);
    // lastAction, NULL when none; no values. PersonStore keeps it as person.last_action_at,
    // which the caseload reads (lastActionColumn): the stores that record an action refresh it.
    static QString lastActionSql(const QString &person);
    static QString lastActionColumn(const QString &person);
    // isQuiet as a condition, on the stored column; binds quietValues(today, days).
    static QString quietSql(const QString &person);
    static QVariantList quietValues(const QDate &today, int days);
    // The number of open taskings; no values.
    static QString openTaskingsSql(const QString &person);
};
