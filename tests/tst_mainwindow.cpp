// The real main window: status bar counts, opening people in tabs, views for screenshots.
#include "caseloadview.h"
#include "itemmodels/caseloadmodel.h"
#include "mainwindow.h"
#include "personrecordwidget.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_mainwindow"));
        QVERIFY(TestData::add(
            *m_t.db, {TestData::person(QStringLiteral("P0000001"), QStringLiteral("García"),
                                       QStringLiteral("José"), QStringLiteral("2"), 24),
                      TestData::person(QStringLiteral("P0000002"), QStringLiteral("Okafor"),
                                       QStringLiteral("Ngozi"), QStringLiteral("0"), 12,
                                       {QStringLiteral("ASYLUM")}),
                      TestData::person(QStringLiteral("P0000003"), QStringLiteral("Smith"),
                                       QStringLiteral("John"), QStringLiteral("1"), 6)}));
    }

    void statusBarCountsPeople()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("3 of 3 people"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("okafor"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 of 3 people"));
    }

    // Issue 16: the count is the caseload's, so it shows only while the caseload is in front;
    // the queue, the diary and a record have their own summaries.
    void statusBarDescribesTheTabInFront()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("3 of 3 people"));
        for (const QString &view :
             {QStringLiteral("noncompliance"), QStringLiteral("diary"), QStringLiteral("dashboard"),
              QStringLiteral("person:P0000002")}) {
            QVERIFY(window.showView(view));
            QVERIFY2(count->text().isEmpty(),
                     qPrintable(view + QLatin1String(": ") + count->text()));
        }
        // The caseload re-read behind another tab (someone else's change) leaves it alone.
        window.caseloadView()->refreshKeepingPlace();
        QVERIFY(count->text().isEmpty());
        QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+1")));
        QCOMPARE(window.tabs()->currentWidget(), window.caseloadView());
        QCOMPARE(count->text(), QStringLiteral("3 of 3 people"));
    }

    void enterOpensAPersonTabOnce()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.caseloadView()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0)); // García, sorted by family name
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 2);
        auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
        QVERIFY(record);
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("García, José (P0000001)"));

        // The same person again: the open tab comes forward, no second tab.
        window.tabs()->setCurrentIndex(0);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->currentIndex(), 1);

        // Ctrl+W closes the person's tab, never the caseload.
        QTest::keySequence(&window, QKeySequence::Close);
        QTRY_COMPARE(window.tabs()->count(), 1);
        QTest::keySequence(&window, QKeySequence::Close);
        QCOMPARE(window.tabs()->count(), 1);
    }

    void viewsForScreenshots()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        QVERIFY(window.showView(QStringLiteral("person:P0000003")));
        QCOMPARE(window.tabs()->count(), 2);
        QVERIFY(window.tabs()->tabText(1).contains(QLatin1String("P0000003")));
        QVERIFY(window.showView(QStringLiteral("caseload")));
        QCOMPARE(window.tabs()->currentIndex(), 0);
        const Status missing = window.showView(QStringLiteral("person:P7777777"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("P7777777")));
        QVERIFY(!window.showView(QStringLiteral("no_such_view")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
