#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

// The time buckets of the dashboard's series, cut to a date range (a bucket counts only the
// days of it inside the range, so the buckets add up to the range): calendar months; quarters
// and years of the Home Office business year, 1 April to 31 March, as the inspection report
// counts them ("2014/15", "Q2 2016/17" = July-September 2016); and runs of 7 days ending on a
// date (the last one is "the last 7 days").
struct Period
{
    // "2026-03", "2025/26-Q4" (January-March 2026), "2026/27", or the week's last day
    // "2026-11-30"
    QString key;
    QString label; // "Mar 2026", "Q4 2025/26", "2026/27", "24-30 Nov"
    QDate first;   // inclusive
    QDate last;    // inclusive
};

class Periods
{
    Q_DECLARE_TR_FUNCTIONS(Periods)

public:
    // The calendar year in which the business year holding `d` begins (1 April): 2025 for any
    // day from 1 April 2025 to 31 March 2026.
    static int businessYearOf(const QDate &d);
    // The business year beginning on 1 April of `startYear` as the report writes it: "2025/26".
    static QString businessYearName(int startYear);
    // The quarter of the business year holding `d`: 1 for April-June ... 4 for January-March.
    static int businessQuarterOf(const QDate &d);

    // Oldest first; empty when from > to or either is invalid.
    static QVector<Period> months(const QDate &from, const QDate &to);
    static QVector<Period> quarters(const QDate &from, const QDate &to);
    static QVector<Period> years(const QDate &from, const QDate &to);
    // `count` runs of 7 days, the last ending on `last`, oldest first.
    static QVector<Period> weeksEnding(const QDate &last, int count);
};
