#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

// The time buckets of the dashboard's series: calendar months, quarters and years cut to a
// date range (a bucket counts only the days of it inside the range, so the buckets add up to
// the range), and runs of 7 days ending on a date (the last one is "the last 7 days").
struct Period
{
    QString key;   // "2026-03", "2026-Q1", "2026", or the week's last day "2026-11-30"
    QString label; // "Mar 2026", "Q1 2026", "2026", "24-30 Nov"
    QDate first;   // inclusive
    QDate last;    // inclusive
};

class Periods
{
    Q_DECLARE_TR_FUNCTIONS(Periods)

public:
    // Oldest first; empty when from > to or either is invalid.
    static QVector<Period> months(const QDate &from, const QDate &to);
    static QVector<Period> quarters(const QDate &from, const QDate &to);
    static QVector<Period> years(const QDate &from, const QDate &to);
    // `count` runs of 7 days, the last ending on `last`, oldest first.
    static QVector<Period> weeksEnding(const QDate &last, int count);
};
