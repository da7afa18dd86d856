// The reporting compliance rules, table-driven: the moment they are judged at (an event after
// it is pending, one at the very minute is due), what a breach is, how a run of breaches is
// counted (broken by COMPLETED, not by EXCUSED, pending events ignored, blank outcomes), the
// follow-up ladder's order and thresholds, and absconder status. The SQL twins the figures,
// the queue and the clean-up list use are checked against the C++ rules on the same events.
#include "domain/breachrules.h"
#include "domain/dataqualityrules.h"
#include "domain/followupladder.h"
#include "store/reportingstore.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using E = BreachRules::Event;
using L = FollowUpLadder;

namespace {
const QDate Day(2026, 3, 10);
// The end of the day, as the figures' --as-of YYYY-MM-DD means it.
const Moment AsOf = Moment::endOfDay(Day);

E ev(const char *scheduled, const char *outcome)
{
    return E{QString::fromLatin1(scheduled), QString::fromLatin1(outcome)};
}

// What the SQL twins say of one person at a moment.
struct Twins
{
    int consecutive = 0;
    bool inQueue = false;
    int lastWeek = 0; // breach events in the 7 days ending at the moment
    bool unactioned = false;
    bool blank = false; // the clean-up list's blank outcomes
};

QHash<qint64, Twins> rowsOf(QSqlDatabase db, const Moment &at)
{
    const DataQualityRules::Condition blank =
        DataQualityRules::condition(DataQualityRules::Issue::BlankOutcomes, at);
    QSqlQuery q(db);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT person.id, %1, CASE WHEN %2 THEN 1 ELSE 0 END, (SELECT COUNT(*) "
                       "FROM reporting_event e WHERE e.person_id = person.id AND %3 AND %4), "
                       "CASE WHEN %5 THEN 1 ELSE 0 END, CASE WHEN %6 THEN 1 ELSE 0 END FROM "
                       "person")
            .arg(BreachRules::consecutiveCountSql(QStringLiteral("person")),
                 BreachRules::queueSql(QStringLiteral("person")),
                 BreachRules::lastWeekSql(QStringLiteral("e")),
                 BreachRules::breachOutcomeSql(QStringLiteral("e")),
                 FollowUpLadder::unactionedSql(QStringLiteral("person")), blank.sql));
    if (!prepared)
        qWarning() << q.lastError().text();
    QVariantList values = BreachRules::consecutiveCountValues(at);
    values << BreachRules::queueValues(at) << BreachRules::lastWeekValues(at)
           << FollowUpLadder::unactionedValues(at) << blank.values;
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QHash<qint64, Twins> out;
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   Twins{q.value(1).toInt(), q.value(2).toInt() != 0, q.value(3).toInt(),
                         q.value(4).toInt() != 0, q.value(5).toInt() != 0});
    return out;
}
} // namespace

Q_DECLARE_METATYPE(QVector<BreachRules::Event>)
Q_DECLARE_METATYPE(QVector<FollowUpLadder::Record>)

class TestBreachRules : public QObject
{
    Q_OBJECT

private slots:
    // The moment: a date is its last minute, a minute is itself, nothing else is read.
    void moment()
    {
        const Moment day = Moment::fromString(QStringLiteral("2026-03-10"));
        QVERIFY(day.isValid());
        QCOMPARE(day, AsOf);
        QVERIFY(day.isEndOfDay());
        QCOMPARE(day.toString(), QStringLiteral("2026-03-10"));
        QCOMPARE(day.bound(), QStringLiteral("2026-03-11"));
        const Moment two = Moment::fromString(QStringLiteral("2026-03-10T14:00"));
        QVERIFY(two.isValid());
        QCOMPARE(two.date(), Day);
        QCOMPARE(two.time(), QTime(14, 0));
        QCOMPARE(two.toString(), QStringLiteral("2026-03-10T14:00"));
        QCOMPARE(two.bound(), QStringLiteral("2026-03-10T14:01"));
        // The last minute written out is the end of the day.
        QCOMPARE(Moment::fromString(QStringLiteral("2026-03-10T23:59")), AsOf);
        QCOMPARE(Moment::at(QDateTime(Day, QTime(14, 0, 59))), two); // seconds dropped
        for (const char *bad : {"2026-03-10T14", "2026-03-10 14:00", "2026-03-10T14:00:00",
                                "2026-02-30", "2026-03-10T24:00", "10/03/2026", ""})
            QVERIFY2(!Moment::fromString(QLatin1String(bad)).isValid(), bad);
        QVERIFY(!Moment().includes(QStringLiteral("2026-03-10T14:00")));
    }

    void breach_data()
    {
        QTest::addColumn<QString>("scheduled");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("breach");
        QTest::newRow("no show") << "2026-03-09T10:00"
                                 << "NO_SHOW" << true;
        QTest::newRow("blank") << "2026-03-09T10:00"
                               << "" << true;
        QTest::newRow("blank spaces") << "2026-03-09T10:00"
                                      << "  " << true;
        QTest::newRow("completed") << "2026-03-09T10:00"
                                   << "COMPLETED" << false;
        QTest::newRow("excused") << "2026-03-09T10:00"
                                 << "EXCUSED" << false;
        QTest::newRow("on the as-of date, late") << "2026-03-10T23:59"
                                                 << "NO_SHOW" << true;
        QTest::newRow("the day after") << "2026-03-11T00:00"
                                       << "NO_SHOW" << false;
        QTest::newRow("blank, not yet due") << "2026-04-01T10:00"
                                            << "" << false;
    }
    void breach()
    {
        QFETCH(QString, scheduled);
        QFETCH(QString, outcome);
        QFETCH(bool, breach);
        QCOMPARE(BreachRules::isBreach(E{scheduled, outcome}, AsOf), breach);
    }

    // The bug this rule fixes: a 14:00 appointment read at 09:00 was "Blank: breach", because
    // the whole day was due (the end-of-day moment, which the figures still use for a date).
    void laterTodayIsPending()
    {
        const E twoPm = ev("2026-03-10T14:00", "");
        QVERIFY(BreachRules::isBreach(twoPm, AsOf)); // the day as a whole: it has happened
        const Moment nine = Moment::at(QDateTime(Day, QTime(9, 0)));
        QVERIFY(!BreachRules::isDue(twoPm.scheduled, nine));
        QVERIFY(!BreachRules::isBreach(twoPm, nine));
        const QVector<E> history{ev("2026-03-03T14:00", "COMPLETED"), twoPm};
        QCOMPARE(BreachRules::consecutiveBreaches(history, nine), 0);
        QVERIFY(!BreachRules::isInQueue(true, history, nine));
        QVERIFY(!BreachRules::isInLastWeek(twoPm.scheduled, nine));
    }

    // The boundary: the event a minute either side of the moment, and at it (a choice: due).
    void aMinuteEitherSide_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<bool>("due");
        QTest::newRow("13:59, a minute before") << "2026-03-10T13:59" << false;
        QTest::newRow("14:00, at the moment") << "2026-03-10T14:00" << true;
        QTest::newRow("14:01, a minute after") << "2026-03-10T14:01" << true;
        QTest::newRow("the previous day") << "2026-03-09" << false;
        QTest::newRow("the end of the day") << "2026-03-10" << true;
    }
    void aMinuteEitherSide()
    {
        QFETCH(QString, moment);
        QFETCH(bool, due);
        const Moment at = Moment::fromString(moment);
        QVERIFY(at.isValid());
        const QVector<E> history{ev("2026-03-03T14:00", "COMPLETED"), ev("2026-03-10T14:00", "")};
        QCOMPARE(BreachRules::isDue(history.last().scheduled, at), due);
        QCOMPARE(BreachRules::isBreach(history.last(), at), due);
        QCOMPARE(BreachRules::consecutiveBreaches(history, at), due ? 1 : 0);
        QCOMPARE(BreachRules::isInQueue(true, history, at), due);
        QCOMPARE(BreachRules::isInLastWeek(history.last().scheduled, at), due);

        // The SQL twins draw the same line, and so does the clean-up list's blank outcome.
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("F"),
                                                       QStringLiteral("G"), QString(), 24)}));
        QSqlQuery insert(t.db->sql());
        insert.prepare(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, "
                                      "scheduled, outcome, source) VALUES (?, 1, ?, ?, 'CID')"));
        for (int i = 0; i < history.size(); ++i) {
            insert.addBindValue(QStringLiteral("E%1").arg(i));
            insert.addBindValue(history.at(i).scheduled);
            insert.addBindValue(history.at(i).outcome);
            QVERIFY(insert.exec());
        }
        QVERIFY(TestData::refreshReportingRuns(t.db->sql()));
        const QHash<qint64, Twins> sql = rowsOf(t.db->sql(), at);
        QCOMPARE(sql.value(1).consecutive, due ? 1 : 0);
        QCOMPARE(sql.value(1).inQueue, due);
        QCOMPARE(sql.value(1).lastWeek, due ? 1 : 0);
        QCOMPARE(sql.value(1).unactioned, due);
        QCOMPARE(sql.value(1).blank, due);
    }

    void consecutive_data()
    {
        QTest::addColumn<QVector<E>>("events");
        QTest::addColumn<int>("count");
        QTest::newRow("none") << QVector<E>{} << 0;
        QTest::newRow("never completed")
            << QVector<E>{ev("2026-03-01T10:00", "NO_SHOW"), ev("2026-03-08T10:00", "")} << 2;
        QTest::newRow("completed breaks the run")
            << QVector<E>{ev("2026-02-01T10:00", "NO_SHOW"), ev("2026-02-08T10:00", "NO_SHOW"),
                          ev("2026-02-15T10:00", "COMPLETED"), ev("2026-02-22T10:00", "NO_SHOW")}
            << 1;
        QTest::newRow("ends with completed")
            << QVector<E>{ev("2026-02-01T10:00", "NO_SHOW"), ev("2026-02-08T10:00", "COMPLETED")}
            << 0;
        QTest::newRow("excused in the middle neither counts nor breaks")
            << QVector<E>{ev("2026-02-15T10:00", "COMPLETED"), ev("2026-02-22T10:00", "NO_SHOW"),
                          ev("2026-03-01T10:00", "EXCUSED"), ev("2026-03-08T10:00", "")}
            << 2;
        QTest::newRow("after the as-of date ignored")
            << QVector<E>{ev("2026-03-01T10:00", "NO_SHOW"), ev("2026-03-08T10:00", "NO_SHOW"),
                          ev("2026-03-11T10:00", "COMPLETED"), ev("2026-03-12T10:00", "NO_SHOW")}
            << 2;
        QTest::newRow("order of the input does not matter")
            << QVector<E>{ev("2026-03-08T10:00", ""), ev("2026-02-15T10:00", "COMPLETED"),
                          ev("2026-01-01T10:00", "NO_SHOW"), ev("2026-03-01T10:00", "NO_SHOW")}
            << 2;
        QTest::newRow("same minute as the completed one is not after it")
            << QVector<E>{ev("2026-03-01T10:00", "COMPLETED"), ev("2026-03-01T10:00", "NO_SHOW"),
                          ev("2026-03-02T10:00", "NO_SHOW")}
            << 1;
        QTest::newRow("thirteen in a row") << [] {
            QVector<E> v{ev("2025-11-01T10:00", "COMPLETED")};
            for (int w = 0; w < 13; ++w)
                v << E{QDate(2025, 12, 1).addDays(7 * w).toString(Qt::ISODate) +
                           QStringLiteral("T10:00"),
                       w % 2 ? QStringLiteral("NO_SHOW") : QString()};
            return v;
        }() << 13;
    }
    void consecutive()
    {
        QFETCH(QVector<E>, events);
        QFETCH(int, count);
        QCOMPARE(BreachRules::consecutiveBreaches(events, AsOf), count);
    }

    // The SQL twins count what the C++ rules count, on random histories judged at moments
    // within a day and at its end: the run, the queue, the week's breaches, "unactioned" and
    // the clean-up list's blank outcomes.
    void sqlAgreesWithTheRules_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::newRow("end of the day") << "2026-03-10";
        QTest::newRow("13:59") << "2026-03-10T13:59";
        QTest::newRow("14:00") << "2026-03-10T14:00";
        QTest::newRow("14:01") << "2026-03-10T14:01";
        QTest::newRow("a morning a week earlier") << "2026-03-03T09:30";
        // Every event due: each run is read off the stored columns alone.
        QTest::newRow("after every event") << "2026-04-30";
    }
    void sqlAgreesWithTheRules()
    {
        QFETCH(QString, moment);
        const Moment at = Moment::fromString(moment);
        QVERIFY(at.isValid());
        TestDatabase t;
        QVector<PersonStore::NewPerson> people;
        QSet<qint64> detained;
        for (int p = 0; p < 60; ++p) {
            // Every seventh detained: never in the queue nor unactioned, runs all the same.
            const bool inCustody = p % 7 == 6;
            people << TestData::person(
                QStringLiteral("P%1").arg(p), QStringLiteral("F"), QStringLiteral("G"), QString(),
                24, {}, QStringLiteral("CC Leeds"), QStringLiteral("sokafor"),
                inCustody ? QStringLiteral("DETAINED") : QStringLiteral("NON_DETAINED"));
            if (inCustody)
                detained.insert(p + 1);
        }
        QVERIFY(TestData::add(*t.db, people));
        QRandomGenerator rng(7);
        const char *outcomes[] = {"COMPLETED", "NO_SHOW", "EXCUSED", "", nullptr};
        // Times either side of the moments, so that every boundary is crossed.
        const char *times[] = {"09:29", "09:30", "09:31", "13:59", "14:00", "14:01"};
        QHash<qint64, QVector<E>> byPerson;
        QHash<qint64, QVector<L::Record>> stepsOf;
        QSqlQuery insert(t.db->sql());
        insert.prepare(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, "
                                      "scheduled, outcome, source) VALUES (?, ?, ?, ?, 'CID')"));
        QSqlQuery step(t.db->sql());
        step.prepare(QStringLiteral(
            "INSERT INTO followup_step (person_id, step, taken_on, recorded_by, recorded_at, "
            "countersigned_by, countersigned_at) VALUES (?, ?, ?, 'u', '2026-01-01T00:00:00Z', "
            "?, ?)"));
        int n = 0;
        for (qint64 id = 1; id <= 60; ++id) {
            const int events = rng.bounded(12);
            for (int i = 0; i < events; ++i) {
                // One in four on a moment's day, the rest over seven weeks around them.
                const QDate day = rng.bounded(4) == 0 ? (rng.bounded(2) ? Day : QDate(2026, 3, 3))
                                                      : QDate(2026, 2, 1).addDays(rng.bounded(50));
                const QString when = day.toString(Qt::ISODate) + QLatin1Char('T') +
                                     QLatin1String(times[rng.bounded(6)]);
                const char *o = outcomes[rng.bounded(5)];
                insert.addBindValue(QStringLiteral("E%1").arg(n++));
                insert.addBindValue(id);
                insert.addBindValue(when);
                // NULL and '' are both a blank outcome.
                insert.addBindValue(o ? QVariant(QString::fromLatin1(o))
                                      : QVariant(QMetaType(QMetaType::QString)));
                QVERIFY(insert.exec());
                byPerson[id] << E{when, o ? QString::fromLatin1(o) : QString()};
            }
            // A follow-up step now and then, and a countersigned declaration for a few.
            for (int i = rng.bounded(3); i > 0; --i) {
                const L::Step s = rng.bounded(6) == 0 ? L::AbsconderDeclaration : L::VerbalWarning;
                const QDate on = QDate(2026, 2, 1).addDays(rng.bounded(45));
                const QVariant none = QVariant(QMetaType(QMetaType::QString));
                const bool signed_ = s == L::AbsconderDeclaration;
                step.addBindValue(id);
                step.addBindValue(L::code(s));
                step.addBindValue(on.toString(Qt::ISODate));
                step.addBindValue(signed_ ? QVariant(QStringLiteral("tl")) : none);
                step.addBindValue(
                    signed_ ? QVariant(on.toString(Qt::ISODate) + QStringLiteral("T09:30:00Z"))
                            : none);
                QVERIFY(step.exec());
                stepsOf[id] << L::Record{s, on, signed_ ? on : QDate()};
            }
        }
        QVERIFY(TestData::refreshReportingRuns(t.db->sql()));
        const QHash<qint64, Twins> sql = rowsOf(t.db->sql(), at);
        QCOMPARE(sql.size(), 60);
        int withRuns = 0, inQueue = 0, unactioned = 0, pending = 0;
        for (qint64 id = 1; id <= 60; ++id) {
            const QVector<E> events = byPerson.value(id);
            const bool free = !detained.contains(id);
            const int expected = BreachRules::consecutiveBreaches(events, at);
            int lastWeek = 0;
            bool blank = false;
            QDate latestBreach;
            for (const E &e : events) {
                pending += !BreachRules::isDue(e.scheduled, at);
                blank = blank || (BreachRules::isDue(e.scheduled, at) && e.outcome.isEmpty());
                if (BreachRules::isBreach(e, at)) {
                    lastWeek += BreachRules::isInLastWeek(e.scheduled, at);
                    latestBreach =
                        qMax(latestBreach, QDate::fromString(e.scheduled.left(10), Qt::ISODate));
                }
            }
            QDate latestStep;
            for (const L::Record &r : stepsOf.value(id)) {
                if (r.takenOn <= at.date())
                    latestStep = qMax(latestStep, r.takenOn);
            }
            const bool queue = BreachRules::isInQueue(free, events, at);
            const bool idle = L::isUnactioned(free, L::isAbsconder(stepsOf.value(id), at.date()),
                                              expected, latestBreach, latestStep);
            const Twins &row = sql.value(id);
            QCOMPARE(row.consecutive, expected);
            QCOMPARE(row.inQueue, queue);
            QCOMPARE(row.lastWeek, lastWeek);
            QCOMPARE(row.unactioned, idle);
            QCOMPARE(row.blank, blank);
            withRuns += expected > 0;
            inQueue += queue;
            unactioned += idle;
        }
        // The data exercised the rules.
        QVERIFY(withRuns > 10);
        QVERIFY(inQueue > 5 && inQueue < withRuns); // the detained are left out
        QVERIFY(unactioned > 0 && unactioned < inQueue);
        QVERIFY(pending > 10 || at.date() > QDate(2026, 3, 31));
    }

    // The stored run (PersonStore refreshes it with each event recorded) is the events' own:
    // the latest COMPLETED, and the first breach after it, due or pending.
    void storedRunFollowsRecordedEvents()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("F"),
                                                       QStringLiteral("G"), QString(), 24)}));
        const auto stored = [&] {
            QSqlQuery q(t.db->sql());
            return q.exec(QStringLiteral("SELECT reporting_completed_last, reporting_run_first "
                                         "FROM person WHERE id = 1")) &&
                           q.next()
                       ? q.value(0).toString() + QLatin1Char('|') + q.value(1).toString()
                       : QStringLiteral("?");
        };
        const auto record = [&](const char *when, const char *outcome) {
            ReportingEvent e;
            e.personId = 1;
            e.scheduled = QLatin1String(when);
            e.outcome = QLatin1String(outcome);
            return ReportingStore(t.db->sql()).record(e, QStringLiteral("tester")).ok();
        };
        QCOMPARE(stored(), QStringLiteral("|"));
        QVERIFY(record("2026-03-02T10:00", "NO_SHOW"));
        QCOMPARE(stored(), QStringLiteral("|2026-03-02T10:00"));
        QVERIFY(record("2026-03-09T10:00", "COMPLETED"));
        QCOMPARE(stored(), QStringLiteral("2026-03-09T10:00|"));
        QVERIFY(record("2026-03-30T10:00", "")); // not yet due on the 23rd
        QVERIFY(record("2026-03-23T10:00", "NO_SHOW"));
        QVERIFY(record("2026-03-05T10:00", "COMPLETED")); // earlier: changes nothing
        QCOMPARE(stored(), QStringLiteral("2026-03-09T10:00|2026-03-23T10:00"));
        const Moment at = Moment::endOfDay(QDate(2026, 3, 23));
        const Twins row = rowsOf(t.db->sql(), at).value(1);
        QCOMPARE(row.consecutive, 1);
        QVERIFY(row.inQueue);
        QCOMPARE(rowsOf(t.db->sql(), Moment::endOfDay(QDate(2026, 3, 30))).value(1).consecutive, 2);
        QCOMPARE(rowsOf(t.db->sql(), Moment::endOfDay(QDate(2026, 3, 22))).value(1).consecutive, 0);
    }

    void ladderOrderAndThresholds_data()
    {
        QTest::addColumn<int>("consecutive");
        QTest::addColumn<QVector<L::Record>>("taken");
        QTest::addColumn<int>("due"); // -1: nothing due
        const QDate d(2026, 3, 1);
        QTest::newRow("no breach") << 0 << QVector<L::Record>{} << -1;
        QTest::newRow("first breach") << 1 << QVector<L::Record>{} << int(L::VerbalWarning);
        QTest::newRow("warned, second breach")
            << 2 << QVector<L::Record>{{L::VerbalWarning, d, {}}} << int(L::WarningLetter);
        QTest::newRow("warned, still one breach")
            << 1 << QVector<L::Record>{{L::VerbalWarning, d, {}}} << -1;
        QTest::newRow("three without any step: the highest due")
            << 3 << QVector<L::Record>{} << int(L::ArrestReferral);
        QTest::newRow("arrest referred, four")
            << 4 << QVector<L::Record>{{L::ArrestReferral, d, {}}} << -1;
        QTest::newRow("five: declaration")
            << 5 << QVector<L::Record>{{L::ArrestReferral, d, {}}} << int(L::AbsconderDeclaration);
        QTest::newRow("declared but not countersigned")
            << 6 << QVector<L::Record>{{L::AbsconderDeclaration, d, {}}}
            << int(L::AbsconderDeclaration);
        QTest::newRow("countersigned: Trace and Locate")
            << 6 << QVector<L::Record>{{L::AbsconderDeclaration, d, d}}
            << int(L::TraceLocateReferral);
        QTest::newRow("with Trace and Locate")
            << 9
            << QVector<L::Record>{{L::AbsconderDeclaration, d, d}, {L::TraceLocateReferral, d, {}}}
            << -1;
    }
    void ladderOrderAndThresholds()
    {
        QFETCH(int, consecutive);
        QFETCH(QVector<L::Record>, taken);
        QFETCH(int, due);
        const auto step = L::dueStep(consecutive, taken, L::Thresholds());
        QCOMPARE(step ? int(*step) : -1, due);
    }

    void withTraceLocate_data()
    {
        QTest::addColumn<QVector<L::Record>>("run");
        QTest::addColumn<QDate>("since"); // invalid: not with Trace and Locate
        const QDate d(2026, 3, 1), e(2026, 3, 9);
        QTest::newRow("no steps") << QVector<L::Record>{} << QDate();
        QTest::newRow("declared only")
            << QVector<L::Record>{{L::AbsconderDeclaration, d, d}} << QDate();
        QTest::newRow("referred") << QVector<L::Record>{{L::AbsconderDeclaration, d, d},
                                                        {L::TraceLocateReferral, e, {}}}
                                  << e;
        QTest::newRow("referred twice: the latest")
            << QVector<L::Record>{{L::TraceLocateReferral, e, {}}, {L::TraceLocateReferral, d, {}}}
            << e;
        QTest::newRow("located the same day")
            << QVector<L::Record>{{L::TraceLocateReferral, d, {}}, {L::Located, d, {}}} << QDate();
        QTest::newRow("located later")
            << QVector<L::Record>{{L::TraceLocateReferral, d, {}}, {L::Located, e, {}}} << QDate();
        QTest::newRow("located, then referred again")
            << QVector<L::Record>{{L::TraceLocateReferral, d, {}},
                                  {L::Located, d.addDays(2), {}},
                                  {L::TraceLocateReferral, e, {}}}
            << e;
    }
    void withTraceLocate()
    {
        QFETCH(QVector<L::Record>, run);
        QFETCH(QDate, since);
        QCOMPARE(L::withTraceLocateSince(run), since);
        // Nothing on the ladder is due for anyone with Trace and Locate.
        if (since.isValid())
            QVERIFY(!L::dueStep(20, run, L::Thresholds()));
    }

    void ladderThresholdsAreSettings()
    {
        L::Thresholds strict;
        strict.verbalWarning = 1;
        strict.warningLetter = 1;
        strict.arrestReferral = 2;
        QCOMPARE(strict.problem(), QString());
        QCOMPARE(*L::dueStep(2, {}, strict), L::ArrestReferral);
        L::Thresholds bad;
        bad.warningLetter = 4;
        QVERIFY(!bad.problem().isEmpty());
        bad = L::Thresholds();
        bad.verbalWarning = 0;
        QVERIFY(!bad.problem().isEmpty());
        for (int s = 0; s < L::StepCount; ++s) {
            QCOMPARE(L::fromCode(L::code(L::Step(s))), std::optional<L::Step>(L::Step(s)));
            QVERIFY(!L::name(L::Step(s)).isEmpty());
        }
        QVERIFY(!L::fromCode(QStringLiteral("nonsense")));
    }

    void absconder_data()
    {
        QTest::addColumn<QVector<L::Record>>("steps");
        QTest::addColumn<bool>("absconder");
        const QDate feb(2026, 2, 1);
        QTest::newRow("no steps") << QVector<L::Record>{} << false;
        QTest::newRow("declared, countersigned")
            << QVector<L::Record>{{L::AbsconderDeclaration, feb, feb.addDays(1)}} << true;
        QTest::newRow("not countersigned")
            << QVector<L::Record>{{L::AbsconderDeclaration, feb, {}}} << false;
        QTest::newRow("countersigned after the as-of date")
            << QVector<L::Record>{{L::AbsconderDeclaration, feb, QDate(2026, 3, 11)}} << false;
        QTest::newRow("declared after the as-of date")
            << QVector<L::Record>{{L::AbsconderDeclaration, QDate(2026, 3, 11), QDate(2026, 3, 11)}}
            << false;
        QTest::newRow("located since") << QVector<L::Record>{{L::AbsconderDeclaration, feb, feb},
                                                             {L::Located, QDate(2026, 3, 1), {}}}
                                       << false;
        QTest::newRow("located after the as-of date")
            << QVector<L::Record>{{L::AbsconderDeclaration, feb, feb},
                                  {L::Located, QDate(2026, 3, 20), {}}}
            << true;
        QTest::newRow("located, then declared again")
            << QVector<L::Record>{{L::AbsconderDeclaration, QDate(2025, 6, 1), QDate(2025, 6, 1)},
                                  {L::Located, QDate(2025, 9, 1), {}},
                                  {L::AbsconderDeclaration, feb, feb}}
            << true;
    }
    void absconder()
    {
        QFETCH(QVector<L::Record>, steps);
        QFETCH(bool, absconder);
        QCOMPARE(L::isAbsconder(steps, Day), absconder);
    }

    void absconderSqlAgrees_data() { absconder_data(); }
    void absconderSqlAgrees()
    {
        QFETCH(QVector<L::Record>, steps);
        QFETCH(bool, absconder);
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("F"),
                                                       QStringLiteral("G"), QString(), 24)}));
        QSqlQuery insert(t.db->sql());
        insert.prepare(QStringLiteral(
            "INSERT INTO followup_step (person_id, step, taken_on, recorded_by, recorded_at, "
            "countersigned_by, countersigned_at) VALUES (1, ?, ?, 'u', '2026-01-01T00:00:00Z', "
            "?, ?)"));
        for (const L::Record &r : steps) {
            insert.addBindValue(L::code(r.step));
            insert.addBindValue(r.takenOn.toString(Qt::ISODate));
            const QVariant none = QVariant(QMetaType(QMetaType::QString));
            insert.addBindValue(r.countersigned() ? QVariant(QStringLiteral("tl")) : none);
            insert.addBindValue(r.countersigned()
                                    ? QVariant(r.countersignedOn.toString(Qt::ISODate) +
                                               QStringLiteral("T09:30:00Z"))
                                    : none);
            QVERIFY(insert.exec());
        }
        QSqlQuery q(t.db->sql());
        QVERIFY(q.prepare(QStringLiteral("SELECT COUNT(*) FROM person WHERE %1")
                              .arg(L::absconderSql(QStringLiteral("person.id")))));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(Day.toString(Qt::ISODate));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), absconder ? 1 : 0);
    }
};

QTEST_MAIN(TestBreachRules)
#include "tst_breachrules.moc"
