// The caseload-wide views of issue 5: the barrier register, the progression worklists and
// removals with charter flights. Their models under QAbstractItemModelTester on a small
// hand-made caseload whose answers are known, the worklists agreeing with the figures on the
// demo too, the barrier filters driven by keyboard and mouse, the charter flight dialog
// saving through the store, and the main window opening the views by name.
#include "demo/demogenerator.h"
#include "dialogs/charterflightdialog.h"
#include "figures/figures.h"
#include "itemmodels/barrierregistermodel.h"
#include "itemmodels/charterflightsmodel.h"
#include "itemmodels/progressionmodel.h"
#include "itemmodels/removalsmodel.h"
#include "itemmodels/roles.h"
#include "lists/barriersview.h"
#include "lists/progressionview.h"
#include "lists/removalsview.h"
#include "person/personrecordwidget.h"
#include "store/barrierstore.h"
#include "store/progressionstore.h"
#include "store/removalstore.h"
#include "store/traveldocumentstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using List = ProgressionStore::List;

class TestProgressionViews : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    const QDate m_today = QDate::currentDate();
    const QString m_user = QStringLiteral("sokafor");
    qint64 m_flight = 0;

    qint64 id(const char *ref)
    {
        return PersonStore(m_t.db->sql()).findByRef(QLatin1String(ref)).value()->id;
    }
    static QStringList refs(const QAbstractItemModel &m, int column)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, column).data().toString();
        return out;
    }
    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }
    qint64 barrier(const char *ref, const char *type, int raisedDaysAgo)
    {
        Barrier b;
        b.personId = id(ref);
        b.type = QLatin1String(type);
        b.raisedOn = m_today.addDays(-raisedDaysAgo);
        const auto added = BarrierStore(m_t.db->sql()).add(b, m_user);
        if (!added)
            qWarning("barrier: %s", qPrintable(added.error().toString()));
        return added ? added.value() : 0;
    }
    bool directions(const char *ref, int setDaysAgo, const char *outcome = "",
                    const char *reason = "", bool charter = false)
    {
        RemovalDirections d;
        d.personId = id(ref);
        d.setOn = m_today.addDays(-setDaysAgo);
        d.plannedOn = d.setOn.addDays(14);
        d.route = charter ? QStringLiteral("charter") : QStringLiteral("scheduled");
        d.charterFlightId = charter ? m_flight : 0;
        d.outcome = QLatin1String(outcome);
        if (!d.isPending())
            d.outcomeOn = d.plannedOn;
        d.failureReason = QLatin1String(reason);
        d.red0004ServedOn = d.setOn;
        const auto saved = RemovalStore(m_t.db->sql()).save(d, m_user);
        if (!saved)
            qWarning("directions: %s", qPrintable(saved.error().toString()));
        return saved.ok();
    }

private slots:
    void initTestCase();
    void barrierRegisterModel();
    void progressionModelLists();
    void progressionListsEqualTheFigures();
    void progressionOnTheDemoEqualsTheFigures();
    void removalsAndCharterFlightsModels();
    void barriersViewTypeComboNarrowsTheRows();
    void progressionViewSwitchesListsAndOpensThePerson();
    void charterFlightDialogSavesThroughTheStore();
    void mainWindowShowsTheViewsByName();
};

// The caseload, owned by sokafor unless said:
//   R1  MAPPA 2 (band 1), nothing in the way: ripe, first.
//   R2  band 3, jmensah's: ripe.
//   OLD band 3, 24 months that ended two years ago, no decision: ripe and decision overdue.
//   B1  an open CID asylum case: not ripe; a travel document to seek (apply).
//   B2  an embassy barrier recorded in Lodestar: not ripe; a document to seek (apply).
//   D1  removal directions pending, and a judicial review raised since: last-minute; an ETD
//       applied for, to chase.
//   X1  removed on the charter flight: not ripe.
//   F1  failed on the charter (fresh asylum claim, cleared since): ripe again.
//   H1  on hold for 30 days, preparation allocated 70 days ago: overdue, not ripe.
//   P1  preparation allocated 20 days ago, initial not done: overdue, and ripe.
//   DET detained: in no list.
void TestProgressionViews::initTestCase()
{
    TestData::isolateSettings(QStringLiteral("tst_progressionviews"));
    const auto p = [](const char *ref, const char *mappa = "", int sentence = 24,
                      const QStringList &barriers = {}, const char *owner = "sokafor",
                      const char *custody = "NON_DETAINED") {
        return TestData::person(QLatin1String(ref), QStringLiteral("Family ") + QLatin1String(ref),
                                QStringLiteral("G"), QLatin1String(mappa), sentence, barriers,
                                QStringLiteral("CC Leeds"), QLatin1String(owner),
                                QLatin1String(custody));
    };
    PersonStore::NewPerson old = p("OLD");
    old.cases[0].sentenceEnd = m_today.addYears(-2).toString(Qt::ISODate);
    old.cases[0].deportationDecision = QStringLiteral("NONE");
    QVERIFY(TestData::add(*m_t.db, {p("R1", "2"), p("R2", "", 24, {}, "jmensah"), old,
                                    p("B1", "", 24, {QStringLiteral("ASYLUM")}), p("B2"), p("D1"),
                                    p("X1"), p("F1"), p("H1"), p("P1"),
                                    p("DET", "", 24, {}, "sokafor", "DETAINED")}));
    QVERIFY(barrier("B2", "embassy", 40) > 0);
    CharterFlight flight;
    flight.reference = QStringLiteral("CH-TEST-1");
    flight.destination = QStringLiteral("Kingston");
    flight.departsOn = m_today.addDays(-20);
    const auto saved = RemovalStore(m_t.db->sql()).saveFlight(flight, m_user);
    QVERIFY(saved);
    m_flight = saved.value();
    QVERIFY(directions("D1", 10));
    QVERIFY(barrier("D1", "judicial_review", 3) > 0);
    TravelDocument etd;
    etd.personId = id("D1");
    etd.status = QStringLiteral("applied");
    etd.appliedOn = m_today.addDays(-8);
    QVERIFY(TravelDocumentStore(m_t.db->sql()).save(etd, m_user));
    QVERIFY(directions("X1", 34, "removed", "", true));
    QVERIFY(directions("F1", 34, "failed", "fresh_asylum_claim", true));
    // The claim that stopped F1 was raised in the directions' span and refused since.
    const qint64 claim = barrier("F1", "asylum", 22);
    QVERIFY(claim > 0);
    QVERIFY(BarrierStore(m_t.db->sql())
                .clear(id("F1"), claim, m_today.addDays(-5), QStringLiteral("refused"), QString(),
                       m_user, 1));
    ProgressionHold hold;
    hold.personId = id("H1");
    hold.reason = QStringLiteral("Awaiting the outcome of the MP's letter");
    hold.placedOn = m_today.addDays(-1);
    hold.untilOn = m_today.addDays(30);
    QVERIFY(ProgressionStore(m_t.db->sql()).placeHold(hold, m_user));
    CasePreparation prep;
    prep.personId = id("H1");
    prep.allocatedOn = m_today.addDays(-70);
    prep.initialDoneOn = m_today.addDays(-60);
    QVERIFY(ProgressionStore(m_t.db->sql()).savePreparation(prep, m_user));
    prep.personId = id("P1");
    prep.allocatedOn = m_today.addDays(-20);
    prep.initialDoneOn = QDate();
    QVERIFY(ProgressionStore(m_t.db->sql()).savePreparation(prep, m_user));
}

void TestProgressionViews::barrierRegisterModel()
{
    BarrierRegisterModel model(m_t.db->sql());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    // Open barriers oldest first: B2's embassy (40 days), D1's judicial review (3 days), and
    // B1's asylum case raised today, when CID's case was first seen.
    using M = BarrierRegisterModel;
    QCOMPARE(refs(model, M::Reference),
             (QStringList{QStringLiteral("B2"), QStringLiteral("D1"), QStringLiteral("B1")}));
    QCOMPARE(model.index(0, M::Type).data(Roles::Code).toString(), QStringLiteral("embassy"));
    QCOMPARE(model.index(0, M::DaysOpen).data().toInt(), 40);
    QCOMPARE(model.index(0, M::Source).data().toString(), Barrier::sourceName("lodestar"));
    QVERIFY(model.index(2, M::Source).data().toString().contains(QStringLiteral("CC/B1/2")));
    QVERIFY(model.index(1, M::LastMinute).data(Roles::Problem).toBool());
    QVERIFY(!model.index(0, M::LastMinute).data(Roles::Problem).toBool());
    QCOMPARE(model.index(1, M::Person).data(Roles::PersonId).toLongLong(), id("D1"));
    QCOMPARE(model.index(2, M::Band).data(Roles::Band).toInt(), 4);
    QCOMPARE(model.openTotal(), qint64(3));
    QCOMPARE(model.openByType().value(QStringLiteral("asylum")), qint64(1));

    BarrierStore::Filter f;
    f.openOnly = false;
    model.setFilter(f);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 4); // F1's refused claim too, in order of raising
    const int f1 = int(refs(model, M::Reference).indexOf(QStringLiteral("F1")));
    QVERIFY(f1 >= 0);
    QCOMPARE(model.index(f1, M::DaysOpen).data().toInt(), 17);
    QVERIFY(model.index(f1, M::LastMinute).data(Roles::Problem).toBool());
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.rowAt(r - 1).barrier.standingSince() <=
                model.rowAt(r).barrier.standingSince());
    f.lastMinuteOnly = true;
    model.setFilter(f);
    QVERIFY(model.reload());
    QCOMPARE(sorted(refs(model, M::Reference)),
             (QStringList{QStringLiteral("D1"), QStringLiteral("F1")}));
    f = BarrierStore::Filter();
    f.source = QStringLiteral("cid");
    model.setFilter(f);
    QVERIFY(model.reload());
    QCOMPARE(refs(model, M::Reference), QStringList{QStringLiteral("B1")});
    f = BarrierStore::Filter();
    f.caseOwner = QStringLiteral("jmensah");
    model.setFilter(f);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 0);
}

void TestProgressionViews::progressionModelLists()
{
    ProgressionModel model(m_t.db->sql());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using M = ProgressionModel;
    QVERIFY(model.reload());
    const QStringList ripe = refs(model, M::Reference);
    QCOMPARE(ripe.value(0), QStringLiteral("R1")); // band 1 first
    QCOMPARE(sorted(ripe),
             (QStringList{QStringLiteral("F1"), QStringLiteral("OLD"), QStringLiteral("P1"),
                          QStringLiteral("R1"), QStringLiteral("R2")}));
    const int old = int(ripe.indexOf(QStringLiteral("OLD")));
    QCOMPARE(model.index(old, M::Decision).data().toString(),
             M::decisionName(ProgressionRules::Decision::None));
    // No decision and no document: both steps at once, the decision's first (report 7.10).
    QCOMPARE(model.index(old, M::NextStep).data().toString(),
             ProgressionRules::stepsName(ProgressionRules::Step::MakeDecision |
                                         ProgressionRules::Step::ApplyForDocument));
    QVERIFY(model.index(old, M::NextStep)
                .data()
                .toString()
                .startsWith(ProgressionRules::stepName(ProgressionRules::Step::MakeDecision)));
    QCOMPARE(model.index(old, M::TravelDocument).data().toString(),
             M::documentName(ProgressionRules::Document::None));

    model.setCaseOwner(QStringLiteral("jmensah"));
    QVERIFY(model.reload());
    QCOMPARE(refs(model, M::Reference), QStringList{QStringLiteral("R2")});
    model.setCaseOwner(QString());

    model.setList(List::PreparationOverdue);
    QVERIFY(model.reload());
    // Longest overdue first; H1 is on hold and stays on this list, with the day it ends.
    QCOMPARE(refs(model, M::Reference), (QStringList{QStringLiteral("H1"), QStringLiteral("P1")}));
    QCOMPARE(model.index(0, M::OnHoldUntil).data(Roles::Sort).toDate(), m_today.addDays(30));
    QVERIFY(model.index(0, M::Preparation).data(Roles::Problem).toBool());
    QCOMPARE(model.index(0, M::Preparation).data().toString(),
             M::preparationText(model.rowAt(0).preparation, model.asOf()));
    QVERIFY(
        model.index(0, M::Preparation)
            .data()
            .toString()
            .startsWith(CasePreparation::statusName(CasePreparation::Status::FinalisingOverdue)));
    QVERIFY(model.index(1, M::Preparation)
                .data()
                .toString()
                .startsWith(CasePreparation::statusName(CasePreparation::Status::InitialOverdue)));
    QCOMPARE(model.index(1, M::Preparation).data(Roles::Sort).toDate(), m_today.addDays(-6));

    model.setList(List::DecisionOverdue);
    QVERIFY(model.reload());
    QCOMPARE(refs(model, M::Reference), QStringList{QStringLiteral("OLD")});
    QCOMPARE(model.index(0, M::SentenceEnd).data(Roles::Sort).toDate(), m_today.addYears(-2));

    // Documents to seek while a barrier is open: nothing sought first, then the ETD to chase;
    // the step is the document's alone, beside the barriers that keep the person here.
    model.setList(List::DocumentToSeek);
    QVERIFY(model.reload());
    QCOMPARE(refs(model, M::Reference),
             (QStringList{QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("D1")}));
    QCOMPARE(model.headerData(M::NextStep, Qt::Horizontal).toString(),
             ProgressionModel::tr("Document step"));
    QCOMPARE(model.index(0, M::NextStep).data().toString(),
             ProgressionRules::stepName(ProgressionRules::Step::ApplyForDocument));
    QCOMPARE(model.index(2, M::NextStep).data().toString(),
             ProgressionRules::stepName(ProgressionRules::Step::ChaseDocument));
    QVERIFY(model.index(0, M::NextStep).data(Roles::Sort).toInt() <
            model.index(2, M::NextStep).data(Roles::Sort).toInt());
    QCOMPARE(model.index(2, M::TravelDocument).data().toString(),
             M::documentName(ProgressionRules::Document::InProgress));
    QCOMPARE(model.index(0, M::Barriers).data().toString(),
             Barrier::typeName(QStringLiteral("asylum")));
    QCOMPARE(model.index(1, M::Barriers).data().toString(),
             Barrier::typeName(QStringLiteral("embassy")));
    QCOMPARE(model.index(2, M::Barriers).data(Qt::ToolTipRole).toString(),
             Barrier::typeName(QStringLiteral("judicial_review")));
    QCOMPARE(model.index(1, M::Person).data(Roles::PersonId).toLongLong(), id("B2"));

    // Back on the ripe list, the header is the next steps' again.
    model.setList(List::Ripe);
    QVERIFY(model.reload());
    QCOMPARE(model.headerData(M::NextStep, Qt::Horizontal).toString(),
             ProgressionModel::tr("Next step"));
}

void TestProgressionViews::progressionListsEqualTheFigures()
{
    const auto figures = Figures::compute(m_t.db->sql(), m_today);
    QVERIFY(figures);
    // By hand (the people above): R1, R2, OLD, F1 (its claim refused) and P1 (preparation is
    // no bar); not B1, B2 (open barriers), D1 (directions pending), X1 (removed), H1 (on
    // hold), DET (detained).
    QCOMPARE(figures.value().ripeForProgression, qint64(5));
    ProgressionModel model(m_t.db->sql());
    model.setList(List::Ripe);
    QVERIFY(model.reload());
    QCOMPARE(sorted(refs(model, ProgressionModel::Reference)),
             (QStringList{QStringLiteral("F1"), QStringLiteral("OLD"), QStringLiteral("P1"),
                          QStringLiteral("R1"), QStringLiteral("R2")}));
    for (const auto &[list, figure] :
         {std::pair{List::Ripe, figures.value().ripeForProgression},
          std::pair{List::PreparationOverdue, figures.value().preparationOverdue},
          std::pair{List::DecisionOverdue, figures.value().deportationDecisionOverdue},
          std::pair{List::DocumentToSeek, figures.value().documentToSeekBarrierOpen}}) {
        model.setList(list);
        QVERIFY(model.reload());
        QCOMPARE(qint64(model.rowCount()), figure);
    }
}

void TestProgressionViews::progressionOnTheDemoEqualsTheFigures()
{
    TestDatabase demo;
    DemoGenerator::Options options;
    options.persons = 1500;
    options.seed = 7;
    const Status s = DemoGenerator::generate(demo.db->sql(), options);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    const QDate asOf = QDate::fromString(options.asOf, Qt::ISODate);
    const auto figures = Figures::compute(demo.db->sql(), asOf);
    QVERIFY(figures);
    QVERIFY(figures.value().ripeForProgression > 0);
    QVERIFY(figures.value().deportationDecisionOverdue > 0);
    QVERIFY(figures.value().documentToSeekBarrierOpen > 0);
    ProgressionModel model(demo.db->sql());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(asOf);
    for (const auto &[list, figure] :
         {std::pair{List::Ripe, figures.value().ripeForProgression},
          std::pair{List::PreparationOverdue, figures.value().preparationOverdue},
          std::pair{List::DecisionOverdue, figures.value().deportationDecisionOverdue},
          std::pair{List::DocumentToSeek, figures.value().documentToSeekBarrierOpen}}) {
        model.setList(list);
        QVERIFY(model.reload());
        QCOMPARE(qint64(model.rowCount()), figure);
    }
    // The documents list is the figure's very people, each with an open barrier and a step.
    model.setList(List::DocumentToSeek);
    QVERIFY(model.reload());
    const auto people =
        Figures::personRefs(demo.db->sql(), QStringLiteral("document_to_seek_barrier_open"), asOf);
    QVERIFY(people);
    QStringList listed;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ProgressionStore::Row &row = model.rowAt(r);
        listed << row.personRef;
        QVERIFY(!row.barrierTypes.isEmpty());
        QVERIFY(ProgressionRules::documentStep(row.document).has_value());
    }
    QCOMPARE(sorted(listed), people.value());
    // The barrier register's open rows are the figure's open barriers.
    BarrierRegisterModel barriers(demo.db->sql());
    QAbstractItemModelTester barrierTester(&barriers,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(barriers.reload());
    qint64 open = 0;
    for (const qint64 n : figures.value().openBarriersByType)
        open += n;
    QVERIFY(open > BarrierRegisterModel::PageSize); // more than one page
    QCOMPARE(barriers.totalCount(), open);
    QCOMPARE(barriers.rowCount(), BarrierRegisterModel::PageSize); // the first page only
    QVERIFY(barriers.canFetchMore(QModelIndex()));
    QVERIFY(barriers.fetchAll());
    QCOMPARE(qint64(barriers.rowCount()), open);
    QVERIFY(!barriers.canFetchMore(QModelIndex()));
    // The pages join without a gap or a repeat, in order.
    QSet<qint64> seen;
    for (int r = 0; r < barriers.rowCount(); ++r) {
        seen.insert(barriers.rowAt(r).barrier.id);
        if (r > 0)
            QVERIFY(barriers.rowAt(r - 1).barrier.standingSince() <=
                    barriers.rowAt(r).barrier.standingSince());
    }
    QCOMPARE(qint64(seen.size()), open);
    QCOMPARE(barriers.openTotal(), open);
}

void TestProgressionViews::removalsAndCharterFlightsModels()
{
    RemovalsModel removals(m_t.db->sql());
    QAbstractItemModelTester tester(&removals,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    using R = RemovalsModel;
    QVERIFY(removals.reload());
    QCOMPARE(removals.rowCount(), 3);
    QCOMPARE(removals.pendingCount(), 1);
    QCOMPARE(removals.index(0, R::Reference).data().toString(), QStringLiteral("D1"));
    QCOMPARE(removals.index(0, R::Outcome).data(Roles::Code).toString(), QString());
    QCOMPARE(removals.index(0, R::PlannedOn).data(Roles::Sort).toDate(), m_today.addDays(4));
    QVERIFY(!removals.index(0, R::Red0004).data().toString().isEmpty());
    bool sawFailed = false;
    for (int r = 1; r < removals.rowCount(); ++r) {
        if (removals.index(r, R::Outcome).data(Roles::Code).toString() == "failed") {
            sawFailed = true;
            QCOMPARE(removals.index(r, R::Reason).data().toString(),
                     RemovalDirections::failureReasonName("fresh_asylum_claim"));
            QVERIFY(removals.index(r, R::Route).data().toString().contains("CH-TEST-1"));
        }
    }
    QVERIFY(sawFailed);
    removals.setPendingOnly(true);
    QVERIFY(removals.reload());
    QCOMPARE(removals.rowCount(), 1);

    CharterFlightsModel flights(m_t.db->sql());
    QAbstractItemModelTester flightTester(&flights,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    using F = CharterFlightsModel;
    QVERIFY(flights.reload());
    int row = -1;
    for (int r = 0; r < flights.rowCount(); ++r) {
        if (flights.rowAt(r).flight.id == m_flight)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(flights.index(row, F::Flight).data().toString(), QStringLiteral("CH-TEST-1"));
    QCOMPARE(flights.index(row, F::Planned).data().toLongLong(), qint64(2));
    QCOMPARE(flights.index(row, F::Removed).data().toLongLong(), qint64(1));
    QCOMPARE(flights.index(row, F::Failed).data().toLongLong(), qint64(1));
    QCOMPARE(flights.index(row, F::Pending).data().toLongLong(), qint64(0));
    QCOMPARE(flights.columnCount(), F::FirstReason + 8);
    const int asylum = F::columnOf(QStringLiteral("fresh_asylum_claim"));
    QCOMPARE(asylum, int(F::FirstReason));
    QCOMPARE(flights.index(row, asylum).data().toLongLong(), qint64(1));
    QCOMPARE(flights.index(row, F::columnOf(QStringLiteral("judicial_review"))).data().toLongLong(),
             qint64(0));
    QCOMPARE(flights.index(row, asylum).data(Roles::Code).toString(),
             QStringLiteral("fresh_asylum_claim"));
    QVERIFY(flights.index(row, F::Failed)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(RemovalDirections::failureReasonName("fresh_asylum_claim")));
    QCOMPARE(flights.totals().failedByReason.value("fresh_asylum_claim"), qint64(1));
}

void TestProgressionViews::barriersViewTypeComboNarrowsTheRows()
{
    BarriersView view({m_t.db->sql(), m_user});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *type = view.findChild<QComboBox *>(QStringLiteral("barrierTypeFilter"));
    QVERIFY(type);
    QCOMPARE(type->currentData().toString(), QString());
    QCOMPARE(view.table()->model()->rowCount(), 3);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("barriersSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("3")));
    QVERIFY(summary->text().contains(Barrier::typeName(QStringLiteral("embassy"))));

    // One step down the list by keyboard: the first type, asylum.
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(type->currentData().toString(), QStringLiteral("asylum"));
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(view.table()->model()->index(0, BarrierRegisterModel::Reference).data().toString(),
             QStringLiteral("B1"));
    // Embassy by keyboard: six down from "Every type".
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(type->currentData().toString(), QStringLiteral("embassy"));
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(view.table()->model()->index(0, BarrierRegisterModel::Reference).data().toString(),
             QStringLiteral("B2"));
    // A type nobody has: the empty table says why.
    type->setCurrentIndex(type->findData(QStringLiteral("medical")));
    QCOMPARE(view.table()->model()->rowCount(), 0);
    auto *empty = view.findChild<QLabel *>(QStringLiteral("emptyMessage"));
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());

    // Last-minute only, by mouse, over every type.
    type->setCurrentIndex(0);
    auto *lastMinute = view.findChild<QCheckBox *>(QStringLiteral("lastMinuteCheck"));
    QTest::mouseClick(lastMinute, Qt::LeftButton, {}, QPoint(8, lastMinute->height() / 2));
    QVERIFY(lastMinute->isChecked());
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(view.table()->model()->index(0, BarrierRegisterModel::Reference).data().toString(),
             QStringLiteral("D1"));
    QVERIFY(!empty->isVisible());

    // The choices are remembered for the next view.
    type->setCurrentIndex(type->findData(QStringLiteral("judicial_review")));
    {
        BarriersView again({m_t.db->sql(), m_user});
        auto *againType = again.findChild<QComboBox *>(QStringLiteral("barrierTypeFilter"));
        QCOMPARE(againType->currentData().toString(), QStringLiteral("judicial_review"));
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("lastMinuteCheck"))->isChecked());
        QCOMPARE(again.table()->model()->rowCount(), 1);
    }
    lastMinute->setChecked(false);
    type->setCurrentIndex(0);

    // Enter opens the person of the row.
    QSignalSpy open(&view, &BarriersView::openPerson);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.table()->model()->index(0, 0));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), id("B2"));
}

void TestProgressionViews::progressionViewSwitchesListsAndOpensThePerson()
{
    ProgressionView view({m_t.db->sql(), m_user});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.lists()->count(), 4);
    QCOMPARE(view.model()->list(), List::Ripe);
    QCOMPARE(view.table()->model()->rowCount(), 5);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("progressionSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("People on this list: 5.")));
    QVERIFY(view.table()->isColumnHidden(ProgressionModel::SentenceEnd));

    auto *mine = view.findChild<QCheckBox *>(QStringLiteral("myCasesCheck"));
    mine->setChecked(true);
    QCOMPARE(view.table()->model()->rowCount(), 4); // R2 is jmensah's
    mine->setChecked(false);

    QTest::mouseClick(view.lists(), Qt::LeftButton, {}, view.lists()->tabRect(2).center());
    QCOMPARE(view.model()->list(), List::DecisionOverdue);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QVERIFY(!view.table()->isColumnHidden(ProgressionModel::SentenceEnd));
    QVERIFY(view.table()->isColumnHidden(ProgressionModel::Barriers));

    // The documents to seek, by mouse: barriers shown, preparation hidden, Enter opens.
    QTest::mouseClick(view.lists(), Qt::LeftButton, {}, view.lists()->tabRect(3).center());
    QCOMPARE(view.model()->list(), List::DocumentToSeek);
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QVERIFY(summary->text().startsWith(QStringLiteral("People on this list: 3.")));
    QVERIFY(!view.table()->isColumnHidden(ProgressionModel::Barriers));
    QVERIFY(view.table()->isColumnHidden(ProgressionModel::Preparation));
    QVERIFY(view.table()->isColumnHidden(ProgressionModel::SentenceEnd));
    QVERIFY(view.table()->isColumnHidden(ProgressionModel::OnHoldUntil)); // nobody on hold here
    QCOMPARE(view.table()->horizontalHeader()->model()->headerData(ProgressionModel::NextStep,
                                                                   Qt::Horizontal),
             QVariant(ProgressionModel::tr("Document step")));
    {
        QSignalSpy open(&view, &ProgressionView::openPerson);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.table()->model()->index(2, 0));
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), id("D1"));
    }
    mine->setChecked(true);
    QCOMPARE(view.table()->model()->rowCount(), 3); // all sokafor's
    mine->setChecked(false);

    view.lists()->setCurrentIndex(1);
    QCOMPARE(view.model()->list(), List::PreparationOverdue);
    QCOMPARE(view.table()->model()->rowCount(), 2);
    QVERIFY(view.table()->isColumnHidden(ProgressionModel::Barriers));

    QSignalSpy open(&view, &ProgressionView::openPerson);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.table()->model()->index(1, 0));
    QTest::keyClick(view.table(), Qt::Key_Enter);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), id("P1"));

    // Remembered: the next view opens on the same list.
    ProgressionView again({m_t.db->sql(), m_user});
    QCOMPARE(again.model()->list(), List::PreparationOverdue);
    again.lists()->setCurrentIndex(0);
}

void TestProgressionViews::charterFlightDialogSavesThroughTheStore()
{
    CharterFlightDialog dialog({m_t.db->sql(), m_user});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reference yet
    auto *reference = dialog.findChild<QLineEdit *>(QStringLiteral("flightReferenceEdit"));
    // A reference already used is refused and the dialog stays open.
    QTest::keyClicks(reference, QStringLiteral("CH-TEST-1"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("flightProblem"))->text().isEmpty());
    reference->clear();
    QTest::keyClicks(reference, QStringLiteral("CH-TEST-2"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("flightDestinationEdit")),
                     QStringLiteral("Tirana"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() > 0);
    const auto flights = RemovalStore(m_t.db->sql()).flights();
    QVERIFY(flights);
    bool found = false;
    for (const CharterFlight &f : flights.value()) {
        if (f.id == dialog.savedId()) {
            found = true;
            QCOMPARE(f.reference, QStringLiteral("CH-TEST-2"));
            QCOMPARE(f.destination, QStringLiteral("Tirana"));
            QCOMPARE(f.departsOn, m_today.addDays(28));
        }
    }
    QVERIFY(found);
}

void TestProgressionViews::mainWindowShowsTheViewsByName()
{
    MainWindow window(m_t.db, m_user);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.showView(QStringLiteral("barriers")));
    auto *barriers = qobject_cast<BarriersView *>(window.tabs()->currentWidget());
    QVERIFY(barriers);
    QVERIFY(window.showView(QStringLiteral("ripe")));
    auto *ripe = qobject_cast<ProgressionView *>(window.tabs()->currentWidget());
    QVERIFY(ripe);
    QVERIFY(window.showView(QStringLiteral("removals")));
    auto *removals = qobject_cast<RemovalsView *>(window.tabs()->currentWidget());
    QVERIFY(removals);
    QCOMPARE(removals->flightsModel()->rowCount(), 2);
    // One tab per kind: asking again shows the same tab.
    const int tabs = window.tabs()->count();
    QVERIFY(window.showView(QStringLiteral("barriers")));
    QCOMPARE(window.tabs()->count(), tabs);
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(barriers));
    QVERIFY(!window.showView(QStringLiteral("no_such_view")));

    // Enter on the ripe list opens the person's record.
    QVERIFY(window.showView(QStringLiteral("ripe")));
    ripe->table()->setFocus();
    ripe->table()->setCurrentIndex(ripe->table()->model()->index(0, 0));
    QTest::keyClick(ripe->table(), Qt::Key_Return);
    auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
    QVERIFY(record);
    QCOMPARE(record->personId(), ripe->model()->rowAt(0).personId);

    // F5 re-reads the open views: a barrier raised meanwhile takes R1 off the ripe list.
    QVERIFY(barrier("R1", "medical", 0) > 0);
    QCOMPARE(ripe->model()->rowCount(), 5);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(ripe->model()->rowCount(), 4);
    QCOMPARE(barriers->model()->rowCount(), 4);

    // The documents to seek by name: the same tab, on that list, R1 now on it (barrier, no
    // document); and from the View menu after another list was chosen.
    const int opened = window.tabs()->count();
    QVERIFY(window.showView(QStringLiteral("documents_to_seek")));
    QCOMPARE(window.tabs()->count(), opened);
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(ripe));
    QCOMPARE(ripe->model()->list(), List::DocumentToSeek);
    QCOMPARE(ripe->lists()->currentIndex(), int(List::DocumentToSeek));
    QCOMPARE(ripe->model()->rowCount(), 4);
    ripe->lists()->setCurrentIndex(int(List::Ripe));
    window.tabs()->setCurrentWidget(barriers);
    auto *action = window.findChild<QAction *>(QStringLiteral("documentsToSeekAction"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(ripe));
    QCOMPARE(ripe->model()->list(), List::DocumentToSeek);
    // Enter opens the person of the row, as on every list.
    ripe->table()->setFocus();
    ripe->table()->setCurrentIndex(ripe->table()->model()->index(0, 0));
    QTest::keyClick(ripe->table(), Qt::Key_Return);
    record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
    QVERIFY(record);
    QCOMPARE(record->personId(), ripe->model()->rowAt(0).personId);
    ripe->lists()->setCurrentIndex(int(List::Ripe)); // as the other tests expect to find it
}

QTEST_MAIN(TestProgressionViews)
#include "tst_progressionviews.moc"
