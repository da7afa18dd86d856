// Team leaders' quality checks (issue 6): the note QA sample is reproducible and kept to its
// period and author, marking follows its rules and the rates add up, each clean-up rule
// catches exactly the person who breaks it, the list agrees with the figures, the models pass
// QAbstractItemModelTester, and the two views work by keyboard and mouse.
#include "db/transaction.h"
#include "domain/dataqualityrules.h"
#include "figures/figures.h"
#include "itemmodels/dataqualitymodel.h"
#include "itemmodels/notesmodel.h"
#include "itemmodels/qaratesmodel.h"
#include "itemmodels/qasamplemodel.h"
#include "itemmodels/roles.h"
#include "lists/dataqualityview.h"
#include "lists/noteqaview.h"
#include "person/notedelegate.h"
#include "store/bandoverridestore.h"
#include "store/dataqualitystore.h"
#include "store/noteqastore.h"
#include "store/notestore.h"
#include "store/reportingstore.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

using Issue = DataQualityRules::Issue;

class TestQualityChecks : public QObject
{
    Q_OBJECT

    const QDate m_today = QDate::currentDate();
    const QString m_leader = QStringLiteral("tlead");

    static qint64 personId(Database &db, const QString &ref)
    {
        return PersonStore(db.sql()).findByRef(ref).value()->id;
    }
    // A note by `author` written `daysAgo` days ago.
    static qint64 note(Database &db, qint64 person, const QString &author, int daysAgo,
                       const QString &body = QStringLiteral("Reported on time.\nNo concerns."))
    {
        const qint64 id = NoteStore(db.sql()).add(person, body, author).value();
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE note SET created_at = ? WHERE id = ?"));
        q.addBindValue(QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(10, 0), Qt::UTC)
                           .toString(Qt::ISODate));
        q.addBindValue(id);
        if (!q.exec())
            qFatal("note date");
        return id;
    }
    static void user(Database &db, const QString &name, const QString &team,
                     const QString &role = QStringLiteral("caseworker"))
    {
        AppUser u;
        u.userName = name;
        u.displayName = name.toUpper();
        u.team = team;
        u.role = role;
        const Status s = UserStore(db.sql()).save(u, QStringLiteral("admin"));
        if (!s)
            qFatal("user: %s", qPrintable(s.error().toString()));
    }
    static QVector<qint64> noteIds(Database &db, qint64 sample)
    {
        QVector<qint64> out;
        const auto items = NoteQaStore(db.sql()).items(sample);
        for (const NoteQaStore::Item &i : items.value())
            out << i.noteId;
        return out;
    }

    // People sokafor's team writes about; users alice and bob (North), carol (South) and the
    // team leader; alice 30 notes in the last 3 months and 3 older, bob 5, carol 4, the
    // leader 1.
    struct NotesFixture
    {
        TestDatabase t;
        qint64 person = 0;
        QSet<qint64> aliceInPeriod, northInPeriod;
        qint64 leaderNote = 0;
    };
    static void fillNotes(NotesFixture &f)
    {
        QVERIFY(TestData::add(*f.t.db,
                              {TestData::person(QStringLiteral("P1"), QStringLiteral("Diaz"),
                                                QStringLiteral("Ana"), QStringLiteral("1"), 24)}));
        f.person = personId(*f.t.db, QStringLiteral("P1"));
        user(*f.t.db, QStringLiteral("alice"), QStringLiteral("North"));
        user(*f.t.db, QStringLiteral("bob"), QStringLiteral("North"));
        user(*f.t.db, QStringLiteral("carol"), QStringLiteral("South"));
        user(*f.t.db, QStringLiteral("tlead"), QStringLiteral("North"),
             QStringLiteral("team_leader"));
        for (int i = 0; i < 30; ++i) {
            const qint64 id = note(*f.t.db, f.person, QStringLiteral("alice"), 1 + i * 2);
            f.aliceInPeriod << id;
            f.northInPeriod << id;
        }
        for (int i = 0; i < 3; ++i)
            note(*f.t.db, f.person, QStringLiteral("alice"), 120 + i);
        for (int i = 0; i < 5; ++i)
            f.northInPeriod << note(*f.t.db, f.person, QStringLiteral("bob"), 3 + i);
        for (int i = 0; i < 4; ++i)
            note(*f.t.db, f.person, QStringLiteral("carol"), 3 + i);
        f.leaderNote = note(*f.t.db, f.person, QStringLiteral("tlead"), 2);
        f.northInPeriod << f.leaderNote;
    }
    NoteQaStore::Request request(const QString &caseworker, const QString &team = {}) const
    {
        NoteQaStore::Request r;
        r.size = 10;
        r.from = m_today.addMonths(-3);
        r.to = m_today;
        r.caseworker = caseworker;
        r.team = team;
        r.seed = 20260301;
        return r;
    }

    // One person per clean-up rule, each breaking that rule only, and two that break none.
    static void fillCleanUp(Database &db)
    {
        const auto clean = [](const QString &ref, const QString &family) {
            PersonStore::NewPerson p =
                TestData::person(ref, family, QStringLiteral("Test"), QString(), 12);
            p.cases[0].reportingWindow = QStringLiteral("10:00-11:00");
            return p;
        };
        PersonStore::NewPerson unclear =
            clean(QStringLiteral("UNCLEAR"), QStringLiteral("Unclear"));
        unclear.cases[0].owningUnit = QStringLiteral("NO UNIT");
        PersonStore::NewPerson noOwner =
            clean(QStringLiteral("NOOWNER"), QStringLiteral("Noowner"));
        noOwner.cases[0].caseOwner.clear();
        PersonStore::NewPerson noWindow =
            clean(QStringLiteral("NOWINDOW"), QStringLiteral("Nowindow"));
        noWindow.cases[0].reportingWindow.clear();
        PersonStore::NewPerson longWindow =
            clean(QStringLiteral("LONGWIN"), QStringLiteral("Longwindow"));
        longWindow.cases[0].reportingWindow = QStringLiteral("09:00-12:00");
        // Detained people have no reporting window to fix: neither rule applies.
        PersonStore::NewPerson detained = clean(QStringLiteral("DETAINED"), QStringLiteral("Held"));
        detained.cases[0].reportingWindow = QStringLiteral("09:00-17:00");
        detained.cases[0].custody = QStringLiteral("DETAINED");
        QVERIFY(TestData::add(db, {clean(QStringLiteral("CLEAN"), QStringLiteral("Clean")), unclear,
                                   noOwner, noWindow, longWindow, detained,
                                   clean(QStringLiteral("OVERRIDE"), QStringLiteral("Override")),
                                   clean(QStringLiteral("REASONED"), QStringLiteral("Reasoned")),
                                   clean(QStringLiteral("BLANK"), QStringLiteral("Blank"))}));
        BandOverrideStore overrides(db.sql());
        QVERIFY(overrides.setOverride(
            personId(db, QStringLiteral("OVERRIDE")), 1, QStringLiteral("to be blanked"),
            QStringLiteral("tlead"),
            TestData::personVersion(db.sql(), personId(db, QStringLiteral("OVERRIDE")))));
        QVERIFY(overrides.setOverride(
            personId(db, QStringLiteral("REASONED")), 1,
            QStringLiteral("Intelligence of reoffending"), QStringLiteral("tlead"),
            TestData::personVersion(db.sql(), personId(db, QStringLiteral("REASONED")))));
        // The store refuses a blank reason; older data has them (report 6.45).
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE band_override SET reason = '' WHERE person_id = ?"));
        q.addBindValue(personId(db, QStringLiteral("OVERRIDE")));
        QVERIFY(q.exec());
        // BLANK: an event last week with no outcome; CLEAN: one completed, and one next week
        // without an outcome, which is not due yet.
        Transaction tx(db.sql());
        ReportingStore reporting(db.sql());
        const auto event = [&](const QString &ref, int daysAgo, const QString &outcome) {
            ReportingEvent e;
            e.personId = personId(db, ref);
            e.eventRef = QStringLiteral("EV/%1/%2").arg(ref).arg(daysAgo);
            e.scheduled = QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(10, 0))
                              .toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
            e.centre = QStringLiteral("Leeds");
            e.outcome = outcome;
            e.source = QStringLiteral("CID");
            return reporting.queueInTransaction(e);
        };
        QVERIFY(event(QStringLiteral("BLANK"), 7, QString()));
        QVERIFY(event(QStringLiteral("BLANK"), 14, QString()));
        QVERIFY(event(QStringLiteral("CLEAN"), 7, QStringLiteral("COMPLETED")));
        QVERIFY(event(QStringLiteral("CLEAN"), -7, QString()));
        QVERIFY(reporting.flushInTransaction());
        // A bulk writer's part, as the demo's.
        QVERIFY(TestData::refreshReportingRuns(db.sql()));
        QVERIFY(tx.commit());
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_qualitychecks")); }

    void sampleIsReproducible()
    {
        NotesFixture f;
        fillNotes(f);
        if (QTest::currentTestFailed())
            return;
        NoteQaStore store(f.t.db->sql());
        const auto first = store.draw(request(QStringLiteral("alice")), m_leader);
        QVERIFY2(first, qPrintable(first.status().error().toString()));
        const auto again = store.draw(request(QStringLiteral("alice")), m_leader);
        QVERIFY(again);
        const QVector<qint64> a = noteIds(*f.t.db, first.value());
        QCOMPARE(a.size(), 10);
        QCOMPARE(noteIds(*f.t.db, again.value()), a);
        // Only alice's notes of the period.
        for (const qint64 id : a)
            QVERIFY(f.aliceInPeriod.contains(id));
        // Another seed, another sample (10 of 30: the same one by chance is 1 in 30 million).
        NoteQaStore::Request other = request(QStringLiteral("alice"));
        other.seed = 7;
        const QVector<qint64> b = noteIds(*f.t.db, store.draw(other, m_leader).value());
        QCOMPARE(b.size(), 10);
        QVERIFY(b != a);
        // The size is capped at the notes there are.
        NoteQaStore::Request all = request(QStringLiteral("alice"));
        all.size = 100;
        const QVector<qint64> c = noteIds(*f.t.db, store.draw(all, m_leader).value());
        QCOMPARE(QSet<qint64>(c.cbegin(), c.cend()), f.aliceInPeriod);
        // A team: its members' notes of the period, not carol's (South) nor alice's older ones.
        NoteQaStore::Request team = request(QString(), QStringLiteral("North"));
        team.size = 1000;
        const QVector<qint64> d = noteIds(*f.t.db, store.draw(team, m_leader).value());
        QCOMPARE(QSet<qint64>(d.cbegin(), d.cend()), f.northInPeriod);
        // A period with no notes of hers is refused, and records nothing.
        const int before = int(store.samples().value().size());
        NoteQaStore::Request empty = request(QStringLiteral("alice"));
        empty.from = m_today.addYears(-3);
        empty.to = m_today.addYears(-2);
        QVERIFY(!store.draw(empty, m_leader));
        QCOMPARE(int(store.samples().value().size()), before);
        // Newest first.
        QCOMPARE(store.samples().value().first().id, qint64(before));
        QCOMPARE(store.samples().value().first().request.seed, quint64(20260301));
    }

    void markingRules()
    {
        NotesFixture f;
        fillNotes(f);
        if (QTest::currentTestFailed())
            return;
        NoteQaStore store(f.t.db->sql());
        NoteQaStore::Request team = request(QString(), QStringLiteral("North"));
        team.size = 1000;
        const qint64 sample = store.draw(team, m_leader).value();
        QaSampleModel model(f.t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setSampleId(sample));
        QCOMPARE(model.rowCount(), 36);
        int own = -1, alice = -1, bob = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString author = model.itemAt(r).author;
            if (author == m_leader)
                own = r;
            else if (author == QLatin1String("alice") && alice < 0)
                alice = r;
            else if (author == QLatin1String("bob") && bob < 0)
                bob = r;
        }
        QVERIFY(own >= 0 && alice >= 0 && bob >= 0);
        QCOMPARE(model.index(alice, QaSampleModel::Result).data().toString(),
                 QStringLiteral("Not checked"));
        QCOMPARE(model.index(alice, QaSampleModel::FirstLine).data().toString(),
                 QStringLiteral("Reported on time."));
        QCOMPARE(model.index(alice, QaSampleModel::Author).data().toString(),
                 QStringLiteral("ALICE"));
        // A fail needs a comment; nobody marks their own note.
        QVERIFY(!model.mark(alice, QStringLiteral("fail"), QStringLiteral("  "), m_leader));
        QVERIFY(!model.mark(own, QStringLiteral("pass"), QString(), m_leader));
        QVERIFY(!model.mark(alice, QStringLiteral("maybe"), QString(), m_leader));
        QVERIFY(model.itemAt(alice).result.isEmpty());
        QVERIFY(model.itemAt(own).result.isEmpty());
        // Recorded, with who checked it.
        const qint64 aliceNote = model.itemAt(alice).noteId;
        const qint64 bobNote = model.itemAt(bob).noteId;
        QVERIFY(
            model.mark(alice, QStringLiteral("fail"), QStringLiteral("No next action"), m_leader));
        QVERIFY(model.mark(bob, QStringLiteral("pass"), QString(), m_leader));
        QCOMPARE(model.index(alice, QaSampleModel::Result).data().toString(),
                 QStringLiteral("Fail"));
        QCOMPARE(model.index(alice, QaSampleModel::Comment).data().toString(),
                 QStringLiteral("No next action"));
        QCOMPARE(model.index(alice, QaSampleModel::CheckedBy).data().toString(),
                 QStringLiteral("TLEAD"));
        QCOMPARE(model.index(bob, QaSampleModel::Result).data().toString(), QStringLiteral("Pass"));
        QVERIFY(model.index(alice, QaSampleModel::Result).data(Qt::ForegroundRole) !=
                model.index(bob, QaSampleModel::Result).data(Qt::ForegroundRole));
        QCOMPARE(store.forNote(aliceNote).value().first().result, QStringLiteral("fail"));
        // Another team leader may check the leader's own note.
        QVERIFY(model.mark(own, QStringLiteral("pass"), QString(), QStringLiteral("carol")));

        // Rates: per author, sampled = every note in the sample, checked = passed + failed.
        QaRatesModel rates(f.t.db->sql());
        QAbstractItemModelTester ratesTester(
            &rates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(rates.reload());
        QCOMPARE(rates.rowCount(), 3);
        QMap<QString, NoteQaStore::Rate> byAuthor;
        int sampled = 0;
        for (int r = 0; r < rates.rowCount(); ++r) {
            const NoteQaStore::Rate &rate = rates.rateAt(r);
            byAuthor.insert(rate.author, rate);
            sampled += rate.sampled;
            QCOMPARE(rate.checked, rate.passed + rate.failed);
        }
        QCOMPARE(sampled, model.rowCount());
        QCOMPARE(byAuthor.value(QStringLiteral("alice")).sampled, 30);
        QCOMPARE(byAuthor.value(QStringLiteral("alice")).failed, 1);
        QCOMPARE(byAuthor.value(QStringLiteral("alice")).passPercent(), 0);
        QCOMPARE(byAuthor.value(QStringLiteral("bob")).passed, 1);
        QCOMPARE(byAuthor.value(QStringLiteral("bob")).passPercent(), 100);
        for (int r = 0; r < rates.rowCount(); ++r) {
            if (rates.rateAt(r).author == QLatin1String("bob"))
                QCOMPARE(rates.index(r, QaRatesModel::PassPercent).data().toString(),
                         QStringLiteral("100%"));
        }
        // The figures count the same notes.
        const Figures figures = Figures::compute(f.t.db->sql(), m_today).value();
        QCOMPARE(figures.notesQaSampled, qint64(36));
        QCOMPARE(figures.notesQaFailed, qint64(1));

        // The author sees the outcome on their note's timeline, and only on the checked ones.
        NotesModel notes(f.t.db->sql());
        QAbstractItemModelTester notesTester(
            &notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(notes.setPersonId(f.person));
        const QString failed =
            notes.index(notes.rowOfNote(aliceNote), NotesModel::Qa).data().toString();
        QCOMPARE(failed, QStringLiteral("QA: failed \u2014 No next action"));
        QCOMPARE(notes.index(notes.rowOfNote(bobNote), NotesModel::Qa).data().toString(),
                 QStringLiteral("QA: passed"));
        int marked = 0;
        for (int r = 0; r < notes.rowCount(); ++r)
            marked += notes.index(r, NotesModel::Qa).data().toString().isEmpty() ? 0 : 1;
        QCOMPARE(marked, 3);
        // The delegate gives the line room: a checked note is drawn taller than the same text
        // unchecked.
        QListView view;
        view.resize(600, 400);
        view.setModel(&notes);
        view.setModelColumn(NotesModel::Text);
        NoteDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(0, 0, 600, 100);
        const QModelIndex checked = notes.index(notes.rowOfNote(aliceNote), NotesModel::Text);
        int unchecked = -1;
        for (int r = 0; r < notes.rowCount() && unchecked < 0; ++r) {
            if (notes.index(r, NotesModel::Qa).data().toString().isEmpty() &&
                notes.index(r, NotesModel::Text).data() == checked.data())
                unchecked = r;
        }
        QVERIFY(unchecked >= 0);
        QVERIFY(delegate.sizeHint(option, checked).height() >
                delegate.sizeHint(option, notes.index(unchecked, NotesModel::Text)).height());
    }

    void cleanUpRules_data()
    {
        QTest::addColumn<int>("issue");
        QTest::addColumn<QString>("breaks");
        QTest::newRow("unclear ownership") << int(Issue::UnclearOwnership) << "UNCLEAR";
        QTest::newRow("no case owner") << int(Issue::NoCaseOwner) << "NOOWNER";
        QTest::newRow("override without reason") << int(Issue::OverrideWithoutReason) << "OVERRIDE";
        QTest::newRow("window missing") << int(Issue::WindowMissing) << "NOWINDOW";
        QTest::newRow("window over an hour") << int(Issue::WindowOverAnHour) << "LONGWIN";
        QTest::newRow("blank outcomes") << int(Issue::BlankOutcomes) << "BLANK";
    }
    void cleanUpRules()
    {
        QFETCH(int, issue);
        QFETCH(QString, breaks);
        TestDatabase t;
        fillCleanUp(*t.db);
        if (QTest::currentTestFailed())
            return;
        const DataQualityStore store(t.db->sql());
        const auto rows = store.list(Moment::endOfDay(m_today), Issue(issue));
        QVERIFY(rows);
        QStringList refs;
        for (const DataQualityStore::Row &r : rows.value())
            refs << r.personRef;
        // Exactly the person who breaks it: CLEAN, REASONED, DETAINED and the others do not.
        QCOMPARE(refs, QStringList{breaks});
        // ...and that person breaks nothing else.
        const auto everything = store.list(Moment::endOfDay(m_today));
        for (const DataQualityStore::Row &r : everything.value()) {
            if (r.personRef == breaks)
                QCOMPARE(int(r.issue), issue);
        }
        QCOMPARE(store.counts(Moment::endOfDay(m_today)).value().value(Issue(issue)), qint64(1));
        // The row says what is wrong where there is more to say.
        const DataQualityStore::Row &row = rows.value().first();
        if (Issue(issue) == Issue::BlankOutcomes)
            // "2 event(s)" without the English plural forms of the translations.
            QVERIFY2(row.detail.startsWith(QStringLiteral("2 event")), qPrintable(row.detail));
        if (Issue(issue) == Issue::WindowOverAnHour)
            QVERIFY(row.detail.contains(QStringLiteral("09:00-12:00")));
        if (Issue(issue) == Issue::UnclearOwnership)
            QVERIFY(row.detail.contains(QStringLiteral("NO UNIT")));
        // One owner's list holds their own people only.
        const auto mine =
            store.list(Moment::endOfDay(m_today), Issue(issue), QStringLiteral("sokafor"));
        QCOMPARE(int(mine.value().size()), breaks == QLatin1String("NOOWNER") ? 0 : 1);
    }

    void cleanUpAgreesWithFigures()
    {
        TestDatabase t;
        fillCleanUp(*t.db);
        if (QTest::currentTestFailed())
            return;
        const QMap<Issue, qint64> counts =
            DataQualityStore(t.db->sql()).counts(Moment::endOfDay(m_today)).value();
        const Figures figures = Figures::compute(t.db->sql(), m_today).value();
        qint64 total = 0;
        for (const Issue issue : DataQualityRules::all()) {
            QCOMPARE(figures.dataQualityByIssue.value(DataQualityRules::code(issue)),
                     counts.value(issue));
            total += counts.value(issue);
        }
        QCOMPARE(total, qint64(6));
        QCOMPARE(figures.dataQualityIssues, total);

        DataQualityModel model(t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAsOf(Moment::endOfDay(m_today));
        QVERIFY(model.reload());
        QCOMPARE(qint64(model.rowCount()), figures.dataQualityIssues);
        QCOMPARE(model.counts(), counts);
        // The counts are the whole caseload's even when the list is one owner's.
        model.setCaseOwner(QStringLiteral("sokafor"));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.counts(), counts);
        model.setCaseOwner(QString());
        QVERIFY(model.reload());
        model.setIssue(Issue::WindowOverAnHour);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DataQualityModel::Reference).data().toString(),
                 QStringLiteral("LONGWIN"));
        QCOMPARE(model.index(0, DataQualityModel::Fix).data().toString(),
                 DataQualityRules::fix(Issue::WindowOverAnHour));
        QCOMPARE(model.index(0, DataQualityModel::Issue).data(Roles::Code).toString(),
                 QStringLiteral("window_over_an_hour"));
        QCOMPARE(DataQualityModel::fixTab(Issue::WindowOverAnHour), QStringLiteral("reporting"));
        QCOMPARE(DataQualityModel::fixTab(Issue::BlankOutcomes), QStringLiteral("reporting"));
        QCOMPARE(DataQualityModel::fixTab(Issue::NoCaseOwner), QString());
        model.setIssue(std::nullopt);
        QCOMPARE(model.rowCount(), 6);
    }

    void dataQualityViewNarrowsByIssue()
    {
        TestDatabase t;
        fillCleanUp(*t.db);
        if (QTest::currentTestFailed())
            return;
        QSettings().clear();
        DataQualityView view({t.db->sql(), QStringLiteral("sokafor")});
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 6);
        // Typing the start of the issue's name in the focused combo chooses it (a space would
        // open the popup).
        view.issueCombo()->setFocus();
        QTest::keyClicks(view.issueCombo(), QStringLiteral("Band"));
        QCOMPARE(view.issueCombo()->currentText(),
                 DataQualityRules::name(Issue::OverrideWithoutReason));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        QCOMPARE(view.table()->model()->index(0, DataQualityModel::Reference).data().toString(),
                 QStringLiteral("OVERRIDE"));
        // Fix… opens the record itself for an override (it is set at the record's top)...
        QSignalSpy spy(&view, &DataQualityView::openPersonTab);
        auto *fix = view.findChild<QPushButton *>(QStringLiteral("fixButton"));
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), personId(*t.db, QStringLiteral("OVERRIDE")));
        QCOMPARE(spy.at(0).at(1).toString(), QString());
        // ...and Enter on a blank outcome its Reporting tab.
        view.issueCombo()->setCurrentIndex(
            view.issueCombo()->findData(DataQualityRules::code(Issue::BlankOutcomes)));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toLongLong(), personId(*t.db, QStringLiteral("BLANK")));
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("reporting"));
        // All issues again: every row.
        view.issueCombo()->setCurrentIndex(0);
        QCOMPARE(view.table()->model()->rowCount(), 6);
    }

    void noteQaViewMarksPass()
    {
        NotesFixture f;
        fillNotes(f);
        if (QTest::currentTestFailed())
            return;
        QSettings().clear();
        const qint64 sample =
            NoteQaStore(f.t.db->sql()).draw(request(QStringLiteral("alice")), m_leader).value();
        NoteQaView view({f.t.db->sql(), m_leader});
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.samplesCombo()->currentData().toLongLong(), sample);
        QTableView *table = view.table();
        QCOMPARE(table->model()->rowCount(), 10);
        const QModelIndex result = table->model()->index(2, QaSampleModel::Result);
        QCOMPARE(result.data().toString(), QStringLiteral("Not checked"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(result).center());
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("passButton")),
                          Qt::LeftButton);
        QCOMPARE(table->model()->index(2, QaSampleModel::Result).data().toString(),
                 QStringLiteral("Pass"));
        QCOMPARE(table->model()->index(2, QaSampleModel::CheckedBy).data().toString(),
                 QStringLiteral("TLEAD"));
        QCOMPARE(view.ratesModel()->rowCount(), 1);
        QCOMPARE(view.ratesModel()->rateAt(0).passed, 1);
        // The combo's counts follow.
        QVERIFY(view.samplesCombo()->currentText().contains(QStringLiteral("1 of 10 checked")));
    }
};

QTEST_MAIN(TestQualityChecks)
#include "tst_qualitychecks.moc"
