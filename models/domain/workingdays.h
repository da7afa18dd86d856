#pragma once

#include <QDate>

// Working days in England and Wales, where the casework unit works: Monday to Friday, bank
// holidays excepted. "Since the last working day" is what a caseworker coming in on a Monday,
// or on the Tuesday after Easter, has not yet seen (issue 23's Today).
//
// The bank holidays are the ones the Banking and Financial Dealings Act 1971 and royal
// proclamations give England and Wales: New Year's Day, Good Friday, Easter Monday, the first
// and last Mondays of May, the last Monday of August, Christmas Day and Boxing Day (each moved
// to the next weekday when it falls on a weekend, as gov.uk lists them), with the dates moved
// or added by proclamation since 2012 (the jubilees, the State Funeral, the Coronation) in a
// table. A one-off proclaimed later needs a line in that table.
class WorkingDays
{
public:
    static bool isBankHoliday(const QDate &day);
    static bool isWorkingDay(const QDate &day);
    // The last working day before `day` (whatever `day` itself is): Friday for a Monday, a
    // Saturday or a Sunday; the Thursday before Good Friday for Easter Monday and the day after.
    static QDate previous(const QDate &day);
    // Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm).
    static QDate easterSunday(int year);
};
