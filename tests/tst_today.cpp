// Today (issue 23): each section's people on scripted cases, on a Monday at noon (the last
// working day is Friday): a breach on Friday is listed, one on Thursday is not, nor one later
// today; the diary splits by due date; the latest import's changes, not the one before; reviews
// within 14 days; holds ending within 7; the other lists as their own stores give them. Then
// the window: Today in front, Ctrl+0, Enter opening the person.
#include "db/transaction.h"
#include "domain/recentbreach.h"
#include "figures/figures.h"
#include "figures/snapshotcapture.h"
#include "itemmodels/roles.h"
#include "itemmodels/todaymodel.h"
#include "lists/todayview.h"
#include "person/personrecordwidget.h"
#include "person/personreportingpanel.h"
#include "store/dataqualitystore.h"
#include "store/diarystore.h"
#include "store/figuresnapshotstore.h"
#include "store/followupstore.h"
#include "store/personstore.h"
#include "store/progressionstore.h"
#include "store/reviewstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

class TestToday : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    const QDate m_today = QDate(2026, 12, 7); // a Monday
    const QDateTime m_now = QDateTime(m_today, QTime(12, 0));
    int m_events = 0;

    QSqlDatabase db() const { return m_t.db->sql(); }
    qint64 id(const char *ref)
    {
        return PersonStore(db()).findByRef(QLatin1String(ref)).value()->id;
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        return TestData::exec(db(), sql, values);
    }
    // A reporting event of `ref` on day `day` at `time`.
    bool reportingEvent(const char *ref, const QDate &day, const char *time, const char *outcome)
    {
        return exec(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, "
                                   "outcome, source) VALUES (?, ?, ?, ?, 'CID')"),
                    {QStringLiteral("E%1").arg(++m_events), id(ref),
                     day.toString(Qt::ISODate) + QLatin1Char('T') + QLatin1String(time),
                     QLatin1String(outcome)}) &&
               TestData::refreshReportingRuns(db(), {id(ref)});
    }
    bool diary(const char *ref, const QDate &due, const char *title)
    {
        DiaryEntry e;
        e.personId = id(ref);
        e.due = due;
        e.title = QLatin1String(title);
        return DiaryStore(db()).add(e, QStringLiteral("sokafor")).ok();
    }
    // The references under section `key`, in the model's order.
    static QStringList refs(const TodayModel &m, const QString &key)
    {
        const TodayModel::Section *s = m.find(key);
        if (!s)
            return {QStringLiteral("<no section>")};
        QStringList out;
        for (const TodayModel::Item &i : s->items)
            out << i.personRef;
        return out;
    }
    void setUp(TodayModel &m)
    {
        m.setUser(QStringLiteral("sokafor"));
        m.setMoment(Moment::at(m_now));
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_today"));
        using TestData::person;
        // B1 band 1 (MAPPA 1... as the banding gives it), the rest band 3 or 4; OTHER is cwa's.
        QVERIFY(TestData::add(*m_t.db, {person("FRI", "Friday", "Fran", "0", 24),
                                        person("THU", "Thursday", "Theo", "0", 24),
                                        person("TOP", "Topband", "Tara", "1", 30),
                                        person("LATER", "Later", "Lee", "0", 24),
                                        person("OTHER", "Other", "Olu", "0", 24, {},
                                               QStringLiteral("CC Leeds"), QStringLiteral("cwa")),
                                        person("QUIET", "Quiet", "Quinn", "0", 24)}));
        const QDate friday(2026, 12, 4), thursday(2026, 12, 3);
        QVERIFY(reportingEvent("FRI", friday, "10:00", "NO_SHOW"));
        QVERIFY(reportingEvent("THU", thursday, "10:00", "NO_SHOW"));
        QVERIFY(reportingEvent("TOP", QDate(2026, 12, 5), "09:00", "NO_SHOW"));
        QVERIFY(reportingEvent("LATER", m_today, "15:00", "")); // after noon: still to come
        QVERIFY(reportingEvent("OTHER", friday, "10:00", "NO_SHOW"));
        // TOP has been warned since: actioned.
        FollowUpStep warned;
        warned.personId = id("TOP");
        warned.step = FollowUpLadder::VerbalWarning;
        warned.takenOn = m_today;
        warned.outcome = QStringLiteral("Done");
        {
            const Clock::Fixed fixed(m_now);
            QVERIFY(FollowUpStore(db()).record(warned, QStringLiteral("sokafor"),
                                               FollowUpLadder::Thresholds()));
        }
        QVERIFY(diary("FRI", m_today.addDays(-1), "Yesterday's call"));
        QVERIFY(diary("THU", m_today, "Today's call"));
        QVERIFY(diary("TOP", m_today.addDays(7), "In a week"));
        QVERIFY(diary("QUIET", m_today.addDays(8), "In eight days"));
        // Two imports: a band move in each; only the latest's shows.
        for (const char *started : {"2026-12-03T06:00:00Z", "2026-12-04T06:00:00Z"})
            QVERIFY(exec(QStringLiteral("INSERT INTO cid_import (started_at, imported_by, "
                                        "cases_file, cases_sha256) VALUES (?, 'cid', 'c.csv', "
                                        "'x')"),
                         {QLatin1String(started)}));
        QVERIFY(exec(QStringLiteral("INSERT INTO import_change (import_id, person_id, kind, "
                                    "value_before, value_after, detail) VALUES "
                                    "((SELECT MIN(id) FROM cid_import), ?, 'band_changed', '4', "
                                    "'3', ''), ((SELECT MAX(id) FROM cid_import), ?, "
                                    "'band_changed', '3', '2', ''), ((SELECT MAX(id) FROM "
                                    "cid_import), ?, 'band_changed', '3', '2', '')"),
                     {id("THU"), id("QUIET"), id("OTHER")}));
        // Reviews: set by the reviewer (the stored next date) 3, 14, 15 days on, one overdue.
        const auto setNext = [&](const char *ref, int days) {
            return exec(QStringLiteral("UPDATE person SET review_set_next = ? WHERE id = ?"),
                        {m_today.addDays(days).toString(Qt::ISODate), id(ref)});
        };
        QVERIFY(setNext("FRI", 3) && setNext("THU", 14) && setNext("TOP", 15) &&
                setNext("LATER", -2));
        // Holds ending in 3 and in 10 days.
        ProgressionStore progression(db());
        for (const auto &[ref, days] : {std::pair{"QUIET", 3}, std::pair{"LATER", 10}}) {
            ProgressionHold h;
            h.personId = id(ref);
            h.reason = QStringLiteral("Waiting for the programme to end");
            h.placedOn = m_today.addDays(-30);
            h.untilOn = m_today.addDays(days);
            QVERIFY(progression.placeHold(h, QStringLiteral("sokafor")));
        }
    }

    // The order of the breaches: unactioned, then band 1 or Nexus High Harm, then the latest.
    void moreUrgent_data()
    {
        QTest::addColumn<bool>("aUnactioned");
        QTest::addColumn<int>("aBand");
        QTest::addColumn<bool>("aNexus");
        QTest::addColumn<QString>("aLast");
        QTest::addColumn<bool>("bUnactioned");
        QTest::addColumn<int>("bBand");
        QTest::addColumn<bool>("bNexus");
        QTest::addColumn<QString>("bLast");
        QTest::addColumn<bool>("aFirst");
        const QString fri = QStringLiteral("2026-12-04T10:00");
        const QString sat = QStringLiteral("2026-12-05T10:00");
        QTest::newRow("unactioned before actioned band 1")
            << true << 3 << false << fri << false << 1 << true << sat << true;
        QTest::newRow("band 1 before band 2")
            << true << 1 << false << fri << true << 2 << false << sat << true;
        QTest::newRow("Nexus High Harm as band 1")
            << true << 4 << true << fri << true << 2 << false << sat << true;
        QTest::newRow("then the latest breach")
            << false << 3 << false << sat << false << 3 << false << fri << true;
        QTest::newRow("not before itself")
            << false << 3 << false << sat << false << 3 << false << sat << false;
    }
    void moreUrgent()
    {
        QFETCH(bool, aUnactioned);
        QFETCH(int, aBand);
        QFETCH(bool, aNexus);
        QFETCH(QString, aLast);
        QFETCH(bool, bUnactioned);
        QFETCH(int, bBand);
        QFETCH(bool, bNexus);
        QFETCH(QString, bLast);
        QFETCH(bool, aFirst);
        RecentBreach a, b;
        a.personRef = b.personRef = QStringLiteral("P1");
        a.unactioned = aUnactioned, a.band = aBand, a.nexusHighHarm = aNexus, a.lastBreach = aLast;
        b.unactioned = bUnactioned, b.band = bBand, b.nexusHighHarm = bNexus, b.lastBreach = bLast;
        QCOMPARE(RecentBreach::moreUrgent(a, b), aFirst);
        if (aFirst)
            QVERIFY(!RecentBreach::moreUrgent(b, a));
    }

    // A hold ends within the days when it is active and its date is no later than their last.
    void holdEndsWithin_data()
    {
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QDate>("released");
        QTest::addColumn<bool>("ends");
        QTest::newRow("tomorrow") << m_today.addDays(1) << QDate() << true;
        QTest::newRow("on the 7th day") << m_today.addDays(7) << QDate() << true;
        QTest::newRow("on the 8th day") << m_today.addDays(8) << QDate() << false;
        QTest::newRow("today: over") << m_today << QDate() << false;
        QTest::newRow("no date") << QDate() << QDate() << false;
        QTest::newRow("released") << m_today.addDays(2) << m_today.addDays(-1) << false;
    }
    void holdEndsWithin()
    {
        QFETCH(QDate, until);
        QFETCH(QDate, released);
        QFETCH(bool, ends);
        ProgressionHold h;
        h.placedOn = m_today.addDays(-10);
        h.untilOn = until;
        h.releasedOn = released;
        QCOMPARE(h.endsWithin(m_today, TodayModel::HoldDays), ends);
    }

    void breachesSinceTheLastWorkingDay()
    {
        TodayModel m(db());
        setUp(m);
        QVERIFY(m.reload());
        // Unactioned first (FRI), then TOP (band 1, warned today); not THU (Thursday), LATER
        // (still to come at noon) or OTHER (cwa's).
        QCOMPARE(refs(m, TodayModel::Breaches), (QStringList{"FRI", "TOP"}));
        // In the user's language: "Friday 4 December" in English.
        QVERIFY(m.find(TodayModel::Breaches)
                    ->title.contains(
                        QLocale().toString(QDate(2026, 12, 4), QStringLiteral("dddd d MMMM"))));
        QVERIFY(m.find(TodayModel::Breaches)
                    ->items.first()
                    .what.contains(QStringLiteral("unactioned")));
        QVERIFY(!m.find(TodayModel::Breaches)
                     ->items.last()
                     .what.contains(QStringLiteral("unactioned")));
        // On Friday itself the last working day is Thursday: THU is in, and TOP's Saturday is
        // still to come.
        m.setMoment(Moment::at(QDateTime(QDate(2026, 12, 4), QTime(18, 0))));
        QVERIFY(m.reload());
        QCOMPARE(refs(m, TodayModel::Breaches), (QStringList{"FRI", "THU"}));
    }

    void theDiaryByDueDate()
    {
        TodayModel m(db());
        setUp(m);
        QVERIFY(m.reload());
        QCOMPARE(refs(m, TodayModel::DiaryOverdue), QStringList{"FRI"});
        QCOMPARE(refs(m, TodayModel::DiaryToday), QStringList{"THU"});
        // QUIET's hold ends in 3 days (the hold put it in the diary), TOP's entry is in 7; not
        // QUIET's own in 8.
        QCOMPARE(refs(m, TodayModel::DiaryWeek), (QStringList{"QUIET", "TOP"}));
    }

    void theLatestImportOnly()
    {
        TodayModel m(db());
        setUp(m);
        QVERIFY(m.reload());
        QCOMPARE(refs(m, TodayModel::Changes), QStringList{"QUIET"}); // not THU's, nor cwa's
        QVERIFY(m.find(TodayModel::Changes)->items.first().what.contains(QStringLiteral("→")));
    }

    void reviewsAndHolds()
    {
        TodayModel m(db());
        setUp(m);
        QVERIFY(m.reload());
        QCOMPARE(refs(m, TodayModel::ReviewsOverdue), QStringList{"LATER"});
        QCOMPARE(refs(m, TodayModel::ReviewsSoon), (QStringList{"FRI", "THU"})); // not TOP, 15
        QCOMPARE(refs(m, TodayModel::HoldsEnding), QStringList{"QUIET"});
    }

    // The lists Today takes whole from their stores: the same people, for the user only.
    void otherListsAsTheirStoresGiveThem()
    {
        TodayModel m(db());
        setUp(m);
        QVERIFY(m.reload());
        QStringList quality;
        for (const auto &r :
             DataQualityStore(db()).list(Moment::at(m_now), std::nullopt, "sokafor").value())
            quality << r.personRef;
        QCOMPARE(refs(m, TodayModel::DataQuality), quality);
        QStringList ripe;
        for (const auto &r :
             ProgressionStore(db()).list(ProgressionStore::List::Ripe, m_today, "sokafor").value())
            ripe << r.personRef;
        QCOMPARE(refs(m, TodayModel::Ripe), ripe);
        QVERIFY(!ripe.contains(QStringLiteral("QUIET"))); // on hold
        QVERIFY(!quality.isEmpty());
    }

    // A team leader's sections: everyone waiting for a case owner; their team's (Leeds A:
    // tleader and cwa) reviews to sign, as many as the review check counts; declarations to
    // countersign; caseworkers over capacity.
    void aTeamLeadersSections()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        QSqlDatabase tdb = t.db->sql();
        const auto idOf = [&](const char *ref) {
            return PersonStore(tdb).findByRef(QLatin1String(ref)).value()->id;
        };
        QSqlQuery q(tdb);
        // T2 is cwa's (Leeds A), T3 cwab's (Leeds AB).
        for (const char *ref : {"T2", "T3"}) {
            q.prepare(QStringLiteral(
                "INSERT INTO review (person_id, reviewed_on, reviewer, barriers_checked, "
                "compliance_checked, document_progressed, band_confirmed, next_action_set, "
                "outcome, next_review_on, recorded_at) VALUES (?, '2026-12-01', 'cwa', 1, 1, 1, "
                "1, 1, 'on_track', '2027-03-01', '2026-12-01T10:00:00Z')"));
            q.addBindValue(idOf(ref));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            for (const char *signedAt : {"", "2026-12-02T09:00:00Z"}) {
                q.prepare(QStringLiteral(
                    "INSERT INTO followup_step (person_id, step, taken_on, recorded_by, "
                    "recorded_at, countersigned_by, countersigned_at) VALUES (?, "
                    "'absconder_declaration', '2026-12-01', 'cwa', '2026-12-01T10:00:00Z', ?, "
                    "?)"));
                q.addBindValue(idOf(ref));
                q.addBindValue(*signedAt ? QVariant(QStringLiteral("tleader"))
                                         : QVariant(QMetaType(QMetaType::QString)));
                q.addBindValue(*signedAt ? QVariant(QLatin1String(signedAt))
                                         : QVariant(QMetaType(QMetaType::QString)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        QVERIFY(q.exec(QStringLiteral("UPDATE app_user SET capacity = 1 WHERE user_name = 'cwa'")));

        TodayModel m(tdb);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setUser(QStringLiteral("tleader"));
        m.setTeam(QStringLiteral("Leeds A"));
        m.setMoment(Moment::at(m_now));
        QVERIFY(m.reload());
        QCOMPARE(m.rowCount(), int(TodayModel::sectionKeys(true).size()));
        // Waiting for a case owner: T8, as the figure "unallocated" lists them.
        QCOMPARE(refs(m, TodayModel::AllocationWaiting), QStringList{"T8"});
        QCOMPARE(
            refs(m, TodayModel::AllocationWaiting),
            Figures::personRefs(tdb, QStringLiteral("unallocated"), Moment::at(m_now)).value());
        QCOMPARE(refs(m, TodayModel::ReviewsToSign), QStringList{"T2"});
        qint64 awaiting = 0;
        for (const auto &row : ReviewStore(tdb).check(m_today, QStringLiteral("Leeds A")).value())
            awaiting += row.awaitingSignOff;
        QCOMPARE(qint64(m.find(TodayModel::ReviewsToSign)->items.size()), awaiting);
        QCOMPARE(refs(m, TodayModel::Countersign), QStringList{"T2"});
        QCOMPARE(refs(m, TodayModel::OverCapacity), QStringList{"cwa"}); // not tleader
        QCOMPARE(m.find(TodayModel::OverCapacity)->items.first().personId, qint64(0));

        // Without a team (a caseworker): none of them.
        m.setTeam(QString());
        QVERIFY(m.reload());
        QCOMPARE(m.rowCount(), int(TodayModel::sectionKeys().size()));
        QVERIFY(!m.find(TodayModel::Countersign));
    }

    // A manager's Today starts with the headline figures, each as figures --json has it, and
    // after a publication, each with its change since.
    void aManagersHeadline()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        QSqlDatabase tdb = t.db->sql();
        const Clock::Fixed fixed(m_now);
        TodayModel m(tdb);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setUser(QStringLiteral("boss"));
        m.setHeadline(true);
        m.setMoment(Moment::at(m_now));
        QVERIFY(m.reload());
        QCOMPARE(m.rowCount(), int(TodayModel::sectionKeys(false, true).size()));
        QCOMPARE(m.section(0).key, TodayModel::Headline);
        const auto whole = Figures::compute(tdb, Moment::at(m_now));
        QVERIFY(whole);
        const TodayModel::Section *headline = m.find(TodayModel::Headline);
        QStringList keys;
        for (const TodayModel::Item &i : headline->items) {
            keys << i.personRef;
            QCOMPARE(i.personId, qint64(0));
            // The number alone: nothing published to compare with.
            QCOMPARE(i.name, QLocale().toString(whole.value().value(i.personRef)));
            QCOMPARE(i.what, FigureDefinitions::definition(i.personRef)->meaning);
        }
        QCOMPARE(keys, TodayModel::headlineKeys());

        QVERIFY(SnapshotCapture::publish(tdb, QStringLiteral("boss"), QStringLiteral("Week 49")));
        // T7 (owned by "ghost") loses their owner: one more unallocated.
        QSqlQuery q(tdb);
        QVERIFY(q.exec(QStringLiteral("UPDATE person SET case_owner = NULL WHERE person_ref = "
                                      "'T7'")));
        QVERIFY(m.reload());
        headline = m.find(TodayModel::Headline);
        QVERIFY(headline->title.contains(QStringLiteral("“Week 49”")));
        for (const TodayModel::Item &i : headline->items) {
            const qint64 before = whole.value().value(i.personRef);
            if (i.personRef == QLatin1String("unallocated"))
                QCOMPARE(i.name, QStringLiteral("%1 (+1)").arg(QLocale().toString(before + 1)));
            else
                QCOMPARE(i.name, QStringLiteral("%1 (no change)").arg(QLocale().toString(before)));
        }

        // A publication taken under another rule of "reporting", and without "absconders" (as
        // an older one might be): neither is compared.
        auto published = FigureSnapshotStore(tdb).list();
        QVERIFY(published && !published.value().isEmpty());
        auto older = FigureSnapshotStore(tdb).load(published.value().first().id);
        QVERIFY(older);
        FigureSnapshot other = older.value();
        other.id = 0;
        other.label = QStringLiteral("Week 49, older rules");
        other.versions[QStringLiteral("reporting")] += 1;
        other.figures.remove(QStringLiteral("absconders"));
        QVERIFY(Transaction::run(tdb, [&]() -> Status {
            const auto id = FigureSnapshotStore(tdb).insertInTransaction(other);
            return id ? Status() : Status(id.error());
        }));
        QVERIFY(m.reload());
        headline = m.find(TodayModel::Headline);
        for (const TodayModel::Item &i : headline->items) {
            if (i.personRef == QLatin1String("reporting"))
                QVERIFY2(
                    i.name.endsWith(QStringLiteral("(not comparable: its rule changed since)")),
                    qPrintable(i.name));
            else if (i.personRef == QLatin1String("absconders"))
                QVERIFY2(i.name.endsWith(QStringLiteral("(not in that publication)")),
                         qPrintable(i.name));
        }
    }

    // Every section, in order, each row's count its people; the model under the tester.
    void sectionsAndCounts()
    {
        TodayModel m(db());
        setUp(m);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.reload());
        QCOMPARE(m.rowCount(), int(TodayModel::sectionKeys().size()));
        for (int i = 0; i < m.rowCount(); ++i) {
            const QModelIndex section = m.index(i, 0);
            QCOMPARE(section.data(Roles::Code).toString(), TodayModel::sectionKeys().at(i));
            QCOMPARE(m.rowCount(section), int(m.section(i).items.size()));
            QVERIFY(section.data().toString().endsWith(
                QStringLiteral("(%1)").arg(m.rowCount(section))));
            for (int r = 0; r < m.rowCount(section); ++r)
                QCOMPARE(m.index(r, 0, section).data(Roles::PersonId).toLongLong(),
                         m.section(i).items.at(r).personId);
        }
    }

    // The window opens on Today; Ctrl+0 brings it back; Enter on a breach opens the person on
    // their reporting; a section opened is remembered.
    void theWindow()
    {
        const Clock::Fixed fixed(m_now);
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        // On a team database the user is the login: give it sokafor's people.
        const QString user = window.currentUser();
        if (user != QLatin1String("sokafor")) {
            QVERIFY(exec(QStringLiteral("UPDATE person SET case_owner = ? WHERE case_owner = "
                                        "'sokafor'"),
                         {user}));
        }
        auto *today = qobject_cast<TodayView *>(window.tabs()->currentWidget());
        QVERIFY(today);
        today->reload();
        QCOMPARE(window.tabs()->indexOf(today), 1); // the caseload stays first, always open
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentIndex(0);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(today));

        QTreeView *tree = today->tree();
        const QModelIndex breaches = today->model()->index(0, 0);
        QVERIFY(tree->isExpanded(breaches)); // open until the user says otherwise
        tree->setFocus();
        tree->setCurrentIndex(today->model()->index(0, 0, breaches));
        QTest::keyClick(tree, Qt::Key_Return);
        auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
        QVERIFY(record);
        QCOMPARE(record->personId(), id("FRI"));
        auto *lower = record->findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        QCOMPARE(lower->currentWidget(), static_cast<QWidget *>(record->reportingPanel()));

        // Enter on a section opens it; the choice outlives the view.
        const QModelIndex reviews = today->model()->index(
            int(TodayModel::sectionKeys().indexOf(TodayModel::ReviewsSoon)), 0);
        QVERIFY(!tree->isExpanded(reviews));
        tree->setCurrentIndex(reviews);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(tree->isExpanded(reviews));
        TodayView again({db(), user});
        QVERIFY(again.tree()->isExpanded(again.model()->index(reviews.row(), 0)));
        QVERIFY(again.tree()->isExpanded(again.model()->index(0, 0)));
    }
};

QTEST_MAIN(TestToday)
#include "tst_today.moc"
