// Taskings to reporting centres: the store's rules (the long-window warning for detain on
// reporting, feedback closing a tasking once), the model under QAbstractItemModelTester, the
// centres' list of open taskings and the person's tab, driven through their widgets.
#include "caseload/caseloadview.h"
#include "dialogs/taskingdialog.h"
#include "dialogs/taskingfeedbackdialog.h"
#include "itemmodels/roles.h"
#include "itemmodels/taskingsmodel.h"
#include "lists/centresview.h"
#include "person/personrecordwidget.h"
#include "person/persontaskingspanel.h"
#include "store/diarystore.h"
#include "store/restrictionstore.h"
#include "store/taskingstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

class TestTaskings : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

    Tasking tasking(qint64 person, const QString &kind, const QString &centre,
                    const QString &window)
    {
        Tasking t;
        t.personId = person;
        t.kind = kind;
        t.centre = centre;
        t.dueOn = QDate(2026, 12, 1);
        t.reportingWindow = window;
        return t;
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_taskings"));
        auto wide = TestData::person(QStringLiteral("W1"), QStringLiteral("Wide"),
                                     QStringLiteral("Window"), QString(), 24);
        wide.cases[0].reportingCentre = QStringLiteral("Becket House");
        wide.cases[0].reportingWindow = QStringLiteral("10:00-16:00");
        auto narrow = TestData::person(QStringLiteral("N1"), QStringLiteral("Narrow"),
                                       QStringLiteral("Window"), QString(), 24);
        narrow.cases[0].reportingCentre = QStringLiteral("Eaton House");
        narrow.cases[0].reportingWindow = QStringLiteral("10:00-11:00");
        QVERIFY(TestData::add(*m_t.db, {wide, narrow}));
    }

    void storeWarnsAboutLongWindowsAndClosesOnce()
    {
        TaskingStore store(m_t.db->sql());
        const QString detain = Tasking::detainOnReporting();
        const auto refused = store.create(
            tasking(1, detain, QStringLiteral("Becket House"), QStringLiteral("10:00-16:00")),
            QStringLiteral("sokafor"), false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, TaskingStore::LongWindow);
        QVERIFY(refused.error().message.contains(QStringLiteral("10:00-16:00")));
        // Cleared by the caseworker: accepted, and the tasking says who cleared it.
        const auto cleared = store.create(
            tasking(1, detain, QStringLiteral("Becket House"), QStringLiteral("10:00-16:00")),
            QStringLiteral("sokafor"), true);
        QVERIFY(cleared);
        // Other taskings, or a one-hour window, need no clearing.
        QVERIFY(store.create(tasking(1, QStringLiteral("etd_interview"),
                                     QStringLiteral("Becket House"), QStringLiteral("10:00-16:00")),
                             QStringLiteral("sokafor"), false));
        const auto narrow = store.create(
            tasking(2, detain, QStringLiteral("Eaton House"), QStringLiteral("10:00-11:00")),
            QStringLiteral("jmensah"), false);
        QVERIFY(narrow);
        QVERIFY(!store.create(tasking(2, QStringLiteral("bogus"), QStringLiteral("X"), QString()),
                              QStringLiteral("u"), false));
        QVERIFY(
            !store.create(tasking(2, detain, QString(), QString()), QStringLiteral("u"), false));

        const auto w1 = store.forPerson(1);
        QVERIFY(w1);
        QCOMPARE(w1.value().size(), 2);
        bool sawCleared = false;
        for (const Tasking &t : w1.value())
            sawCleared |= t.kind == detain && t.windowClearedBy == QLatin1String("sokafor");
        QVERIFY(sawCleared);

        QVERIFY(!store.recordFeedback(narrow.value(), QStringLiteral("bogus"), QString(),
                                      QStringLiteral("centre"), 1));
        QVERIFY(store.recordFeedback(narrow.value(), QStringLiteral("not_attended"),
                                     QStringLiteral("Did not report; arrest team stood down"),
                                     QStringLiteral("centre"), 1));
        QVERIFY(!store.recordFeedback(narrow.value(), QStringLiteral("done"), QString(),
                                      QStringLiteral("centre"), 2)); // closed already
        const Tasking closed = store.forPerson(2).value().first();
        // The tasking's day was in the diary; the feedback closed that entry.
        const auto diary = DiaryStore(m_t.db->sql()).forPerson(2);
        QVERIFY(diary);
        QCOMPARE(diary.value().size(), 1);
        QCOMPARE(diary.value().first().due, QDate(2026, 12, 1));
        QCOMPARE(diary.value().first().kind, TaskingStore::diaryKind(narrow.value()));
        QVERIFY(
            diary.value().first().title.startsWith(QStringLiteral("Tasking due at Eaton House")));
        QVERIFY(diary.value().first().isDone());
        QCOMPARE(diary.value().first().doneBy, QStringLiteral("centre"));
        // Person 1's two taskings are still open, and so are their entries.
        const auto open1 = DiaryStore(m_t.db->sql()).forPerson(1);
        QCOMPARE(open1.value().size(), 2);
        QVERIFY(!open1.value().first().isDone());
        QVERIFY(!closed.isOpen());
        QCOMPARE(closed.outcome, QStringLiteral("not_attended"));
        QCOMPARE(closed.closedBy, QStringLiteral("centre"));

        const auto open = store.open(QString());
        QVERIFY(open);
        QCOMPARE(open.value().size(), 2);
        QCOMPARE(open.value().first().personRef, QStringLiteral("W1"));
        QCOMPARE(store.open(QStringLiteral("Eaton House")).value().size(), 0);
        QCOMPARE(store.centresWithOpenTaskings().value(),
                 QStringList{QStringLiteral("Becket House")});
    }

    void modelUnderTester()
    {
        TaskingsModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loadOpen(QString()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TaskingsModel::Person).data().toString(),
                 QStringLiteral("Wide, Window"));
        QVERIFY(model.loadPerson(2));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.openCount(), 0);
        QCOMPARE(model.index(0, TaskingsModel::Outcome).data().toString(),
                 Tasking::outcomeName(QStringLiteral("not_attended")));
        QVERIFY(model.loadPerson(1));
        int detainRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.taskingAt(r).kind == Tasking::detainOnReporting())
                detainRow = r;
        }
        QVERIFY(detainRow >= 0);
        QVERIFY(model.index(detainRow, TaskingsModel::Window).data(Roles::Problem).toBool());
        QVERIFY(model.index(detainRow, TaskingsModel::Window)
                    .data()
                    .toString()
                    .contains(QStringLiteral("cleared by sokafor")));
    }

    void personTabTasksTheCentreOnlyOnceTheWarningIsCleared()
    {
        PersonRecordWidget record({m_t.db->sql(), QStringLiteral("sokafor")}, 1);
        PersonTaskingsPanel *panel = record.taskingsPanel();
        auto *tabs = record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Taskings (2 open)"));
        tabs->setCurrentWidget(panel);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TaskingDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // A failed check below must not leave the dialog open: the test would hang.
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QCOMPARE(dialog->tasking().centre, QStringLiteral("Becket House"));
            dialog->setKind(Tasking::detainOnReporting());
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("longWindowWarning"))->isVisible());
            auto *clear = dialog->findChild<QCheckBox *>(QStringLiteral("clearWindowCheck"));
            // Space on the focused check box, as a keyboard user would.
            clear->setFocus();
            QTest::keyClick(clear, Qt::Key_Space);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("taskCentreButton")),
                          Qt::LeftButton);
        QCOMPARE(panel->model()->openCount(), 3);
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Taskings (3 open)"));
    }

    void centresListOpenTaskingsAndTakeFeedback()
    {
        CentresView view({m_t.db->sql(), QStringLiteral("centre.officer")});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.centres()->count(), 2); // all, Becket House
        view.table()->selectRow(0);
        const qint64 id = view.model()->taskingAt(0).id;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TaskingFeedbackDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setOutcome(QStringLiteral("done"));
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("feedbackEdit"));
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("Interview held; embassy form signed"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("recordFeedbackButton")),
                          Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), 2);
        bool closed = false;
        const auto taskings = TaskingStore(m_t.db->sql()).forPerson(1);
        QVERIFY(taskings);
        for (const Tasking &t : taskings.value())
            closed |= t.id == id && t.outcome == QLatin1String("done") &&
                      t.feedback == QLatin1String("Interview held; embassy form signed") &&
                      t.closedBy == QLatin1String("centre.officer");
        QVERIFY(closed);
    }

    void caseloadListsTheLongWindows()
    {
        CaseloadView caseload({m_t.db->sql(), QStringLiteral("sokafor")});
        caseload.show();
        QVERIFY(QTest::qWaitForWindowExposed(&caseload));
        auto *table = caseload.findChild<QTableView *>(QStringLiteral("caseloadTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        auto *check = caseload.findChild<QCheckBox *>(QStringLiteral("longWindowCheck"));
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
        QVERIFY(check->isChecked());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(Roles::PersonId).toLongLong(), 1);
        QTest::mouseClick(caseload.findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
        QVERIFY(!check->isChecked());
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void aWindowWidenedUnderAnOpenDetainTaskingMustBeCleared()
    {
        TestDatabase t;
        auto p = TestData::person(QStringLiteral("X1"), QStringLiteral("F"), QStringLiteral("G"),
                                  QString(), 24);
        p.cases[0].reportingCentre = QStringLiteral("Becket House");
        p.cases[0].reportingWindow = QStringLiteral("10:00-11:00");
        QVERIFY(TestData::add(*t.db, {p}));
        const auto id =
            TaskingStore(t.db->sql())
                .create(tasking(1, Tasking::detainOnReporting(), QStringLiteral("Becket House"),
                                QStringLiteral("10:00-11:00")),
                        QStringLiteral("sokafor"), false);
        QVERIFY(id);
        Tasking held = TaskingStore(t.db->sql()).forPerson(1).value().first();
        QVERIFY(!held.needsWindowClearing(QStringLiteral("10:00-11:00")));
        QVERIFY(held.needsWindowClearing(QStringLiteral("10:00-16:00")));

        // The window is widened in Lodestar: the open tasking now carries the warning.
        ReportingRestriction r = RestrictionStore(t.db->sql()).current(1).value();
        r.window = QStringLiteral("10:00-16:00");
        r.reason = QStringLiteral("Works shifts");
        QVERIFY(RestrictionStore(t.db->sql())
                    .set(r, QStringLiteral("jmensah"),
                         TestData::personVersion(t.db->sql(), r.personId)));
        PersonRecordWidget record({t.db->sql(), QStringLiteral("sokafor")}, 1);
        PersonTaskingsPanel *panel = record.taskingsPanel();
        auto *tabs = record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)),
                 QStringLiteral("Taskings (1 open, window warning)"));
        QVERIFY(panel->model()->index(0, TaskingsModel::Window).data(Roles::Problem).toBool());
        tabs->setCurrentWidget(panel);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        panel->findChild<QTableView *>(QStringLiteral("personTaskingsTable"))->selectRow(0);
        auto *clear = panel->findChild<QPushButton *>(QStringLiteral("clearWindowWarningButton"));
        QVERIFY(clear->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(clear, Qt::LeftButton);
        held = TaskingStore(t.db->sql()).forPerson(1).value().first();
        QCOMPARE(held.windowClearedBy, QStringLiteral("sokafor"));
        QCOMPARE(held.reportingWindow, QStringLiteral("10:00-16:00"));
        QVERIFY(!held.needsWindowClearing(QStringLiteral("10:00-16:00")));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Taskings (1 open)"));
    }
};

QTEST_MAIN(TestTaskings)
#include "tst_taskings.moc"
