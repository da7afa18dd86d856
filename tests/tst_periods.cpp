// The dashboard's time buckets (Periods), table-driven: quarters and years of the Home Office
// business year (1 April to 31 March) at the 31 March / 1 April boundary, from a range starting
// mid-quarter, across a business-year boundary and in leap years; months and weeks as before.
// Every row also checks that the buckets cut to the range add up to it, day for day.
#include "domain/periods.h"

#include <QtTest>

namespace {

// "key first last" per bucket, the shape the expectations are written in.
QStringList describe(const QVector<Period> &periods)
{
    QStringList out;
    for (const Period &p : periods)
        out << QStringLiteral("%1 %2 %3")
                   .arg(p.key, p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate));
    return out;
}

} // namespace

class TestPeriods : public QObject
{
    Q_OBJECT

private slots:
    void businessYear_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("quarter");
        QTest::newRow("31 March") << QDate(2026, 3, 31) << 2025 << "2025/26" << 4;
        QTest::newRow("1 April") << QDate(2026, 4, 1) << 2026 << "2026/27" << 1;
        QTest::newRow("30 June") << QDate(2026, 6, 30) << 2026 << "2026/27" << 1;
        QTest::newRow("1 July") << QDate(2026, 7, 1) << 2026 << "2026/27" << 2;
        QTest::newRow("30 September") << QDate(2016, 9, 30) << 2016 << "2016/17" << 2;
        QTest::newRow("1 October") << QDate(2026, 10, 1) << 2026 << "2026/27" << 3;
        QTest::newRow("31 December") << QDate(2026, 12, 31) << 2026 << "2026/27" << 3;
        QTest::newRow("1 January") << QDate(2027, 1, 1) << 2026 << "2026/27" << 4;
        QTest::newRow("29 February") << QDate(2024, 2, 29) << 2023 << "2023/24" << 4;
        QTest::newRow("the report's 2014/15") << QDate(2015, 3, 31) << 2014 << "2014/15" << 4;
        QTest::newRow("across a century") << QDate(2000, 1, 1) << 1999 << "1999/00" << 4;
    }
    void businessYear()
    {
        QFETCH(QDate, day);
        QFETCH(int, year);
        QFETCH(QString, name);
        QFETCH(int, quarter);
        QCOMPARE(Periods::businessYearOf(day), year);
        QCOMPARE(Periods::businessYearName(year), name);
        QCOMPARE(Periods::businessQuarterOf(day), quarter);
    }

    void buckets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");

        // Quarters of the business year.
        QTest::newRow("quarters: 31 March alone")
            << "quarters" << QDate(2026, 3, 31) << QDate(2026, 3, 31)
            << QStringList{"2025/26-Q4 2026-03-31 2026-03-31"};
        QTest::newRow("quarters: 1 April alone")
            << "quarters" << QDate(2026, 4, 1) << QDate(2026, 4, 1)
            << QStringList{"2026/27-Q1 2026-04-01 2026-04-01"};
        QTest::newRow("quarters: 31 March to 1 April")
            << "quarters" << QDate(2026, 3, 31) << QDate(2026, 4, 1)
            << QStringList{"2025/26-Q4 2026-03-31 2026-03-31", "2026/27-Q1 2026-04-01 2026-04-01"};
        QTest::newRow("quarters: the report's Q2 2016/17")
            << "quarters" << QDate(2016, 7, 1) << QDate(2016, 9, 30)
            << QStringList{"2016/17-Q2 2016-07-01 2016-09-30"};
        QTest::newRow("quarters: from mid-quarter")
            << "quarters" << QDate(2026, 8, 15) << QDate(2026, 11, 30)
            << QStringList{"2026/27-Q2 2026-08-15 2026-09-30", "2026/27-Q3 2026-10-01 2026-11-30"};
        QTest::newRow("quarters: across a business year")
            << "quarters" << QDate(2026, 2, 10) << QDate(2026, 5, 20)
            << QStringList{"2025/26-Q4 2026-02-10 2026-03-31", "2026/27-Q1 2026-04-01 2026-05-20"};
        QTest::newRow("quarters: the dashboard's 12 months")
            << "quarters" << QDate(2025, 12, 1) << QDate(2026, 11, 30)
            << QStringList{"2025/26-Q3 2025-12-01 2025-12-31", "2025/26-Q4 2026-01-01 2026-03-31",
                           "2026/27-Q1 2026-04-01 2026-06-30", "2026/27-Q2 2026-07-01 2026-09-30",
                           "2026/27-Q3 2026-10-01 2026-11-30"};
        QTest::newRow("quarters: a leap year's Q4")
            << "quarters" << QDate(2024, 2, 1) << QDate(2024, 4, 30)
            << QStringList{"2023/24-Q4 2024-02-01 2024-03-31", "2024/25-Q1 2024-04-01 2024-04-30"};

        // Business years.
        QTest::newRow("years: 31 March alone")
            << "years" << QDate(2026, 3, 31) << QDate(2026, 3, 31)
            << QStringList{"2025/26 2026-03-31 2026-03-31"};
        QTest::newRow("years: 1 April alone") << "years" << QDate(2026, 4, 1) << QDate(2026, 4, 1)
                                              << QStringList{"2026/27 2026-04-01 2026-04-01"};
        QTest::newRow("years: 31 March to 1 April")
            << "years" << QDate(2026, 3, 31) << QDate(2026, 4, 1)
            << QStringList{"2025/26 2026-03-31 2026-03-31", "2026/27 2026-04-01 2026-04-01"};
        QTest::newRow("years: the report's 2014/15")
            << "years" << QDate(2014, 4, 1) << QDate(2015, 3, 31)
            << QStringList{"2014/15 2014-04-01 2015-03-31"};
        QTest::newRow("years: from mid-year across two boundaries")
            << "years" << QDate(2024, 6, 1) << QDate(2026, 1, 1)
            << QStringList{"2024/25 2024-06-01 2025-03-31", "2025/26 2025-04-01 2026-01-01"};
        QTest::newRow("years: the dashboard's 12 months")
            << "years" << QDate(2025, 12, 1) << QDate(2026, 11, 30)
            << QStringList{"2025/26 2025-12-01 2026-03-31", "2026/27 2026-04-01 2026-11-30"};
        QTest::newRow("years: a leap year ends on 31 March")
            << "years" << QDate(2023, 4, 1) << QDate(2024, 4, 1)
            << QStringList{"2023/24 2023-04-01 2024-03-31", "2024/25 2024-04-01 2024-04-01"};

        // Months are calendar months, cut to the range.
        QTest::newRow("months: cut at both ends")
            << "months" << QDate(2025, 12, 15) << QDate(2026, 2, 3)
            << QStringList{"2025-12 2025-12-15 2025-12-31", "2026-01 2026-01-01 2026-01-31",
                           "2026-02 2026-02-01 2026-02-03"};
        QTest::newRow("months: March and April")
            << "months" << QDate(2024, 2, 29) << QDate(2024, 4, 1)
            << QStringList{"2024-02 2024-02-29 2024-02-29", "2024-03 2024-03-01 2024-03-31",
                           "2024-04 2024-04-01 2024-04-01"};
    }
    void buckets()
    {
        QFETCH(QString, kind);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        const QVector<Period> periods =
            kind == QLatin1String("quarters") ? Periods::quarters(from, to)
            : kind == QLatin1String("years")  ? Periods::years(from, to)
                                              : Periods::months(from, to);
        QCOMPARE(describe(periods), expected);
        // The buckets add up to the range, in time order, and their keys sort that way as text
        // (figures --json prints them as the keys of an object).
        QCOMPARE(periods.first().first, from);
        QCOMPARE(periods.last().last, to);
        for (int i = 1; i < periods.size(); ++i) {
            QCOMPARE(periods.at(i).first, periods.at(i - 1).last.addDays(1));
            QVERIFY(periods.at(i - 1).key < periods.at(i).key);
        }
    }

    void labels()
    {
        const QVector<Period> q = Periods::quarters(QDate(2026, 3, 1), QDate(2026, 4, 1));
        QCOMPARE(q.size(), 2);
        QCOMPARE(q.at(0).label, QStringLiteral("Q4 2025/26"));
        QCOMPARE(q.at(1).label, QStringLiteral("Q1 2026/27"));
        const QVector<Period> y = Periods::years(QDate(2026, 3, 31), QDate(2026, 4, 1));
        QCOMPARE(y.at(0).label, QStringLiteral("2025/26"));
        QCOMPARE(y.at(1).label, QStringLiteral("2026/27"));
    }

    void emptyRanges()
    {
        QVERIFY(Periods::months(QDate(2026, 2, 1), QDate(2026, 1, 1)).isEmpty());
        QVERIFY(Periods::quarters(QDate(2026, 4, 1), QDate(2026, 3, 31)).isEmpty());
        QVERIFY(Periods::years(QDate(2026, 4, 1), QDate(2026, 3, 31)).isEmpty());
        QVERIFY(Periods::quarters(QDate(), QDate(2026, 1, 1)).isEmpty());
        QVERIFY(Periods::years(QDate(2026, 1, 1), QDate()).isEmpty());
    }

    void weeks()
    {
        const QDate last(2026, 11, 30);
        const QVector<Period> weeks = Periods::weeksEnding(last, 26);
        QCOMPARE(weeks.size(), 26);
        QCOMPARE(weeks.last().key, QStringLiteral("2026-11-30"));
        QCOMPARE(weeks.last().first, QDate(2026, 11, 24));
        QCOMPARE(weeks.last().last, last);
        QCOMPARE(weeks.first().first, last.addDays(-181));
        for (int i = 1; i < weeks.size(); ++i)
            QCOMPARE(weeks.at(i).first, weeks.at(i - 1).last.addDays(1));
        // A week over 31 March and 1 April is one week: weeks ignore the business year.
        const QVector<Period> boundary = Periods::weeksEnding(QDate(2026, 4, 2), 1);
        QCOMPARE(boundary.first().first, QDate(2026, 3, 27));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
