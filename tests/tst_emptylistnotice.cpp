// A list filtered to nothing says which filters hide its rows and offers to clear them (issue
// 16): the notice on its own, then on the caseload, the non-compliance queue, the diary, the
// barrier register, the Review Check and What Changed, driven by the mouse.
#include "caseload/caseloadview.h"
#include "common/emptylistnotice.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/mydiarymodel.h"
#include "itemmodels/noncompliancemodel.h"
#include "lists/barriersview.h"
#include "lists/importchangesview.h"
#include "lists/mydiaryview.h"
#include "lists/noncomplianceview.h"
#include "lists/reviewcheckview.h"
#include "store/diarystore.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>

class TestEmptyListNotice : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

    static EmptyListNotice *noticeOf(QWidget *view)
    {
        return view->findChild<EmptyListNotice *>(QStringLiteral("emptyListNotice"));
    }
    // Clicks the notice's Clear Filters as a user would.
    static void clickClear(EmptyListNotice *notice)
    {
        QVERIFY(notice->clearButton()->isVisible());
        QTest::mouseClick(notice->clearButton(), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_emptylistnotice"));
        QVERIFY(TestData::add(
            *m_t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Silva"),
                                       QStringLiteral("Jose"), QStringLiteral("1"), 77,
                                       {QStringLiteral("ASYLUM")}, QStringLiteral("CC Liverpool")),
                      TestData::person(QStringLiteral("P2"), QStringLiteral("Mensah"),
                                       QStringLiteral("Ama"), QString(), 24, {},
                                       QStringLiteral("CC Leeds"), QStringLiteral("jmensah"))}));
        // Both breached two days ago: the queue holds them.
        QSqlQuery q(m_t.db->sql());
        q.prepare(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, "
                                 "outcome, source) VALUES (?, ?, ?, 'NO_SHOW', 'CID')"));
        for (int person : {1, 2}) {
            q.addBindValue(QStringLiteral("E%1").arg(person));
            q.addBindValue(person);
            q.addBindValue(QDate::currentDate().addDays(-2).toString(Qt::ISODate) +
                           QStringLiteral("T10:00"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(TestData::refreshReportingRuns(m_t.db->sql()));
        DiaryEntry e;
        e.personId = 2;
        e.due = QDate::currentDate().addDays(-1);
        e.title = QStringLiteral("Chase the ETD interview");
        QVERIFY(DiaryStore(m_t.db->sql()).add(e, QStringLiteral("jmensah")));
    }

    void init() { QSettings().clear(); }

    void noticeSaysWhichFiltersHideTheRows()
    {
        QTableView table;
        table.setModel(new QStandardItemModel(&table));
        EmptyListNotice notice(&table);
        table.resize(600, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        notice.update(3, {QStringLiteral("Band = Band 1")}, 5, QStringLiteral("Empty"));
        QVERIFY(notice.isHidden());
        // "row(s)": the English plural comes from translations/lodestar_en.ts, not loaded here.
        notice.update(0, {QStringLiteral("Band = Band 1"), QStringLiteral("My cases")}, 5,
                      QStringLiteral("Empty"), QStringLiteral("None of yours."));
        QVERIFY(notice.isVisible());
        QCOMPARE(notice.label()->text(),
                 QStringLiteral("Nothing to show: 5 row(s) hidden by Band = Band 1, My cases.\n"
                                "None of yours."));
        QVERIFY(notice.clearButton()->isVisible());
        notice.update(0, {QStringLiteral("My cases")}, -1, QStringLiteral("Empty"));
        QCOMPARE(notice.label()->text(), QStringLiteral("Nothing to show with My cases."));
        // No filter, or filters over an empty list: the list's own reason, nothing to clear.
        notice.update(0, {}, 5, QStringLiteral("Nobody yet."));
        QCOMPARE(notice.label()->text(), QStringLiteral("Nobody yet."));
        QVERIFY(notice.clearButton()->isHidden());
        notice.update(0, {QStringLiteral("My cases")}, 0, QStringLiteral("Nobody yet."));
        QCOMPARE(notice.label()->text(), QStringLiteral("Nobody yet."));
        QVERIFY(notice.clearButton()->isHidden());
        notice.update(0, {}, 0, QString());
        QVERIFY(notice.isHidden());

        QCheckBox check(QStringLiteral("&Unactioned only"));
        QVERIFY(EmptyListNotice::ticked(&check).isEmpty());
        check.setChecked(true);
        QCOMPARE(EmptyListNotice::ticked(&check), QStringLiteral("Unactioned only"));
        QComboBox combo;
        combo.addItems({QStringLiteral("All"), QStringLiteral("R&D && Co")});
        combo.setCurrentIndex(1);
        QCOMPARE(EmptyListNotice::chosen(QStringLiteral("&Unit"), &combo),
                 QStringLiteral("Unit = R&D && Co"));
    }

    void caseloadNamesItsFiltersAndClearsThem()
    {
        CaseloadView view({m_t.db->sql(), QStringLiteral("sokafor")});
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *band = view.findChild<QComboBox *>(QStringLiteral("bandFilter"));
        auto *unit = view.findChild<QComboBox *>(QStringLiteral("unitFilter"));
        band->setCurrentIndex(band->findData(1));
        QCOMPARE(view.model()->rowCount(), 1);
        EmptyListNotice *notice = noticeOf(&view);
        QVERIFY(notice->isHidden());
        unit->setCurrentIndex(unit->findData(QStringLiteral("CC Leeds")));
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(notice->isVisible());
        const QString text = notice->label()->text();
        QVERIFY2(text.contains(QStringLiteral("2 row(s) hidden by Band = %1, Unit = CC Leeds")
                                   .arg(band->currentText())),
                 qPrintable(text));
        clickClear(notice);
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(band->currentIndex(), 0);
        QCOMPARE(unit->currentIndex(), 0);
        QVERIFY(notice->isHidden());
    }

    // Issue 16's morning: My cases on, none of the user's people in the queue.
    void queueNamesItsFiltersAndClearsThem()
    {
        NoncomplianceView view({m_t.db->sql(), QStringLiteral("rfarrell")});
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 2);
        auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        owner->setCurrentIndex(owner->findData(QStringLiteral("mine")));
        QCOMPARE(view.model()->rowCount(), 0);
        EmptyListNotice *notice = noticeOf(&view);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->label()->text(),
                 QStringLiteral("Nothing to show: 2 row(s) hidden by Owner = My cases.\n"
                                "None of your people are in the queue."));
        clickClear(notice);
        QCOMPARE(owner->currentData().toString(), QStringLiteral("everyone"));
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(notice->isHidden());
        // Cleared is remembered like any other change of the filters.
        NoncomplianceView again({m_t.db->sql(), QStringLiteral("rfarrell")});
        QCOMPARE(
            again.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentData().toString(),
            QStringLiteral("everyone"));
    }

    void diaryNamesItsChoiceAndClearsIt()
    {
        MyDiaryView view({m_t.db->sql(), QStringLiteral("sokafor")});
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 0); // the only entry is on jmensah's person
        EmptyListNotice *notice = noticeOf(&view);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->label()->text(),
                 QStringLiteral("Nothing to show: 1 row(s) hidden by Whose = My people and my "
                                "entries."));
        clickClear(notice);
        QCOMPARE(view.model()->rowCount(), 1);
        QVERIFY(notice->isHidden());
        QCOMPARE(MyDiaryView({m_t.db->sql(), QStringLiteral("sokafor")})
                     .findChild<QComboBox *>(QStringLiteral("diaryWhoseCombo"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("everyone"));
    }

    void barrierRegisterNamesItsFiltersAndClearsThem()
    {
        BarriersView view({m_t.db->sql(), QStringLiteral("rfarrell")});
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        view.findChild<QCheckBox *>(QStringLiteral("myCasesCheck"))->setChecked(true);
        QCOMPARE(view.table()->model()->rowCount(), 0);
        EmptyListNotice *notice = noticeOf(&view);
        QCOMPARE(notice->label()->text(),
                 QStringLiteral("Nothing to show: 1 row(s) hidden by My cases."));
        clickClear(notice);
        QCOMPARE(view.table()->model()->rowCount(), 1);
        QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("myCasesCheck"))->isChecked());
    }

    // The Review Check's team filter, and What Changed before any import.
    void reviewCheckAndWhatChanged()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        AppUser idle;
        idle.userName = QStringLiteral("cwc");
        idle.displayName = QStringLiteral("C");
        idle.team = QStringLiteral("Croydon"); // a team whose member owns nobody
        QVERIFY(UserStore(t.db->sql()).save(idle, QStringLiteral("setup")));
        ReviewCheckView check({t.db->sql(), QStringLiteral("tleader")});
        check.resize(1200, 600);
        check.show();
        QVERIFY(QTest::qWaitForWindowExposed(&check));
        auto *team = check.findChild<QComboBox *>(QStringLiteral("teamCombo"));
        team->setCurrentIndex(team->findData(QStringLiteral("Croydon")));
        auto *notice = check.findChild<QLabel *>(QStringLiteral("checkEmpty"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith(QStringLiteral("Nothing to show with Team = Croydon.")),
                 qPrintable(notice->text()));
        clickClear(qobject_cast<EmptyListNotice *>(notice->parentWidget()));
        QCOMPARE(team->currentIndex(), 0);
        QVERIFY(!notice->isVisible());

        ImportChangesView changes({t.db->sql(), QStringLiteral("tleader")});
        changes.resize(1000, 400);
        changes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&changes));
        EmptyListNotice *none = noticeOf(&changes);
        QVERIFY(none->isVisible());
        QCOMPARE(none->label()->text(), QStringLiteral("No CID extract has been imported yet."));
        QVERIFY(!none->clearButton()->isVisible());
    }
};

QTEST_MAIN(TestEmptyListNotice)
#include "tst_emptylistnotice.moc"
