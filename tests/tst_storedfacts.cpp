// What the figures read off the person row (migration 21: the run of breaches and the first
// blank outcome, the review dates, two facts of the criminal cases; migration 26: the last
// action by a person and the last due event; migration 27: the next diary date) is derived from
// other tables, so every write to those tables must keep it. After each kind of write made in
// Lodestar (people added, reporting events recorded and excused, reviews, allocations,
// barriers) and after migration 21 itself, the stored columns are what their definitions say
// of the records held (TestData::staleStoredFacts), on SQLite and on PostgreSQL. The CID import
// has its own in tst_cidimporter, the demo in tst_demo and tst_postgres.
#include "db/migrations.h"
#include "store/allocationstore.h"
#include "store/barrierstore.h"
#include "store/reportingstore.h"
#include "store/reviewstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestStoredFacts : public QObject
{
    Q_OBJECT

    // The stored columns of migration 21, person by person: what a test compares before and
    // after, and checks are not all empty (a check of NULL against NULL proves nothing).
    static const QStringList &columns()
    {
        static const QStringList c{QStringLiteral("reporting_completed_last"),
                                   QStringLiteral("reporting_run_first"),
                                   QStringLiteral("reporting_blank_first"),
                                   QStringLiteral("review_base"),
                                   QStringLiteral("review_set_next"),
                                   QStringLiteral("ownership_unclear"),
                                   QStringLiteral("undecided_sentence_end"),
                                   QStringLiteral("last_action_at"),
                                   QStringLiteral("reporting_due_last"),
                                   QStringLiteral("reporting_due_outcome"),
                                   QStringLiteral("diary_next")};
        return c;
    }

    static QHash<QString, QStringList> stored(QSqlDatabase db)
    {
        QSqlQuery q(db);
        QHash<QString, QStringList> out;
        if (!q.exec(QStringLiteral("SELECT person_ref, %1 FROM person")
                        .arg(columns().join(QStringLiteral(", ")))))
            return out;
        while (q.next()) {
            QStringList values;
            for (int i = 1; i <= columns().size(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out.insert(q.value(0).toString(), values);
        }
        return out;
    }

    static QString storedOf(QSqlDatabase db, const QString &ref, const QString &column)
    {
        const QStringList values = stored(db).value(ref);
        const int i = int(columns().indexOf(column));
        return i < 0 || i >= values.size() ? QStringLiteral("?") : values.at(i);
    }

    static qint64 idOf(QSqlDatabase db, const QString &ref)
    {
        auto p = PersonStore(db).findByRef(ref);
        return p && p.value() ? p.value()->id : 0;
    }

    static Result<qint64> record(QSqlDatabase db, qint64 personId, const QDateTime &when,
                                 const QString &outcome)
    {
        ReportingEvent e;
        e.personId = personId;
        e.scheduled = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        e.centre = QStringLiteral("Becket House");
        e.outcome = outcome;
        if (outcome == QLatin1String("EXCUSED"))
            e.excuseReason = QStringLiteral("illness");
        return ReportingStore(db).record(e, QStringLiteral("tester"));
    }

    static Review review(qint64 personId, const QDate &on)
    {
        Review r;
        r.personId = personId;
        r.reviewedOn = on;
        r.reviewer = QStringLiteral("sokafor");
        r.barriersChecked = r.complianceChecked = true;
        r.nextReviewOn = on.addMonths(2);
        return r;
    }

    // Three people: P1's only criminal case has no clear owning unit; P2's sentence of 24
    // months ended with no deportation decision; P3 has neither.
    static Status addPeople(Database &db)
    {
        auto p1 =
            TestData::person(QStringLiteral("P1"), QStringLiteral("Adams"), QStringLiteral("Ann"),
                             QString(), 24, {}, QStringLiteral("NO UNIT"));
        auto p2 = TestData::person(QStringLiteral("P2"), QStringLiteral("Baker"),
                                   QStringLiteral("Bo"), QString(), 24);
        p2.cases[0].sentenceEnd = QStringLiteral("2024-05-01");
        p2.cases[0].deportationDecision = QStringLiteral("PENDING");
        auto p3 = TestData::person(QStringLiteral("P3"), QStringLiteral("Clarke"),
                                   QStringLiteral("Cy"), QString(), 6);
        p3.cases[0].sentenceEnd = QStringLiteral("2024-05-01");
        return TestData::add(db, {p1, p2, p3});
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_storedfacts")); }

    // Each of Lodestar's own writes, one after the other on one database, and the stored
    // columns checked against their definitions after every one.
    void everyWriteKeepsTheStoredFacts()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        QVERIFY(addPeople(*t.db));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        QCOMPARE(storedOf(db, QStringLiteral("P1"), QStringLiteral("ownership_unclear")),
                 QStringLiteral("1"));
        QCOMPARE(storedOf(db, QStringLiteral("P2"), QStringLiteral("undecided_sentence_end")),
                 QStringLiteral("2024-05-01"));
        const qint64 p1 = idOf(db, QStringLiteral("P1"));
        const qint64 p2 = idOf(db, QStringLiteral("P2"));
        const qint64 p3 = idOf(db, QStringLiteral("P3"));
        QVERIFY(p1 > 0 && p2 > 0 && p3 > 0);

        // Reporting events recorded out of order: a run, ended by a COMPLETED, a new run with a
        // blank in it, an earlier COMPLETED that ends nothing, an excused one and one pending.
        const QDateTime first(QDate::currentDate().addDays(-40), QTime(10, 0));
        const struct
        {
            int days;
            const char *outcome;
        } events[] = {{0, "NO_SHOW"},   {7, ""},         {14, "COMPLETED"},
                      {28, "NO_SHOW"},  {21, "EXCUSED"}, {35, ""},
                      {3, "COMPLETED"}, {60, ""},        {42, "NO_SHOW"}};
        qint64 excused = 0;
        for (const auto &e : events) {
            const Result<qint64> id =
                record(db, p1, first.addDays(e.days), QLatin1String(e.outcome));
            QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
            if (QLatin1String(e.outcome) == QLatin1String("EXCUSED"))
                excused = id.value();
            QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        }
        const QString at = QStringLiteral("yyyy-MM-ddTHH:mm");
        QCOMPARE(storedOf(db, QStringLiteral("P1"), QStringLiteral("reporting_completed_last")),
                 first.addDays(14).toString(at));
        QCOMPARE(storedOf(db, QStringLiteral("P1"), QStringLiteral("reporting_run_first")),
                 first.addDays(28).toString(at));
        QCOMPARE(storedOf(db, QStringLiteral("P1"), QStringLiteral("reporting_blank_first")),
                 first.addDays(7).toString(at));
        // The excuse's reason, later: the event's outcome and day stay as they were.
        auto held = ReportingStore(db).forPerson(p1);
        QVERIFY(held);
        int version = -1;
        for (const ReportingEvent &e : held.value())
            if (e.id == excused)
                version = e.version;
        QVERIFY(version >= 0);
        QVERIFY(ReportingStore(db).setExcuse(excused, QStringLiteral("court"), QString(),
                                             QStringLiteral("tester"), version));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());

        // Reviews: the latest review's day and the next review it set.
        const QDate today = QDate::currentDate();
        QVERIFY(ReviewStore(db).save(review(p1, today.addDays(-20)), QStringLiteral("sokafor")));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        QVERIFY(ReviewStore(db).save(review(p1, today.addDays(-30)), QStringLiteral("sokafor")));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        QCOMPARE(storedOf(db, QStringLiteral("P1"), QStringLiteral("review_base")),
                 today.addDays(-20).toString(Qt::ISODate));

        // Allocations: the first one's day is the base of a person never reviewed, until a
        // review; a later allocation moves nothing.
        auto moved = AllocationStore(db).allocate({p2, p3}, QStringLiteral("jdoe"), QString(),
                                                  today.addDays(-10), QStringLiteral("lead"),
                                                  TestData::personVersions(db, {p2, p3}));
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        moved = AllocationStore(db).allocate({p2}, QStringLiteral("sokafor"), QString(),
                                             today.addDays(-2), QStringLiteral("lead"),
                                             TestData::personVersions(db, {p2}));
        QVERIFY(moved);
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        QCOMPARE(storedOf(db, QStringLiteral("P2"), QStringLiteral("review_base")),
                 today.addDays(-10).toString(Qt::ISODate));
        QVERIFY(ReviewStore(db).save(review(p2, today.addDays(-1)), QStringLiteral("sokafor")));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        QCOMPARE(storedOf(db, QStringLiteral("P2"), QStringLiteral("review_base")),
                 today.addDays(-1).toString(Qt::ISODate));

        // Barriers recorded, cleared and reopened recompute the person's derived columns.
        Barrier b;
        b.personId = p3;
        b.type = QStringLiteral("asylum");
        b.raisedOn = today.addDays(-3);
        auto barrier = BarrierStore(db).add(b, QStringLiteral("tester"));
        QVERIFY2(barrier, qPrintable(barrier ? QString() : barrier.error().toString()));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        const auto versionOf = [&](qint64 id) {
            auto all = BarrierStore(db).forPerson(p3);
            if (all)
                for (const Barrier &x : all.value())
                    if (x.id == id)
                        return x.version;
            return -1;
        };
        QVERIFY(BarrierStore(db).clear(p3, barrier.value(), today, QStringLiteral("resolved"),
                                       QString(), QStringLiteral("tester"),
                                       versionOf(barrier.value())));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
        QVERIFY(BarrierStore(db).reopen(p3, barrier.value(), QStringLiteral("tester"),
                                        versionOf(barrier.value())));
        QCOMPARE(TestData::staleStoredFacts(db), QStringList());
    }

    // Migration 21 fills the columns from the records of a database of schema 20: exactly what
    // Lodestar's writes had kept in them.
    void migrationFillsWhatTheWritesKeep()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        QVERIFY(addPeople(*t.db));
        const qint64 p1 = idOf(db, QStringLiteral("P1"));
        const qint64 p2 = idOf(db, QStringLiteral("P2"));
        const QDateTime first(QDate::currentDate().addDays(-40), QTime(10, 0));
        for (const auto &[days, outcome] :
             {std::pair{0, "COMPLETED"}, {7, "NO_SHOW"}, {14, ""}, {28, "COMPLETED"}, {35, ""}})
            QVERIFY(record(db, p1, first.addDays(days), QLatin1String(outcome)));
        QVERIFY(record(db, p2, first, QStringLiteral("NO_SHOW")));
        const QDate today = QDate::currentDate();
        QVERIFY(ReviewStore(db).save(review(p1, today.addDays(-5)), QStringLiteral("sokafor")));
        QVERIFY(AllocationStore(db).allocate({p2}, QStringLiteral("jdoe"), QString(),
                                             today.addDays(-7), QStringLiteral("lead"),
                                             TestData::personVersions(db, {p2})));
        const QHash<QString, QStringList> kept = stored(db);
        QCOMPARE(kept.size(), 3);
        // Every column holds something for someone, so that the comparison below says more
        // than that NULL is NULL.
        for (int i = 0; i < columns().size(); ++i) {
            bool some = false;
            for (const QStringList &values : kept)
                some = some || (values.at(i) != QLatin1String("NULL") &&
                                values.at(i) != QLatin1String("0"));
            QVERIFY2(some, qPrintable(columns().at(i)));
        }

        // Back to schema 20, and opened again: migration 21 runs.
        {
            QSqlQuery q(db);
            for (const QString &undo : TestData::undoMigrationsFrom21())
                QVERIFY2(q.exec(undo), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("UPDATE lodestar_meta SET value = '20' WHERE key = "
                                          "'schema_version'")));
        }
        const QString path = t.path();
        db = QSqlDatabase();
        t.db.reset();
        auto reopened = Database::open(path, Database::Create::Never);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
        t.db = reopened.value();
        QCOMPARE(t.db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(TestData::staleStoredFacts(t.db->sql()), QStringList());
        QCOMPARE(stored(t.db->sql()), kept);
    }
};

QTEST_GUILESS_MAIN(TestStoredFacts)
#include "tst_storedfacts.moc"
