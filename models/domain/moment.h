#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

// The moment reporting events are judged at (BreachRules): a local date and time, to the
// minute. An event scheduled at or before the moment has happened, so it is due (a choice: an
// event scheduled at the very minute of the moment has happened at that minute); one scheduled
// after it is pending. A date alone means the end of that day, its last minute (23:59), so an
// as-of date counts the whole day, as it always has.
class Moment
{
public:
    Moment() = default; // invalid

    static Moment endOfDay(const QDate &day);
    // `local` to the minute: the seconds are dropped.
    static Moment at(const QDateTime &local);
    // The clock: now, local time, to the minute.
    static Moment now();
    // "YYYY-MM-DD" (the end of that day) or "YYYY-MM-DDTHH:MM"; invalid for anything else.
    static Moment fromString(const QString &text);

    bool isValid() const { return m_date.isValid() && m_time.isValid(); }
    QDate date() const { return m_date; }
    QTime time() const { return m_time; }
    bool isEndOfDay() const { return m_time == QTime(23, 59); }
    // As fromString reads it: "YYYY-MM-DD" for the end of a day, "YYYY-MM-DDTHH:MM" otherwise.
    QString toString() const;

    // Whether `scheduled` (ISO date-time text as stored, "2026-03-05T10:00") is at or before
    // the moment.
    bool includes(const QString &scheduled) const { return scheduled < bound(); }
    // The ISO text every stored date-time at or before the moment sorts before, and none after
    // it: the next minute ("2026-03-05T14:01"), or after 23:59 the next day's date
    // ("2026-03-06", which sorts before that day's "2026-03-06T00:00"). SQL compares
    // `scheduled < ?` with it, so the SQL twins and includes() draw the same line.
    QString bound() const;

    bool operator==(const Moment &o) const { return m_date == o.m_date && m_time == o.m_time; }
    bool operator!=(const Moment &o) const { return !(*this == o); }

private:
    QDate m_date;
    QTime m_time;
};
