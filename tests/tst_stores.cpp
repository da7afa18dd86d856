// Round trips through the stores, and the guarantees every write keeps: one transaction,
// nothing lost, bad input refused.
#include "db/session.h"
#include "store/bandoverridestore.h"
#include "store/notestore.h"
#include "store/personstore.h"
#include "store/rowreader.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

class TestStores : public QObject
{
    Q_OBJECT

    static int countRows(Database &db, const QString &table)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    // RowReader (SQLite's own statement there, QSqlQuery on PostgreSQL) reads what QSqlQuery
    // reads: texts in any script, empty and NULL, integers; and a bad statement is an error.
    void rowReaderReadsWhatQSqlQueryReads()
    {
        TestDatabase t;
        QVector<PersonStore::NewPerson> people{
            TestData::person(QStringLiteral("P0000001"), QStringLiteral("García"),
                             QStringLiteral("José Luis"), QStringLiteral("1"), 30),
            TestData::person(QStringLiteral("P0000002"), QStringLiteral("Nguyễn"), QString(),
                             QStringLiteral("0"), std::nullopt),
            TestData::person(QStringLiteral("P0000003"), QStringLiteral("王 𠀋"),
                             QStringLiteral("x"), QStringLiteral("2"), 0)};
        people[1].details.nationality.clear();
        people[2].details.dateOfBirth = QStringLiteral("1970-01-01");
        QVERIFY(TestData::add(*t.db, people));

        const QString sql = QStringLiteral(
            "SELECT p.person_ref, p.id, p.family_name, p.given_names, p.date_of_birth, "
            "p.nationality, c.sentence_months FROM person p JOIN cid_case c ON c.person_id = p.id "
            "ORDER BY p.id, c.id");
        QSqlQuery expected(t.db->sql());
        QVERIFY(expected.exec(sql));
        RowReader row(t.db->sql());
        QVERIFY(row.exec(sql, QStringLiteral("unused")));
        int rows = 0;
        while (row.next()) {
            QVERIFY(expected.next());
            ++rows;
            for (int i = 0; i < 7; ++i) {
                const QVariant v = expected.value(i);
                QCOMPARE(row.text(i).toString(), v.isNull() ? QString() : v.toString());
                QCOMPARE(row.isNull(i), expected.value(i).isNull());
            }
            for (const int i : {1, 6}) // the integer columns
                QCOMPARE(row.integer(i), expected.value(i).toLongLong());
        }
        QVERIFY(row.status());
        QVERIFY(!expected.next());
        QCOMPARE(rows, 3);

        QVERIFY(row.exec(QStringLiteral("SELECT person_ref FROM person WHERE id < 0"),
                         QStringLiteral("unused")));
        QVERIFY(!row.next());
        QVERIFY(row.status());

        // Bound values, in order, of each kind a condition binds.
        QVERIFY(row.exec(
            QStringLiteral("SELECT person_ref FROM person WHERE id > ? AND "
                           "family_name <> ? AND COALESCE(date_of_birth, '') < ? ORDER BY id"),
            {1, QStringLiteral("王 𠀋"), QStringLiteral("1990-01-01")}, QStringLiteral("unused")));
        QVERIFY(row.next());
        QCOMPARE(row.text(0).toString(), QStringLiteral("P0000002"));
        QVERIFY(!row.next());
        QVERIFY(row.status());
        // Values that do not match the placeholders are an error, not a guess.
        QVERIFY(!row.exec(QStringLiteral("SELECT person_ref FROM person WHERE id > ?"), {},
                          QStringLiteral("unused")));
        QVERIFY(!row.next());

        const Status bad = row.exec(QStringLiteral("SELECT no_such_column FROM person"),
                                    QStringLiteral("Could not read the people"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("Could not read the people"));
        QVERIFY(!bad.error().detail.isEmpty());
        QVERIFY(!row.next());
        QVERIFY(!row.status());
    }

    void personRoundTrip()
    {
        TestDatabase t;
        PersonStore::NewPerson p = TestData::person(
            QStringLiteral("P0412345"), QStringLiteral("García"), QStringLiteral("José Luis"),
            QStringLiteral("1"), 30, {QStringLiteral("ASYLUM")}, QStringLiteral("CC Liverpool"));
        p.details.dateOfBirth = QStringLiteral("1988-02-28");
        p.details.gender = QStringLiteral("M");
        p.details.addressStatus = QStringLiteral("NFA");
        p.cases[0].harm = QStringLiteral("B");
        p.cases[0].offence = QStringLiteral("=cmd|' /C calc'!A0"); // formula-looking text is data
        p.cases[0].flags = QStringLiteral("NEXUS_HH;EM");
        p.cases[0].reportingWindow = QStringLiteral("10:00-11:00");
        QVERIFY(TestData::add(*t.db, {p}));

        PersonStore store(t.db->sql());
        const auto found = store.findByRef(QStringLiteral("P0412345"));
        QVERIFY(found && found.value());
        const PersonRecord &r = *found.value();
        QCOMPARE(r.details.familyName, QStringLiteral("García"));
        QCOMPARE(r.details.givenNames, QStringLiteral("José Luis"));
        QCOMPARE(r.details.dateOfBirth, QStringLiteral("1988-02-28"));
        QCOMPARE(r.details.nationality, QStringLiteral("JAM"));
        QCOMPARE(r.owningUnit, QStringLiteral("CC Liverpool"));
        QCOMPARE(r.caseOwner, QStringLiteral("sokafor"));
        QCOMPARE(r.custody, QStringLiteral("NON_DETAINED"));
        QCOMPARE(r.risk.mappaLevel, QStringLiteral("1"));
        QCOMPARE(r.risk.harm, QStringLiteral("B"));
        QCOMPARE(r.risk.sentenceMonths.value_or(-1), 30);
        QCOMPARE(r.flags, QStringLiteral("NEXUS_HH EM NFA"));
        QCOMPARE(r.openBarriers, 1);
        QCOMPARE(r.bandComputed.value_or(0), 2);
        QCOMPARE(r.band.value_or(0), 2);
        QCOMPARE(r.bandRule, BandRule::Mappa1);
        QVERIFY(!r.bandProvisional);
        QVERIFY(!r.createdAt.isEmpty());

        const auto cases = store.cases(r.id);
        QVERIFY(cases);
        QCOMPARE(cases.value().size(), 2);
        QCOMPARE(cases.value()[0].caseRef, QStringLiteral("CC/P0412345/1"));
        QCOMPARE(cases.value()[0].offence, QStringLiteral("=cmd|' /C calc'!A0"));
        QCOMPARE(cases.value()[0].personRef, QStringLiteral("P0412345"));
        QCOMPARE(cases.value()[1].caseType, QStringLiteral("ASYLUM"));
        QVERIFY(!cases.value()[1].sentenceMonths.has_value());

        const auto missing = store.findByRef(QStringLiteral("P9999999"));
        QVERIFY(missing && !missing.value());
    }

    void addPeopleIsAllOrNothing()
    {
        TestDatabase t;
        QVector<PersonStore::NewPerson> people{
            TestData::person(QStringLiteral("P1"), QStringLiteral("A"), QString(),
                             QStringLiteral("0"), 12),
            TestData::person(QStringLiteral("P2"), QStringLiteral("B"), QString(),
                             QStringLiteral("0"), 12),
            TestData::person(QStringLiteral("P1"), QStringLiteral("C"), QString(),
                             QStringLiteral("0"), 12)};
        people[2].cases[0].caseRef = QStringLiteral("other");
        const Status s = TestData::add(*t.db, people);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("P1")));
        QCOMPARE(countRows(*t.db, QStringLiteral("person")), 0);
        QCOMPARE(countRows(*t.db, QStringLiteral("cid_case")), 0);
    }

    void addPeopleCancels()
    {
        TestDatabase t;
        int n = 0;
        const Status s =
            PersonStore(t.db->sql())
                .addPeople(
                    [&](PersonStore::NewPerson &out) {
                        out = TestData::person(QStringLiteral("P%1").arg(n), QStringLiteral("X"),
                                               QString(), QStringLiteral("0"), 1);
                        return ++n <= 50;
                    },
                    [](int written) { return written < 20; }, 10);
        QVERIFY(!s);
        QCOMPARE(countRows(*t.db, QStringLiteral("person")), 0);
    }

    void refreshDerivedFollowsCases()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("A"),
                                                       QString(), QStringLiteral("0"), 12,
                                                       {QStringLiteral("JUDICIAL_REVIEW")})}));
        PersonStore store(t.db->sql());
        auto r = store.findByRef(QStringLiteral("P1"));
        QCOMPARE(r.value()->band.value_or(0), 4);
        // CID closes the judicial review: the barrier goes and the band follows.
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE cid_case SET case_status = 'CLOSED' "
                                      "WHERE case_type = 'JUDICIAL_REVIEW'")));
        QVERIFY(store.refreshDerived(r.value()->id));
        r = store.findByRef(QStringLiteral("P1"));
        QCOMPARE(r.value()->openBarriers, 0);
        QCOMPARE(r.value()->band.value_or(0), 3);
        QCOMPARE(r.value()->bandRule, BandRule::NoMappaNoBarrier);
    }

    void notesKeepEveryText()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("A"),
                                                       QString(), QStringLiteral("0"), 12)}));
        const qint64 person = PersonStore(t.db->sql()).findByRef(QStringLiteral("P1")).value()->id;
        NoteStore notes(t.db->sql());
        QVERIFY(!notes.add(person, QStringLiteral("   "), QStringLiteral("sokafor")));
        const auto id =
            notes.add(person, QStringLiteral("Phoned; no answer."), QStringLiteral("sokafor"));
        QVERIFY(id);
        QVERIFY(notes.add(person, QStringLiteral("Second note"), QStringLiteral("jmensah")));

        // The refusal names whoever the audit trail says made the change: the session's user.
        Session::setUser(t.db->sql(), QStringLiteral("jmensah"));
        QVERIFY(notes.edit(id.value(), QStringLiteral("Phoned twice; no answer."),
                           QStringLiteral("jmensah"), 1));
        // A stale editor (still at revision 1) is refused, not allowed to overwrite.
        const Status stale =
            notes.edit(id.value(), QStringLiteral("Overwrite"), QStringLiteral("x"), 1);
        QVERIFY(!stale);
        QVERIFY(stale.error().message.contains(QStringLiteral("jmensah")));

        const auto list = notes.notes(person);
        QVERIFY(list);
        QCOMPARE(list.value().size(), 2);
        const auto edited = std::find_if(list.value().begin(), list.value().end(),
                                         [&](const Note &n) { return n.id == id.value(); });
        QVERIFY(edited != list.value().end());
        QCOMPARE(edited->body, QStringLiteral("Phoned twice; no answer."));
        QCOMPARE(edited->revision, 2);
        QCOMPARE(edited->createdBy, QStringLiteral("sokafor"));
        QCOMPARE(edited->updatedBy, QStringLiteral("jmensah"));
        QVERIFY(edited->wasEdited());

        const auto revisions = notes.revisions(id.value());
        QVERIFY(revisions);
        QCOMPARE(revisions.value().size(), 2);
        QCOMPARE(revisions.value()[0].body, QStringLiteral("Phoned; no answer."));
        QCOMPARE(revisions.value()[0].writtenBy, QStringLiteral("sokafor"));
        QCOMPARE(revisions.value()[1].body, QStringLiteral("Phoned twice; no answer."));
    }

    void bandOverrideKeepsHistory()
    {
        TestDatabase t;
        QVERIFY(TestData::add(
            *t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("A"), QString(),
                                     QStringLiteral("0"), 12),
                    TestData::person(QStringLiteral("P2"), QStringLiteral("B"), QString(),
                                     QStringLiteral("3"), 12, {}, QStringLiteral("CC Croydon"),
                                     QString(), QStringLiteral("DETAINED"))}));
        PersonStore people(t.db->sql());
        const qint64 p1 = people.findByRef(QStringLiteral("P1")).value()->id;
        const qint64 p2 = people.findByRef(QStringLiteral("P2")).value()->id;
        BandOverrideStore overrides(t.db->sql());

        QVERIFY(!overrides.setOverride(p1, 1, QStringLiteral(" "), QStringLiteral("tl"),
                                       TestData::personVersion(t.db->sql(), p1)));
        QVERIFY(!overrides.setOverride(p1, 5, QStringLiteral("why"), QStringLiteral("tl"),
                                       TestData::personVersion(t.db->sql(), p1)));
        QVERIFY(!overrides.setOverride(p1, std::nullopt, QStringLiteral("nothing to withdraw"),
                                       QStringLiteral("tl"),
                                       TestData::personVersion(t.db->sql(), p1)));
        QVERIFY(!overrides.setOverride(p2, 1, QStringLiteral("detained"), QStringLiteral("tl"),
                                       TestData::personVersion(t.db->sql(), p2)));

        QVERIFY(overrides.setOverride(p1, 1, QStringLiteral("Police intelligence of threats"),
                                      QStringLiteral("tleader"),
                                      TestData::personVersion(t.db->sql(), p1)));
        auto r = people.findById(p1).value();
        QCOMPARE(r->bandComputed.value_or(0), 3);
        QCOMPARE(r->bandOverride.value_or(0), 1);
        QCOMPARE(r->band.value_or(0), 1);

        // Recomputing from cases keeps the override in force.
        QVERIFY(people.refreshDerived(p1));
        QCOMPARE(people.findById(p1).value()->band.value_or(0), 1);

        QVERIFY(overrides.setOverride(p1, std::nullopt, QStringLiteral("Intelligence withdrawn"),
                                      QStringLiteral("tleader"),
                                      TestData::personVersion(t.db->sql(), p1)));
        r = people.findById(p1).value();
        QVERIFY(!r->bandOverride);
        QCOMPARE(r->band.value_or(0), 3);

        const auto history = overrides.history(p1);
        QVERIFY(history);
        QCOMPARE(history.value().size(), 2);
        QVERIFY(!history.value()[0].band); // newest first: the withdrawal
        QCOMPARE(history.value()[1].band.value_or(0), 1);
        QCOMPARE(history.value()[1].reason, QStringLiteral("Police intelligence of threats"));
        QCOMPARE(history.value()[1].setBy, QStringLiteral("tleader"));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
