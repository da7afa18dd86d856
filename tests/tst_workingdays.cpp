// WorkingDays (domain/workingdays.h): England and Wales's bank holidays as gov.uk lists them,
// year by year, and the last working day before a day.
#include "domain/workingdays.h"

#include <QTest>

class TestWorkingDays : public QObject
{
    Q_OBJECT

    static QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

private slots:
    void bankHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("expected");
        // gov.uk/bank-holidays, England and Wales.
        QTest::newRow("2012, the Diamond Jubilee")
            << 2012
            << QStringList{"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04",
                           "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"};
        QTest::newRow("2020, VE Day moved the early May holiday")
            << 2020 << QStringList{"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
                                   "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"};
        QTest::newRow("2021, Christmas on a Saturday")
            << 2021 << QStringList{"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03",
                                   "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"};
        QTest::newRow("2022, the Platinum Jubilee and the State Funeral")
            << 2022
            << QStringList{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
                           "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"};
        QTest::newRow("2023, the Coronation")
            << 2023
            << QStringList{"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08",
                           "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"};
        QTest::newRow("2025") << 2025 << QStringList{"2025-01-01", "2025-04-18", "2025-04-21",
                                                     "2025-05-05", "2025-05-26", "2025-08-25",
                                                     "2025-12-25", "2025-12-26"};
        QTest::newRow("2026, Boxing Day on a Saturday")
            << 2026 << QStringList{"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                                   "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"};
        QTest::newRow("2027") << 2027 << QStringList{"2027-01-01", "2027-03-26", "2027-03-29",
                                                     "2027-05-03", "2027-05-31", "2027-08-30",
                                                     "2027-12-27", "2027-12-28"};
    }

    // Every day of the year asked: exactly the listed ones are bank holidays.
    void bankHolidays()
    {
        QFETCH(int, year);
        QFETCH(QStringList, expected);
        QStringList found;
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
            if (WorkingDays::isBankHoliday(day))
                found << day.toString(Qt::ISODate);
        QCOMPARE(found, expected);
    }

    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("sunday");
        QTest::newRow("2019") << 2019 << d("2019-04-21");
        QTest::newRow("2024") << 2024 << d("2024-03-31");
        QTest::newRow("2038, the latest") << 2038 << d("2038-04-25");
        QTest::newRow("2285, the earliest") << 2285 << d("2285-03-22");
    }
    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, sunday);
        QCOMPARE(WorkingDays::easterSunday(year), sunday);
        QCOMPARE(WorkingDays::easterSunday(year).dayOfWeek(), 7);
    }

    void previous_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("previous");
        QTest::newRow("a Tuesday") << d("2026-12-08") << d("2026-12-07");
        QTest::newRow("a Monday: Friday") << d("2026-12-07") << d("2026-12-04");
        QTest::newRow("a Saturday") << d("2026-12-05") << d("2026-12-04");
        QTest::newRow("a Sunday") << d("2026-12-06") << d("2026-12-04");
        QTest::newRow("the Tuesday after Easter: Thursday") << d("2026-04-07") << d("2026-04-02");
        QTest::newRow("Easter Monday itself") << d("2026-04-06") << d("2026-04-02");
        QTest::newRow("after Christmas and a Boxing Day moved")
            << d("2026-12-29") << d("2026-12-24");
        QTest::newRow("into the year before") << d("2026-01-02") << d("2025-12-31");
        QTest::newRow("after the State Funeral") << d("2022-09-20") << d("2022-09-16");
        QTest::newRow("after the Platinum Jubilee") << d("2022-06-06") << d("2022-06-01");
        QTest::newRow("no day") << QDate() << QDate();
    }
    void previous()
    {
        QFETCH(QDate, day);
        QFETCH(QDate, previous);
        QCOMPARE(WorkingDays::previous(day), previous);
        if (previous.isValid())
            QVERIFY(WorkingDays::isWorkingDay(previous));
    }
};

QTEST_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
