// The caseload screen through its real widgets: typing in the search box, choosing filters
// with the keyboard, opening a person with Enter.
#include "caseloadview.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/roles.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

// Types text key by key, as a keyboard with that layout would (QTest::keyClicks is Latin-1 only).
static void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

class TestCaseloadView : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_caseloadview"));
        QVector<PersonStore::NewPerson> people{
            TestData::person(QStringLiteral("P0000001"), QStringLiteral("García"),
                             QStringLiteral("José"), QStringLiteral("2"), 24, {},
                             QStringLiteral("CC Liverpool"), QStringLiteral("sokafor")),
            TestData::person(QStringLiteral("P0000002"), QStringLiteral("Josephs"),
                             QStringLiteral("Mark"), QStringLiteral("0"), 12,
                             {QStringLiteral("ASYLUM")}, QStringLiteral("CC Leeds"),
                             QStringLiteral("jmensah")),
            TestData::person(QStringLiteral("P0000003"), QStringLiteral("Okafor"),
                             QStringLiteral("Ngozi"), QStringLiteral("1"), 30, {},
                             QStringLiteral("CC Liverpool"), QStringLiteral("tester")),
            TestData::person(QStringLiteral("P0000004"), QStringLiteral("Иванов"),
                             QStringLiteral("Пётр"), QStringLiteral("0"), 6, {}, QString(),
                             QString()),
            TestData::person(QStringLiteral("P0000005"), QStringLiteral("王"), QStringLiteral("伟"),
                             QString(), std::nullopt, {}, QStringLiteral("CC Croydon"),
                             QStringLiteral("tester"), QStringLiteral("DETAINED"))};
        QVERIFY(TestData::add(*m_t.db, people));
    }

    void searchBoxFindsAccentedNames()
    {
        CaseloadView view(m_t.db->sql(), QStringLiteral("tester"));
        view.show();
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QSignalSpy counts(&view, &CaseloadView::countsChanged);
        QCOMPARE(view.model()->rowCount(), 5);
        QTest::keyClicks(search, QStringLiteral("jose"));
        // "jose" finds José García and Mark Josephs; the search waits for a pause in typing.
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toInt(), 2);
        QCOMPARE(counts.last().at(1).toInt(), 5);
        auto *empty = view.findChild<QLabel *>(QStringLiteral("emptyMessage"));
        QVERIFY(empty && !empty->isVisible());
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QTRY_COMPARE(view.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("hidden by Search = “josezzz”")),
                 qPrintable(empty->text()));
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QVERIFY(!empty->isVisible());
        QTest::keyClicks(search, QStringLiteral(" garc"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("García"));
        search->clear();
        QTRY_COMPARE(view.model()->rowCount(), 5);
        typeText(search, QStringLiteral("ПЁТР"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Иванов"));
    }

    // "My team" (issue 16) among the owners: the people of the team leader's team, remembered;
    // offered but disabled, saying why, to a user in no team.
    void ownerFilterOffersMyTeam()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        {
            CaseloadView view(t.db->sql(), QStringLiteral("tleader"));
            auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
            const int team = owner->findText(QStringLiteral("My team (Leeds A)"));
            QCOMPARE(team, 2); // after Everyone and My cases
            owner->setCurrentIndex(team);
            QCOMPARE(view.model()->rowCount(), 2);
            QCOMPARE(view.model()->index(0, int(CaseloadColumn::PersonRef)).data().toString(),
                     QStringLiteral("T1"));
            view.refresh(); // the lists are filled again: the choice stays
            QCOMPARE(owner->currentIndex(), team);
            QCOMPARE(view.model()->rowCount(), 2);
        }
        CaseloadView again(t.db->sql(), QStringLiteral("tleader"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentText(),
                 QStringLiteral("My team (Leeds A)"));
        QCOMPARE(again.model()->rowCount(), 2);
        CaseloadView loner(t.db->sql(), QStringLiteral("cwnone"));
        auto *owner = loner.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        const auto *items = qobject_cast<QStandardItemModel *>(owner->model());
        QCOMPARE(items->item(2)->text(), QStringLiteral("My team"));
        QVERIFY(!items->item(2)->isEnabled());
        QVERIFY(items->item(2)->toolTip().contains(QStringLiteral("no team")));
    }

    void filtersThroughTheComboBoxes()
    {
        CaseloadView view(m_t.db->sql(), QStringLiteral("tester"));
        view.show();
        auto *band = view.findChild<QComboBox *>(QStringLiteral("bandFilter"));
        auto *unit = view.findChild<QComboBox *>(QStringLiteral("unitFilter"));
        auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        QVERIFY(band && unit && owner);

        // Keyboard: focus the band box and step down to "1 Highest risk".
        band->setFocus();
        QTest::keyClick(band, Qt::Key_Down);
        QCOMPARE(band->currentData().toInt(), 1);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("P0000001"));

        band->setCurrentIndex(0);
        owner->setFocus();
        QTest::keyClick(owner, Qt::Key_Down); // "My cases (tester)"
        QCOMPARE(owner->currentData().toString(), QStringLiteral("tester"));
        QCOMPARE(view.model()->rowCount(), 2);

        const int liverpool = unit->findData(QStringLiteral("CC Liverpool"));
        QVERIFY(liverpool > 0);
        unit->setCurrentIndex(liverpool);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Okafor"));

        const int noUnit = unit->findData(QString());
        QVERIFY(noUnit > 0);
        owner->setCurrentIndex(0);
        unit->setCurrentIndex(noUnit);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("P0000004"));

        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), 5);
    }

    void filtersAreRemembered()
    {
        {
            CaseloadView view(m_t.db->sql(), QStringLiteral("tester"));
            auto *band = view.findChild<QComboBox *>(QStringLiteral("bandFilter"));
            band->setCurrentIndex(band->findData(4));
            QCOMPARE(view.model()->rowCount(), 1);
        }
        CaseloadView again(m_t.db->sql(), QStringLiteral("tester"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("bandFilter"))->currentData().toInt(),
                 4);
        QCOMPARE(again.model()->rowCount(), 1);
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
    }

    void enterOpensThePerson()
    {
        CaseloadView view(m_t.db->sql(), QStringLiteral("tester"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy open(&view, &CaseloadView::openPerson);
        QTableView *table = view.table();
        table->setFocus();
        table->setCurrentIndex(view.model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toLongLong(),
                 view.model()->index(2, 0).data(Roles::PersonId).toLongLong());

        const QRect cell = table->visualRect(view.model()->index(0, 1));
        // A real double click starts with a click; QTest::mouseDClick sends only its second half.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(open.size(), 2);
    }

    void headerClickSorts()
    {
        CaseloadView view(m_t.db->sql(), QStringLiteral("tester"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->sortByColumn(int(CaseloadColumn::PersonRef), Qt::DescendingOrder);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("P0000005"));
        view.table()->sortByColumn(int(CaseloadColumn::PersonRef), Qt::AscendingOrder);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("P0000001"));
    }
};

QTEST_MAIN(TestCaseloadView)
#include "tst_caseloadview.moc"
