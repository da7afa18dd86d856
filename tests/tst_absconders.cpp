// Absconders: the people who are absconders today and the Trace and Locate table by year
// (report Figure 9), from the store through the models to the view.
#include "figures/figures.h"
#include "itemmodels/abscondersmodel.h"
#include "itemmodels/absconderyearsmodel.h"
#include "itemmodels/roles.h"
#include "lists/abscondersview.h"
#include "store/abscondersstore.h"
#include "store/followupstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSqlQuery>

using L = FollowUpLadder;

class TestAbsconders : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

    void step(qint64 person, L::Step s, const QDate &on, bool countersign = false)
    {
        FollowUpStore store(m_t.db->sql());
        FollowUpStep f;
        f.personId = person;
        f.step = s;
        f.takenOn = on;
        f.alternativesTried = QStringLiteral("Calls and letters");
        f.outcome = s == L::Located ? FollowUpStore::reportingResumed() : QStringLiteral("Done");
        f.notes = QStringLiteral("Address passed on");
        const auto id = store.record(f, QStringLiteral("caseworker"), L::Thresholds());
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        if (countersign)
            QVERIFY(store.countersign(id.value(), QStringLiteral("teamleader"), 1));
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_absconders"));
        QVector<PersonStore::NewPerson> people;
        for (const char *ref : {"P1", "P2", "P3", "P4"})
            people << TestData::person(QLatin1String(ref),
                                       QStringLiteral("Family ") + QLatin1String(ref),
                                       QStringLiteral("G"), QString(), 24);
        people[3].cases[0].custody = QStringLiteral("DETAINED");
        QVERIFY(TestData::add(*m_t.db, people));
        // P1: absconded in 2025, referred, located in 2026. P2: absconded and referred in 2026.
        // P3: declared but nobody countersigned. P4: detained since: not counted today.
        step(1, L::AbsconderDeclaration, QDate(2025, 10, 1), true);
        step(1, L::TraceLocateReferral, QDate(2025, 10, 3));
        step(1, L::Located, QDate(2026, 2, 1));
        step(2, L::AbsconderDeclaration, QDate(2026, 3, 1), true);
        step(2, L::TraceLocateReferral, QDate(2026, 3, 2));
        step(2, L::TraceLocateReferral, QDate(2026, 5, 2)); // referred again: one person
        step(3, L::AbsconderDeclaration, QDate(2026, 4, 1));
        step(4, L::AbsconderDeclaration, QDate(2026, 4, 1), true);
    }

    void byYearCountsPeople()
    {
        AbsconderYearsModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        const auto cell = [&](int r, int c) { return model.index(r, c).data().toLongLong(); };
        QCOMPARE(cell(0, AbsconderYearsModel::Year), 2025);
        QCOMPARE(cell(0, AbsconderYearsModel::Referred), 1);
        QCOMPARE(cell(0, AbsconderYearsModel::Located), 0);
        QCOMPARE(cell(1, AbsconderYearsModel::Year), 2026);
        QCOMPARE(cell(1, AbsconderYearsModel::Referred), 1);
        QCOMPARE(cell(1, AbsconderYearsModel::Located), 1);
    }

    void currentAbscondersMatchTheFigure()
    {
        AbscondersModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.absconderAt(0).personRef, QStringLiteral("P2"));
        QCOMPARE(model.absconderAt(0).declaredOn, QDate(2026, 3, 1));
        QCOMPARE(model.absconderAt(0).referredOn, QDate(2026, 5, 2));
        QCOMPARE(model.index(0, AbscondersModel::Reference).data(Roles::PersonId).toLongLong(), 2);
        const auto f = Figures::compute(m_t.db->sql(), QDate::currentDate());
        QVERIFY(f);
        QCOMPARE(f.value().absconders, qint64(model.rowCount()));
        // Seen from 2025, nobody was yet: the declarations were countersigned only today, and
        // a declaration counts from its countersignature.
        model.setAsOf(QDate(2025, 12, 31));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);
    }

    void viewShowsBoth()
    {
        AbscondersView view(m_t.db->sql());
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.yearsModel()->rowCount(), 2);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("abscondersSummary"))
                    ->text()
                    .startsWith(QStringLiteral("1 absconder")));
    }
};

QTEST_MAIN(TestAbsconders)
#include "tst_absconders.moc"
