#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The one source of "now" for the whole program (issue 20). Nothing else reads the wall clock:
// tests/tst_clock greps the sources for it.
//
// - "Today" is the user's day: the local date of the machine Lodestar runs on. Every rule that
//   says "today or earlier", every as-of date a window starts on, every dialog's default date.
// - Timestamps (created_at, done_at, countersigned_at, the audit log's at...) are stored in UTC,
//   "2026-06-01T23:30:00Z": sortable text that means one instant whatever the reader's zone.
// - A stored timestamp is compared with a day as the user's local day: localDay() turns one into
//   the day it fell on here, and dayStartUtc() turns a local day into the UTC text every stored
//   timestamp made before that day sorts before. So "done by 2 June" reads 00:30 BST on 2 June
//   (23:30Z on 1 June) as 2 June, as the person who did it saw it.
//
// Tests fix the clock with setFixed() (or the Clock::Fixed guard) and run the suite under other
// zones with TZ; the program runs on the real clock, but for the demo (DemoGenerator).
class Clock
{
public:
    // Now, local time, to the millisecond the platform gives.
    static QDateTime now();
    // The user's day: the local date now.
    static QDate today();
    // Now as stored: UTC, ISO 8601 to the second, "2026-11-23T20:50:00Z".
    static QString nowUtcIso();

    // The local day a stored timestamp fell on: a UTC ("…Z") or offset timestamp converted to
    // local time; a date or a wall-clock date-time without a zone ("2026-03-05",
    // "2026-03-05T10:00", as CID sends) is its own day. Invalid for anything else.
    static QDate localDay(const QString &stored);
    // The stored (UTC) form of the instant local day `day` starts: a stored timestamp made on a
    // local day before `day` sorts before it, one made on `day` or later does not. Empty for an
    // invalid day.
    static QString dayStartUtc(const QDate &day);
    // The bound for "on or before local day `day`": dayStartUtc(day + 1).
    static QString dayEndBoundUtc(const QDate &day) { return dayStartUtc(day.addDays(1)); }

    // The clock stands still at `localNow` until setFixed(QDateTime()) lets it run: for tests,
    // and for the demo, which is written as it would have been on its as-of date.
    static void setFixed(const QDateTime &localNow);
    // Where it stands still; invalid while it runs.
    static QDateTime fixed();

    // Fixes the clock for a scope, then puts back what was there.
    class Fixed
    {
    public:
        explicit Fixed(const QDateTime &localNow) : m_before(fixed()) { setFixed(localNow); }
        ~Fixed() { setFixed(m_before); }
        Fixed(const Fixed &) = delete;
        Fixed &operator=(const Fixed &) = delete;

    private:
        QDateTime m_before;
    };
};
