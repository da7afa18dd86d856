// The keyboard's way through the screens (issue 16): Tab leaves a table rather than walking its
// cells, the buttons under a table come next in the order they are laid out, and a focused
// list or chart shows that it has the focus.
#include "caseload/caseloadview.h"
#include "common/formrow.h"
#include "common/keyboard.h"
#include "person/personrecordwidget.h"
#include "store/personstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/viewregistry.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QFormLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

class TestTabFocus : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    qint64 m_person = 0; // one open CID barrier (asylum), nothing else recorded

    static QString focusName()
    {
        const QWidget *w = QApplication::focusWidget();
        return w ? w->objectName() : QStringLiteral("<no focus>");
    }

    // Every view of the window (ViewRegistry), a part of another view aside, but a person's
    // record.
    static QStringList views()
    {
        QStringList out;
        for (const ViewRegistry::Entry &e : ViewRegistry::entries())
            if (e.partOf.isEmpty())
                out << e.key;
        return out;
    }

    static QString describe(const QWidget *w)
    {
        return QStringLiteral("%1 %2 in %3")
            .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                 QLatin1String(w->parentWidget()->metaObject()->className()));
    }

    // Presses Tab from `start` round the whole cycle, checking that every control Tab stops
    // at looks different while it has the focus: else the user cannot see where they are.
    static void everyStopShowsItsFocus(QWidget *start)
    {
        // As after the user's first Tab: the style then draws its keyboard focus cues.
        start->window()->setAttribute(Qt::WA_KeyboardFocusChange);
        start->setFocus(Qt::TabFocusReason);
        if (!(start->focusPolicy() & Qt::TabFocus)) // a whole view: Tab to its first control
            QTest::keyClick(start, Qt::Key_Tab);
        QWidgetList stops;
        for (QWidget *w = QApplication::focusWidget(); w && !stops.contains(w);
             w = QApplication::focusWidget()) {
            QVERIFY(stops.size() < 200);
            stops << w;
            const QImage focused = w->grab().toImage();
            w->clearFocus();
            QVERIFY2(w->grab().toImage() != focused, qPrintable(describe(w)));
            w->setFocus(Qt::TabFocusReason);
            QTest::keyClick(w, Qt::Key_Tab);
        }
        QVERIFY(stops.size() > 1);
    }

private slots:
    // A form row's label names its field, and its mnemonic (Alt+the underlined letter) moves
    // the focus there: FormRow, which every dialog's form uses.
    void formRowMnemonicFocusesItsField()
    {
        QWidget form;
        auto *layout = new QFormLayout(&form);
        auto *name = new QLineEdit;
        auto *reason = new QLineEdit;
        QLabel *nameLabel = FormRow::add(layout, QStringLiteral("&Name:"), name);
        QLabel *reasonLabel = FormRow::add(layout, QStringLiteral("&Reason:"), reason);
        QCOMPARE(nameLabel->buddy(), name);
        QCOMPARE(reasonLabel->buddy(), reason);
        QCOMPARE(layout->rowCount(), 2);
        QCOMPARE(layout->labelForField(reason), reasonLabel);
        QCOMPARE(reasonLabel->parentWidget(), &form);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        name->setFocus();
        QTest::keyClick(&form, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), reason);
        QTest::keyClick(&form, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), name);
    }
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_tabfocus"));
        QVERIFY(TestData::add(
            *m_t.db,
            {TestData::person(QStringLiteral("P0000001"), QStringLiteral("Mensah"),
                              QStringLiteral("Kofi"), QString(), 24, {QStringLiteral("ASYLUM")})}));
        const auto found = PersonStore(m_t.db->sql()).findByRef(QStringLiteral("P0000001"));
        QVERIFY(found && found.value());
        m_person = found.value()->id;
    }

    // From a table of the person record, Tab goes to the buttons under it, left to right as
    // they are laid out, skipping the disabled ones.
    void tabLeavesTheTableForItsButtons_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("next");
        // The CID barrier is open and selected: its notes can be edited and it can be cleared,
        // not reopened.
        QTest::newRow("barriers") << QStringLiteral("barriers") << QStringLiteral("barriersTable")
                                  << QStringList{QStringLiteral("barrierNotesButton"),
                                                 QStringLiteral("clearBarrierButton"),
                                                 QStringLiteral("recordBarrierButton")};
        QTest::newRow("travel documents")
            << QStringLiteral("travel_documents") << QStringLiteral("travelDocsTable")
            << QStringList{QStringLiteral("addDocumentButton")};
        QTest::newRow("removal directions")
            << QStringLiteral("removal") << QStringLiteral("directionsTable")
            << QStringList{QStringLiteral("setDirectionsButton")};
        QTest::newRow("holds") << QStringLiteral("removal") << QStringLiteral("holdsTable")
                               << QStringList{QStringLiteral("placeHoldButton")};
        QTest::newRow("reoffences")
            << QStringLiteral("reoffences") << QStringLiteral("reoffencesTable")
            << QStringList{QStringLiteral("recordReoffenceButton")};
    }

    void tabLeavesTheTableForItsButtons()
    {
        QFETCH(QString, tab);
        QFETCH(QString, table);
        QFETCH(QStringList, next);
        PersonRecordWidget record({m_t.db->sql(), QStringLiteral("sokafor")}, m_person);
        record.resize(1200, 900);
        record.show();
        QVERIFY(QTest::qWaitForWindowActive(&record));
        QVERIFY(record.showLowerTab(tab));
        auto *view = record.findChild<QTableView *>(table);
        QVERIFY(view);
        view->setFocus(Qt::OtherFocusReason);
        if (view->model()->rowCount() > 0)
            view->selectRow(0);
        QCOMPARE(focusName(), table);
        for (const QString &button : next) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(focusName(), button);
        }
        // And back again.
        for (int i = int(next.size()) - 2; i >= -1; --i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            QCOMPARE(focusName(), i >= 0 ? next.at(i) : table);
        }
    }

    // Every control of the person record that Tab stops at shows that it has the focus, on
    // every tab of the record, for a user who may change the person (all buttons on).
    void everyStopOfTheRecordShowsItsFocus_data()
    {
        QTest::addColumn<QString>("tab");
        for (const QString &tab : PersonRecordWidget::lowerTabKeys())
            QTest::newRow(qPrintable(tab)) << tab;
    }

    void everyStopOfTheRecordShowsItsFocus()
    {
        QFETCH(QString, tab);
        PersonRecordWidget record({m_t.db->sql(), QStringLiteral("sokafor")}, m_person);
        record.resize(1200, 900);
        record.show();
        QVERIFY(QTest::qWaitForWindowActive(&record));
        QVERIFY(record.showLowerTab(tab));
        everyStopShowsItsFocus(record.findChild<QWidget *>(QStringLiteral("notesView")));
    }

    // And so in every view of the main window.
    void everyStopOfTheViewsShowsItsFocus_data()
    {
        QTest::addColumn<QString>("view");
        for (const QString &view : views())
            QTest::newRow(qPrintable(view)) << view;
    }

    void everyStopOfTheViewsShowsItsFocus()
    {
        QFETCH(QString, view);
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showView(view));
        everyStopShowsItsFocus(window.tabs()->currentWidget());
    }

    // In every view Tab goes through the controls in the order they are laid out: the filters
    // over a list before the list, the buttons under it after it.
    void tabFollowsTheLayout_data() { everyStopOfTheViewsShowsItsFocus_data(); }

    void tabFollowsTheLayout()
    {
        QFETCH(QString, view);
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showView(view));
        QWidget *page = window.tabs()->currentWidget();
        const QWidgetList laidOut = Keyboard::layoutOrder(page);
        QVERIFY(!laidOut.isEmpty());
        const auto names = [](const QWidgetList &widgets) {
            QStringList out;
            for (const QWidget *w : widgets)
                out << describe(w);
            return out;
        };
        QWidgetList chain;
        for (QWidget *w = page->nextInFocusChain(); w != page; w = w->nextInFocusChain())
            if (laidOut.contains(w))
                chain << w;
        QCOMPARE(names(chain), names(laidOut));
    }

    // No list anywhere takes Tab for itself, and every one is ringed when focused, as is every
    // chart: every view of the window, every tab of a record.
    void noListKeepsTab()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.resize(1400, 900);
        const QStringList shown = views() << QStringLiteral("person:P0000001");
        for (const QString &view : shown)
            QVERIFY2(window.showView(view), qPrintable(view));
        const auto lists = window.findChildren<QAbstractItemView *>();
        int checked = 0;
        for (const QAbstractItemView *v : lists) {
            // Headers are no stop of Tab, and a combo box's list is its own popup window.
            if (qobject_cast<const QHeaderView *>(v) || v->window() != &window)
                continue;
            ++checked;
            const QString where =
                QStringLiteral("%1 in %2")
                    .arg(v->objectName(), v->parentWidget()->metaObject()->className());
            QVERIFY2(!v->tabKeyNavigation(), qPrintable(where));
            QVERIFY2(v->findChild<FocusRing *>(QString(), Qt::FindDirectChildrenOnly),
                     qPrintable(where));
        }
        QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
        const auto charts = window.findChildren<QChartView *>();
        QVERIFY(!charts.isEmpty());
        for (const QChartView *chart : charts)
            QVERIFY2(chart->findChild<FocusRing *>(QString(), Qt::FindDirectChildrenOnly),
                     qPrintable(chart->objectName()));
    }

    // A focused table is ringed in the highlight colour, even with no rows to show a current
    // cell in, and loses the ring with the focus.
    void focusedTableIsRinged()
    {
        PersonRecordWidget record({m_t.db->sql(), QStringLiteral("sokafor")}, m_person);
        record.resize(1200, 900);
        record.show();
        QVERIFY(QTest::qWaitForWindowActive(&record));
        QVERIFY(record.showLowerTab(QStringLiteral("travel_documents")));
        auto *view = record.findChild<QTableView *>(QStringLiteral("travelDocsTable"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 0);
        const QColor ring = view->palette().color(QPalette::Active, QPalette::Highlight);
        const auto edge = [view] {
            const QImage image = view->grab().toImage();
            return QColor(image.pixel(1, image.height() / 2));
        };
        record.findChild<QPushButton *>(QStringLiteral("addDocumentButton"))->setFocus();
        QVERIFY(edge() != ring);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(focusName(), QStringLiteral("travelDocsTable"));
        QCOMPARE(edge(), ring);
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(edge() != ring);
    }
};

QTEST_MAIN(TestTabFocus)
#include "tst_tabfocus.moc"
