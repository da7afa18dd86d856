// The one clock (issue 20): a stored timestamp's local day and a local day's UTC bounds in
// zones ahead of UTC, behind it and across summer time; the fixed clock tests use; and a grep
// that nothing but Clock reads the wall clock.
#include "domain/clock.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <ctime>

namespace {
// Sets the process's zone for a scope (Qt converts local time through the C library).
class Zone
{
public:
    explicit Zone(const char *tz) : m_old(qgetenv("TZ")), m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~Zone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    QByteArray m_old;
    bool m_had;
};
} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void localDay_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QDate>("day");
        // UTC+22: 03:00Z on 1 June is 01:00 on 2 June there.
        QTest::newRow("ahead, next day")
            << QByteArray("XYZ-22") << "2026-06-01T03:00:00Z" << QDate(2026, 6, 2);
        QTest::newRow("ahead, same day")
            << QByteArray("XYZ-22") << "2026-06-01T01:59:59Z" << QDate(2026, 6, 1);
        // UTC-11: 05:00Z on 1 June is 18:00 on 31 May there.
        QTest::newRow("behind") << QByteArray("Pacific/Pago_Pago") << "2026-06-01T05:00:00Z"
                                << QDate(2026, 5, 31);
        QTest::newRow("behind, same day")
            << QByteArray("Pacific/Pago_Pago") << "2026-06-01T11:00:00Z" << QDate(2026, 6, 1);
        // British Summer Time: 23:30Z is 00:30 the next day; in winter it is the same day.
        QTest::newRow("BST") << QByteArray("Europe/London") << "2026-06-01T23:30:00Z"
                             << QDate(2026, 6, 2);
        QTest::newRow("GMT") << QByteArray("Europe/London") << "2026-01-15T23:30:00Z"
                             << QDate(2026, 1, 15);
        QTest::newRow("offset given")
            << QByteArray("UTC") << "2026-06-02T00:30:00+01:00" << QDate(2026, 6, 1);
        // CID's wall-clock times and plain dates are their own day in every zone.
        QTest::newRow("wall clock")
            << QByteArray("XYZ-22") << "2026-03-05T23:00" << QDate(2026, 3, 5);
        QTest::newRow("date") << QByteArray("Pacific/Pago_Pago") << "2026-03-05"
                              << QDate(2026, 3, 5);
        QTest::newRow("not a time") << QByteArray("UTC") << "yesterday" << QDate();
        QTest::newRow("empty") << QByteArray("UTC") << "" << QDate();
    }
    void localDay()
    {
        QFETCH(QByteArray, tz);
        QFETCH(QString, stored);
        QFETCH(QDate, day);
        Zone zone(tz.constData());
        QCOMPARE(Clock::localDay(stored), day);
    }

    void dayStart_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("start");
        QTest::newRow("ahead") << QByteArray("XYZ-22") << QDate(2026, 6, 2)
                               << "2026-06-01T02:00:00Z";
        QTest::newRow("behind") << QByteArray("Pacific/Pago_Pago") << QDate(2026, 6, 2)
                                << "2026-06-02T11:00:00Z";
        QTest::newRow("BST") << QByteArray("Europe/London") << QDate(2026, 6, 2)
                             << "2026-06-01T23:00:00Z";
        QTest::newRow("GMT") << QByteArray("Europe/London") << QDate(2026, 1, 15)
                             << "2026-01-15T00:00:00Z";
        QTest::newRow("invalid") << QByteArray("UTC") << QDate() << QString();
    }
    void dayStart()
    {
        QFETCH(QByteArray, tz);
        QFETCH(QDate, day);
        QFETCH(QString, start);
        Zone zone(tz.constData());
        QCOMPARE(Clock::dayStartUtc(day), start);
        if (!day.isValid())
            return;
        // The bounds and localDay agree: the last second before the start is the day before,
        // the start itself the day.
        const QDateTime s = QDateTime::fromString(start, Qt::ISODate);
        QCOMPARE(Clock::localDay(s.addSecs(-1).toString(Qt::ISODate)), day.addDays(-1));
        QCOMPARE(Clock::localDay(start), day);
        QCOMPARE(Clock::dayEndBoundUtc(day.addDays(-1)), start);
    }

    void fixedClockIsLocalAndStoredInUtc()
    {
        Zone zone("Europe/London");
        const Clock::Fixed fixed(QDateTime(QDate(2026, 6, 2), QTime(0, 30)));
        QCOMPARE(Clock::today(), QDate(2026, 6, 2));
        QCOMPARE(Clock::now().time(), QTime(0, 30));
        QCOMPARE(Clock::nowUtcIso(), QStringLiteral("2026-06-01T23:30:00Z"));
        QCOMPARE(Clock::localDay(Clock::nowUtcIso()), Clock::today());
    }

    void realClockRunsWhenNotFixed()
    {
        {
            const Clock::Fixed fixed(QDateTime(QDate(2001, 1, 1), QTime(9, 0)));
            QCOMPARE(Clock::today(), QDate(2001, 1, 1));
        }
        QVERIFY(Clock::today() > QDate(2026, 1, 1));
    }

    // Nothing but Clock reads the wall clock: a second reader is a second "today". (The server's
    // seal of the audit log stamps entries with the server's own clock on purpose: a login's
    // clock is not trusted there.)
    void nothingElseReadsTheWallClock()
    {
        const QString root = QStringLiteral(LODESTAR_SOURCE_DIR);
        const QRegularExpression read(QStringLiteral(
            R"(QDate::currentDate\b|QDateTime::currentDateTime|QDateTime::currentMSecsSinceEpoch|)"
            R"(QDateTime::currentSecsSinceEpoch|QTime::currentTime|system_clock|\btime\(nullptr\)|)"
            R"(\btime\(NULL\)|\blocaltime(_r)?\(|\bgmtime(_r)?\(|date\('now'|CURRENT_DATE|)"
            R"(CURRENT_TIMESTAMP)"));
        QStringList readers;
        int files = 0;
        for (const char *dir : {"app", "models", "widgets"}) {
            QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("models/domain/clock.cpp")))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                int line = 0;
                for (const QByteArray &text : f.readAll().split('\n')) {
                    ++line;
                    if (read.match(QString::fromUtf8(text)).hasMatch())
                        readers << QStringLiteral("%1:%2").arg(path.mid(root.size() + 1)).arg(line);
                }
            }
        }
        QVERIFY2(files > 100, "the sources were not found");
        QVERIFY2(readers.isEmpty(), qPrintable(readers.join(QLatin1Char('\n'))));
        // And the one reader is there.
        QFile clock(root + QStringLiteral("/models/domain/clock.cpp"));
        QVERIFY(clock.open(QIODevice::ReadOnly));
        QVERIFY(read.match(QString::fromUtf8(clock.readAll())).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
