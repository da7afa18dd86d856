// The non-compliance queue and the follow-up ladder in use: the store's rules for recording
// steps (a warning letter writes its diary follow-up, a declaration is countersigned by
// someone else), the queue's rows and order (everyone in a current run, however old the last
// breach; a run ended by COMPLETED leaves it), its agreement with the figures on hand-made and
// generated data, the model under QAbstractItemModelTester, and the view driven through its
// widgets, with its remembered "breached in the last 7 days" filter.
#include "common/laddersettings.h"
#include "common/usersettings.h"
#include "demo/demogenerator.h"
#include "dialogs/followupdialog.h"
#include "figures/figures.h"
#include "itemmodels/noncompliancemodel.h"
#include "itemmodels/roles.h"
#include "lists/noncomplianceview.h"
#include "person/personrecordwidget.h"
#include "person/personreportingpanel.h"
#include "settings/laddersettingsdialog.h"
#include "store/diarystore.h"
#include "store/followupstore.h"
#include "store/noncompliancestore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <tuple>

using L = FollowUpLadder;
Q_DECLARE_METATYPE(NoncomplianceRow)

class TestNoncompliance : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QDate m_asOf = QDate::currentDate();
    // The queue and the figures at the end of today; no event of the fixture is today, so the
    // view's clock sees the same.
    Moment m_at = Moment::endOfDay(m_asOf);
    int m_events = 0;

    qint64 id(const char *ref)
    {
        return PersonStore(m_t.db->sql()).findByRef(QLatin1String(ref)).value()->id;
    }
    // An event `daysAgo` days before today.
    void event(const char *ref, int daysAgo, const char *outcome)
    {
        QSqlQuery q(m_t.db->sql());
        q.prepare(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, "
                                 "outcome, source) VALUES (?, ?, ?, ?, 'CID')"));
        q.addBindValue(QStringLiteral("E%1").arg(++m_events));
        q.addBindValue(id(ref));
        q.addBindValue(m_asOf.addDays(-daysAgo).toString(Qt::ISODate) + QStringLiteral("T10:00"));
        q.addBindValue(QLatin1String(outcome));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(TestData::refreshReportingRuns(m_t.db->sql(), {id(ref)}));
    }
    template <typename Keep>
    static QStringList refsOf(const QVector<NoncomplianceRow> &rows, Keep keep)
    {
        QStringList refs;
        for (const NoncomplianceRow &r : rows) {
            if (keep(r))
                refs << r.personRef;
        }
        refs.sort();
        return refs;
    }
    QStringList figure(const char *name, const Moment &at, TestDatabase *t = nullptr)
    {
        const auto refs = Figures::personRefs((t ? t : &m_t)->db->sql(), QLatin1String(name), at);
        return refs ? refs.value() : QStringList{QStringLiteral("<error>")};
    }
    FollowUpStep step(const char *ref, L::Step s, int daysAgo)
    {
        FollowUpStep f;
        f.personId = id(ref);
        f.step = s;
        f.takenOn = m_asOf.addDays(-daysAgo);
        // What each step needs (FollowUpStep::problems), but for a declaration's alternatives
        // and a located step's choice.
        f.outcome = QStringLiteral("Done");
        if (L::needsNotes(s))
            f.notes = QStringLiteral("Last known address passed on");
        return f;
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_noncompliance"));
        const auto p = [](const char *ref, int sentence, const char *owner = "sokafor") {
            return TestData::person(QLatin1String(ref),
                                    QStringLiteral("Family ") + QLatin1String(ref),
                                    QStringLiteral("G"), QString(), sentence, {},
                                    QStringLiteral("CC Leeds"), QLatin1String(owner));
        };
        PersonStore::NewPerson nexus = p("N1", 24);
        nexus.cases[0].flags = QStringLiteral("NEXUS_HH");
        PersonStore::NewPerson detained = p("D1", 24);
        detained.cases[0].custody = QStringLiteral("DETAINED");
        QVERIFY(
            TestData::add(*m_t.db, {p("A1", 77), nexus, p("C1", 24), p("C2", 24, "jmensah"),
                                    p("C3", 24), p("OK", 24), p("RE", 24), p("AB", 24), detained}));
        // A1 (band 1): one breach this week. N1 (Nexus High Harm): one. C1: four in a row.
        // C2: two in a row. C3: breached 10 days ago only, and nothing since: still in the
        // queue. OK: complied. RE: breached this week, then reported: the run is over. AB: an
        // absconder three breaches in. D1: detained, breached.
        event("A1", 14, "COMPLETED");
        event("A1", 2, "NO_SHOW");
        event("N1", 3, "");
        event("C1", 21, "NO_SHOW");
        event("C1", 14, "NO_SHOW");
        event("C1", 7, "EXCUSED");
        event("C1", 6, "NO_SHOW");
        event("C1", 1, "");
        event("C2", 8, "NO_SHOW");
        event("C2", 1, "NO_SHOW");
        event("C3", 10, "NO_SHOW");
        event("OK", 1, "COMPLETED");
        event("RE", 5, "NO_SHOW");
        event("RE", 2, "COMPLETED");
        event("AB", 40, "NO_SHOW");
        event("AB", 33, "NO_SHOW");
        event("AB", 3, "NO_SHOW");
        QSqlQuery q(m_t.db->sql());
        q.prepare(QStringLiteral("INSERT INTO followup_step (person_id, step, taken_on, "
                                 "recorded_by, recorded_at, countersigned_by, countersigned_at) "
                                 "VALUES (?, 'absconder_declaration', ?, 'cw', ?, 'tl', ?)"));
        q.addBindValue(id("AB"));
        q.addBindValue(m_asOf.addDays(-30).toString(Qt::ISODate));
        q.addBindValue(m_asOf.addDays(-30).toString(Qt::ISODate) + QStringLiteral("T12:00:00Z"));
        q.addBindValue(m_asOf.addDays(-29).toString(Qt::ISODate) + QStringLiteral("T12:00:00Z"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        event("D1", 2, "NO_SHOW");
    }

    void storeRecordsStepsWithTheirRules()
    {
        FollowUpStore store(m_t.db->sql());
        const L::Thresholds t;
        FollowUpStep future = step("C2", L::VerbalWarning, -1);
        QCOMPARE(store.record(future, QStringLiteral("sokafor"), t).error().code,
                 QStringLiteral("invalid"));
        QVERIFY(
            !store.record(step("C2", L::AbsconderDeclaration, 0), QStringLiteral("sokafor"), t));
        QVERIFY(!store.record(step("C2", L::Located, 0), QStringLiteral("sokafor"), t));

        // C2 was warned on the day of the first breach, then sent a letter today.
        QVERIFY(store.record(step("C2", L::VerbalWarning, 8), QStringLiteral("sokafor"), t));
        L::Thresholds fiveDays;
        fiveDays.letterFollowUpDays = 5;
        QVERIFY(store.record(step("C2", L::WarningLetter, 0), QStringLiteral("sokafor"), fiveDays));
        const auto diary = DiaryStore(m_t.db->sql()).forPerson(id("C2"));
        QVERIFY(diary);
        QCOMPARE(diary.value().size(), 1);
        QCOMPARE(diary.value().first().due, m_asOf.addDays(5));
        QCOMPARE(diary.value().first().kind, QStringLiteral("warning_letter_followup"));
        QCOMPARE(diary.value().first().createdBy, QStringLiteral("sokafor"));

        const auto steps = store.forPerson(id("C2"));
        QVERIFY(steps);
        QCOMPARE(steps.value().size(), 2);
        QCOMPARE(steps.value().first().step, L::WarningLetter); // most recent first
        QCOMPARE(steps.value().first().recordedBy, QStringLiteral("sokafor"));
    }

    // Issue 16: a step with an empty outcome and notes was accepted. Each step needs its outcome,
    // a referral its notes, a declaration the alternatives tried: the rule says which field, and
    // the store refuses the same, writing nothing.
    void stepNeedsWhatItNeeds_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("alternatives");
        QTest::addColumn<QVector<int>>("missing"); // FollowUpStep::Field, in order
        const int outcome = int(FollowUpStep::Field::Outcome);
        const int notes = int(FollowUpStep::Field::Notes);
        const int alternatives = int(FollowUpStep::Field::Alternatives);
        QTest::newRow("warning, nothing said") << int(L::VerbalWarning) << ""
                                               << ""
                                               << "" << QVector<int>{outcome};
        QTest::newRow("warning, blanks only") << int(L::VerbalWarning) << "  "
                                              << " "
                                              << "" << QVector<int>{outcome};
        QTest::newRow("warning, an outcome") << int(L::VerbalWarning) << "Spoke to him"
                                             << ""
                                             << "" << QVector<int>{};
        QTest::newRow("letter, an outcome") << int(L::WarningLetter) << "Sent"
                                            << ""
                                            << "" << QVector<int>{};
        QTest::newRow("arrest team, nothing") << int(L::ArrestReferral) << ""
                                              << ""
                                              << "" << QVector<int>{outcome, notes};
        QTest::newRow("arrest team, no notes") << int(L::ArrestReferral) << "Accepted"
                                               << ""
                                               << "" << QVector<int>{notes};
        QTest::newRow("arrest team, complete") << int(L::ArrestReferral) << "Accepted"
                                               << "Address"
                                               << "" << QVector<int>{};
        QTest::newRow("declaration, nothing") << int(L::AbsconderDeclaration) << ""
                                              << ""
                                              << "" << QVector<int>{outcome, alternatives};
        QTest::newRow("declaration, complete") << int(L::AbsconderDeclaration) << "Unknown"
                                               << ""
                                               << "Calls" << QVector<int>{};
        QTest::newRow("Trace and Locate, no notes") << int(L::TraceLocateReferral) << "Accepted"
                                                    << ""
                                                    << "" << QVector<int>{notes};
        QTest::newRow("located, free text is not a choice") << int(L::Located) << "found him"
                                                            << ""
                                                            << "" << QVector<int>{outcome};
        QTest::newRow("located, detained") << int(L::Located) << "detained"
                                           << ""
                                           << "" << QVector<int>{};
    }
    void stepNeedsWhatItNeeds()
    {
        QFETCH(int, step);
        QFETCH(QString, outcome);
        QFETCH(QString, notes);
        QFETCH(QString, alternatives);
        QFETCH(QVector<int>, missing);
        FollowUpStep s;
        // OK complied: in no queue, so the steps recorded here change nothing the queue tests see.
        s.personId = id("OK");
        s.step = L::Step(step);
        s.takenOn = m_asOf.addDays(-20);
        s.outcome = outcome;
        s.notes = notes;
        s.alternativesTried = alternatives;
        QVector<int> fields;
        for (const FollowUpStep::Problem &p : s.problems()) {
            fields << int(p.field);
            QVERIFY(!p.message.isEmpty());
        }
        QCOMPARE(fields, missing);
        FollowUpStore store(m_t.db->sql());
        const int before = int(store.forPerson(s.personId).value().size());
        const auto id = store.record(s, QStringLiteral("sokafor"), L::Thresholds());
        QCOMPARE(id.ok(), missing.isEmpty());
        if (!missing.isEmpty()) {
            QCOMPARE(id.error().code, QStringLiteral("invalid"));
            QCOMPARE(id.error().message, s.problems().first().message);
            QCOMPARE(int(store.forPerson(s.personId).value().size()), before);
        }
    }

    void declarationIsCountersignedBySomeoneElse()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("X"), QStringLiteral("F"),
                                                       QStringLiteral("G"), QString(), 24)}));
        FollowUpStore store(t.db->sql());
        FollowUpStep d;
        d.personId = 1;
        d.step = L::AbsconderDeclaration;
        d.takenOn = QDate::currentDate();
        d.alternativesTried = QStringLiteral("Phone, two letters, home visit, arrest team");
        d.outcome = QStringLiteral("Whereabouts unknown");
        const auto declared = store.record(d, QStringLiteral("caseworker"), L::Thresholds());
        QVERIFY(declared);
        QVERIFY(store.forPerson(1).value().first().needsCountersignature());
        const Status self = store.countersign(declared.value(), QStringLiteral("caseworker"), 1);
        QVERIFY(!self);
        QVERIFY(store.countersign(declared.value(), QStringLiteral("teamleader"), 1));
        QVERIFY(!store.countersign(declared.value(), QStringLiteral("other"), 2)); // signed already
        const FollowUpStep signedStep = store.forPerson(1).value().first();
        QCOMPARE(signedStep.countersignedBy, QStringLiteral("teamleader"));
        QVERIFY(!signedStep.needsCountersignature());
        QCOMPARE(signedStep.alternativesTried, d.alternativesTried);
        const auto warning = store.record(
            [] {
                FollowUpStep w;
                w.personId = 1;
                w.step = L::VerbalWarning;
                w.takenOn = QDate::currentDate();
                w.outcome = QStringLiteral("Warned by phone");
                return w;
            }(),
            QStringLiteral("caseworker"), L::Thresholds());
        QVERIFY(!store.countersign(warning.value(), QStringLiteral("teamleader"), 1));
        // Countersigned, the person is an absconder in the figures.
        const auto f = Figures::compute(t.db->sql(), QDate::currentDate());
        QVERIFY(f);
        QCOMPARE(f.value().absconders, 1);
    }

    void queueHoldsEveryRunMostUrgentFirst()
    {
        const auto rows = NoncomplianceStore(m_t.db->sql()).queue(m_at, L::Thresholds());
        QVERIFY(rows);
        QStringList order;
        for (const NoncomplianceRow &r : rows.value())
            order << r.personRef;
        // Band 1 and Nexus High Harm first, from a single breach; then the longest run. C3's
        // only breach is ten days old and stays; RE's run ended with a report; D1 is detained.
        QCOMPARE(order,
                 (QStringList{QStringLiteral("A1"), QStringLiteral("N1"), QStringLiteral("C1"),
                              QStringLiteral("AB"), QStringLiteral("C2"), QStringLiteral("C3")}));
        const NoncomplianceRow &c1 = rows.value().at(2);
        QCOMPARE(c1.consecutive, 4);
        QCOMPARE(c1.breachesThisWeek, 2);
        QCOMPARE(c1.due, std::optional<L::Step>(L::ArrestReferral));
        QVERIFY(c1.unactioned);
        // The absconder stays on the worklist, never unactioned: Trace and Locate is due.
        const NoncomplianceRow &ab = rows.value().at(3);
        QVERIFY(ab.absconder);
        QVERIFY(!ab.unactioned);
        QCOMPARE(ab.consecutive, 3);
        QCOMPARE(ab.due, std::optional<L::Step>(L::TraceLocateReferral));
        const NoncomplianceRow &c2 = rows.value().at(4);
        QCOMPARE(c2.consecutive, 2);
        QCOMPARE(c2.lastStep, QStringLiteral("warning_letter"));
        QCOMPARE(c2.lastStepOn, m_asOf);
        QVERIFY(!c2.unactioned); // the letter went out after the latest breach
        QVERIFY(!c2.due);        // warned and written to: nothing more due at two
        const NoncomplianceRow &c3 = rows.value().at(5);
        QCOMPARE(c3.consecutive, 1);
        QCOMPARE(c3.breachesThisWeek, 0);
        QVERIFY(!c3.breachedLastWeek());
        QVERIFY(c3.unactioned);
        QVERIFY(rows.value().at(0).urgent());
        QCOMPARE(rows.value().at(0).due, std::optional<L::Step>(L::VerbalWarning));

        // The queue, its unactioned rows and its 7-day filter are the figures' people.
        QCOMPARE(refsOf(rows.value(), [](const NoncomplianceRow &) { return true; }),
                 figure("noncompliance_queue", m_at));
        QCOMPARE(refsOf(rows.value(), [](const NoncomplianceRow &r) { return r.unactioned; }),
                 figure("unactioned_breaches", m_at));
        QCOMPARE(
            refsOf(rows.value(), [](const NoncomplianceRow &r) { return r.breachedLastWeek(); }),
            figure("noncompliance_queue_last_7_days", m_at));
        const auto f = Figures::compute(m_t.db->sql(), m_at);
        QVERIFY(f);
        QCOMPARE(f.value().noncomplianceQueue, 6);
        QCOMPARE(f.value().unactionedBreaches, 4);
        QCOMPARE(f.value().noncomplianceQueueLast7Days, 5);
        // Everyone who breached this week, RE and D1 too, whatever became of it since.
        QCOMPARE(f.value().personsBreachedLast7Days, 7);
    }

    // Rule 1 in the queue: a blank 14:00 appointment does not put anyone in it at 09:00, nor at
    // 13:59; from 14:00 it is a breach, unactioned.
    void laterTodayStaysOutOfTheQueue_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<bool>("inQueue");
        QTest::newRow("09:00") << "2026-03-05T09:00" << false;
        QTest::newRow("13:59") << "2026-03-05T13:59" << false;
        QTest::newRow("14:00") << "2026-03-05T14:00" << true;
        QTest::newRow("14:01") << "2026-03-05T14:01" << true;
    }
    void laterTodayStaysOutOfTheQueue()
    {
        QFETCH(QString, moment);
        QFETCH(bool, inQueue);
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("F"),
                                                       QStringLiteral("G"), QString(), 24)}));
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO reporting_event (event_ref, person_id, scheduled, outcome, source) "
            "VALUES ('E1', 1, '2026-02-26T14:00', 'COMPLETED', 'CID'), "
            "('E2', 1, '2026-03-05T14:00', NULL, 'CID')")));
        QVERIFY(TestData::refreshReportingRuns(t.db->sql()));
        const Moment at = Moment::fromString(moment);
        const auto rows = NoncomplianceStore(t.db->sql()).queue(at, L::Thresholds());
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), inQueue ? 1 : 0);
        if (inQueue) {
            QVERIFY(rows.value().first().unactioned);
            QCOMPARE(rows.value().first().breachesThisWeek, 1);
        }
        const auto f = Figures::compute(t.db->sql(), at);
        QVERIFY(f);
        QCOMPARE(f.value().noncomplianceQueue, inQueue ? 1 : 0);
        QCOMPARE(f.value().unactionedBreaches, inQueue ? 1 : 0);
    }

    // The queue and the figures agree on generated data, at the demo's as-of date and at a
    // moment within it, when some of the day's appointments are still to come.
    void queueEqualsTheFiguresOnTheDemo_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::newRow("end of the as-of date") << "2026-11-23";
        QTest::newRow("midday on it") << "2026-11-23T12:00";
        QTest::newRow("a month earlier, 09:30") << "2026-10-23T09:30";
    }
    void queueEqualsTheFiguresOnTheDemo()
    {
        QFETCH(QString, moment);
        static TestDatabase *demo = nullptr;
        if (!demo) {
            demo = new TestDatabase;
            DemoGenerator::Options options;
            options.persons = 600;
            options.seed = 1;
            const Status s = DemoGenerator::generate(demo->db->sql(), options);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        }
        const Moment at = Moment::fromString(moment);
        const auto rows = NoncomplianceStore(demo->db->sql()).queue(at, L::Thresholds());
        QVERIFY(rows);
        const auto f = Figures::compute(demo->db->sql(), at);
        QVERIFY(f);
        qint64 unactioned = 0, lastWeek = 0;
        for (const NoncomplianceRow &r : rows.value()) {
            unactioned += r.unactioned;
            lastWeek += r.breachedLastWeek();
        }
        QCOMPARE(qint64(rows.value().size()), f.value().noncomplianceQueue);
        QCOMPARE(unactioned, f.value().unactionedBreaches);
        QCOMPARE(lastWeek, f.value().noncomplianceQueueLast7Days);
        // Not vacuous: the queue holds people whose last breach is older than the week.
        QVERIFY(unactioned > 0);
        QVERIFY(lastWeek > 0 && lastWeek < qint64(rows.value().size()));
        QCOMPARE(refsOf(rows.value(), [](const NoncomplianceRow &r) { return r.unactioned; }),
                 figure("unactioned_breaches", at, demo));
        // In the rule's order: everyone with Trace and Locate after everyone still to act on.
        QVERIFY(std::is_sorted(rows.value().cbegin(), rows.value().cend(),
                               &NoncomplianceRow::moreUrgent));
        QVERIFY(
            std::is_partitioned(rows.value().cbegin(), rows.value().cend(),
                                [](const NoncomplianceRow &r) { return !r.withTraceLocate(); }));
        QVERIFY(std::any_of(rows.value().cbegin(), rows.value().cend(),
                            [](const NoncomplianceRow &r) { return r.withTraceLocate(); }));
    }

    // The queue's order (issue 16), the pure rule: still to act on first, then those with Trace
    // and Locate; within each, urgent, longest run, latest breach.
    void queueOrder_data()
    {
        QTest::addColumn<NoncomplianceRow>("first");
        QTest::addColumn<NoncomplianceRow>("second");
        const auto row = [](int band, int run, const char *lastBreach, bool withTraceLocate) {
            NoncomplianceRow r;
            r.personRef = QStringLiteral("P%1%2").arg(band).arg(run);
            r.band = band;
            r.consecutive = run;
            r.lastBreach = QLatin1String(lastBreach);
            if (withTraceLocate)
                r.withTraceLocateSince = QDate(2026, 3, 1);
            return r;
        };
        QTest::newRow("to act on, before an urgent long run with Trace and Locate")
            << row(3, 1, "2026-03-01T10:00", false) << row(1, 16, "2026-03-09T10:00", true);
        QTest::newRow("urgent before not, both to act on")
            << row(1, 1, "2026-03-01T10:00", false) << row(3, 9, "2026-03-09T10:00", false);
        QTest::newRow("urgent before not, both with Trace and Locate")
            << row(1, 1, "2026-03-01T10:00", true) << row(3, 9, "2026-03-09T10:00", true);
        QTest::newRow("the longer run")
            << row(3, 5, "2026-03-01T10:00", false) << row(3, 4, "2026-03-09T10:00", false);
        QTest::newRow("the later breach")
            << row(3, 4, "2026-03-09T10:00", true) << row(3, 4, "2026-03-01T10:00", true);
    }
    void queueOrder()
    {
        QFETCH(NoncomplianceRow, first);
        QFETCH(NoncomplianceRow, second);
        QVERIFY(NoncomplianceRow::moreUrgent(first, second));
        QVERIFY(!NoncomplianceRow::moreUrgent(second, first));
        QVERIFY(!NoncomplianceRow::moreUrgent(first, first));
    }

    // The store lists the queue in the rule's order: an urgent absconder of a long run already
    // with Trace and Locate comes after a one-breach caseworker's case.
    void queueListsThoseWithTraceLocateLast()
    {
        TestDatabase t;
        QVERIFY(
            TestData::add(*t.db, {TestData::person(QStringLiteral("TL"), QStringLiteral("Traced"),
                                                   QStringLiteral("G"), QStringLiteral("2"), 77),
                                  TestData::person(QStringLiteral("ON"), QStringLiteral("Once"),
                                                   QStringLiteral("G"), QString(), 24),
                                  TestData::person(QStringLiteral("DU"), QStringLiteral("Due"),
                                                   QStringLiteral("G"), QStringLiteral("2"), 77)}));
        QSqlQuery q(t.db->sql());
        q.prepare(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, "
                                 "outcome, source) VALUES (?, ?, ?, 'NO_SHOW', 'CID')"));
        int n = 0;
        for (int week = 1; week <= 9; ++week)
            for (int person : {1, 3}) {
                q.addBindValue(QStringLiteral("E%1").arg(++n));
                q.addBindValue(person);
                q.addBindValue(m_asOf.addDays(-7 * week).toString(Qt::ISODate) +
                               QStringLiteral("T10:00"));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        q.addBindValue(QStringLiteral("E%1").arg(++n));
        q.addBindValue(2);
        q.addBindValue(m_asOf.addDays(-1).toString(Qt::ISODate) + QStringLiteral("T10:00"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(TestData::refreshReportingRuns(t.db->sql()));
        // TL was declared (countersigned) and referred to Trace and Locate; DU only declared.
        QSqlQuery s(t.db->sql());
        QVERIFY(s.prepare(QStringLiteral(
            "INSERT INTO followup_step (person_id, step, taken_on, recorded_by, recorded_at, "
            "countersigned_by, countersigned_at) VALUES (?, ?, ?, 'cw', '2026-01-01T00:00:00Z', "
            "?, ?)")));
        const QString declared = m_asOf.addDays(-30).toString(Qt::ISODate);
        const QString referred = m_asOf.addDays(-28).toString(Qt::ISODate);
        for (const auto &[person, step, on] : {std::tuple{1, "absconder_declaration", declared},
                                               std::tuple{1, "trace_locate_referral", referred},
                                               std::tuple{3, "absconder_declaration", declared}}) {
            const bool declaration = QLatin1String(step) == QLatin1String("absconder_declaration");
            const QVariant none = QVariant(QMetaType(QMetaType::QString));
            s.addBindValue(person);
            s.addBindValue(QLatin1String(step));
            s.addBindValue(on);
            s.addBindValue(declaration ? QVariant(QStringLiteral("tl")) : none);
            s.addBindValue(declaration ? QVariant(on + QStringLiteral("T12:00:00Z")) : none);
            QVERIFY2(s.exec(), qPrintable(s.lastError().text()));
        }
        const auto rows = NoncomplianceStore(t.db->sql()).queue(m_at, L::Thresholds());
        QVERIFY(rows);
        QStringList order;
        for (const NoncomplianceRow &r : rows.value())
            order << r.personRef;
        // DU (band 1, an absconder with Trace and Locate due) is still to act on: first. ON (band
        // 3, one breach) next. TL, band 1 with the longest run but with Trace and Locate: last.
        QCOMPARE(order,
                 (QStringList{QStringLiteral("DU"), QStringLiteral("ON"), QStringLiteral("TL")}));
        QCOMPARE(rows.value().last().withTraceLocateSince, m_asOf.addDays(-28));
        QVERIFY(!rows.value().last().due);
        QCOMPARE(rows.value().first().due, std::optional<L::Step>(L::TraceLocateReferral));
        QVERIFY(!rows.value().first().withTraceLocate());
        // The figure still counts everyone in the queue: the list and its count agree.
        QCOMPARE(Figures::compute(t.db->sql(), m_at).value().noncomplianceQueue, 3);

        NoncomplianceView view({t.db->sql(), QStringLiteral("sokafor")});
        QCOMPARE(view.model()->rowAt(2).personRef, QStringLiteral("TL"));
        QVERIFY(view.model()
                    ->index(2, NoncomplianceModel::NextStep)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("None: with Trace and Locate since")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("noncomplianceSummary"))
                    ->text()
                    .contains(QStringLiteral("1 with Trace and Locate (listed last)")));
        // The table shows the store's order until a header is clicked.
        QCOMPARE(view.table()->model()->index(2, NoncomplianceModel::Reference).data().toString(),
                 QStringLiteral("TL"));
    }

    void modelShowsAndFiltersTheQueue()
    {
        NoncomplianceModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAsOf(m_at);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.unactionedCount(), 4);
        QCOMPARE(model.breachedLastWeekCount(), 5);
        QCOMPARE(model.index(0, NoncomplianceModel::Urgency).data().toString(),
                 QStringLiteral("Urgent: band 1"));
        QCOMPARE(model.index(1, NoncomplianceModel::Urgency).data().toString(),
                 QStringLiteral("Urgent: Nexus High Harm"));
        QCOMPARE(model.index(2, NoncomplianceModel::State).data().toString(),
                 QStringLiteral("Unactioned"));
        QCOMPARE(model.index(2, NoncomplianceModel::NextStep).data().toString(),
                 L::name(L::ArrestReferral));
        QCOMPARE(model.index(2, NoncomplianceModel::Consecutive).data(Roles::Sort).toInt(), 4);
        QCOMPARE(model.index(3, NoncomplianceModel::State).data().toString(),
                 QStringLiteral("Absconder"));
        QCOMPARE(model.index(3, NoncomplianceModel::NextStep).data().toString(),
                 L::name(L::TraceLocateReferral));
        QVERIFY(model.index(4, NoncomplianceModel::LastStep)
                    .data()
                    .toString()
                    .startsWith(L::name(L::WarningLetter)));
        QCOMPARE(model.index(4, NoncomplianceModel::Reference).data(Roles::PersonId).toLongLong(),
                 id("C2"));
        QCOMPARE(model.index(5, NoncomplianceModel::ThisWeek).data().toInt(), 0); // C3
        model.setFilter(true, false, OwnerScope::everyone());
        QCOMPARE(model.rowCount(), 4);
        model.setFilter(false, true, OwnerScope::everyone());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOfPerson(id("C3")), -1);
        model.setFilter(true, true, OwnerScope::everyone());
        QCOMPARE(model.rowCount(), 3); // A1, N1, C1
        model.setFilter(false, false, OwnerScope::user(QStringLiteral("jmensah")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).personRef, QStringLiteral("C2"));
        QCOMPARE(model.totalCount(), 6);
        model.setFilter(false, false, OwnerScope::everyone());
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void viewRecordsAFollowUp()
    {
        NoncomplianceView view({m_t.db->sql(), QStringLiteral("sokafor")});
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 6);
        const QString summary =
            view.findChild<QLabel *>(QStringLiteral("noncomplianceSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("in a run of breaches, 4 unactioned, 5 breached "
                                                 "in the last 7 days")),
                 qPrintable(summary));
        auto *unactioned = view.findChild<QCheckBox *>(QStringLiteral("unactionedOnlyCheck"));
        QTest::mouseClick(unactioned, Qt::LeftButton, {}, QPoint(5, unactioned->height() / 2));
        QVERIFY(unactioned->isChecked());
        QCOMPARE(view.model()->rowCount(), 4);

        // Select C1 (four in a row) and record the arrest team referral the dialog proposes.
        const int row = view.model()->rowOfPerson(id("C1"));
        QVERIFY(row >= 0);
        view.table()->selectRow(row);
        view.table()->setCurrentIndex(view.table()->model()->index(row, 0));
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<FollowUpDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            QCOMPARE(dialog->step().step, L::ArrestReferral);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *outcomeProblem = dialog->findChild<QLabel *>(QStringLiteral("outcomeProblem"));
            auto *notesProblem = dialog->findChild<QLabel *>(QStringLiteral("notesProblem"));
            // Nothing said yet: OK waits, and each field says what it needs beside itself.
            QVERIFY(!ok->isEnabled());
            QVERIFY(outcomeProblem->isVisible());
            QVERIFY(notesProblem->isVisible());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("outcomeEdit")),
                             QStringLiteral("Accepted by the North West team"));
            QVERIFY(!outcomeProblem->isVisible());
            QVERIFY(!ok->isEnabled()); // a referral needs its notes too
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")),
                             QStringLiteral("Last known address and photograph"));
            QVERIFY(!notesProblem->isVisible());
            QVERIFY(ok->isEnabled());
            // A declaration without the alternatives tried cannot be saved.
            dialog->setStep(L::AbsconderDeclaration);
            QVERIFY(!ok->isEnabled());
            QVERIFY(
                dialog->findChild<QLabel *>(QStringLiteral("alternativesProblem"))->isVisible());
            dialog->setStep(L::ArrestReferral);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QSignalSpy said(&view, &NoncomplianceView::statusMessage);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("recordFollowUpButton")),
                          Qt::LeftButton);
        QVERIFY(sawDialog);
        // C1 is actioned now: gone from the unactioned-only list, and the view says so.
        QCOMPARE(said.count(), 1);
        QCOMPARE(said.first().first().toString(),
                 QStringLiteral("Recorded 'Referral to an arrest team' for Family C1, G (C1). The "
                                "filters now hide them."));
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->rowOfPerson(id("C1")), -1);
        const auto steps = FollowUpStore(m_t.db->sql()).forPerson(id("C1"));
        QCOMPARE(steps.value().first().step, L::ArrestReferral);
        QCOMPARE(steps.value().first().outcome, QStringLiteral("Accepted by the North West team"));
        QCOMPARE(steps.value().first().notes, QStringLiteral("Last known address and photograph"));
        QCOMPARE(steps.value().first().recordedBy, QStringLiteral("sokafor"));
        QTest::mouseClick(unactioned, Qt::LeftButton, {}, QPoint(5, unactioned->height() / 2));
        QCOMPARE(view.model()->rowCount(), 6);
    }

    // "Breached in the last 7 days" is a filter of the queue, reached by keyboard (Alt+7) and
    // remembered like the others.
    void lastWeekFilterIsKeyboardReachableAndRemembered()
    {
        {
            NoncomplianceView view({m_t.db->sql(), QStringLiteral("sokafor")});
            view.show();
            view.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&view));
            auto *lastWeek = view.findChild<QCheckBox *>(QStringLiteral("breachedLastWeekCheck"));
            QVERIFY(lastWeek && !lastWeek->isChecked());
            QCOMPARE(view.model()->rowCount(), 6);
            QTest::keyClick(&view, Qt::Key_7, Qt::AltModifier);
            QTRY_VERIFY(lastWeek->isChecked()); // a mnemonic clicks after a short animation
            QCOMPARE(view.model()->rowCount(), 5);
            QCOMPARE(view.model()->rowOfPerson(id("C3")), -1);
            QVERIFY(view.findChild<QLabel *>(QStringLiteral("noncomplianceSummary"))
                        ->text()
                        .endsWith(QStringLiteral("Showing 5.")));
        }
        QVERIFY(UserSettings(m_t.db->sql(), QStringLiteral("sokafor"))
                    .value(QStringLiteral("noncompliance/breachedLastWeek"))
                    .toBool());
        NoncomplianceView again({m_t.db->sql(), QStringLiteral("sokafor")});
        auto *lastWeek = again.findChild<QCheckBox *>(QStringLiteral("breachedLastWeekCheck"));
        QVERIFY(lastWeek->isChecked());
        QCOMPARE(again.model()->rowCount(), 5);
        lastWeek->setChecked(false);
        QCOMPARE(again.model()->rowCount(), 6);
        QVERIFY(!UserSettings(m_t.db->sql(), QStringLiteral("sokafor"))
                     .value(QStringLiteral("noncompliance/breachedLastWeek"))
                     .toBool());
    }

    void ladderThresholdsAreSettings()
    {
        LadderSettingsDialog dialog(LadderSettings::load());
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *letter = dialog.findChild<QSpinBox *>(QStringLiteral("warningLetterSpin"));
        auto *arrest = dialog.findChild<QSpinBox *>(QStringLiteral("arrestReferralSpin"));
        QCOMPARE(arrest->value(), 3); // the default
        // Typed in: the arrest team from the second breach, before the letter: refused.
        arrest->selectAll();
        QTest::keyClicks(arrest, QStringLiteral("2"));
        letter->selectAll();
        QTest::keyClicks(letter, QStringLiteral("3"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("ladderProblem"))->text().isEmpty());
        letter->selectAll();
        QTest::keyClicks(letter, QStringLiteral("2"));
        QVERIFY(ok->isEnabled());
        LadderSettings::save(dialog.thresholds());
        QCOMPARE(LadderSettings::load().arrestReferral, 2);
        // The queue follows: with the arrest team from two breaches, it is C2's next step.
        const auto rows = NoncomplianceStore(m_t.db->sql()).queue(m_at, LadderSettings::load());
        QVERIFY(rows);
        for (const NoncomplianceRow &r : rows.value()) {
            if (r.personRef == QLatin1String("C2"))
                QCOMPARE(r.due, std::optional<L::Step>(L::ArrestReferral));
        }
        // Restore Defaults, and nonsense in the settings file falls back to the defaults.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.thresholds().arrestReferral, 3);
        QSettings().setValue(QStringLiteral("ladder/verbalWarning"), 0);
        QCOMPARE(LadderSettings::load().arrestReferral, L::Thresholds().arrestReferral);
        LadderSettings::save(L::Thresholds());
    }

    void enterOnTheQueueOpensThePersonAtReporting()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        QVERIFY(window.showView(QStringLiteral("noncompliance")));
        auto *queue = qobject_cast<NoncomplianceView *>(window.tabs()->currentWidget());
        QVERIFY(queue);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        queue->table()->setFocus();
        queue->table()->setCurrentIndex(queue->table()->model()->index(0, 1));
        QTest::keyClick(queue->table(), Qt::Key_Return);
        auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
        QVERIFY(record);
        QCOMPARE(record->personId(), queue->model()->rowAt(0).personId);
        auto *lower = record->findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        QCOMPARE(lower->currentWidget(), static_cast<QWidget *>(record->reportingPanel()));
    }

    // "My team" in the queue (issue 16): exactly the people in it owned by any member of the
    // team, against the raw tables; a user in no team has the choice, disabled.
    void queueFiltersByMyTeam()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO reporting_event (event_ref, person_id, scheduled, outcome, source) "
                "SELECT 'E' || id, id, '%1T10:00', 'NO_SHOW', 'CID' FROM person")
                .arg(m_asOf.addDays(-2).toString(Qt::ISODate))));
        // T3's owner cwab is in "Leeds AB"; T4 (cwl, Liverpool A) has reported since: out.
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO reporting_event (event_ref, person_id, scheduled, outcome, source) "
                "SELECT 'R' || id, id, '%1T10:00', 'COMPLETED', 'CID' FROM person WHERE person_ref "
                "= 'T4'")
                .arg(m_asOf.addDays(-1).toString(Qt::ISODate))));
        QVERIFY(TestData::refreshReportingRuns(t.db->sql()));
        const auto rows = NoncomplianceStore(t.db->sql()).queue(m_at, L::Thresholds());
        QVERIFY(rows);
        const QStringList queued =
            refsOf(rows.value(), [](const NoncomplianceRow &) { return true; });
        QCOMPARE(queued.size(), 7);
        for (const QString &team : {QStringLiteral("Leeds A"), QStringLiteral("Leeds AB"),
                                    QStringLiteral("Liverpool A"), QString()}) {
            QStringList expected;
            for (const QString &ref : TestData::refsOwnedByTeam(*t.db, team))
                if (queued.contains(ref))
                    expected << ref;
            const OwnerScope scope = OwnerScope::team(team);
            QCOMPARE(refsOf(rows.value(),
                            [&](const NoncomplianceRow &r) {
                                return scope.contains(r.caseOwner, r.ownerTeam);
                            }),
                     expected);
            NoncomplianceModel model(t.db->sql());
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setAsOf(m_at);
            QVERIFY(model.reload());
            model.setFilter(false, false, scope);
            QCOMPARE(model.rowCount(), int(expected.size()));
            QCOMPARE(model.countWithin(scope), int(expected.size()));
        }
        QCOMPARE(TestData::refsOwnedByTeam(*t.db, QStringLiteral("Leeds A")),
                 (QStringList{QStringLiteral("T1"), QStringLiteral("T2")}));

        // The team leader chooses My team; a caseworker in no team finds it disabled.
        NoncomplianceView leader({t.db->sql(), QStringLiteral("tleader")});
        auto *owner = leader.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        QVERIFY(owner);
        const int team = owner->findData(QStringLiteral("team"));
        QCOMPARE(owner->itemText(team), QStringLiteral("My team (Leeds A)"));
        owner->setCurrentIndex(team);
        QCOMPARE(leader.model()->rowCount(), 2);
        NoncomplianceView again({t.db->sql(), QStringLiteral("tleader")});
        QCOMPARE(again.model()->rowCount(), 2); // remembered
        NoncomplianceView loner({t.db->sql(), QStringLiteral("cwnone")});
        auto *lonerOwner = loner.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        const auto *items = qobject_cast<QStandardItemModel *>(lonerOwner->model());
        QVERIFY(!items->item(lonerOwner->findData(QStringLiteral("team")))->isEnabled());
        QVERIFY(!items->item(lonerOwner->findData(QStringLiteral("team")))->toolTip().isEmpty());
        lonerOwner->setCurrentIndex(lonerOwner->findData(QStringLiteral("team")));
        QCOMPARE(loner.model()->rowCount(), 7); // no team: nothing to narrow to
    }

    // The main window's status bar says what was recorded, for whom (issue 16).
    void mainWindowSaysWhatWasRecorded()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        QVERIFY(window.showView(QStringLiteral("noncompliance")));
        auto *queue = qobject_cast<NoncomplianceView *>(window.tabs()->currentWidget());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int row = queue->model()->rowOfPerson(id("N1"));
        QVERIFY(row >= 0);
        queue->table()->setCurrentIndex(queue->table()->model()->index(row, 0));
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<FollowUpDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->step().step, L::VerbalWarning);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("outcomeEdit")),
                             QStringLiteral("Spoke to him: he will report on Monday"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        queue->recordFollowUpForSelected();
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Recorded 'Phone contact and verbal warning' for Family N1, G "
                                "(N1)."));
    }
};

QTEST_MAIN(TestNoncompliance)
#include "tst_noncompliance.moc"
