#include "clock.h"

#include <QTimeZone>

namespace {
QDateTime &fixedNow()
{
    static QDateTime fixed;
    return fixed;
}
} // namespace

QDateTime Clock::now()
{
    const QDateTime &fixed = fixedNow();
    // The one read of the wall clock in the program.
    return fixed.isValid() ? fixed.toLocalTime() : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().date();
}

QString Clock::nowUtcIso()
{
    QDateTime utc = now().toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QDate Clock::localDay(const QString &stored)
{
    if (stored.size() == 10)
        return QDate::fromString(stored, Qt::ISODate);
    // A wall-clock date-time without a zone (CID's "2026-03-05T10:00"): its own day.
    const bool zoned = stored.endsWith(QLatin1Char('Z')) ||
                       (stored.size() > 19 && (stored.at(stored.size() - 6) == QLatin1Char('+') ||
                                               stored.at(stored.size() - 6) == QLatin1Char('-')));
    if (!zoned)
        return stored.size() > 10 && stored.at(10) == QLatin1Char('T')
                   ? QDate::fromString(stored.left(10), Qt::ISODate)
                   : QDate();
    const QDateTime t = QDateTime::fromString(stored, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

QString Clock::dayStartUtc(const QDate &day)
{
    if (!day.isValid())
        return QString();
    // Local midnight; where a zone skips midnight (a spring-forward at 00:00), Qt moves it to
    // the first local time that exists, which is when that day starts.
    QDateTime start = day.startOfDay();
    return start.toUTC().toString(Qt::ISODate);
}

QDateTime Clock::fixed()
{
    return fixedNow();
}

void Clock::setFixed(const QDateTime &localNow)
{
    fixedNow() = localNow;
}
