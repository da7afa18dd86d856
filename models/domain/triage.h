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
    // lastDueValues(at).
    static QString lastDueSql(const QString &person);
    static QString lastDueOutcomeSql(const QString &person);
    static QVariantList lastDueValues(const Moment &at);
    // nextDiary as ISO text or NULL; no values.
    static QString nextDiarySql(const QString &person);
    // lastAction, NULL when none; no values.
    static QString lastActionSql(const QString &person);
    // isQuiet as a condition; binds quietValues(today, days).
    static QString quietSql(const QString &person);
    static QVariantList quietValues(const QDate &today, int days);
    // The number of open taskings; no values.
    static QString openTaskingsSql(const QString &person);
};
