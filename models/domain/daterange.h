#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The days a date field accepts, and the words that say so: the hint a dialog shows under the
// field ("Between 1 Jan 1990 and 6 Dec 2026 (today)") and the refusal of a day outside it. One
// rule builds the range of each field (DateRules); the field's widget and the store that saves
// the record ask that same range, so a dialog and its store never disagree about a date.
struct DateRange
{
    Q_DECLARE_TR_FUNCTIONS(DateRange)

public:
    QDate earliest; // invalid: no lower bound
    QDate latest;   // invalid: no upper bound
    // What a bound is, for the hint ("today", "first seen in CID"); empty: the date says it all.
    QString earliestIs;
    QString latestIs;
    // The refusals: %1 is the day given, %2 the bound it passed.
    QString tooEarly;
    QString tooLate;
    // A day before this one is accepted once the user confirms it (invalid: never asked).
    QDate confirmBefore;
    // The question: %1 the day given, %2 how many days before confirmBefore it is.
    QString confirmQuestion;
    // Said after the bounds in the hint when days are confirmed ("a day in the past asks first").
    QString confirmHint;

    bool contains(const QDate &day) const;
    // Why `day` is refused; empty when it is inside. An invalid day is refused too: a field
    // that may be left empty does not ask its range.
    QString problem(const QDate &day) const;
    bool needsConfirmation(const QDate &day) const;
    QString confirmation(const QDate &day) const;
    // "Between A and B", "On or after A", "On or before B", or empty when unbounded.
    QString hint() const;

    // A day as every field shows it: "7 Jan 2027".
    static QString dayText(const QDate &day);
};
