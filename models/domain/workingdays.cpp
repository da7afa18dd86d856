#include "workingdays.h"

#include <array>

namespace {

// The first Monday on or after `day`.
QDate mondayFrom(const QDate &day)
{
    return day.addDays((8 - day.dayOfWeek()) % 7);
}

// `day`, or the Monday after it when it is a Saturday or a Sunday.
QDate nextWeekday(const QDate &day)
{
    return day.dayOfWeek() > 5 ? mondayFrom(day) : day;
}

// The last Monday of `month`.
QDate lastMonday(int year, int month)
{
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    return last.addDays(-((last.dayOfWeek() + 6) % 7));
}

// Proclaimed changes: a usual bank holiday that was moved (`dropped`) and the day it moved to
// or a day added (`added`).
struct Proclaimed
{
    QDate dropped; // invalid: only a day added
    QDate added;
};

const std::array<Proclaimed, 7> &proclaimed()
{
    static const std::array<Proclaimed, 7> table{{
        {QDate(2012, 5, 28), QDate(2012, 6, 4)}, // spring holiday moved for the Diamond Jubilee
        {QDate(), QDate(2012, 6, 5)},            // the Diamond Jubilee
        {QDate(2020, 5, 4), QDate(2020, 5, 8)},  // early May moved to VE Day's 75th anniversary
        {QDate(2022, 5, 30), QDate(2022, 6, 2)}, // spring holiday moved for the Platinum Jubilee
        {QDate(), QDate(2022, 6, 3)},            // the Platinum Jubilee
        {QDate(), QDate(2022, 9, 19)},           // the State Funeral of Queen Elizabeth II
        {QDate(), QDate(2023, 5, 8)},            // the Coronation of King Charles III
    }};
    return table;
}

bool isUsualBankHoliday(const QDate &day)
{
    const int year = day.year();
    const QDate easter = WorkingDays::easterSunday(year);
    if (day == easter.addDays(-2) || day == easter.addDays(1))
        return true;
    if (day == mondayFrom(QDate(year, 5, 1)) || day == lastMonday(year, 5) ||
        day == lastMonday(year, 8))
        return true;
    // New Year's Day, or the Monday after it when it falls at a weekend.
    if (day == nextWeekday(QDate(year, 1, 1)))
        return true;
    // Christmas and Boxing Day, each on the next weekday not already taken.
    const QDate christmas = nextWeekday(QDate(year, 12, 25));
    return day == christmas || day == nextWeekday(christmas.addDays(1));
}

} // namespace

QDate WorkingDays::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, dayOfMonth);
}

bool WorkingDays::isBankHoliday(const QDate &day)
{
    if (!day.isValid())
        return false;
    for (const Proclaimed &p : proclaimed()) {
        if (day == p.added)
            return true;
        if (day == p.dropped)
            return false;
    }
    return isUsualBankHoliday(day);
}

bool WorkingDays::isWorkingDay(const QDate &day)
{
    return day.isValid() && day.dayOfWeek() <= 5 && !isBankHoliday(day);
}

QDate WorkingDays::previous(const QDate &day)
{
    if (!day.isValid())
        return QDate();
    QDate d = day.addDays(-1);
    // Never more than a few days back: the longest run of days off is a long Christmas.
    while (!isWorkingDay(d))
        d = d.addDays(-1);
    return d;
}
