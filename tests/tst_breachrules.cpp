// The reporting compliance rules, table-driven: what a breach is, how a run of breaches is
// counted (broken by COMPLETED, not by EXCUSED, events after the as-of date ignored, blank
// outcomes), the follow-up ladder's order and thresholds, and absconder status. The SQL twins
// the figures and the queue use are checked against the C++ rules on the same events.
#include "domain/breachrules.h"
#include "domain/followupladder.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using E = BreachRules::Event;
using L = FollowUpLadder;

namespace {
const QDate AsOf(2026, 3, 10);

E ev(const char *scheduled, const char *outcome)
{
    return E{QString::fromLatin1(scheduled), QString::fromLatin1(outcome)};
}
} // namespace

Q_DECLARE_METATYPE(QVector<BreachRules::Event>)
Q_DECLARE_METATYPE(QVector<FollowUpLadder::Record>)

class TestBreachRules : public QObject
{
    Q_OBJECT

private slots:
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

    // The SQL twins count what the C++ rules count, on random histories.
    void sqlAgreesWithTheRules()
    {
        TestDatabase t;
        QVector<PersonStore::NewPerson> people;
        for (int p = 0; p < 60; ++p)
            people << TestData::person(QStringLiteral("P%1").arg(p), QStringLiteral("F"),
                                       QStringLiteral("G"), QString(), 24);
        QVERIFY(TestData::add(*t.db, people));
        QRandomGenerator rng(7);
        const char *outcomes[] = {"COMPLETED", "NO_SHOW", "EXCUSED", "", nullptr};
        QHash<qint64, QVector<E>> byPerson;
        QSqlQuery insert(t.db->sql());
        insert.prepare(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, "
                                      "scheduled, outcome, source) VALUES (?, ?, ?, ?, 'CID')"));
        int n = 0;
        for (qint64 id = 1; id <= 60; ++id) {
            const int events = rng.bounded(12);
            for (int i = 0; i < events; ++i) {
                const QString when =
                    QDate(2026, 2, 1).addDays(rng.bounded(50)).toString(Qt::ISODate) +
                    QStringLiteral("T1%1:00").arg(rng.bounded(2));
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
        }
        QSqlQuery q(t.db->sql());
        QVERIFY(q.prepare(QStringLiteral("SELECT id, %1 FROM person ORDER BY id")
                              .arg(BreachRules::consecutiveCountSql(QStringLiteral("person.id")))));
        q.addBindValue(BreachRules::asOfBound(AsOf));
        q.addBindValue(BreachRules::asOfBound(AsOf));
        QVERIFY(q.exec());
        int people_ = 0;
        int withRuns = 0;
        while (q.next()) {
            const int expected =
                BreachRules::consecutiveBreaches(byPerson.value(q.value(0).toLongLong()), AsOf);
            QCOMPARE(q.value(1).toInt(), expected);
            ++people_;
            withRuns += expected > 0;
        }
        QCOMPARE(people_, 60);
        QVERIFY(withRuns > 10); // the data exercised the rule
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
        QCOMPARE(L::isAbsconder(steps, AsOf), absconder);
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
            const QVariant none(QMetaType(QMetaType::QString));
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
            q.addBindValue(AsOf.toString(Qt::ISODate));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), absconder ? 1 : 0);
    }
};

QTEST_MAIN(TestBreachRules)
#include "tst_breachrules.moc"
