// ChangeWatcher (issue 8: open views pick up other people's changes): two connections to one
// database, a write on B seen by A's watcher with the person it is about; an opening is not a
// change; a change not about one person sets `others`; a failure is reported once and the
// watcher recovers. On PostgreSQL too when LODESTAR_TEST_POSTGRES names a server.
#include "db/session.h"
#include "db/transaction.h"
#include "store/allocationstore.h"
#include "store/auditstore.h"
#include "store/changewatcher.h"
#include "store/notestore.h"
#include "store/ownwrites.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QSignalSpy>

class TestChangeWatcher : public QObject
{
    Q_OBJECT

    // One database, the fixture's connection A and a second connection B to the same database.
    struct Fixture
    {
        TestDatabase t;
        std::shared_ptr<Database> b;
        qint64 first = 0;
        qint64 second = 0;
        Fixture()
        {
            QVERIFY(TestData::add(
                *t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ferreira"),
                                         QStringLiteral("Ana"), QString(), 12),
                        TestData::person(QStringLiteral("P2"), QStringLiteral("Osei"),
                                         QStringLiteral("Kwame"), QString(), 24)}));
            QSqlQuery q(t.db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM person ORDER BY person_ref")));
            QVERIFY(q.next());
            first = q.value(0).toLongLong();
            QVERIFY(q.next());
            second = q.value(0).toLongLong();
            auto opened = Database::open(t.path(), Database::Create::Never);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
            b = opened.value();
            Session::setUser(b->sql(), QStringLiteral("bwriter"));
        }
        ~Fixture()
        {
            if (b)
                Session::setUser(b->sql(), QString());
        }
        QSqlDatabase a() const { return t.db->sql(); }
    };

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_changewatcher")); }
    void startsFromTheNewestEntry();
    void writeOnOtherConnectionNamesThePerson();
    void openingIsNotAChange();
    void changeNotAboutOnePersonSetsOthers();
    void ownWritesAreNotSomeoneElses();
    void sameUserOnAnotherConnectionIsSomeoneElse();
    void rolledBackOwnEntryIsForgotten();
    void failureReportedOnceThenRecovers();
    void timerPolls();
};

void TestChangeWatcher::startsFromTheNewestEntry()
{
    Fixture f;
    QVERIFY(
        NoteStore(f.b->sql()).add(f.first, QStringLiteral("Before"), QStringLiteral("bwriter")));
    const auto latest = AuditStore(f.a()).latestId();
    QVERIFY(latest);
    QVERIFY(latest.value() > 0);
    ChangeWatcher watcher(f.a());
    QCOMPARE(watcher.lastSeenId(), latest.value());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.poll();
    QCOMPARE(changed.count(), 0); // what was there before it started is not news
}

void TestChangeWatcher::writeOnOtherConnectionNamesThePerson()
{
    Fixture f;
    ChangeWatcher watcher(f.a());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QVERIFY(NoteStore(f.b->sql())
                .add(f.second, QStringLiteral("Seen at the centre"), QStringLiteral("bwriter")));
    watcher.poll();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QSet<qint64>>(), QSet<qint64>({f.second}));
    QCOMPARE(changed.at(0).at(1).toBool(), false);
    QCOMPARE(watcher.lastChanges().size(), 1);
    QCOMPARE(watcher.lastChanges().first().actor, QStringLiteral("bwriter"));
    QCOMPARE(watcher.lastChanges().first().entity, QStringLiteral("note"));

    // Nothing new: no signal. Two people's changes in one tick: one signal naming both.
    watcher.poll();
    QCOMPARE(changed.count(), 1);
    QVERIFY(NoteStore(f.b->sql()).add(f.first, QStringLiteral("One"), QStringLiteral("bwriter")));
    QVERIFY(NoteStore(f.b->sql()).add(f.second, QStringLiteral("Two"), QStringLiteral("bwriter")));
    watcher.poll();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<QSet<qint64>>(), QSet<qint64>({f.first, f.second}));
    QCOMPARE(watcher.lastChanges().size(), 2);
}

void TestChangeWatcher::openingIsNotAChange()
{
    Fixture f;
    ChangeWatcher watcher(f.a());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QVERIFY(AuditStore(f.b->sql()).recordOpened(f.first));
    const auto latest = AuditStore(f.a()).latestId();
    QVERIFY(latest);
    watcher.poll();
    QCOMPARE(changed.count(), 0);
    // Skipped, not read again and again.
    QCOMPARE(watcher.lastSeenId(), latest.value());

    // An opening beside a change: only the change's person.
    QVERIFY(AuditStore(f.b->sql()).recordOpened(f.second));
    QVERIFY(NoteStore(f.b->sql())
                .add(f.first, QStringLiteral("After opening"), QStringLiteral("bwriter")));
    watcher.poll();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QSet<qint64>>(), QSet<qint64>({f.first}));
    QCOMPARE(watcher.lastChanges().size(), 1);
}

void TestChangeWatcher::changeNotAboutOnePersonSetsOthers()
{
    Fixture f;
    ChangeWatcher watcher(f.a());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    AppUser user;
    user.userName = QStringLiteral("rpatel");
    user.displayName = QStringLiteral("Ravi Patel");
    QVERIFY(UserStore(f.b->sql()).save(user, QStringLiteral("bwriter")));
    watcher.poll();
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<QSet<qint64>>().isEmpty());
    QCOMPARE(changed.at(0).at(1).toBool(), true);

    // Workload weights: the team's shared settings, not one person's.
    AllocationStore store(f.b->sql());
    const auto weights = store.weights();
    QVERIFY(weights);
    auto changedWeights = weights.value();
    changedWeights.byBand[1] += 1; // band 1 stays the heaviest
    QVERIFY(store.setWeights(changedWeights, store.weights().value().version));
    watcher.poll();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(1).toBool(), true);
}

void TestChangeWatcher::ownWritesAreNotSomeoneElses()
{
    // Issue 16: a note of one's own raised "changed by someone else". This connection's writes
    // come by ownChanged() only, however they interleave with another connection's.
    Fixture f;
    ChangeWatcher watcher(f.a());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSignalSpy own(&watcher, &ChangeWatcher::ownChanged);
    QVERIFY(NoteStore(f.a()).add(f.first, QStringLiteral("Mine"), QStringLiteral("me")));
    watcher.poll();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(own.count(), 1);
    QCOMPARE(own.at(0).at(0).value<QSet<qint64>>(), QSet<qint64>({f.first}));

    QVERIFY(NoteStore(f.a()).add(f.first, QStringLiteral("Mine again"), QStringLiteral("me")));
    QVERIFY(
        NoteStore(f.b->sql()).add(f.second, QStringLiteral("Theirs"), QStringLiteral("bwriter")));
    QVERIFY(NoteStore(f.a()).add(f.second, QStringLiteral("Mine too"), QStringLiteral("me")));
    watcher.poll();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QSet<qint64>>(), QSet<qint64>({f.second}));
    QCOMPARE(watcher.lastChanges().size(), 1);
    QCOMPARE(watcher.lastChanges().at(0).actor, QStringLiteral("bwriter"));
    QCOMPARE(own.count(), 2);
    QCOMPARE(own.at(1).at(0).value<QSet<qint64>>(), QSet<qint64>({f.first, f.second}));
    QCOMPARE(OwnWrites::pending(f.a().connectionName()), 0);
}

void TestChangeWatcher::sameUserOnAnotherConnectionIsSomeoneElse()
{
    // A second window of the same user writes on a connection of its own: its writes are news
    // to this one, as they change what this window shows.
    Fixture f;
    const QString me = Session::user(f.a());
    Session::setUser(f.b->sql(), me);
    ChangeWatcher watcher(f.a());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSignalSpy own(&watcher, &ChangeWatcher::ownChanged);
    QVERIFY(NoteStore(f.b->sql()).add(f.first, QStringLiteral("Other window"), me));
    watcher.poll();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(own.count(), 0);
}

void TestChangeWatcher::rolledBackOwnEntryIsForgotten()
{
    // An entry appended by a write that rolled back takes an id that another connection's
    // write then commits: that entry is someone else's, and the record of ours is dropped.
    Fixture f;
    ChangeWatcher watcher(f.a());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSignalSpy own(&watcher, &ChangeWatcher::ownChanged);
    {
        Transaction tx(f.a());
        QVERIFY(tx.isActive());
        QVERIFY(AuditStore(f.a()).appendInTransaction(QStringLiteral("update"),
                                                      QStringLiteral("person"), f.first, f.first,
                                                      QStringLiteral("{}"), QStringLiteral("{}")));
        QCOMPARE(OwnWrites::pending(f.a().connectionName()), 1);
        // Rolled back when it goes out of scope uncommitted.
    }
    QVERIFY(
        NoteStore(f.b->sql()).add(f.second, QStringLiteral("Theirs"), QStringLiteral("bwriter")));
    watcher.poll();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(own.count(), 0);
    QCOMPARE(OwnWrites::pending(f.a().connectionName()), 0);
}

void TestChangeWatcher::failureReportedOnceThenRecovers()
{
    Fixture f;
    QSqlDatabase a = f.a();
    ChangeWatcher watcher(a);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSignalSpy failed(&watcher, &ChangeWatcher::failed);
    QSignalSpy recovered(&watcher, &ChangeWatcher::recovered);
    // The connection gone (as a server that went away): one message, however many polls.
    a.close();
    watcher.poll();
    watcher.poll();
    watcher.poll();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(recovered.count(), 0);
    QVERIFY(NoteStore(f.b->sql())
                .add(f.second, QStringLiteral("While away"), QStringLiteral("bwriter")));
    QVERIFY(a.open());
    watcher.poll();
    QCOMPARE(recovered.count(), 1);
    // What was written meanwhile is reported once the log is readable again.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QSet<qint64>>(), QSet<qint64>({f.second}));
    // Failing again later is reported again, once.
    a.close();
    watcher.poll();
    watcher.poll();
    QCOMPARE(failed.count(), 2);
    QVERIFY(a.open());
}

void TestChangeWatcher::timerPolls()
{
    Fixture f;
    ChangeWatcher watcher(f.a());
    QCOMPARE(watcher.interval(), ChangeWatcher::DefaultIntervalMs);
    QVERIFY(watcher.isActive());
    watcher.setInterval(20);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QVERIFY(NoteStore(f.b->sql()).add(f.first, QStringLiteral("Timed"), QStringLiteral("bwriter")));
    QTRY_COMPARE(changed.count(), 1);
    // Stopped: nothing more until started again.
    watcher.stop();
    QVERIFY(
        NoteStore(f.b->sql()).add(f.first, QStringLiteral("Paused"), QStringLiteral("bwriter")));
    QTest::qWait(100);
    QCOMPARE(changed.count(), 1);
    watcher.start();
    QTRY_COMPARE(changed.count(), 2);
}

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
